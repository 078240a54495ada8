// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/markdowncommands.h"

#include "markdown/postlink.h"

#include <QRegularExpression>

namespace postwright::markdown {
namespace {

// indent, marker ("-", "*", "+", "1." or "1)"), task box, rest
const QRegularExpression &listItem()
{
    static const QRegularExpression re(QStringLiteral(R"(^(\s*)([-*+]|\d{1,9}[.)])(\s+)(\[[ xX]\]\s+)?(.*)$)"));
    return re;
}

const QRegularExpression &quoteLine()
{
    static const QRegularExpression re(QStringLiteral(R"(^(\s*)((?:>\s?)+)(.*)$)"));
    return re;
}

} // namespace

TextEdit toggleInline(const QString &text, qsizetype selectionStart, qsizetype selectionEnd, const QString &marker)
{
    const qsizetype n = marker.size();
    TextEdit edit;
    // Markers just outside the selection: unwrap.
    if (selectionStart >= n && selectionEnd + n <= text.size()
        && QStringView(text).sliced(selectionStart - n, n) == marker && QStringView(text).sliced(selectionEnd, n) == marker) {
        edit.start = selectionStart - n;
        edit.end = selectionEnd + n;
        edit.replacement = text.mid(selectionStart, selectionEnd - selectionStart);
        edit.selectionStart = edit.start;
        edit.selectionEnd = edit.start + edit.replacement.size();
        return edit;
    }
    const QString selected = text.mid(selectionStart, selectionEnd - selectionStart);
    // Markers inside the selection: unwrap too.
    if (selected.size() >= 2 * n && selected.startsWith(marker) && selected.endsWith(marker)) {
        edit.start = selectionStart;
        edit.end = selectionEnd;
        edit.replacement = selected.mid(n, selected.size() - 2 * n);
        edit.selectionStart = selectionStart;
        edit.selectionEnd = selectionStart + edit.replacement.size();
        return edit;
    }
    edit.start = selectionStart;
    edit.end = selectionEnd;
    edit.replacement = marker + selected + marker;
    edit.selectionStart = selectionStart + n;
    edit.selectionEnd = edit.selectionStart + selected.size();
    return edit;
}

TextEdit insertLink(const QString &text, qsizetype selectionStart, qsizetype selectionEnd, const QString &label,
                    const QString &url, bool image)
{
    Q_UNUSED(text);
    TextEdit edit;
    edit.start = selectionStart;
    edit.end = selectionEnd;
    QString target = url;
    // Spaces would end the URL: Markdown takes <...> for those.
    if (target.contains(QLatin1Char(' ')) || target.contains(QLatin1Char(')')))
        target = QLatin1Char('<') + target + QLatin1Char('>');
    // An image's alt text is plain text, escaped as a link's text is.
    const QString shown = image ? escapeLinkText(label) : label;
    edit.replacement = (image ? QStringLiteral("![") : QStringLiteral("[")) + shown + QStringLiteral("](") + target
                       + QLatin1Char(')');
    edit.selectionStart = edit.selectionEnd = selectionStart + edit.replacement.size();
    return edit;
}

QStringList toggleLinePrefix(const QStringList &lines, LineKind kind)
{
    const auto has = [kind](const QString &line) {
        if (kind == LineKind::Quote)
            return quoteLine().match(line).hasMatch();
        const auto m = listItem().match(line);
        if (!m.hasMatch())
            return false;
        const bool numbered = m.captured(2).front().isDigit();
        const bool task = m.capturedLength(4) > 0;
        switch (kind) {
        case LineKind::Bullet: return !numbered && !task;
        case LineKind::Numbered: return numbered;
        case LineKind::Task: return task;
        case LineKind::Quote: break;
        }
        return false;
    };
    bool all = true;
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty() && !has(line))
            all = false;
    }
    QStringList out;
    int number = 0;
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            out.append(line);
            continue;
        }
        // Strip any list or quote prefix first, keep the indentation.
        QString indent, rest = line;
        if (kind == LineKind::Quote) {
            const auto q = quoteLine().match(line);
            if (q.hasMatch()) {
                indent = q.captured(1);
                rest = q.captured(3);
            }
        } else {
            const auto m = listItem().match(line);
            if (m.hasMatch()) {
                indent = m.captured(1);
                rest = m.captured(5);
            }
        }
        if (all) {
            out.append(indent + rest);
            continue;
        }
        if (indent.isEmpty() && rest == line) {
            const qsizetype lead = line.size() - QString(line).remove(QRegularExpression(QStringLiteral("^\\s+"))).size();
            indent = line.left(lead);
            rest = line.mid(lead);
        }
        switch (kind) {
        case LineKind::Bullet: out.append(indent + QStringLiteral("- ") + rest); break;
        case LineKind::Numbered: out.append(indent + QString::number(++number) + QStringLiteral(". ") + rest); break;
        case LineKind::Task: out.append(indent + QStringLiteral("- [ ] ") + rest); break;
        case LineKind::Quote: out.append(indent + QStringLiteral("> ") + rest); break;
        }
    }
    return out;
}

QString setHeadingLevel(const QString &line, int level)
{
    static const QRegularExpression heading(QStringLiteral(R"(^\s{0,3}#{1,6}(\s+|$))"));
    QString rest = line;
    rest.remove(heading);
    if (level <= 0)
        return rest;
    return QString(std::min(level, 6), QLatin1Char('#')) + QLatin1Char(' ') + rest;
}

std::optional<ListContinuation> continueList(const QString &line)
{
    const auto m = listItem().match(line);
    if (m.hasMatch()) {
        if (m.captured(5).trimmed().isEmpty())
            return ListContinuation{{}, true};
        QString marker = m.captured(2);
        if (marker.front().isDigit()) {
            const QChar delimiter = marker.back();
            marker = QString::number(marker.chopped(1).toInt() + 1) + delimiter;
        }
        const QString task = m.capturedLength(4) ? QStringLiteral("[ ] ") : QString();
        return ListContinuation{m.captured(1) + marker + m.captured(3) + task, false};
    }
    const auto q = quoteLine().match(line);
    if (q.hasMatch()) {
        if (q.captured(3).trimmed().isEmpty())
            return ListContinuation{{}, true};
        return ListContinuation{q.captured(1) + q.captured(2), false};
    }
    return std::nullopt;
}

std::optional<QString> indentListItem(const QString &line, bool outdent)
{
    const auto m = listItem().match(line);
    if (!m.hasMatch())
        return std::nullopt;
    const QString indent = m.captured(1);
    if (!outdent)
        return QStringLiteral("  ") + (m.captured(2).front().isDigit() ? QStringLiteral(" ") : QString()) + line;
    if (indent.isEmpty())
        return line;
    qsizetype remove = std::min<qsizetype>(indent.startsWith(QLatin1Char('\t')) ? 1 : 2, indent.size());
    if (indent.size() >= 3 && m.captured(2).front().isDigit())
        remove = 3;
    return line.mid(remove);
}

QString table(int columns, int rows, const QString &newline)
{
    columns = std::max(columns, 1);
    rows = std::max(rows, 1);
    QStringList lines;
    QStringList header, rule, cells;
    for (int c = 1; c <= columns; ++c) {
        header.append(QStringLiteral(" Column %1 ").arg(c));
        rule.append(QStringLiteral("----------"));
        cells.append(QStringLiteral("          "));
    }
    lines.append(QLatin1Char('|') + header.join(QLatin1Char('|')) + QLatin1Char('|'));
    lines.append(QLatin1Char('|') + rule.join(QLatin1Char('|')) + QLatin1Char('|'));
    for (int r = 1; r < rows; ++r)
        lines.append(QLatin1Char('|') + cells.join(QLatin1Char('|')) + QLatin1Char('|'));
    return lines.join(newline) + newline;
}

QString codeBlock(const QString &text, const QString &language, const QString &newline)
{
    // A fence longer than any backtick run inside, so the block cannot end early.
    int longest = 0, run = 0;
    for (const QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(std::max(3, longest + 1), QLatin1Char('`'));
    QString body = text;
    if (!body.isEmpty() && !body.endsWith(QLatin1Char('\n')) && !body.endsWith(QLatin1Char('\r')))
        body += newline;
    return fence + language + newline + body + fence + newline;
}

} // namespace postwright::markdown
