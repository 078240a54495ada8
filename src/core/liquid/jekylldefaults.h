// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "liquidvalue.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace postwright {

// _config.yml's `defaults:` (front-matter defaults by scope path and
// type), as Jekyll 4.3's FrontmatterDefaults applies them. Pure.
class JekyllDefaults
{
public:
    JekyllDefaults() = default;
    // The `defaults` value of the site's configuration; sets without a
    // `values` hash are left out, as Jekyll does (with a warning).
    explicit JekyllDefaults(const LiquidValue &defaults);
    // The same from the export's reading of the configuration.
    static JekyllDefaults fromVariant(const QVariant &defaults);

    bool isEmpty() const { return m_sets.isEmpty(); }
    // The defaults of the file at relativePath (from the site's root) of
    // type ("posts" for _posts/ and _drafts/, "pages", a collection's
    // label), merged as Jekyll's `all`: a longer scope path wins, then a
    // scope with a type.
    LiquidHash all(const QString &relativePath, const QString &type) const;
    // One key, as Jekyll's `find`; nil when no set gives it.
    LiquidValue find(const QString &relativePath, const QString &type, const QString &key) const;

    // Jekyll's type of the file at relativePath: "posts", "pages" or the
    // label of the collection whose folder (_label/) holds it.
    static QString typeOf(const QString &relativePath, const QStringList &collections);
    // Utils.deep_merge_hashes: other's values win; hashes in both merge.
    static LiquidHash deepMerge(const LiquidHash &master, const LiquidHash &other);

private:
    struct Set
    {
        QString path;        // the scope's path, leading '/' gone
        QRegularExpression glob;   // when the path has a '*': what it matches
        bool hasType = false;
        QString type;
        LiquidHash values;
    };
    QList<const Set *> matching(const QString &relativePath, const QString &type) const;
    static bool hasPrecedence(const Set *older, const Set &newer);

    QList<Set> m_sets;
};

// A tags or categories value as Jekyll reads it: a string split at white
// space, an array's items (nil left out).
QStringList jekyllTermWords(const LiquidValue &value);

} // namespace postwright
