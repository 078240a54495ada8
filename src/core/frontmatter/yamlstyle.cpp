// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// How a YAML scalar is written: quoted, plain, folded or as a block, in the
// style the file had, and always so that YAML 1.1 parsers read it back.
#include "frontmatter/yamlstyle.h"

#include "frontmatter/formats.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace postwright::detail {

bool yamlNeedsEscape(char16_t c)
{
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return true;
    return c == 0x2028 || c == 0x2029 || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF;
}

QString yamlEscape(char16_t c)
{
    switch (c) {
    case 0x85: return QStringLiteral("\\N");
    case 0x2028: return QStringLiteral("\\L");
    case 0x2029: return QStringLiteral("\\P");
    default: return QStringLiteral("\\u") + QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
    }
}

namespace {

// Whether a YAML 1.1 parser (libyaml through Psych or PyYAML, go-yaml v2)
// resolves this plain scalar to something other than a string: the implicit
// types of the YAML 1.1 type repository (yaml.org/type: int, float, bool,
// null, merge, value, timestamp), taken broadly, plus YAML 1.2's "0o" octal.
bool yaml11Typed(const QString &s)
{
    static const QRegularExpression typed(QStringLiteral(
        "^(?:"
        // bool, null, merge "<<" and value "="
        "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
        "|~|null|Null|NULL|<<|="
        // int: binary, octal (leading 0 or 0o), decimal, hex, base 60
        "|[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9][0-9_]*|[-+]?0x[0-9a-fA-F_]+"
        // float, base-60 ints and floats, infinity, not-a-number
        "|[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+"
        "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?"
        "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)"
        // timestamp
        "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
        "(?:(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?"
        ")$"));
    return typed.match(s).hasMatch();
}

} // namespace

bool plainSafe(const QString &s, bool inFlow)
{
    if (s.isEmpty() || s.front().isSpace() || s.back().isSpace())
        return false;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(s.front()))
        return false;
    for (const QChar c : s) {
        if (yamlNeedsEscape(c.unicode()))
            return false;
        // yaml-cpp rejects a '?' inside a plain scalar in a flow list.
        if (inFlow && (c == QLatin1Char(',') || c == QLatin1Char('[') || c == QLatin1Char(']')
                       || c == QLatin1Char('{') || c == QLatin1Char('}') || c == QLatin1Char('?')))
            return false;
    }
    if (s.contains(QLatin1String(": ")) || s.contains(QLatin1String(" #")) || s.endsWith(QLatin1Char(':')))
        return false;
    // List items too: Hugo and Jekyll read a plain "yes", "1.50" or "null"
    // item as a bool, number or null, not as the string that was set.
    return resolvePlainScalar(s).type == ValueType::String && !yaml11Typed(s);
}

QString doubleQuoted(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\r': out += QLatin1String("\\r"); break;
        default:
            if (yamlNeedsEscape(c.unicode()))
                out += yamlEscape(c.unicode());
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

namespace {

bool singleQuotable(const QString &s)
{
    return std::none_of(s.cbegin(), s.cend(), [](QChar c) { return yamlNeedsEscape(c.unicode()); });
}

} // namespace

QString formatString(const QString &s, ValueStyle style, bool inFlow)
{
    if (style == ValueStyle::SingleQuoted && singleQuotable(s))
        return QLatin1Char('\'') + QString(s).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
    if ((style == ValueStyle::Plain || style == ValueStyle::Empty) && plainSafe(s, inFlow))
        return s;
    return doubleQuoted(s);
}

namespace {

// A block scalar "|" or ">" with the header's chomping fitted to the text.
std::optional<QString> blockScalar(const QString &s, QChar kind, const QString &indent, const QString &lineBreak)
{
    if (s.isEmpty() || s.front() == QLatin1Char(' ') || s.front() == QLatin1Char('\n') || s.contains(QLatin1Char('\r')))
        return std::nullopt;
    QString body = s;
    QString chomp;
    if (!body.endsWith(QLatin1Char('\n'))) {
        chomp = QStringLiteral("-");
    } else {
        body.chop(1);
        if (body.endsWith(QLatin1Char('\n')))
            return std::nullopt;   // several trailing breaks: "+" territory, quote instead
    }
    QStringList lines = body.split(QLatin1Char('\n'));
    // libyaml takes the block's indentation from its first line and rejects
    // a tab there ("found a tab character where an indentation space is
    // expected"), so Jekyll could not read it: quote instead.
    if (lines.front().startsWith(QLatin1Char('\t')))
        return std::nullopt;
    if (kind == QLatin1Char('>')) {
        // Folded: a single break is written as an empty line; lines that
        // start with a blank would be kept literally, so use "|" for those.
        for (const QString &line : std::as_const(lines)) {
            if (line.isEmpty() || line.front().isSpace() || line.back().isSpace())
                kind = QLatin1Char('|');
        }
    }
    for (const QString &line : std::as_const(lines)) {
        for (const QChar c : line) {
            if (yamlNeedsEscape(c.unicode()) && c != QLatin1Char('\t'))
                return std::nullopt;
        }
    }
    QString out = QString(kind) + chomp;
    const QString separator = kind == QLatin1Char('>') ? lineBreak + lineBreak : lineBreak;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        out += (i == 0 ? lineBreak : separator);
        if (!lines.at(i).isEmpty())
            out += indent + lines.at(i);
    }
    return out;
}


// Where line breaks go in a plain scalar over several lines. Breaks of the
// old value that lie in the part of the text that did not change stay as
// they were (their indentation and trailing blanks too); in the changed
// part a line breaks at the first space once it is longer than the width,
// as YAML emitters fold (PyYAML, go-yaml).
std::optional<QString> foldedPlain(const QString &s, const ScalarStyle &style, const QString &lineBreak)
{
    if (style.foldColumn < 0 || !plainSafe(s, false))
        return std::nullopt;
    const QString &old = style.oldValue;
    const qsizetype n = s.size(), m = old.size();
    qsizetype prefix = 0;
    while (prefix < n && prefix < m && s.at(prefix) == old.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && s.at(n - 1 - suffix) == old.at(m - 1 - suffix))
        ++suffix;
    QHash<qsizetype, QString> kept;
    for (const FoldBreak &b : style.breaks) {
        if (b.at < prefix)
            kept.insert(b.at, b.text);
        else if (b.at >= m - suffix)
            kept.insert(b.at - m + n, b.text);
    }
    QString out;
    qsizetype column = style.foldColumn;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s.at(i);
        if (const auto it = kept.constFind(i); it != kept.cend()) {
            out += *it;
            const qsizetype lastBreak = std::max(it->lastIndexOf(QLatin1Char('\n')), it->lastIndexOf(QLatin1Char('\r')));
            column = it->size() - lastBreak - 1;
            continue;
        }
        // Only a single space can become a break: the blanks around a
        // break are not part of the value.
        const bool changed = i >= prefix && i < n - suffix;
        if (changed && c == QLatin1Char(' ') && column > style.foldWidth && s.at(i - 1) != QLatin1Char(' ')
            && i + 1 < n && s.at(i + 1) != QLatin1Char(' ')) {
            out += lineBreak + style.foldIndent;
            column = style.foldIndent.size();
            continue;
        }
        out += c;
        ++column;
    }
    return out;
}

} // namespace

QString formatScalar(const Value &value, const ScalarStyle &old, const QString &lineBreak)
{
    switch (value.type) {
    case ValueType::Null:
        return old.oldText.isEmpty() ? QStringLiteral("null") : old.oldText;
    case ValueType::Bool: {
        if (!value.text.isEmpty() && resolvePlainScalar(value.text).type == ValueType::Bool
            && resolvePlainScalar(value.text).boolean == value.boolean)
            return value.text;
        QString word = value.boolean ? QStringLiteral("true") : QStringLiteral("false");
        // Follow the file's spelling: True and TRUE stay capitalised.
        if (old.oldText.size() > 1 && old.oldText.at(1).isUpper())
            word = word.toUpper();
        else if (!old.oldText.isEmpty() && old.oldText.front().isUpper())
            word.front() = word.front().toUpper();
        return word;
    }
    case ValueType::Number:
        if (!value.text.isEmpty() && resolvePlainScalar(value.text).type == ValueType::Number)
            return value.text;
        return QString::number(value.number, 'g', QLocale::FloatingPointShortest);
    case ValueType::Date:
        if (old.style == ValueStyle::SingleQuoted)
            return QLatin1Char('\'') + value.date.text + QLatin1Char('\'');
        if (old.style == ValueStyle::DoubleQuoted)
            return QLatin1Char('"') + value.date.text + QLatin1Char('"');
        return value.date.text;
    case ValueType::String:
    case ValueType::Text: {
        const bool multiLine = value.text.contains(QLatin1Char('\n'));
        const bool quoted = old.style == ValueStyle::DoubleQuoted || old.style == ValueStyle::SingleQuoted;
        if (old.style == ValueStyle::BlockScalar || (multiLine && !quoted)) {
            if (auto block = blockScalar(value.text, old.blockKind, old.blockIndent, lineBreak))
                return *block;
        }
        if (old.style == ValueStyle::Plain) {
            if (auto folded = foldedPlain(value.text, old, lineBreak))
                return *folded;
        }
        return formatString(value.text, old.style == ValueStyle::BlockScalar ? ValueStyle::Plain : old.style, false);
    }
    case ValueType::List:
    case ValueType::Map:
        break;
    }
    return {};
}
} // namespace postwright::detail

namespace postwright {

QList<UnsafeYamlCharacter> unsafeYamlCharacters(QStringView text, const FrontMatterBlock &block)
{
    QList<UnsafeYamlCharacter> found;
    if (block.format != FrontMatterFormat::Yaml)
        return found;
    // The other characters YAML does not allow unescaped already make the
    // block an error (see nonPrintableError).
    for (qsizetype i = block.contentStart; i < std::min(block.contentEnd, text.size()); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF)
            found.append({i, c, detail::yamlEscape(c)});
    }
    return found;
}

} // namespace postwright
