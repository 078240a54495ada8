// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace postwright {

// Markdown highlighting, one line at a time. QSyntaxHighlighter re-runs only
// the edited lines (and the lines after them while their state changes), so
// typing in a 1 MB post does not re-parse the document.
class MarkdownHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownHighlighter)

public:
    explicit MarkdownHighlighter(QTextDocument *parent = nullptr);

    // Recomputes the colours from the palette (light or dark).
    void setDarkTheme(bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    enum State {
        Normal = -1,
        FrontMatter = 1,   // inside the --- / +++ block at the top
        Fence = 2,         // inside a fenced code block; fence length in the high bits
        HtmlComment = 3,
    };
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0;
    };

    void buildFormats(bool dark);
    void highlightInline(const QString &text, int from);

    QList<Rule> m_inlineRules;
    QTextCharFormat m_heading, m_quote, m_listMarker, m_task, m_fence, m_fenceInfo, m_code, m_frontMatter,
        m_frontMatterKey, m_tablePipe, m_comment, m_rule;
};

} // namespace postwright
