// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitepreview/themebodypatch.h"

#include <QRegularExpression>

namespace postwright {
namespace {

QStringList strippedBlocks(const BodyBlocks &blocks)
{
    QStringList list;
    list.reserve(blocks.count());
    for (qsizetype i = 0; i < blocks.count(); ++i)
        list << withoutSourcePositions(blocks.block(i));
    return list;
}

} // namespace

QString withoutSourcePositions(QStringView html)
{
    static const QRegularExpression sourcepos(QStringLiteral(R"( data-sourcepos="[^"]*")"));
    QString text = html.toString();
    text.remove(sourcepos);
    return text;
}

std::optional<ThemeBodyPatch> themeBodyPatch(const BodyBlocks &shown, const BodyBlocks &edited, int context)
{
    const QStringList from = strippedBlocks(shown);
    const QStringList to = strippedBlocks(edited);
    qsizetype head = 0;
    while (head < from.size() && head < to.size() && from.at(head) == to.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < from.size() - head && tail < to.size() - head && from.at(from.size() - 1 - tail) == to.at(to.size() - 1 - tail))
        ++tail;
    if (head == from.size() && head == to.size())
        return std::nullopt;
    ThemeBodyPatch patch;
    const qsizetype beforeStart = std::max<qsizetype>(0, head - context);
    patch.before = from.mid(beforeStart, head - beforeStart);
    patch.removed = from.mid(head, from.size() - head - tail);
    patch.inserted = to.mid(head, to.size() - head - tail);
    patch.after = from.mid(from.size() - tail, std::min<qsizetype>(tail, context));
    return patch;
}

} // namespace postwright
