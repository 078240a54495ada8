// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/sitefiles.h"

#include "export/exportertext.h"
#include "export/exportsettings.h"
#include "export/localreference.h"
#include "site/configfile.h"

#include <QDir>
#include <QUrl>

namespace postwright {
namespace {

QString folderTarget(QString path)
{
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    if (!path.endsWith(QLatin1Char('/')))
        path.append(QLatin1Char('/'));
    return QDir::cleanPath(path) == QLatin1String("/") ? QStringLiteral("/") : QDir::cleanPath(path) + QLatin1Char('/');
}

// A config value that may be one string or a list of them (Hugo's staticDir).
QStringList stringList(const QVariant &value)
{
    QStringList out;
    if (value.typeId() == QMetaType::QVariantList) {
        for (const QVariant &item : value.toList())
            out.append(item.toString());
    } else if (value.isValid()) {
        out.append(value.toString());
    }
    out.removeAll(QString());
    return out;
}

// Hugo's [[module.mounts]] into static and assets, in order; other targets
// (content, layouts, data, i18n, archetypes) are not files a post links to.
// Hugo drops a component's default folder once a mount targets it.
void addHugoMounts(SiteFiles &files, const QVariantMap &settings, bool &staticMounted, bool &assetsMounted)
{
    const QDir root(files.config.root);
    const QVariantList mounts = configValue(configValue(settings, u"module").toMap(), u"mounts").toList();
    for (const QVariant &item : mounts) {
        const QVariantMap mount = item.toMap();
        const QString source = configValue(mount, u"source").toString().trimmed();
        const QString target = QDir::cleanPath(configValue(mount, u"target").toString().trimmed());
        const QString component = target.section(QLatin1Char('/'), 0, 0);
        if (component != QLatin1String("static") && component != QLatin1String("assets"))
            continue;
        (component == QLatin1String("static") ? staticMounted : assetsMounted) = true;
        if (source.isEmpty())
            continue;
        const QString folder = QDir::cleanPath(root.filePath(source));
        if (!isWithin(folder, files.config.root)) {
            files.unsupported.append(ExporterText::tr("the mount of %1 onto %2 is outside the site: its files are not read")
                                         .arg(source, target));
            continue;
        }
        if (mount.contains(QStringLiteral("includeFiles")) || mount.contains(QStringLiteral("excludeFiles"))
            || mount.contains(QStringLiteral("lang")))
            files.unsupported.append(ExporterText::tr("the mount of %1 onto %2: includeFiles, excludeFiles and lang are not followed")
                                         .arg(source, target));
        files.folders.append({folder, folderTarget(target.mid(component.size()))});
    }
}

// A Jekyll site with a baseurl and no url (the usual project-site setup)
// is served below its baseurl all the same ("/blog/").
QString jekyllBasePath(const QString &configFile)
{
    const Result<QVariantMap> read = readConfigFile(configFile);
    const QString baseurl = read ? read.value().value(QStringLiteral("baseurl")).toString().trimmed() : QString();
    return folderTarget(baseurl);
}

} // namespace

QString sitePathOfBaseUrl(const QString &baseUrl)
{
    return folderTarget(QUrl(baseUrl).path());
}

bool SiteFiles::isPublishedFolderFile(const QString &path) const
{
    for (const SiteFolder &folder : folders) {
        if (folder.source != config.contentDir && folder.source != config.root && path != folder.source
            && isWithin(path, folder.source))
            return true;
    }
    return false;
}

SiteFiles defaultSiteFiles(const SiteConfig &config)
{
    SiteFiles files;
    files.config = config;
    const QDir root(config.root);
    // Zola serves static/ and content/ at the root; it has no assets/.
    if (config.kind == SiteKind::Zola) {
        files.folders = {{QDir::cleanPath(root.filePath(QStringLiteral("static"))), QStringLiteral("/")},
                         {config.contentDir, QStringLiteral("/")}};
        return files;
    }
    if (config.kind != SiteKind::Hugo) {
        files.folders.append({config.root, QStringLiteral("/")});
        return files;
    }
    files.folders = {{QDir::cleanPath(root.filePath(QStringLiteral("static"))), QStringLiteral("/")},
                     {QDir::cleanPath(root.filePath(QStringLiteral("assets"))), QStringLiteral("/")},
                     {config.contentDir, QStringLiteral("/")}};
    return files;
}

QStringList hugoThemeFolders(const SiteConfig &config, const QVariantMap &settings)
{
    const QDir root(config.root);
    const QString themesDir = configValue(settings, u"themesDir").toString();
    QStringList folders;
    for (const QString &theme : stringList(configValue(settings, u"theme"))) {
        if (!theme.trimmed().isEmpty())
            folders.append(QDir::cleanPath(root.filePath((themesDir.isEmpty() ? QStringLiteral("themes") : themesDir)
                                                         + QLatin1Char('/') + theme)));
    }
    return folders;
}

Result<SiteFiles> readSiteFiles(const SiteConfig &config)
{
    SiteFiles files = defaultSiteFiles(config);
    const Result<ExportSettings> settings = readExportSettings(config);
    if (!settings)
        return settings.error();
    if (!settings.value().baseUrl.isEmpty())
        files.basePath = sitePathOfBaseUrl(settings.value().baseUrl);
    else if (config.kind == SiteKind::Jekyll && !config.configFile.isEmpty())
        files.basePath = jekyllBasePath(config.configFile);
    if (config.kind != SiteKind::Hugo)
        return files;
    const Result<QVariantMap> read = readHugoSettings(config);
    if (!read)
        return read.error();
    const QVariantMap &map = read.value();
    const QDir root(config.root);
    files.folders.clear();
    bool staticMounted = false;
    bool assetsMounted = false;
    addHugoMounts(files, map, staticMounted, assetsMounted);
    QList<SiteFolder> defaults;
    if (!staticMounted) {
        const QStringList dirs = stringList(configValue(map, u"staticDir"));
        for (const QString &dir : dirs.isEmpty() ? QStringList{QStringLiteral("static")} : dirs)
            defaults.append({QDir::cleanPath(root.filePath(dir)), QStringLiteral("/")});
    }
    if (!assetsMounted) {
        const QString dir = configValue(map, u"assetDir").toString();
        defaults.append({QDir::cleanPath(root.filePath(dir.isEmpty() ? QStringLiteral("assets") : dir)), QStringLiteral("/")});
    }
    files.folders = defaults + files.folders;
    // A theme's own static and asset folders come after the site's.
    for (const QString &folder : hugoThemeFolders(config, map)) {
        const QDir themeDir(folder);
        for (const char *component : {"static", "assets"})
            files.folders.append({QDir::cleanPath(themeDir.filePath(QLatin1String(component))), QStringLiteral("/")});
    }
    if (!configValue(configValue(map, u"module").toMap(), u"imports").toList().isEmpty())
        files.unsupported.append(ExporterText::tr("module imports are not followed: files of imported modules are not found"));
    // hugo builds a site per language; the export builds one.
    if (!config.languageContentDirs.isEmpty())
        files.unsupported.append(ExporterText::tr("the languages' own content folders (languages.*.contentDir) are exported as "
                                                  "one site, not one per language as hugo builds them: a page's URL has its "
                                                  "folder in it (/en/posts/a/), and the lists mix the languages"));
    files.folders.append({config.contentDir, QStringLiteral("/")});
    return files;
}

} // namespace postwright
