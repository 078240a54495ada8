// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitepreview/scrollanchor.h"

#include <QRegularExpression>
#include <QStringList>

namespace postwright {
namespace {

// The words a reader sees of one line of Markdown.
QString plainText(QString line)
{
    static const QRegularExpression link(QStringLiteral(R"(!?\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression leading(QStringLiteral(R"(^\s*(?:>\s*)*(?:[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+|#{1,6}\s+)?)"));
    static const QRegularExpression marks(QStringLiteral(R"([*_`~]|<[^>]*>|\{\{[^}]*\}\})"));
    static const QRegularExpression closingHashes(QStringLiteral(R"(\s+#+\s*$)"));
    line.replace(link, QStringLiteral("\\1"));
    line.remove(leading);
    line.remove(closingHashes);
    line.remove(marks);
    return line.simplified();
}

// At most six words: enough to be found, few enough to stay in one element.
QString firstWords(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, 6).join(QLatin1Char(' '));
}

bool isHeading(const QString &line)
{
    static const QRegularExpression atx(QStringLiteral(R"(^ {0,3}#{1,6}\s+\S)"));
    return atx.match(line).hasMatch();
}

} // namespace

ScrollAnchor scrollAnchorAt(const QString &text, int line)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    // The body starts after a closed front-matter block.
    int bodyStart = 0;
    if (!lines.isEmpty() && (lines.first().trimmed() == QLatin1String("---") || lines.first().trimmed() == QLatin1String("+++"))) {
        const QString fence = lines.first().trimmed();
        for (int i = 1; i < lines.size(); ++i) {
            if (lines.at(i).trimmed() == fence) {
                bodyStart = i + 1;
                break;
            }
        }
    }
    ScrollAnchor anchor;
    const int index = std::clamp(line - 1, 0, int(lines.size()) - 1);
    if (index < bodyStart)
        return anchor;
    bool inFence = false;
    for (int i = bodyStart; i <= index && i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~")))
            inFence = !inFence;
        else if (!inFence && isHeading(lines.at(i)))
            anchor.heading = plainText(lines.at(i));
    }
    for (int i = index; i < lines.size() && i < index + 20; ++i) {
        const QString words = firstWords(plainText(lines.at(i)));
        if (words.size() >= 8 && !lines.at(i).trimmed().startsWith(QLatin1String("```"))) {
            anchor.block = words;
            break;
        }
    }
    return anchor;
}

} // namespace postwright
