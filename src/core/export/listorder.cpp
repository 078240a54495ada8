// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/listorder.h"

#include "site/postrecord.h"

#include <QLocale>

namespace postwright {

ListOrder::ListOrder(SiteKind kind, const QString &language)
    : m_hugo(kind == SiteKind::Hugo)
    , m_collator(QLocale(language.isEmpty() ? QStringLiteral("en") : language.section(QLatin1Char('-'), 0, 0)))
{
}

ListOrderKey ListOrder::key(const PostRecord &record, const QDateTime &date, const QString &title) const
{
    ListOrderKey key;
    if (date.isValid())
        key.date = date.toSecsSinceEpoch();
    if (!m_hugo)
        return key;
    key.weight = record.weight;
    key.title = !record.linkTitle.isEmpty() ? record.linkTitle : !title.isEmpty() ? title : record.title;
    key.path = record.path;
    return key;
}

bool ListOrder::before(const ListOrderKey &a, const ListOrderKey &b) const
{
    if (!m_hugo)
        return a.date > b.date;
    // hugo's DefaultPageSort: a weight first (0 is none: last), ...
    if (a.weight != b.weight) {
        if (b.weight == 0)
            return true;
        if (a.weight == 0)
            return false;
        return a.weight < b.weight;
    }
    // ... then the newest, the link title, the file.
    if (a.date != b.date)
        return a.date > b.date;
    if (const int c = m_collator.compare(a.title, b.title); c != 0)
        return c < 0;
    return a.path < b.path;
}

} // namespace postwright
