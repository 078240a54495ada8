// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The tags with a body or a site behind them: for, tablerow, case, cycle,
// and Jekyll's include, highlight, link and post_url.
#include "liquidrenderer.h"

#include "liquidlexer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace postwright {

namespace {

struct LiquidText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::Liquid)
};

LiquidHash forloop(qsizetype index, qsizetype length, const LiquidValue &parent)
{
    LiquidHash loop;
    loop.insert(QStringLiteral("name"), LiquidValue(QString()));
    loop.insert(QStringLiteral("length"), LiquidValue(qint64(length)));
    loop.insert(QStringLiteral("index"), LiquidValue(qint64(index + 1)));
    loop.insert(QStringLiteral("index0"), LiquidValue(qint64(index)));
    loop.insert(QStringLiteral("rindex"), LiquidValue(qint64(length - index)));
    loop.insert(QStringLiteral("rindex0"), LiquidValue(qint64(length - index - 1)));
    loop.insert(QStringLiteral("first"), LiquidValue(index == 0));
    loop.insert(QStringLiteral("last"), LiquidValue(index == length - 1));
    loop.insert(QStringLiteral("parentloop"), parent);
    return loop;
}

// Liquid's name of a for loop's collection ("i-site.posts", "i-(1..6)"):
// offset: continue goes on where the last loop by that name stopped.
QString collectionKey(const LiquidExpression &expression)
{
    using Kind = LiquidExpression::Kind;
    switch (expression.kind) {
    case Kind::Range:
        return QLatin1Char('(') + collectionKey(*expression.from) + QLatin1String("..") + collectionKey(*expression.to)
               + QLatin1Char(')');
    case Kind::Variable: {
        QString key = expression.from ? QLatin1Char('[') + collectionKey(*expression.from) + QLatin1Char(']')
                                      : expression.name;
        for (const LiquidExpression::Lookup &step : expression.lookups)
            key += step.index ? QLatin1Char('[') + collectionKey(*step.index) + QLatin1Char(']')
                              : QLatin1Char('.') + step.key;
        return key;
    }
    default:
        return expression.literal.toString();
    }
}

bool isContinue(const std::optional<LiquidExpression> &offset)
{
    return offset && offset->kind == LiquidExpression::Kind::Variable && !offset->from && offset->lookups.isEmpty()
           && offset->name == QLatin1String("continue");
}

} // namespace

void LiquidRenderer::renderTag(const LiquidNode &node, Output &out)
{
    using Kind = LiquidNode::Kind;
    switch (node.kind) {
    case Kind::For:
        renderFor(node, out);
        return;
    case Kind::Tablerow:
        renderTablerow(node, out);
        return;
    case Kind::Case:
        renderCase(node, out);
        return;
    case Kind::Cycle:
        renderCycle(node, out);
        return;
    case Kind::Include:
    case Kind::IncludeRelative:
        renderInclude(node, out);
        return;
    case Kind::Highlight:
        renderHighlight(node, out);
        return;
    case Kind::Link:
    case Kind::PostUrl:
        renderLink(node, out);
        return;
    default:
        return;
    }
}

LiquidValue::Array LiquidRenderer::loopItems(const LiquidNode &node, bool *ok)
{
    const LiquidValue collection = evaluate(node.value.value);
    *ok = true;
    const QString key = node.text + QLatin1Char('-') + collectionKey(node.value.value);
    const qint64 offset = isContinue(node.offset) ? m_loopOffsets.value(key)
                          : node.offset           ? std::max<qint64>(0, evaluate(*node.offset).toInt())
                                                  : 0;
    const std::optional<qint64> limit =
        node.limit ? std::optional<qint64>(std::max<qint64>(0, evaluate(*node.limit).toInt())) : std::nullopt;
    qint64 count = collection.size();
    // Where the next loop by this name goes on from (offset: continue).
    m_loopOffsets.insert(key, offset + std::max<qint64>(0, std::min<qint64>(count - offset, limit.value_or(count))));
    if (collection.type() == LiquidValue::Type::Range) {
        // A range is not made into an array past what the loop can visit.
        count = std::min<qint64>(count - offset, limit.value_or(count));
        if (count > m_options.limits.maxIterations - m_iterations + 1)
            count = m_options.limits.maxIterations - m_iterations + 1;
        LiquidValue::Array items;
        for (qint64 i = 0; i < count; ++i)
            items << LiquidValue(collection.range().first + offset + i);
        return items;
    }
    if (collection.type() != LiquidValue::Type::Array && collection.type() != LiquidValue::Type::Hash) {
        *ok = collection.type() == LiquidValue::Type::String && !collection.isEmpty();
        return *ok ? LiquidValue::Array{collection} : LiquidValue::Array{};
    }
    LiquidValue::Array items = collection.toArray();
    items = items.mid(std::min<qint64>(offset, items.size()));
    if (limit)
        items = items.mid(0, *limit);
    return items;
}

void LiquidRenderer::renderFor(const LiquidNode &node, Output &out)
{
    bool ok = false;
    LiquidValue::Array items = loopItems(node, &ok);
    if (node.reversed)
        std::reverse(items.begin(), items.end());
    if (items.isEmpty()) {
        if (node.branches.size() > 1)
            renderNodes(node.branches.at(1).body, out);
        return;
    }
    const LiquidValue parent = lookup(QStringLiteral("forloop"));
    m_scopes.append(QHash<QString, LiquidValue>());
    for (qsizetype i = 0; i < items.size(); ++i) {
        countIteration(node);
        QHash<QString, LiquidValue> &scope = m_scopes.last();
        scope.insert(node.text, items.at(i));
        scope.insert(QStringLiteral("forloop"), LiquidValue(forloop(i, items.size(), parent)));
        renderNodes(node.branches.first().body, out);
        const Interrupt interrupt = std::exchange(m_interrupt, Interrupt::None);
        if (interrupt == Interrupt::Break)
            break;
    }
    m_scopes.removeLast();
}

void LiquidRenderer::renderTablerow(const LiquidNode &node, Output &out)
{
    bool ok = false;
    const LiquidValue::Array items = loopItems(node, &ok);
    const qint64 cols = node.cols ? evaluate(*node.cols).toInt() : 0;
    QString text = QStringLiteral("<tr class=\"row1\">\n");
    m_scopes.append(QHash<QString, LiquidValue>());
    qint64 row = 1;
    qint64 col = 1;
    for (qsizetype i = 0; i < items.size(); ++i) {
        countIteration(node);
        LiquidHash loop = forloop(i, items.size(), {});
        loop.insert(QStringLiteral("col"), LiquidValue(col));
        loop.insert(QStringLiteral("col0"), LiquidValue(col - 1));
        loop.insert(QStringLiteral("row"), LiquidValue(row));
        loop.insert(QStringLiteral("col_first"), LiquidValue(col == 1));
        loop.insert(QStringLiteral("col_last"), LiquidValue(cols > 0 && col == cols));
        m_scopes.last().insert(node.text, items.at(i));
        m_scopes.last().insert(QStringLiteral("tablerowloop"), LiquidValue(loop));
        Output cell;
        renderNodes(node.branches.first().body, cell);
        m_interrupt = Interrupt::None;
        text += QStringLiteral("<td class=\"col%1\">").arg(col) + cell.text + QStringLiteral("</td>");
        if (cols > 0 && col == cols && i + 1 < items.size()) {
            text += QStringLiteral("</tr>\n<tr class=\"row%1\">").arg(++row);
            col = 1;
        } else {
            ++col;
        }
    }
    m_scopes.removeLast();
    write(node, text + QStringLiteral("</tr>\n"), out);
}

void LiquidRenderer::renderCase(const LiquidNode &node, Output &out)
{
    const LiquidValue subject = evaluate(node.value.value);
    bool matched = false;
    for (const LiquidNode::Branch &branch : node.branches) {
        if (branch.isElse) {
            if (!matched)
                renderNodes(branch.body, out);
            continue;
        }
        for (const LiquidExpression &value : branch.values) {
            // Every matching when renders, as in Liquid. Each value is
            // charged (a when of 10,000 terms in a loop).
            const LiquidValue candidate = evaluate(value);
            charge(m_options.limits.nodeWork + equalityWork(subject, candidate));
            if (LiquidValue::equals(subject, candidate)) {
                matched = true;
                renderNodes(branch.body, out);
                break;
            }
        }
        if (m_interrupt != Interrupt::None)
            return;
    }
}

void LiquidRenderer::renderCycle(const LiquidNode &node, Output &out)
{
    if (node.values.isEmpty())
        return;
    // The key and the value read every value: charged by their number.
    chargeAt(node, node.values.size() * m_options.limits.nodeWork);
    QString key;
    if (node.group) {
        key = evaluate(*node.group).toString();
    } else {
        for (const LiquidExpression &value : node.values)
            key += value.literal.toString() + value.name + QLatin1Char('\x1f');
    }
    qint64 &position = m_cycles[key];
    const LiquidValue value = evaluate(node.values.at(position % node.values.size()));
    position = (position + 1) % node.values.size();
    write(node, value.toString(), out);
}

// An include in a loop is parsed once per render (per file and text); its
// parse is charged like the template's, once.
std::shared_ptr<const LiquidTemplate> LiquidRenderer::parsedInclude(const LiquidNode &node, const LiquidInclude &file)
{
    const auto known = m_includes.constFind(file.path);
    if (known != m_includes.cend() && known->text == file.text)
        return known->parsed;
    chargeAt(node, file.text.size());
    auto parsed = std::make_shared<LiquidTemplate>(parseLiquid(file.text, 1));
    for (LiquidError syntax : parsed->errors) {
        syntax.file = file.path;
        m_errors << syntax;
    }
    m_includes.insert(file.path, ParsedInclude{file.text, parsed});
    return parsed;
}

void LiquidRenderer::renderInclude(const LiquidNode &node, Output &out)
{
    const bool relative = node.kind == LiquidNode::Kind::IncludeRelative;
    if (!m_options.site.include) {
        error(node, LiquidText::tr("Unknown tag '%1'").arg(relative ? QStringLiteral("include_relative")
                                                                      : QStringLiteral("include")));
        return;
    }
    if (m_includeDepth >= m_options.limits.maxIncludeDepth)
        fatal(node, LiquidText::tr("Includes nested more than %1 deep").arg(m_options.limits.maxIncludeDepth));
    // The name may itself hold {{ }}; parameters are key="text" or key=variable.
    static const QRegularExpression parameter(
        QStringLiteral(R"re(([\w-]+)\s*=\s*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.\-\[\]"']+)))re"));
    QString markup = node.text.trimmed();
    QString name;
    if (markup.startsWith(QLatin1String("{{"))) {
        const qsizetype close = markup.indexOf(QLatin1String("}}"));
        LiquidReader reader(QStringView(markup).mid(2, close < 0 ? -1 : close - 2));
        name = evaluateFiltered(reader.filteredExpression(), node).toString();
        markup = markup.mid(close < 0 ? markup.size() : close + 2);
    } else {
        const qsizetype space = markup.indexOf(QRegularExpression(QStringLiteral("\\s")));
        name = markup.left(space < 0 ? markup.size() : space);
        markup = space < 0 ? QString() : markup.mid(space);
    }
    LiquidHash parameters;
    auto match = parameter.globalMatch(markup);
    while (match.hasNext()) {
        const QRegularExpressionMatch m = match.next();
        LiquidValue value;
        if (!m.captured(4).isEmpty()) {
            LiquidReader reader(m.captured(4));
            value = evaluate(reader.expression());
        } else {
            value = LiquidValue(m.captured(m.capturedLength(2) > 0 || m.capturedStart(2) >= 0 ? 2 : 3)
                                    .replace(QLatin1String("\\\""), QLatin1String("\"")));
        }
        parameters.insert(m.captured(1), value);
    }
    const LiquidInclude file = m_options.site.include(name, relative);
    if (!file.source.isEmpty() && !m_files.contains(file.source))
        m_files << file.source;
    if (!file.error.isEmpty()) {
        error(node, file.error);
        return;
    }
    const std::shared_ptr<const LiquidTemplate> parsed = parsedInclude(node, file);
    const QString outerFile = std::exchange(m_file, file.path);
    const int outerLine = m_includeLine;
    if (m_includeLine == 0)
        m_includeLine = node.line;
    ++m_includeDepth;
    m_scopes.append(QHash<QString, LiquidValue>{{QStringLiteral("include"), LiquidValue(parameters)}});
    try {
        renderNodes(parsed->nodes, out);
    } catch (const Abort &) {
        m_file = outerFile;
        throw;
    }
    m_scopes.removeLast();
    --m_includeDepth;
    m_includeLine = outerLine;
    m_file = outerFile;
}

void LiquidRenderer::renderHighlight(const LiquidNode &node, Output &out)
{
    static const QRegularExpression syntax(QStringLiteral(R"(^([\w+#.\-]+)((?:\s+\w+(?:=(?:\w+|"[^"]*"))?)*)$)"));
    const QRegularExpressionMatch match = syntax.match(node.text.trimmed());
    if (!match.hasMatch()) {
        error(node, LiquidText::tr("Syntax error in tag 'highlight': '%1' is not a valid language (write "
                                   "{% highlight lang [linenos] %})")
                        .arg(node.text));
        return;
    }
    Output body;
    renderNodes(node.body, body);
    const QString code = body.text.trimmed();
    const QString language = match.captured(1).toLower();
    const bool lineNumbers = match.captured(2).contains(QLatin1String("linenos"));
    if (m_options.site.highlight)
        write(node, m_options.site.highlight(code, language, lineNumbers), out);
    else
        error(node, LiquidText::tr("Unknown tag 'highlight'"));
}

void LiquidRenderer::renderLink(const LiquidNode &node, Output &out)
{
    const bool post = node.kind == LiquidNode::Kind::PostUrl;
    const auto &resolve = post ? m_options.site.postUrl : m_options.site.link;
    const QString tag = post ? QStringLiteral("post_url") : QStringLiteral("link");
    if (!resolve) {
        error(node, LiquidText::tr("Unknown tag '%1'").arg(tag));
        return;
    }
    QString target = node.text.trimmed();
    // {% link {{ page.other }} %}: variables in the target are rendered first.
    if (target.contains(QLatin1String("{{"))) {
        LiquidOptions inner = m_options;
        inner.site = {};
        const LiquidResult rendered = renderLiquid(target, inner);
        target = rendered.output.trimmed();
        for (const QString &read : rendered.siteReads)
            noteRead(read);
    }
    noteRead(tag + QLatin1Char(':') + target);
    const std::optional<QString> url = resolve(target);
    if (!url) {
        error(node, post ? LiquidText::tr("Could not find post \"%1\" in tag 'post_url'").arg(target)
                         : LiquidText::tr("Could not find document '%1' in tag 'link'").arg(target));
        return;
    }
    write(node, *url, out);
}

} // namespace postwright
