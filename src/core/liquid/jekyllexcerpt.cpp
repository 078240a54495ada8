// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jekyllexcerpt.h"

#include <QRegularExpression>
#include <QStringList>

namespace postwright {

namespace {

// Liquid's and Jekyll's tags that have an end tag.
bool isBlockTag(const QString &name)
{
    static const QStringList blocks{QStringLiteral("if"),      QStringLiteral("unless"),  QStringLiteral("case"),
                                    QStringLiteral("for"),     QStringLiteral("tablerow"), QStringLiteral("capture"),
                                    QStringLiteral("comment"), QStringLiteral("raw"),     QStringLiteral("highlight"),
                                    QStringLiteral("ifchanged")};
    return blocks.contains(name);
}

// Excerpt#sanctify_liquid_tags: each block tag of head, last first, whose
// end tag head lacks gets one at the end.
QString closeBlocks(QString head)
{
    static const QRegularExpression tag(QStringLiteral("{%-?\\s*(\\w+)\\s*.*?-?%}"),
                                        QRegularExpression::DotMatchesEverythingOption);
    QStringList names;
    for (const QRegularExpressionMatch &match : tag.globalMatch(head))
        names << match.captured(1);
    for (auto it = names.crbegin(); it != names.crend(); ++it) {
        if (!isBlockTag(*it))
            continue;
        const QRegularExpression end(QStringLiteral("{%-?\\s*end%1.*?\\s*-?%}").arg(*it),
                                     QRegularExpression::DotMatchesEverythingOption);
        if (!end.match(head).hasMatch())
            head += QStringLiteral("\n{% end%1 %}").arg(*it);
    }
    return head;
}

} // namespace

QString jekyllExcerptSource(const QString &content, const QString &separator)
{
    const qsizetype at = separator.isEmpty() ? -1 : content.indexOf(separator);
    if (at < 0)
        return content;
    QString head = content.left(at);
    const QString tail = content.mid(at + separator.size());
    if (tail.isEmpty())
        return head;
    if (head.contains(QLatin1String("{%")))
        head = closeBlocks(head);
    static const QRegularExpression reference(QStringLiteral("^ {0,3}(?:(\\[[^\\]]+\\])(:.+))$"),
                                              QRegularExpression::MultilineOption);
    QStringList definitions;
    for (const QRegularExpressionMatch &match : reference.globalMatch(tail)) {
        if (head.contains(match.captured(1)))
            definitions << match.captured(1) + match.captured(2);
    }
    if (definitions.isEmpty())
        return head;
    return head + QStringLiteral("\n\n") + definitions.join(QLatin1Char('\n'));
}

} // namespace postwright
