// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Lists as laid out in the source: splitting a flow list into its item
// tokens, and writing a list back keeping the tokens of unchanged items.
// Shared by the YAML, TOML and JSON writers.
#include "frontmatter/formats.h"

namespace postwright {
namespace detail {

std::optional<ListLayout> splitFlowList(QStringView source, bool allowComments)
{
    if (!source.startsWith(QLatin1Char('[')))
        return std::nullopt;
    ListLayout layout;
    struct Token { qsizetype start, end; };
    QList<Token> tokens;
    QList<qsizetype> commas;
    qsizetype i = 1;
    qsizetype tokenStart = -1, tokenEnd = -1;
    const auto flush = [&] {
        if (tokenStart >= 0)
            tokens.append({tokenStart, tokenEnd});
        tokenStart = tokenEnd = -1;
    };
    for (; i < source.size(); ++i) {
        const QChar c = source.at(i);
        if ((c == QLatin1Char('"') || c == QLatin1Char('\'')) && tokenStart >= 0) {
            // A quote inside a plain item ("it's") is part of it.
            tokenEnd = i + 1;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const qsizetype start = i;
            for (++i; i < source.size(); ++i) {
                if (c == QLatin1Char('"') && source.at(i) == QLatin1Char('\\')) {
                    ++i;
                } else if (source.at(i) == c) {
                    if (c == QLatin1Char('\'') && i + 1 < source.size() && source.at(i + 1) == c)
                        ++i;
                    else
                        break;
                }
            }
            if (i >= source.size())
                return std::nullopt;
            if (tokenStart < 0)
                tokenStart = start;
            tokenEnd = i + 1;
        } else if (c == QLatin1Char(',')) {
            if (tokenStart < 0)
                return std::nullopt;   // empty item
            flush();
            commas.append(i);
        } else if (c == QLatin1Char(']')) {
            flush();
            break;
        } else if (c == QLatin1Char('[') || c == QLatin1Char('{') || c == QLatin1Char('}')) {
            return std::nullopt;       // nested: not a list of strings
        } else if (c == QLatin1Char('#') && allowComments && (tokenStart < 0 || tokenEnd < i)) {
            while (i < source.size() && source.at(i) != QLatin1Char('\n') && source.at(i) != QLatin1Char('\r'))
                ++i;
            --i;
        } else if (!c.isSpace()) {
            if (tokenStart < 0)
                tokenStart = i;
            tokenEnd = i + 1;
        }
    }
    if (i >= source.size() || i + 1 != source.size())
        return std::nullopt;
    if (tokens.isEmpty()) {
        layout.open = source.first(source.size() - 1).toString();
        layout.close = QStringLiteral("]");
        return layout;
    }
    // A trailing comma belongs to the closing part.
    layout.open = source.first(tokens.first().start).toString();
    layout.close = source.sliced(tokens.last().end).toString();
    if (tokens.size() > 1)
        layout.separator = source.sliced(tokens.at(0).end, tokens.at(1).start - tokens.at(0).end).toString();
    for (const Token &t : tokens)
        layout.items.append({QString(), source.sliced(t.start, t.end - t.start).toString()});
    const QChar first = source.at(tokens.first().start);
    layout.itemStyle = first == QLatin1Char('"')    ? ValueStyle::DoubleQuoted
                       : first == QLatin1Char('\'') ? ValueStyle::SingleQuoted
                                                    : ValueStyle::Plain;
    return layout;
}

QString rebuildList(const ListLayout &layout, const QStringList &items,
                    const std::function<QString(const QString &)> &formatItem, const QString &lineBreak)
{
    QList<bool> used(layout.items.size(), false);
    const auto sourceFor = [&](const QString &item) -> std::optional<QString> {
        for (qsizetype i = 0; i < layout.items.size(); ++i) {
            if (!used[i] && layout.items.at(i).value == item) {
                used[i] = true;
                return layout.items.at(i).source;
            }
        }
        return std::nullopt;
    };
    QString out;
    if (layout.block) {
        for (const QString &item : items)
            out += lineBreak + sourceFor(item).value_or(layout.linePrefix + formatItem(item));
        return out;
    }
    QString separator = layout.separator;
    if (separator.isEmpty())
        separator = QStringLiteral(", ");
    QStringList tokens;
    for (const QString &item : items)
        tokens.append(sourceFor(item).value_or(formatItem(item)));
    if (tokens.isEmpty()) {
        // "[ a ]" emptied is "[]"; an originally empty list keeps its inside.
        return layout.items.isEmpty() && !layout.open.isEmpty() ? layout.open + layout.close : QStringLiteral("[]");
    }
    QString open = layout.open, close = layout.close;
    if (layout.items.isEmpty()) {
        open = QStringLiteral("[");
        close = QStringLiteral("]");
    }
    return open + tokens.join(separator) + close;
}

} // namespace detail
} // namespace postwright
