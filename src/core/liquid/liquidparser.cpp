// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "liquidparser.h"

#include "liquidlexer.h"

#include <QCoreApplication>
#include <QHash>

namespace postwright {

namespace {

struct LiquidText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::Liquid)
};

using Kind = LiquidNode::Kind;

const QHash<QString, Kind> &simpleTags()
{
    static const QHash<QString, Kind> tags = {
        {QStringLiteral("break"), Kind::Break},
        {QStringLiteral("continue"), Kind::Continue},
        {QStringLiteral("include"), Kind::Include},
        {QStringLiteral("include_relative"), Kind::IncludeRelative},
        {QStringLiteral("link"), Kind::Link},
        {QStringLiteral("post_url"), Kind::PostUrl},
    };
    return tags;
}

LiquidNode makeNode(Kind kind, const LiquidToken &token, const QString &text = {})
{
    LiquidNode node;
    node.kind = kind;
    node.line = token.line;
    node.column = token.column;
    node.text = text;
    return node;
}

class Parser
{
public:
    explicit Parser(QList<LiquidToken> tokens) : m_tokens(std::move(tokens)) {}

    QList<LiquidNode> parseAll();
    QList<LiquidError> errors;

private:
    // Parses nodes into `out` until one of `ends` (returned) or the end ("").
    QString parseBody(QList<LiquidNode> &out, const QStringList &ends, int depth);
    std::optional<LiquidNode> parseTag(const LiquidToken &token, int depth);
    bool parseStatement(LiquidNode &node, LiquidReader &reader, const QString &name);
    std::optional<LiquidNode> parseCapture(LiquidNode node, const LiquidToken &token, LiquidReader &reader, int depth);
    std::optional<LiquidNode> parseBranching(LiquidNode node, const LiquidToken &token, LiquidReader &reader, int depth);
    bool parseBranches(LiquidNode &node, const LiquidToken &token, const QStringList &middles,
                       const QString &end, int depth);
    void parseFor(LiquidNode &node, LiquidReader &reader);
    void error(const LiquidToken &token, const QString &message, qsizetype offset = -1);
    // A tag closed in the wrong place: one error, as Jekyll stops at the
    // first; what it throws off further out is not reported again.
    void nestingError(const LiquidToken &token, const QString &message);
    bool check(const LiquidToken &token, LiquidReader &reader);

    QList<LiquidToken> m_tokens;
    qsizetype m_at = 0;
    LiquidToken m_last;
    bool m_nestingReported = false;
};

void Parser::nestingError(const LiquidToken &token, const QString &message)
{
    if (std::exchange(m_nestingReported, true))
        return;
    error(token, message);
}

void Parser::error(const LiquidToken &token, const QString &message, qsizetype offset)
{
    // An offset inside the markup: past "{% name " or "{{ ".
    int column = token.column;
    if (offset >= 0)
        column += int(offset) + (token.kind == LiquidToken::Kind::Tag ? int(token.name.size()) + 4 : 3);
    errors << LiquidError{{}, token.line, column, message};
}

bool Parser::check(const LiquidToken &token, LiquidReader &reader)
{
    if (!reader.hasError())
        return true;
    error(token, reader.error(), reader.errorOffset());
    return false;
}

QList<LiquidNode> Parser::parseAll()
{
    QList<LiquidNode> nodes;
    while (m_at < m_tokens.size()) {
        const QString end = parseBody(nodes, {}, 0);
        if (!end.isEmpty())
            nestingError(m_last, LiquidText::tr("Unexpected '%1' outside of a block").arg(end));
    }
    return nodes;
}

QString Parser::parseBody(QList<LiquidNode> &out, const QStringList &ends, int depth)
{
    while (m_at < m_tokens.size()) {
        const LiquidToken token = m_tokens.at(m_at++);
        if (token.kind == LiquidToken::Kind::Text) {
            out << makeNode(Kind::Text, token, token.text);
            continue;
        }
        if (token.kind == LiquidToken::Kind::Output) {
            LiquidNode node = makeNode(Kind::Output, token);
            LiquidReader reader(token.text);
            node.value = reader.filteredExpression();
            reader.expectEnd();
            if (check(token, reader))
                out << node;
            continue;
        }
        if (ends.contains(token.name) || token.name.startsWith(QLatin1String("end"))
            || token.name == QLatin1String("else") || token.name == QLatin1String("elsif")
            || token.name == QLatin1String("when")) {
            m_last = token;
            return token.name;
        }
        if (std::optional<LiquidNode> node = parseTag(token, depth))
            out << *node;
    }
    return {};
}

bool Parser::parseBranches(LiquidNode &node, const LiquidToken &token, const QStringList &middles,
                           const QString &end, int depth)
{
    QStringList ends = middles;
    ends << end;
    while (true) {
        LiquidNode::Branch &branch = node.branches.last();
        const QString found = parseBody(branch.body, ends, depth + 1);
        if (found == end)
            return true;
        if (found.isEmpty() || !middles.contains(found)) {
            nestingError(found.isEmpty() ? token : m_last,
                  found.isEmpty() ? LiquidText::tr("'%1' tag was never closed").arg(token.name)
                                  : LiquidText::tr("Unexpected '%1' in '%2'").arg(found, token.name));
            if (found.isEmpty())
                return false;
            continue;
        }
        LiquidNode::Branch next;
        LiquidReader reader(m_last.text);
        if (found == QLatin1String("else")) {
            next.isElse = true;
        } else if (found == QLatin1String("elsif")) {
            next.condition = reader.condition();
        } else if (found == QLatin1String("when")) {
            do {
                next.values << reader.expression();
            } while (reader.accept(u",") || reader.accept(u"or"));
        }
        reader.expectEnd();
        check(m_last, reader);
        node.branches << next;
    }
}

void Parser::parseFor(LiquidNode &node, LiquidReader &reader)
{
    node.text = reader.identifier();
    if (!reader.accept(u"in"))
        reader.fail(LiquidText::tr("Expected 'for name in collection'"));
    node.value.value = reader.expression();
    while (!reader.atEnd()) {
        if (reader.accept(u"reversed")) {
            node.reversed = true;
            continue;
        }
        const QString key = reader.identifier();
        if (!reader.accept(u":"))
            reader.fail(LiquidText::tr("Expected ':' after '%1'").arg(key));
        const LiquidExpression value = reader.expression();
        if (key == QLatin1String("limit"))
            node.limit = value;
        else if (key == QLatin1String("offset"))
            node.offset = value;
        else if (key == QLatin1String("cols") && node.kind == Kind::Tablerow)
            node.cols = value;
        else
            reader.fail(LiquidText::tr("Unknown option '%1'").arg(key));
        reader.accept(u",");
    }
}

std::optional<LiquidNode> Parser::parseTag(const LiquidToken &token, int depth)
{
    LiquidNode node = makeNode(Kind::Text, token);
    const QString &name = token.name;
    if (depth >= kMaxLiquidNesting) {
        error(token, LiquidText::tr("Blocks nested more than %1 deep").arg(kMaxLiquidNesting));
        return std::nullopt;
    }
    LiquidReader reader(token.text);
    if (simpleTags().contains(name)) {
        node.kind = simpleTags().value(name);
        node.text = token.text;
        return node;
    }
    if (name == QLatin1String("echo")) {
        // Liquid 5 (Jekyll 4.3's): {% echo x | f %} is {{ x | f }}.
        node.kind = Kind::Output;
        node.value = reader.filteredExpression();
        reader.expectEnd();
        return check(token, reader) ? std::optional<LiquidNode>(node) : std::nullopt;
    }
    if (name == QLatin1String("capture") || name == QLatin1String("highlight"))
        return parseCapture(std::move(node), token, reader, depth);
    for (const char *block : {"if", "unless", "case", "for", "tablerow"}) {
        if (name == QLatin1String(block))
            return parseBranching(std::move(node), token, reader, depth);
    }
    if (!parseStatement(node, reader, name)) {
        error(token, LiquidText::tr("Unknown tag '%1'").arg(name));
        // The tag stays visible as text, as written.
        node.text = QStringLiteral("{% ") + name + (token.text.isEmpty() ? QString() : QLatin1Char(' ') + token.text)
                    + QStringLiteral(" %}");
        return node;
    }
    reader.expectEnd();
    if (!check(token, reader))
        return std::nullopt;
    return node;
}

// assign, increment, decrement and cycle: false for a tag of another name.
bool Parser::parseStatement(LiquidNode &node, LiquidReader &reader, const QString &name)
{
    if (name == QLatin1String("assign")) {
        node.kind = Kind::Assign;
        node.text = reader.identifier();
        if (!reader.accept(u"="))
            reader.fail(LiquidText::tr("Expected 'assign name = value'"));
        node.value = reader.filteredExpression();
    } else if (name == QLatin1String("increment") || name == QLatin1String("decrement")) {
        node.kind = name == QLatin1String("increment") ? Kind::Increment : Kind::Decrement;
        node.text = reader.identifier();
    } else if (name == QLatin1String("cycle")) {
        node.kind = Kind::Cycle;
        node.values << reader.expression();
        if (reader.accept(u":")) {
            node.group = node.values.takeFirst();
            node.values << reader.expression();
        }
        while (reader.accept(u","))
            node.values << reader.expression();
    } else {
        return false;
    }
    return true;
}

// capture and highlight: a body up to their end tag.
std::optional<LiquidNode> Parser::parseCapture(LiquidNode node, const LiquidToken &token, LiquidReader &reader, int depth)
{
    const QString &name = token.name;
    node.kind = name == QLatin1String("capture") ? Kind::Capture : Kind::Highlight;
    node.text = node.kind == Kind::Capture ? reader.identifier() : token.text;
    if (node.kind == Kind::Highlight)
        reader.rest();
    const QString end = QLatin1String("end") + name;
    if (parseBody(node.body, {end}, depth + 1) != end) {
        nestingError(token, LiquidText::tr("'%1' tag was never closed").arg(name));
        return std::nullopt;
    }
    if (node.kind == Kind::Highlight)
        return node;
    reader.expectEnd();
    if (!check(token, reader))
        return std::nullopt;
    return node;
}

// if, unless, case, for and tablerow: branches up to their end tag.
std::optional<LiquidNode> Parser::parseBranching(LiquidNode node, const LiquidToken &token, LiquidReader &reader,
                                                 int depth)
{
    const QString &name = token.name;
    const QString end = QLatin1String("end") + name;
    QStringList middles;
    if (name == QLatin1String("if") || name == QLatin1String("unless")) {
        node.kind = name == QLatin1String("if") ? Kind::If : Kind::Unless;
        node.branches << LiquidNode::Branch();
        node.branches.last().condition = reader.condition();
        reader.expectEnd();
        middles = {QStringLiteral("elsif"), QStringLiteral("else")};
    } else if (name == QLatin1String("case")) {
        node.kind = Kind::Case;
        node.value.value = reader.expression();
        reader.expectEnd();
        // Text before the first when is ignored, as in Liquid.
        node.branches << LiquidNode::Branch();
        middles = {QStringLiteral("when"), QStringLiteral("else")};
    } else {
        node.kind = name == QLatin1String("for") ? Kind::For : Kind::Tablerow;
        parseFor(node, reader);
        node.branches << LiquidNode::Branch();
        if (node.kind == Kind::For)
            middles = {QStringLiteral("else")};
    }
    if (!check(token, reader) || !parseBranches(node, token, middles, end, depth))
        return std::nullopt;
    if (node.kind == Kind::Case)
        node.branches.removeFirst();
    return node;
}

} // namespace

LiquidTemplate parseLiquid(QStringView source, int firstLine)
{
    LiquidLexResult lexed = lexLiquid(source, firstLine);
    if (lexed.tokens.size() > kMaxLiquidTokens) {
        // Each node costs memory and work to render: a post of a million
        // {{ x }} took gigabytes before its first one rendered.
        const LiquidToken &first = lexed.tokens.at(kMaxLiquidTokens);
        lexed.errors << LiquidError{QString(), first.line, first.column,
                                    LiquidText::tr("More than %1 Liquid tags and texts; the rest is not rendered")
                                        .arg(kMaxLiquidTokens)};
        lexed.tokens.resize(kMaxLiquidTokens);
    }
    Parser parser(std::move(lexed.tokens));
    LiquidTemplate result;
    result.nodes = parser.parseAll();
    result.errors = lexed.errors + parser.errors;
    std::sort(result.errors.begin(), result.errors.end(), [](const LiquidError &a, const LiquidError &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return result;
}

} // namespace postwright
