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

// Ruby's Dir.glob pattern as a regular expression over a path relative to
// the site: '*' and '?' within one name, "**/" any number of folders,
// [a-z] and [!a-z] classes, {a,b} alternatives, '\\' quoting the next.
QString globExpression(const QString &glob)
{
    QString out;
    int braces = 0;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == QLatin1Char('*') && QStringView(glob).mid(i).startsWith(QLatin1String("**/"))) {
            // Runs of "**/" are one: nested groups would backtrack for ever.
            while (QStringView(glob).mid(i).startsWith(QLatin1String("**/")))
                i += 3;
            --i;
            out += QLatin1String("(?:[^/]*/)*");
        } else if (c == QLatin1Char('*')) {
            while (i + 1 < glob.size() && glob.at(i + 1) == QLatin1Char('*'))
                ++i;
            out += QLatin1String("[^/]*");
        } else if (c == QLatin1Char('?')) {
            out += QLatin1String("[^/]");
        } else if (c == QLatin1Char('[') && glob.indexOf(QLatin1Char(']'), i + 2) > 0) {
            const qsizetype close = glob.indexOf(QLatin1Char(']'), i + 2);
            QString set = glob.mid(i + 1, close - i - 1);
            const bool negated = set.startsWith(QLatin1Char('!')) || set.startsWith(QLatin1Char('^'));
            if (negated)
                set.remove(0, 1);
            set.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
            set.replace(QLatin1Char('['), QLatin1String("\\["));
            out += QLatin1Char('[') + (negated ? QLatin1String("^/") : QLatin1String("")) + set + QLatin1Char(']');
            i = close;
        } else if (c == QLatin1Char('{')) {
            ++braces;
            out += QLatin1String("(?:");
        } else if (c == QLatin1Char(',') && braces > 0) {
            out += QLatin1Char('|');
        } else if (c == QLatin1Char('}') && braces > 0) {
            --braces;
            out += QLatin1Char(')');
        } else if (c == QLatin1Char('\\') && i + 1 < glob.size()) {
            out += QRegularExpression::escape(QString(glob.at(++i)));
        } else {
            out += QRegularExpression::escape(QString(c));
        }
    }
    for (; braces > 0; --braces)
        out += QLatin1Char(')');
    return QLatin1String("\\A(?:") + out + QLatin1String(")\\z");
}

// A glob scope ("_posts/*/news", "**/drafts"): Jekyll globs the site for it
// and takes a file whose path starts with what it finds. The same without
// the disk: a leading part of the path (whole names) matches the pattern.
bool globApplies(const QString &relativePath, const QRegularExpression &glob)
{
    if (!glob.isValid())
        return false;
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
            if (set.path.contains(QLatin1Char('*')))
                set.glob = QRegularExpression(globExpression(sanitizedPath(set.path)));
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
            && !(set.path.contains(QLatin1Char('*')) ? globApplies(path, set.glob) : path.startsWith(set.path)))
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

QStringList jekyllTermWords(const LiquidValue &value)
{
    if (value.type() == LiquidValue::Type::String)
        return value.toString().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    QStringList words;
    if (value.type() == LiquidValue::Type::Array) {
        for (const LiquidValue &item : value.array()) {
            if (!item.isNil())
                words << item.toString();
        }
    } else if (!value.isNil()) {
        words << value.toString();
    }
    return words;
}

} // namespace postwright
