// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "liquid.h"
#include "liquidparser.h"

#include <QHash>

#include <memory>

namespace postwright {

// Renders a parsed template (liquid.h's renderLiquid). Internal to core/liquid.
class LiquidRenderer
{
public:
    explicit LiquidRenderer(const LiquidOptions &options);
    LiquidResult run(QStringView source);

    // Output with a source line for each output line.
    struct Output
    {
        QString text;
        QList<int> lines;
        bool track = false;
        bool atLineStart = true;
        void append(QStringView s, int line, bool advance);
    };

private:
    // Thrown inside the renderer when a cap is reached; caught by run().
    struct Abort
    {
    };
    enum class Interrupt { None, Break, Continue };

    void renderNodes(const QList<LiquidNode> &nodes, Output &out);
    void renderNode(const LiquidNode &node, Output &out);
    void renderTag(const LiquidNode &node, Output &out);
    void renderFor(const LiquidNode &node, Output &out);
    void renderTablerow(const LiquidNode &node, Output &out);
    void renderCase(const LiquidNode &node, Output &out);
    void renderCycle(const LiquidNode &node, Output &out);
    void renderInclude(const LiquidNode &node, Output &out);
    std::shared_ptr<const LiquidTemplate> parsedInclude(const LiquidNode &node, const LiquidInclude &file);
    void renderHighlight(const LiquidNode &node, Output &out);
    void renderLink(const LiquidNode &node, Output &out);
    void write(const LiquidNode &node, const QString &text, Output &out);
    // The items a for or tablerow visits, after offset and limit.
    LiquidValue::Array loopItems(const LiquidNode &node, bool *ok);

    LiquidValue evaluate(const LiquidExpression &expression);
    LiquidValue evaluateFiltered(const LiquidFilteredExpression &expression, const LiquidNode &at);
    bool test(const LiquidCondition &condition);
    bool compare(const LiquidComparison &comparison);
    LiquidValue lookup(const QString &name) const;
    LiquidValue evaluateText(const QString &name, const LiquidValue &item, const QString &expression,
                             bool condition);
    struct ParsedText
    {
        LiquidCondition condition;
        LiquidFilteredExpression value;
    };
    std::shared_ptr<const ParsedText> parsedText(const QString &expression, bool condition);

    void noteRead(const QString &read);
    // Charges work and, inside a node, stops the render past the budget.
    void charge(qint64 work);
    // Charges work and stops the render past the budget.
    void chargeAt(const LiquidNode &node, qint64 work);
    // What reading or making value costs: its characters, or itemWork per item.
    qint64 workOf(const LiquidValue &value) const;
    qint64 extraWork(const QString &filter, const LiquidValue &input) const;
    qint64 equalityWork(const LiquidValue &a, const LiquidValue &b) const;
    void countIteration(const LiquidNode &node);
    void error(const LiquidNode &node, const QString &message);
    void fatal(const LiquidNode &node, const QString &message);
    int lineOf(const LiquidNode &node) const;

    const LiquidOptions &m_options;
    QDateTime m_now;
    QList<QHash<QString, LiquidValue>> m_scopes{{}};
    QHash<QString, qint64> m_counters;
    QHash<QString, qint64> m_cycles;
    QHash<QString, qint64> m_loopOffsets;   // offset: continue
    Interrupt m_interrupt = Interrupt::None;
    int m_iterations = 0;
    qint64 m_work = 0;
    int m_includeDepth = 0;
    // Inside an include: its errors name its file, its output maps to the
    // line of the include tag.
    QString m_file;
    int m_includeLine = 0;
    qsizetype m_outputSize = 0;
    QList<LiquidError> m_errors;
    struct ParsedInclude
    {
        QString text;
        std::shared_ptr<const LiquidTemplate> parsed;
    };
    QHash<QString, ParsedInclude> m_includes;   // by path
    QHash<QString, std::shared_ptr<const ParsedText>> m_parsedTexts;
    const LiquidNode *m_current = nullptr;      // the node being rendered
    QStringList m_files;       // LiquidResult::files
    QStringList m_siteReads;   // LiquidResult::siteReads
};

} // namespace postwright
