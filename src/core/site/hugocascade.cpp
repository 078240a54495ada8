// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/hugocascade.h"

#include "frontmatter/value.h"
#include "site/configfile.h"
#include "site/hugovalues.h"
#include "site/postrecord.h"
#include "site/siteindex.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QVariantList>

namespace postwright {
namespace {

// The value of the first of keys in map: without case (the map form,
// which hugo lowers), or as written in lower case (the list form).
QVariant valueOf(const QVariantMap &map, std::initializer_list<const char *> keys, bool anyCase)
{
    for (const char *key : keys) {
        const QString name = QString::fromLatin1(key);
        const QVariant value = anyCase ? configValue(map, name) : map.value(name);
        if (value.isValid())
            return value;
    }
    return {};
}

CascadeValues valuesOf(const QVariantMap &map, bool mapForm, bool newerBuildKey)
{
    CascadeValues values;
    // A key that is there but not true to hugo (a quoted "yes") is false.
    if (const QVariant draft = configValue(map, u"draft"); draft.isValid())
        values.draft = hugoBool(draft).value_or(false);
    if (const QVariant headless = configValue(map, u"headless"); headless.isValid())
        values.headless = hugoBool(headless).value_or(false);
    for (const char *key : {"_build", "build"}) {
        if (!newerBuildKey && key[0] == 'b')
            break;
        const QVariant build = configValue(map, QString::fromLatin1(key));
        if (build.typeId() == QMetaType::QVariantMap) {
            values.build = buildOptionsFromMap(build.toMap());
            break;
        }
    }
    // hugo's date keys: publishDate's aliases in its order, then expiryDate's.
    values.publishDate = hugoDate(valueOf(map, {"publishdate", "pubdate", "published"}, mapForm));
    values.expiryDate = hugoDate(valueOf(map, {"expirydate", "unpublishdate"}, mapForm));
    // date: the publishDate of a page that has none (hugo's default order).
    values.date = hugoDate(valueOf(map, {"date"}, mapForm));
    return values;
}

CascadeTarget targetOf(const QVariant &value)
{
    CascadeTarget target;
    const QVariantMap map = value.toMap();
    target.path = configValue(map, u"path").toString();
    target.kind = configValue(map, u"kind").toString();
    target.lang = configValue(map, u"lang").toString();
    target.environment = configValue(map, u"environment").toString();
    return target;
}

// A glob in gobwas/glob's syntax (hugo's) with '/' as the separator, as a
// regular expression; nullopt when it does not compile.
std::optional<QString> globPattern(const QString &glob)
{
    QString pattern;
    int braces = 0;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == QLatin1Char('\\')) {
            if (++i >= glob.size())
                return std::nullopt;
            pattern += QRegularExpression::escape(QString(glob.at(i)));
        } else if (c == QLatin1Char('*')) {
            const bool super = i + 1 < glob.size() && glob.at(i + 1) == QLatin1Char('*');
            pattern += super ? QStringLiteral(".*") : QStringLiteral("[^/]*");
            i += super ? 1 : 0;
        } else if (c == QLatin1Char('?')) {
            pattern += QStringLiteral("[^/]");
        } else if (c == QLatin1Char('[')) {
            const qsizetype end = glob.indexOf(QLatin1Char(']'), i + 1);
            if (end < 0)
                return std::nullopt;
            QString set = glob.mid(i + 1, end - i - 1);
            if (set.startsWith(QLatin1Char('!')))
                set.replace(0, 1, QLatin1Char('^'));
            set.replace(QLatin1String("\\"), QLatin1String("\\\\"));
            pattern += QLatin1Char('[') + set + QLatin1Char(']');
            i = end;
        } else if (c == QLatin1Char('{')) {
            ++braces;
            pattern += QStringLiteral("(?:");
        } else if (c == QLatin1Char('}') && braces > 0) {
            --braces;
            pattern += QLatin1Char(')');
        } else if (c == QLatin1Char(',') && braces > 0) {
            pattern += QLatin1Char('|');
        } else {
            pattern += QRegularExpression::escape(QString(c));
        }
    }
    if (braces != 0)
        return std::nullopt;
    return QRegularExpression::anchoredPattern(pattern);
}

bool targetMatches(const CascadeTarget &target, const QString &path, const QString &kind, const QString &lang)
{
    return (target.kind.isEmpty() || hugoGlobMatches(target.kind, kind))
           && (target.lang.isEmpty() || hugoGlobMatches(target.lang, lang))
           && (target.path.isEmpty() || hugoGlobMatches(target.path, path))
           && (target.environment.isEmpty() || hugoGlobMatches(target.environment, QStringLiteral("production")));
}

QString parentFolder(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

QString contentFolder(const SiteConfig &config)
{
    const QString content = config.relativePath(config.contentDir);
    return content == QLatin1String(".") ? QString() : content;
}

// A Hugo file name's language ("energie.de.md": "de"), else the site's.
QString pageLanguage(const SiteConfig &config, const QString &path)
{
    const QStringList parts = path.section(QLatin1Char('/'), -1).split(QLatin1Char('.'));
    static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}(-[a-z0-9]+)?$"), QRegularExpression::CaseInsensitiveOption);
    if (parts.size() >= 3 && code.match(parts.at(parts.size() - 2)).hasMatch())
        return parts.at(parts.size() - 2).toLower();
    return config.defaultContentLanguage;
}

// Fills what values lacks from entries that target the page.
void takeFrom(CascadeValues &values, const QList<CascadeEntry> &entries, const QString &path, const QString &kind,
              const QString &lang)
{
    for (const CascadeEntry &entry : entries) {
        if (!targetMatches(entry.target, path, kind, lang))
            continue;
        const CascadeValues &v = entry.values;
        if (!values.draft)
            values.draft = v.draft;
        if (!values.publishDate.isValid())
            values.publishDate = v.publishDate;
        if (!values.expiryDate.isValid())
            values.expiryDate = v.expiryDate;
        if (!values.date.isValid())
            values.date = v.date;
        if (!values.build)
            values.build = v.build;
        if (!values.headless)
            values.headless = v.headless;
    }
}

} // namespace

QList<CascadeEntry> readCascade(const QVariant &cascade, bool newerBuildKey)
{
    if (cascade.typeId() == QMetaType::QVariantMap) {
        const CascadeValues values = valuesOf(cascade.toMap(), true, newerBuildKey);
        return values.isEmpty() ? QList<CascadeEntry>{} : QList<CascadeEntry>{CascadeEntry{{}, values}};
    }
    QList<CascadeEntry> entries;
    if (cascade.typeId() != QMetaType::QVariantList)
        return entries;
    for (const QVariant &item : cascade.toList()) {
        if (item.typeId() != QMetaType::QVariantMap)
            continue;
        const QVariantMap map = item.toMap();
        CascadeEntry entry{targetOf(map.value(QStringLiteral("_target"))), valuesOf(map, false, newerBuildKey)};
        if (!entry.values.isEmpty())
            entries.append(entry);
    }
    return entries;
}

bool hugoGlobMatches(const QString &glob, const QString &text)
{
    // Each target's glob is matched against every page: compiled once.
    static QMutex mutex;
    static QHash<QString, std::optional<QRegularExpression>> compiled;
    const QString lower = glob.toLower();
    std::optional<QRegularExpression> expression;
    {
        const QMutexLocker lock(&mutex);
        auto it = compiled.find(lower);
        if (it == compiled.end()) {
            const std::optional<QString> pattern = globPattern(lower);
            std::optional<QRegularExpression> made;
            if (pattern)
                made = QRegularExpression(*pattern, QRegularExpression::DotMatchesEverythingOption);
            if (compiled.size() > 1000)
                compiled.clear();
            it = compiled.insert(lower, made && made->isValid() ? made : std::nullopt);
        }
        expression = it.value();
    }
    return !expression || expression->match(text.toLower()).hasMatch();
}

QString hugoPageKind(const SiteConfig &config, const PostRecord &record)
{
    if (record.kind != PostKind::Section)
        return QStringLiteral("page");
    const QString content = contentFolder(config);
    QString folder = parentFolder(record.path);
    if (folder == content)
        return QStringLiteral("home");
    if (!content.isEmpty())
        folder = folder.mid(content.size() + 1);
    const QStringList parts = folder.split(QLatin1Char('/'));
    if (parts.size() <= 2 && config.hasTaxonomy(parts.first()))
        return parts.size() == 1 ? QStringLiteral("taxonomy") : QStringLiteral("term");
    return QStringLiteral("section");
}

namespace {

// The cascades that reach a page at path ("/" + its content-relative path,
// lower case) of kind: those of the sections from folder up, nearest
// first, then the site config's.
CascadeValues cascadedTo(const SiteIndex &index, const QString &path, const QString &kind, const QString &lang,
                         QString folder)
{
    const SiteConfig &config = index.config();
    const QString content = contentFolder(config);
    CascadeValues values;
    while (content.isEmpty() || folder == content || folder.startsWith(content + QLatin1Char('/'))) {
        for (const char *name : {"/_index.md", "/_index.markdown"}) {
            const QString file = folder.isEmpty() ? QString::fromLatin1(name + 1) : folder + QLatin1String(name);
            if (const PostRecord *section = index.post(file))
                takeFrom(values, section->build.cascade, path, kind, lang);
        }
        if (folder == content || folder.isEmpty())
            break;
        folder = parentFolder(folder);
    }
    takeFrom(values, config.cascade, path, kind, lang);
    return values;
}

} // namespace

CascadeValues inheritedValuesOfFilelessPage(const SiteIndex &index, const QString &folder, const QString &kind)
{
    const SiteConfig &config = index.config();
    if (config.kind != SiteKind::Hugo)
        return {};
    const QString content = contentFolder(config);
    const QString file = content.isEmpty() ? folder : content + QLatin1Char('/') + folder;
    // hugo's path of a page without a file is its folder's ("/tags/go").
    return cascadedTo(index, QLatin1Char('/') + folder.toLower(), kind, pageLanguage(config, file + QStringLiteral("/_index.md")),
                      parentFolder(file));
}

std::optional<BuildOptions> listPageBuild(const SiteIndex &index, const PostRecord *own, const QString &folder,
                                          const QString &kind, const BuildStates &states, const QDateTime &now)
{
    if (own)
        return index.isBuilt(*own, states, now) ? std::optional(buildOptions(index, *own)) : std::nullopt;
    PostRecord made;
    made.inherited = inheritedValuesOfFilelessPage(index, folder, kind);
    if (made.unbuiltAs(states, now))
        return std::nullopt;
    return made.inherited.build.value_or(BuildOptions{});
}

CascadeValues inheritedValues(const SiteIndex &index, const PostRecord &record)
{
    const SiteConfig &config = index.config();
    if (config.kind != SiteKind::Hugo)
        return {};
    const QString content = contentFolder(config);
    if (!content.isEmpty() && !record.path.startsWith(content + QLatin1Char('/')))
        return {};
    const QString path = QLatin1Char('/') + (content.isEmpty() ? record.path : record.path.mid(content.size() + 1)).toLower();
    // The sections from the page's own folder up; a bundle's index.md sits
    // in the bundle's own folder, which is no section.
    QString folder = parentFolder(record.path);
    if (record.kind == PostKind::Bundle)
        folder = parentFolder(folder);
    CascadeValues values = cascadedTo(index, path, hugoPageKind(config, record), pageLanguage(config, record.path), folder);
    // Only what the page's own front matter lacks.
    if (record.build.hasDraft)
        values.draft.reset();
    if (record.publishDate.isValid())
        values.publishDate = QDateTime();
    if (record.expiryDate.isValid())
        values.expiryDate = QDateTime();
    if (record.date.isValid())
        values.date = QDateTime();
    if (record.build.build)
        values.build.reset();
    if (record.build.headless)
        values.headless.reset();
    return values;
}

} // namespace postwright
