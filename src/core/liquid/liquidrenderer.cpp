// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "liquidrenderer.h"

#include "liquidfilters.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <utility>

namespace postwright {

namespace {

// The node being rendered, restored when its render ends.
class CurrentNode
{
public:
    CurrentNode(const LiquidNode *&slot, const LiquidNode *node)
        : m_slot(slot)
        , m_outer(std::exchange(slot, node))
    {
    }
    ~CurrentNode() { m_slot = m_outer; }
    CurrentNode(const CurrentNode &) = delete;
    CurrentNode &operator=(const CurrentNode &) = delete;

private:
    const LiquidNode *&m_slot;
    const LiquidNode *m_outer;
};

} // namespace

namespace {

struct LiquidText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::Liquid)
};

// Render errors kept per render.
constexpr qsizetype kMaxErrors = 1000;

} // namespace

void LiquidRenderer::Output::append(QStringView s, int line, bool advance)
{
    text += s;
    if (!track)
        return;
    qsizetype at = 0;
    while (at < s.size()) {
        if (atLineStart) {
            lines << line;
            atLineStart = false;
        }
        const qsizetype newline = s.indexOf(QLatin1Char('\n'), at);
        if (newline < 0)
            break;
        atLineStart = true;
        if (advance)
            ++line;
        at = newline + 1;
    }
}

LiquidRenderer::LiquidRenderer(const LiquidOptions &options)
    : m_options(options), m_now(options.now.isValid() ? options.now : QDateTime::currentDateTime()),
      m_file(options.file)
{
}

LiquidResult LiquidRenderer::run(QStringView source)
{
    const LiquidTemplate parsed = parseLiquid(source, m_options.firstLine);
    for (LiquidError error : parsed.errors) {
        error.file = m_options.file;
        m_errors << error;
    }
    Output out;
    out.track = true;
    m_work += source.size();   // the parse
    try {
        renderNodes(parsed.nodes, out);
    } catch (const Abort &) {
        // The output so far stays; the error says which cap was reached.
    }
    std::stable_sort(m_errors.begin(), m_errors.end(), [](const LiquidError &a, const LiquidError &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return LiquidResult{out.text, m_errors, out.lines, m_files, m_siteReads, m_work};
}

void LiquidRenderer::noteRead(const QString &read)
{
    if (!m_siteReads.contains(read))
        m_siteReads << read;
}

int LiquidRenderer::lineOf(const LiquidNode &node) const
{
    return m_includeLine > 0 ? m_includeLine : node.line;
}

void LiquidRenderer::error(const LiquidNode &node, const QString &message)
{
    // A template with thousands of bad tags gets the first ones.
    if (m_errors.size() >= kMaxErrors)
        return;
    for (const LiquidError &known : std::as_const(m_errors)) {
        if (known.line == node.line && known.column == node.column && known.message == message
            && known.file == m_file)
            return;   // once per tag, not once per loop iteration
    }
    m_errors << LiquidError{m_file, node.line, node.column, message};
}

void LiquidRenderer::fatal(const LiquidNode &node, const QString &message)
{
    error(node, message);
    throw Abort{};
}

// Checks the budget inside a tag too (a condition of 10,000 terms, a
// cycle of 10,000 values): the node being rendered is in error.
void LiquidRenderer::charge(qint64 work)
{
    if (m_current)
        chargeAt(*m_current, work);
    else
        m_work += work;
}

// What == reads: the values nested in arrays and hashes too (the smaller
// side: equals stops at the first difference or the end of the shorter).
qint64 LiquidRenderer::equalityWork(const LiquidValue &a, const LiquidValue &b) const
{
    const auto nested = [](const LiquidValue &v) {
        return v.type() == LiquidValue::Type::Array || v.type() == LiquidValue::Type::Hash;
    };
    if (nested(a) && nested(b))
        return std::min(a.weight(), b.weight()) * m_options.limits.itemWork;
    return std::min(workOf(a), workOf(b));
}

void LiquidRenderer::chargeAt(const LiquidNode &node, qint64 work)
{
    m_work += work;
    if (m_work > m_options.limits.maxWork)
        fatal(node, LiquidText::tr("The page took too much work to render; the rest is not rendered"));
}

// What a filter does beyond reading its input once: sorting compares
// n log n times, the _exp filters evaluate an expression per item.
qint64 LiquidRenderer::extraWork(const QString &filter, const LiquidValue &input) const
{
    if (input.type() != LiquidValue::Type::Array)
        return 0;
    const qint64 items = input.size();
    if (filter == QLatin1String("sort") || filter == QLatin1String("sort_natural"))
        return items * qint64(std::ceil(std::log2(double(items) + 1))) * (m_options.limits.itemWork / 2);
    if (filter.endsWith(QLatin1String("_exp")))
        return items * m_options.limits.itemWork * 4;
    return 0;
}

qint64 LiquidRenderer::workOf(const LiquidValue &value) const
{
    switch (value.type()) {
    case LiquidValue::Type::String:
        return value.toString().size();
    case LiquidValue::Type::Array:
    case LiquidValue::Type::Hash:
        return value.size() * m_options.limits.itemWork;
    case LiquidValue::Type::Range: {
        // A filter makes the numbers of a range into an array.
        const double count = double(value.range().last) - double(value.range().first) + 1;
        return qint64(std::clamp(count, 0.0, 1e12)) * m_options.limits.itemWork;
    }
    default:
        return 1;
    }
}

void LiquidRenderer::countIteration(const LiquidNode &node)
{
    if (++m_iterations > m_options.limits.maxIterations)
        fatal(node, LiquidText::tr("Loops ran more than %1 times in one page; the rest is not rendered")
                        .arg(m_options.limits.maxIterations));
}

void LiquidRenderer::write(const LiquidNode &node, const QString &text, Output &out)
{
    m_outputSize += text.size();
    if (m_outputSize > m_options.limits.maxOutput || out.text.size() + text.size() > m_options.limits.maxOutput)
        fatal(node, LiquidText::tr("The page grew past %1 characters; the rest is not rendered")
                        .arg(m_options.limits.maxOutput));
    out.append(text, lineOf(node), node.kind == LiquidNode::Kind::Text && m_includeLine == 0);
}

void LiquidRenderer::renderNodes(const QList<LiquidNode> &nodes, Output &out)
{
    for (const LiquidNode &node : nodes) {
        renderNode(node, out);
        if (m_interrupt != Interrupt::None)
            return;
    }
}

void LiquidRenderer::renderNode(const LiquidNode &node, Output &out)
{
    chargeAt(node, m_options.limits.nodeWork);
    const CurrentNode current(m_current, &node);
    using Kind = LiquidNode::Kind;
    switch (node.kind) {
    case Kind::Text:
        write(node, node.text, out);
        return;
    case Kind::Output:
        write(node, evaluateFiltered(node.value, node).toString(), out);
        return;
    case Kind::Assign: {
        // Evaluated first: where_exp pushes scopes while it runs.
        const LiquidValue value = evaluateFiltered(node.value, node);
        m_scopes.first().insert(node.text, value);
        return;
    }
    case Kind::Capture: {
        Output captured;
        renderNodes(node.body, captured);
        m_scopes.first().insert(node.text, LiquidValue(captured.text));
        return;
    }
    case Kind::If:
    case Kind::Unless:
        for (qsizetype i = 0; i < node.branches.size(); ++i) {
            const LiquidNode::Branch &branch = node.branches.at(i);
            bool taken = branch.isElse || test(branch.condition);
            if (i == 0 && node.kind == Kind::Unless)
                taken = !taken;
            if (taken) {
                renderNodes(branch.body, out);
                return;
            }
        }
        return;
    case Kind::Break:
        m_interrupt = Interrupt::Break;
        return;
    case Kind::Continue:
        m_interrupt = Interrupt::Continue;
        return;
    case Kind::Increment:
    case Kind::Decrement: {
        qint64 &counter = m_counters[node.text];
        if (node.kind == Kind::Decrement)
            --counter;
        write(node, QString::number(counter), out);
        if (node.kind == Kind::Increment)
            ++counter;
        return;
    }
    default:
        renderTag(node, out);
    }
}

LiquidValue LiquidRenderer::lookup(const QString &name) const
{
    for (qsizetype i = m_scopes.size() - 1; i >= 0; --i) {
        const auto found = m_scopes.at(i).constFind(name);
        if (found != m_scopes.at(i).constEnd())
            return *found;
    }
    const auto counter = m_counters.constFind(name);
    if (counter != m_counters.constEnd())
        return LiquidValue(*counter);
    return m_options.globals.value(name);
}

LiquidValue LiquidRenderer::evaluate(const LiquidExpression &expression)
{
    using Kind = LiquidExpression::Kind;
    switch (expression.kind) {
    case Kind::Literal:
    case Kind::Empty:
    case Kind::Blank:
        return expression.literal;
    case Kind::Range: {
        const LiquidValue from = evaluate(*expression.from);
        const LiquidValue to = evaluate(*expression.to);
        return LiquidValue(LiquidValue::Range{from.toInt(), to.toInt()});
    }
    case Kind::Variable:
        break;
    }
    if (!expression.from && (expression.name == QLatin1String("site") || expression.name == QLatin1String("page"))) {
        // What of the site the template reads decides when it is stale;
        // what of the page, whether its excerpt is made.
        const bool member = !expression.lookups.isEmpty() && !expression.lookups.first().index;
        noteRead(member ? expression.name + QLatin1Char('.') + expression.lookups.first().key : expression.name);
    }
    // jekyll.environment (JEKYLL_ENV): a production export after a
    // development one renders such pages again.
    if (!expression.from && expression.name == QLatin1String("jekyll"))
        noteRead(QStringLiteral("jekyll.environment"));
    LiquidValue value = expression.from ? lookup(evaluate(*expression.from).toString()) : lookup(expression.name);
    for (const LiquidExpression::Lookup &step : expression.lookups) {
        if (step.index)
            value = value.at(evaluate(*step.index));
        else
            value = value.member(step.key);
        if (value.isNil())
            break;
    }
    return value;
}

// The expression of a where_exp (or another _exp filter), parsed once per
// render, not once per item; the parse is charged.
std::shared_ptr<const LiquidRenderer::ParsedText> LiquidRenderer::parsedText(const QString &expression, bool condition)
{
    const QString key = (condition ? QLatin1Char('c') : QLatin1Char('v')) + expression;
    if (const auto known = m_parsedTexts.constFind(key); known != m_parsedTexts.cend())
        return *known;
    charge(expression.size());
    LiquidReader reader(expression);
    auto parsed = std::make_shared<ParsedText>();
    if (condition)
        parsed->condition = reader.condition();
    else
        parsed->value = reader.filteredExpression();
    reader.expectEnd();
    std::shared_ptr<const ParsedText> result = reader.hasError() ? nullptr : std::move(parsed);
    if (m_parsedTexts.size() >= 1024)
        m_parsedTexts.clear();   // expressions made in a loop: the cache stays small
    m_parsedTexts.insert(key, result);
    return result;
}

LiquidValue LiquidRenderer::evaluateText(const QString &name, const LiquidValue &item, const QString &expression,
                                         bool condition)
{
    const std::shared_ptr<const ParsedText> parsed = parsedText(expression, condition);
    if (!parsed)
        return {};
    m_scopes.append(QHash<QString, LiquidValue>{{name, item}});
    LiquidValue result;
    try {
        result = condition ? LiquidValue(test(parsed->condition)) : evaluateFiltered(parsed->value, LiquidNode());
    } catch (const Abort &) {
        m_scopes.removeLast();
        throw;
    }
    m_scopes.removeLast();
    return result;
}

LiquidValue LiquidRenderer::evaluateFiltered(const LiquidFilteredExpression &expression, const LiquidNode &at)
{
    LiquidValue value = evaluate(expression.value);
    if (expression.filters.isEmpty())
        return value;
    LiquidFilterContext context{m_options,
                                m_now,
                                [&](const QString &message) { error(at, message); },
                                [this](const QString &name, const LiquidValue &item, const QString &text,
                                       bool condition) { return evaluateText(name, item, text, condition); },
                                [&](qint64 work) { chargeAt(at, work); },
                                [&](const QString &message) { fatal(at, message); }};
    for (const LiquidFilterCall &call : expression.filters) {
        // "now" | date: the time of the render, as site.time (a cache of
        // the page is stale at once).
        if (call.name.startsWith(QLatin1String("date")) && value.type() == LiquidValue::Type::String
            && (value.toString().trimmed() == QLatin1String("now") || value.toString().trimmed() == QLatin1String("today")))
            noteRead(QStringLiteral("site.time"));
        LiquidArgs args;
        for (const LiquidExpression &arg : call.args)
            args << evaluate(arg);
        LiquidHash options;
        for (const auto &[key, arg] : call.options)
            options.insert(key, evaluate(arg));
        // What the filter reads is charged before it runs: a filter on a
        // large value in a loop reaches the budget, not minutes.
        qint64 reads = 1 + workOf(value) + extraWork(call.name, value);
        for (const LiquidValue &arg : std::as_const(args))
            reads += workOf(arg);
        chargeAt(at, reads);
        std::optional<LiquidValue> result = applyLiquidFilter(call.name, value, args, options, context);
        if (!result) {
            // Liquid (and Jekyll) leave the value as it is; say why it did not change.
            error(at, LiquidText::tr("Unknown filter '%1'").arg(call.name));
            continue;
        }
        value = *result;
        if (value.type() == LiquidValue::Type::String && value.toString().size() > m_options.limits.maxOutput)
            fatal(at, LiquidText::tr("A filter made a value of more than %1 characters or items")
                          .arg(m_options.limits.maxOutput));
        if (value.type() == LiquidValue::Type::Array && value.size() > m_options.limits.maxArray)
            fatal(at, LiquidText::tr("A filter made an array of more than %1 items").arg(m_options.limits.maxArray));
        // An array pushed into itself doubles what writing or flattening it
        // visits at each step (push, unshift and concat can share a value
        // twice; the other filters make at most what they read).
        if ((call.name == QLatin1String("push") || call.name == QLatin1String("unshift")
             || call.name == QLatin1String("concat"))
            && value.weight() > m_options.limits.maxOutput)
            fatal(at, LiquidText::tr("A filter made an array holding more than %1 values, nested ones counted")
                          .arg(m_options.limits.maxOutput));
        chargeAt(at, workOf(value));
    }
    return value;
}

bool LiquidRenderer::compare(const LiquidComparison &comparison)
{
    using Kind = LiquidExpression::Kind;
    const LiquidValue left = evaluate(comparison.left);
    if (comparison.op.isEmpty())
        return left.isTruthy();
    const LiquidValue right = evaluate(comparison.right);
    // contains and == read their operands, nested values too.
    charge(m_options.limits.nodeWork + workOf(left) + workOf(right) + equalityWork(left, right));
    const QString &op = comparison.op;
    if (op == QLatin1String("==") || op == QLatin1String("!=") || op == QLatin1String("<>")) {
        bool equal = false;
        const Kind special = comparison.right.kind != Kind::Literal && comparison.right.kind != Kind::Variable
                                 ? comparison.right.kind
                                 : comparison.left.kind;
        const LiquidValue &other = special == comparison.right.kind ? left : right;
        if (special == Kind::Empty)
            equal = other.isEmpty();
        else if (special == Kind::Blank)
            equal = false;   // Liquid 5 as Jekyll runs it: nothing is `blank` (no blank? in plain Ruby)
        else
            equal = LiquidValue::equals(left, right);
        return op == QLatin1String("==") ? equal : !equal;
    }
    if (op == QLatin1String("contains")) {
        if (left.type() == LiquidValue::Type::String)
            return right.isTruthy() && left.toString().contains(right.toString());
        if (left.type() == LiquidValue::Type::Array) {
            for (const LiquidValue &item : left.array()) {
                charge(equalityWork(item, right));
                if (LiquidValue::equals(item, right))
                    return true;
            }
        }
        if (left.type() == LiquidValue::Type::Hash)
            return left.hash().contains(right.toString());
        return false;
    }
    const std::optional<int> order = LiquidValue::compare(left, right);
    if (!order)
        return false;
    if (op == QLatin1String("<"))
        return *order < 0;
    if (op == QLatin1String(">"))
        return *order > 0;
    if (op == QLatin1String("<="))
        return *order <= 0;
    return *order >= 0;
}

bool LiquidRenderer::test(const LiquidCondition &condition)
{
    if (condition.comparisons.isEmpty())
        return false;
    // From the right: a and b or c is a and (b or c).
    bool result = compare(condition.comparisons.last());
    for (qsizetype i = condition.comparisons.size() - 2; i >= 0; --i) {
        if (condition.joins.at(i) == QLatin1String("and"))
            result = result && compare(condition.comparisons.at(i));
        else
            result = result || compare(condition.comparisons.at(i));
    }
    return result;
}

LiquidResult renderLiquid(QStringView source, const LiquidOptions &options)
{
    return LiquidRenderer(options).run(source);
}

} // namespace postwright
