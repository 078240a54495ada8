// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Front-matter defaults as Jekyll 4.3's lib/jekyll/frontmatter_defaults.rb.
#include "jekylldefaults.h"

#include <QJsonValue>
#include <QRegularExpression>

namespace postwright {

namespace {

QString sanitizedPath(QString path)
{
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return path;
}

// A glob scope ("_posts/*/news"): Jekyll globs the site for it and takes a
// file below what it finds. The same without the disk: a leading part of
// the path (whole segments) matches the pattern.
bool globApplies(const QString &relativePath, const QString &pattern)
{
    const QRegularExpression glob(QRegularExpression::wildcardToRegularExpression(sanitizedPath(pattern)));
    qsizetype at = 0;
    while (true) {
        const qsizetype slash = relativePath.indexOf(QLatin1Char('/'), at);
        const QString prefix = slash < 0 ? relativePath : relativePath.left(slash);
        if (glob.match(prefix).hasMatch())
            return true;
        if (slash < 0)
            return false;
        at = slash + 1;
    }
}

} // namespace

JekyllDefaults::JekyllDefaults(const LiquidValue &defaults)
{
    if (defaults.type() != LiquidValue::Type::Array)
        return;
    for (const LiquidValue &item : defaults.array()) {
        const LiquidValue values = item.member(QStringLiteral("values"));
        if (item.type() != LiquidValue::Type::Hash || values.type() != LiquidValue::Type::Hash)
            continue;
        Set set;
        set.values = values.hash();
        const LiquidValue scope = item.member(QStringLiteral("scope"));
        if (scope.type() == LiquidValue::Type::Hash) {
            const LiquidValue path = scope.member(QStringLiteral("path"));
            set.path = path.type() == LiquidValue::Type::String ? path.toString() : QString();
            set.hasType = scope.hash().contains(QStringLiteral("type"));
            set.type = scope.member(QStringLiteral("type")).toString();
            // Jekyll's deprecated singular types.
            for (const char *singular : {"page", "post", "draft"}) {
                if (set.type == QLatin1String(singular))
                    set.type += QLatin1Char('s');
            }
        }
        m_sets << set;
    }
}

JekyllDefaults JekyllDefaults::fromVariant(const QVariant &defaults)
{
    return JekyllDefaults(LiquidValue::fromJson(QJsonValue::fromVariant(defaults)));
}

QList<const JekyllDefaults::Set *> JekyllDefaults::matching(const QString &relativePath, const QString &type) const
{
    QList<const Set *> sets;
    const QString path = sanitizedPath(relativePath);
    for (const Set &set : m_sets) {
        if (set.hasType && set.type != type)
            continue;
        // As Jekyll: a plain scope path is a prefix of the file's path as
        // written (so "/_posts" matches nothing); a glob is looked for.
        if (!set.path.isEmpty()
            && !(set.path.contains(QLatin1Char('*')) ? globApplies(path, set.path) : path.startsWith(set.path)))
            continue;
        sets << &set;
    }
    return sets;
}

bool JekyllDefaults::hasPrecedence(const Set *older, const Set &newer)
{
    if (!older)
        return true;
    const qsizetype newLength = sanitizedPath(newer.path).size();
    const qsizetype oldLength = sanitizedPath(older->path).size();
    if (newLength != oldLength)
        return newLength >= oldLength;
    return newer.hasType || !older->hasType;
}

LiquidHash JekyllDefaults::all(const QString &relativePath, const QString &type) const
{
    LiquidHash defaults;
    const Set *older = nullptr;
    for (const Set *set : matching(relativePath, type)) {
        if (hasPrecedence(older, *set)) {
            defaults = deepMerge(defaults, set->values);
            older = set;
        } else {
            defaults = deepMerge(set->values, defaults);
        }
    }
    return defaults;
}

LiquidValue JekyllDefaults::find(const QString &relativePath, const QString &type, const QString &key) const
{
    LiquidValue value;
    const Set *older = nullptr;
    for (const Set *set : matching(relativePath, type)) {
        if (set->values.contains(key) && hasPrecedence(older, *set)) {
            value = set->values.value(key);
            older = set;
        }
    }
    return value;
}

QString JekyllDefaults::typeOf(const QString &relativePath, const QStringList &collections)
{
    const QStringList parts = relativePath.split(QLatin1Char('/'));
    if (parts.contains(QLatin1String("_posts")) || parts.contains(QLatin1String("_drafts")))
        return QStringLiteral("posts");
    if (parts.size() > 1 && parts.first().startsWith(QLatin1Char('_')) && collections.contains(parts.first().mid(1)))
        return parts.first().mid(1);
    return QStringLiteral("pages");
}

LiquidHash JekyllDefaults::deepMerge(const LiquidHash &master, const LiquidHash &other)
{
    LiquidHash merged = master;
    for (const QString &key : other.keys()) {
        const LiquidValue value = other.value(key);
        const LiquidValue mine = master.value(key);
        if (value.type() == LiquidValue::Type::Hash && mine.type() == LiquidValue::Type::Hash)
            merged.insert(key, LiquidValue(deepMerge(mine.hash(), value.hash())));
        else
            merged.insert(key, value);
    }
    return merged;
}

} // namespace postwright
