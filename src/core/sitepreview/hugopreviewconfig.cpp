// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitepreview/hugopreviewconfig.h"

#include "sitepreview/previewgenerator.h"

#include "export/sitefiles.h"
#include "site/configfile.h"

#include <QDirIterator>
#include <QDir>
#include <QFileInfo>
#include <QMap>

#include <sstream>

#include <toml++/toml.h>

namespace postwright {
namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

// A config value as TOML (what toml++ writes out); nothing for a null.
std::optional<toml::table> tableOf(const QVariantMap &map);

void insertValue(toml::table &table, const std::string &key, const QVariant &value);

toml::array arrayOf(const QVariantList &list)
{
    toml::array array;
    for (const QVariant &item : list) {
        toml::table holder;
        insertValue(holder, "v", item);
        if (toml::node *node = holder.get("v"))
            array.push_back(*node);
    }
    return array;
}

void insertValue(toml::table &table, const std::string &key, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        table.insert_or_assign(key, value.toBool());
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        table.insert_or_assign(key, int64_t(value.toLongLong()));
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        table.insert_or_assign(key, value.toDouble());
        break;
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        table.insert_or_assign(key, arrayOf(value.toList()));
        break;
    case QMetaType::QVariantMap:
        if (std::optional<toml::table> inner = tableOf(value.toMap()))
            table.insert_or_assign(key, std::move(*inner));
        break;
    default:
        if (value.isValid() && !value.isNull())
            table.insert_or_assign(key, utf8(value.toString()));
        break;
    }
}

std::optional<toml::table> tableOf(const QVariantMap &map)
{
    toml::table table;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        insertValue(table, utf8(it.key()), it.value());
    return table;
}

QVariantList siteMounts(const QVariantMap &settings)
{
    return configValue(configValue(settings, u"module").toMap(), u"mounts").toList();
}

bool targetsContent(const QVariantMap &mount)
{
    const QString target = QDir::cleanPath(configValue(mount, u"target").toString().trimmed());
    return target.section(QLatin1Char('/'), 0, 0) == QLatin1String("content");
}

} // namespace

HugoPreviewFolders hugoPreviewFolders(const QString &base, const QString &root)
{
    const QDir dir(previewFolderOf(base, root));
    HugoPreviewFolders folders;
    folders.overlay = dir.filePath(QStringLiteral("overlay"));
    folders.extraConfig = dir.filePath(QStringLiteral("postwright-preview.toml"));
    folders.cacheDir = dir.filePath(QStringLiteral("hugo-cache"));
    folders.resourceDir = dir.filePath(QStringLiteral("resources"));
    folders.destination = dir.filePath(QStringLiteral("public"));
    folders.configDir = dir.filePath(QStringLiteral("config"));
    return folders;
}

QString hugoPreviewConfig(const SiteConfig &config, const QVariantMap &settings, const HugoPreviewFolders &folders)
{
    toml::table root;
    root.insert_or_assign("resourceDir", utf8(folders.resourceDir));
    // build.writeStats would write hugo_stats.json into the site; the other
    // build settings are merged with the site's by hugo.
    root.insert_or_assign("build", toml::table{{"writeStats", false}});

    toml::array mounts;
    // Languages with content folders of their own: each folder, and the
    // overlay's folder of that language, mounted for its language (hugo
    // would take an unlanguaged mount of content/ as every language's).
    for (const auto &[language, folder] : config.languageContentDirs) {
        mounts.push_back(toml::table{{"source", utf8(QDir(folders.overlay).filePath(language))}, {"target", "content"},
                                     {"lang", utf8(language)}});
    }
    if (config.languageContentDirs.isEmpty())
        mounts.push_back(toml::table{{"source", utf8(folders.overlay)}, {"target", "content"}});
    const QVariantList own = siteMounts(settings);
    bool contentMounted = false;
    for (const QVariant &item : own) {
        const QVariantMap mount = item.toMap();
        contentMounted = contentMounted || targetsContent(mount);
        if (std::optional<toml::table> table = tableOf(mount))
            mounts.push_back(std::move(*table));
    }
    // Hugo mounts a component's default folder only when nothing else is
    // mounted into it: the overlay would hide the site's content folder.
    if (!contentMounted) {
        if (config.languageContentDirs.isEmpty())
            mounts.push_back(toml::table{{"source", utf8(QDir(config.root).relativeFilePath(config.contentDir))},
                                         {"target", "content"}});
        for (const auto &[language, folder] : config.languageContentDirs)
            mounts.push_back(toml::table{{"source", utf8(QDir(config.root).relativeFilePath(folder))}, {"target", "content"},
                                         {"lang", utf8(language)}});
    }
    // The site's module settings (imports...) with the mounts above: the
    // site's config folder may not give them (mirrorHugoConfigFolder).
    QVariantMap module = configValue(settings, u"module").toMap();
    for (auto it = module.begin(); it != module.end();)
        it = it.key().compare(QLatin1String("mounts"), Qt::CaseInsensitive) == 0 ? module.erase(it) : std::next(it);
    toml::table moduleTable = tableOf(module).value_or(toml::table{});
    moduleTable.insert_or_assign("mounts", std::move(mounts));
    root.insert_or_assign("module", std::move(moduleTable));

    std::ostringstream out;
    out << "# Written by Postwright for its live preview; not part of the site.\n" << root << '\n';
    return QString::fromStdString(out.str());
}

namespace {

// A top-level config file (hugo.*, config.*) that sets module, as TOML
// without it; empty when it sets none (it is copied as it is).
QByteArray withoutModule(const QString &path)
{
    const QString base = QFileInfo(path).completeBaseName().toLower();
    if (base != QLatin1String("hugo") && base != QLatin1String("config"))
        return {};
    const Result<QVariantMap> read = readConfigFile(path);
    if (!read || !configValue(read.value(), u"module").isValid())
        return {};
    QVariantMap map = read.value();
    for (auto it = map.begin(); it != map.end();)
        it = it.key().compare(QLatin1String("module"), Qt::CaseInsensitive) == 0 ? map.erase(it) : std::next(it);
    std::ostringstream out;
    out << tableOf(map).value_or(toml::table{}) << '\n';
    return QByteArray::fromStdString(out.str()).prepend("# Postwright's copy of the site's file, without its module settings.\n");
}

} // namespace

bool mirrorHugoConfigFolder(const QString &root, const QString &target)
{
    // Config files only, and not without end: the site is not trusted.
    constexpr int maxFiles = 1000;
    const QDir source(QDir(root).filePath(QStringLiteral("config")));
    QDir(target).removeRecursively();
    if (!source.exists())
        return false;
    const QStringList patterns{QStringLiteral("*.toml"), QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json")};
    QStringList files;
    QMap<QString, QByteArray> rewritten;   // relative path (.toml) -> text
    bool hasModule = false;
    QDirIterator it(source.path(), patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext() && files.size() + rewritten.size() < maxFiles) {
        const QString path = it.next();
        const QString relative = source.relativeFilePath(path);
        if (it.fileInfo().completeBaseName().compare(QLatin1String("module"), Qt::CaseInsensitive) == 0) {
            hasModule = true;
        } else if (const QByteArray text = withoutModule(path); !text.isEmpty()) {
            hasModule = true;
            const QFileInfo info(relative);
            rewritten.insert(QDir::cleanPath(info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".toml")), text);
        } else {
            files << relative;
        }
    }
    if (!hasModule)
        return false;
    for (const QString &relative : std::as_const(files)) {
        const QString copy = QDir(target).filePath(relative);
        QDir().mkpath(QFileInfo(copy).absolutePath());
        QFile::copy(source.filePath(relative), copy);
    }
    for (auto entry = rewritten.cbegin(); entry != rewritten.cend(); ++entry) {
        const QString copy = QDir(target).filePath(entry.key());
        QDir().mkpath(QFileInfo(copy).absolutePath());
        QFile file(copy);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(entry.value());
    }
    QDir().mkpath(target);
    return true;
}

QString overlayPathOf(const SiteConfig &config, const QVariantMap &settings, const QString &postPath)
{
    const QString path = QDir::cleanPath(QFileInfo(postPath).absoluteFilePath());
    const auto inside = [&path](const QString &folder) {
        return path.startsWith(folder + QLatin1Char('/')) ? path.mid(folder.size() + 1) : QString();
    };
    const QVariantList own = siteMounts(settings);
    bool contentMounted = false;
    for (const QVariant &item : own) {
        const QVariantMap mount = item.toMap();
        if (!targetsContent(mount))
            continue;
        contentMounted = true;
        const QString source = QDir::cleanPath(QDir(config.root).filePath(configValue(mount, u"source").toString().trimmed()));
        const QString relative = inside(source);
        if (relative.isEmpty())
            continue;
        const QString target = QDir::cleanPath(configValue(mount, u"target").toString().trimmed());
        const QString below = target.section(QLatin1Char('/'), 1);
        return below.isEmpty() ? relative : below + QLatin1Char('/') + relative;
    }
    if (contentMounted)
        return {};
    // A language's folder: the overlay's folder of that language.
    if (const auto [folder, language] = config.contentFolderOf(path); !language.isEmpty()) {
        const QString relative = inside(folder);
        return relative.isEmpty() ? QString() : language + QLatin1Char('/') + relative;
    }
    return inside(config.contentDir);
}

bool hugoSiteHasOwnLayouts(const SiteConfig &config, const QVariantMap &settings)
{
    if (!hugoThemeFolders(config, settings).isEmpty())
        return true;
    if (!configValue(configValue(settings, u"module").toMap(), u"imports").toList().isEmpty())
        return true;
    QString layouts = configValue(settings, u"layoutDir").toString();
    if (layouts.isEmpty())
        layouts = QStringLiteral("layouts");
    QDirIterator it(QDir(config.root).filePath(layouts), {QStringLiteral("*.html")}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext();
}

} // namespace postwright
