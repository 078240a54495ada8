// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/siteconfig.h"

#include <QCollator>
#include <QDateTime>
#include <QList>
#include <QString>

#include <algorithm>
#include <limits>

namespace postwright {

struct PostRecord;

// What an entry of a list is sorted by.
struct ListOrderKey
{
    int weight = 0;                                     // Hugo: 0 is none (after every weighted entry)
    qint64 date = std::numeric_limits<qint64>::min();   // seconds since the epoch; min: undated, last
    QString title;                                      // Hugo: the link title, else the title
    QString path;                                       // the file, site-relative
};

// The order of the site's lists (home, sections, terms, feed): Hugo's
// default order (weight, then newest first by the second, then the link
// title by the site language's collation, then the file's path); other
// sites newest first, an equal date in the order given.
class ListOrder final
{
public:
    ListOrder(SiteKind kind, const QString &language);

    // date: what the entry is dated by (invalid: undated); title: the
    // entry's title when it has none of its own (a section's default).
    ListOrderKey key(const PostRecord &record, const QDateTime &date, const QString &title = {}) const;
    bool before(const ListOrderKey &a, const ListOrderKey &b) const;

    // Sorts items by keyOf(item) (a ListOrderKey), stable.
    template<typename T, typename KeyOf>
    void sort(QList<T> &items, KeyOf keyOf) const
    {
        std::stable_sort(items.begin(), items.end(), [&](const T &a, const T &b) { return before(keyOf(a), keyOf(b)); });
    }

private:
    bool m_hugo = false;
    QCollator m_collator;
};

} // namespace postwright
