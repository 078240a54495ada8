// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportsettings.h"

#include "export/posturl.h"
#include "site/configfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QVariantMap>

namespace postwright {
namespace {

// The translation context of this file's messages (lupdate reads "ExportSettingsText::tr").
struct ExportSettingsText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::ExportSettings)
};

bool isFalse(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return !value.toBool();
    const QString text = value.toString().trimmed().toLower();
    return text == QLatin1String("false") || text == QLatin1String("no") || text == QLatin1String("off")
           || text == QLatin1String("none");
}

} // namespace

Result<QVariantMap> readHugoSettings(const SiteConfig &config)
{
    QVariantMap settings;
    QStringList files;
    if (!config.configFile.isEmpty() && QFileInfo(config.configFile).dir() == QDir(config.root))
        files.append(config.configFile);
    const QDir defaults(QDir(config.root).filePath(QStringLiteral("config/_default")));
    if (defaults.exists()) {
        const QStringList entries = defaults.entryList({QStringLiteral("*.toml"), QStringLiteral("*.yaml"),
                                                        QStringLiteral("*.yml"), QStringLiteral("*.json")},
                                                       QDir::Files, QDir::Name);
        for (const QString &entry : entries)
            files.append(defaults.filePath(entry));
    }
    for (const QString &path : std::as_const(files)) {
        const Result<QVariantMap> read = readConfigFile(path);
        if (!read)
            return read.error();
        const QString base = QFileInfo(path).completeBaseName();
        if (path == config.configFile || base == QLatin1String("hugo") || base == QLatin1String("config")) {
            for (auto it = read.value().cbegin(); it != read.value().cend(); ++it)
                settings.insert(it.key(), it.value());
        } else {
            settings.insert(base, read.value());
        }
    }
    return settings;
}

namespace {

QUrl parsedBaseUrl(const QString &url)
{
    QString base = url.trimmed();
    if (!base.contains(QLatin1String("://")))
        base.prepend(QStringLiteral("https://"));
    return QUrl(base, QUrl::TolerantMode);
}

} // namespace

QString normalizeBaseUrl(const QString &url)
{
    if (url.trimmed().isEmpty())
        return {};
    // Percent-encoded as every URL the export writes ("/mon blog/" ->
    // "/mon%20blog/"; an "%20" already there stays); no query or fragment.
    QString base = parsedBaseUrl(url).toString(QUrl::FullyEncoded | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    return base;
}

QString baseUrlProblem(const QString &url)
{
    if (url.trimmed().isEmpty())
        return {};
    const QUrl parsed = parsedBaseUrl(url);
    if (!parsed.isValid() || (parsed.host().isEmpty() && !parsed.isLocalFile()))
        return ExportSettingsText::tr("not a web address");
    if (parsed.hasQuery() || parsed.hasFragment())
        return ExportSettingsText::tr("a query or fragment (? or #), which every absolute link would carry");
    return {};
}

QString expandJekyllPermalinkStyle(const QString &style)
{
    const QString s = style.trimmed();
    if (s.isEmpty() || s == QLatin1String("date"))
        return QStringLiteral("/:categories/:year/:month/:day/:title.html");
    if (s == QLatin1String("pretty"))
        return QStringLiteral("/:categories/:year/:month/:day/:title/");
    if (s == QLatin1String("ordinal"))
        return QStringLiteral("/:categories/:year/:y_day/:title.html");
    if (s == QLatin1String("weekdate"))
        return QStringLiteral("/:categories/:year/W:week/:short_day/:title.html");
    if (s == QLatin1String("none"))
        return QStringLiteral("/:categories/:title.html");
    return s;
}

namespace {

// paginate and paginatePath (keys in any case, as hugo reads them); from
// hugo 0.128 pagination.pagerSize and pagination.path, which win. A size
// below 1 is the default (hugo refuses it). The path is a URL path as
// hugo makes it (lower case, spaces to hyphens); hugo 0.111 takes an empty
// one as it is (pages at /2/), hugo 0.128 falls back to "page".
void readHugoPagination(const SiteConfig &config, const QVariantMap &map, ExportSettings &settings)
{
    QVariant size = configValue(map, u"paginate");
    QVariant path = configValue(map, u"paginatePath");
    if (config.hugoIsAtLeast(QVersionNumber(0, 128))) {
        const QVariantMap pagination = configValue(map, u"pagination").toMap();
        if (const QVariant pagerSize = configValue(pagination, u"pagerSize"); pagerSize.isValid())
            size = pagerSize;
        if (const QVariant newer = configValue(pagination, u"path"); !newer.toString().isEmpty())
            path = newer;
        if (path.toString().isEmpty())
            path.clear();
    }
    bool ok = false;
    const int n = size.toString().trimmed().toInt(&ok);
    if (ok && n > 0)
        settings.pagerSize = n;
    if (!path.isValid())
        return;
    // hugo's URL of it: "/Seite/" -> "seite", " " -> "-", "" stays empty.
    QString url = hugoSectionUrl(settings, path.toString());
    url = url.mid(1, url.size() - 2);
    const QStringList parts = url.split(QLatin1Char('/'));
    if (!parts.contains(QLatin1String("..")) && !parts.contains(QLatin1String(".")))
        settings.paginatePath = url;
}

// An author as a name: a string, or a map's name.
QString authorName(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantMap)
        return configValue(value.toMap(), u"name").toString().trimmed();
    if (value.typeId() == QMetaType::QVariantList)
        return {};
    return value.toString().trimmed();
}

// The footer and the header's menu of a Hugo site.
void readHugoChrome(const QVariantMap &map, ExportSettings &settings)
{
    settings.copyright = configValue(map, u"copyright").toString().trimmed();
    settings.author = authorName(configValue(settings.hugoParams, u"author"));
    if (settings.author.isEmpty())
        settings.author = authorName(configValue(map, u"author"));
    const QVariant madeWith = configValue(configValue(settings.hugoParams, u"postwright").toMap(), u"madeWith");
    settings.madeWith = !(madeWith.isValid() && isFalse(madeWith));
    QVariant menus = configValue(map, u"menus");
    if (!menus.isValid())
        menus = configValue(map, u"menu");
    const QVariantList main = configValue(menus.toMap(), u"main").toList();
    for (const QVariant &entry : main) {
        const QVariantMap item = entry.toMap();
        MenuItem menuItem;
        menuItem.name = configValue(item, u"name").toString();
        menuItem.url = configValue(item, u"url").toString();
        menuItem.pageRef = configValue(item, u"pageRef").toString();
        menuItem.weight = configValue(item, u"weight").toInt();
        settings.mainMenu.append(menuItem);
    }
}

// What hugo writes: its disableKinds (the kinds of output it does not
// write; hugo 0.111 knows them only as "RSS", "sitemap", "home", "section",
// "page", "taxonomy", "term" and the older "taxonomyTerm", from 0.112
// (kinds in lower case) in any case) and the feeds' length
// (services.rss.limit, else rssLimit).
void readHugoOutputSettings(const SiteConfig &config, const QVariantMap &map, ExportSettings &settings)
{
    const Qt::CaseSensitivity cs = config.hugoIsAtLeast(QVersionNumber(0, 112)) ? Qt::CaseInsensitive : Qt::CaseSensitive;
    const QVariant kinds = configValue(map, u"disableKinds");
    const QStringList names = kinds.typeId() == QMetaType::QVariantList ? kinds.toStringList() : QStringList{kinds.toString()};
    // Before hugo 0.73 "taxonomyTerm" was the taxonomy's page and
    // "taxonomy" the terms'; hugo still reads a list with the first so.
    const bool olderNames = names.contains(QStringLiteral("taxonomyTerm"), cs);
    const std::pair<QStringView, bool *> switches[] = {
        {u"RSS", &settings.feeds},
        {u"sitemap", &settings.sitemap},
        {u"home", &settings.homePage},
        {u"section", &settings.sectionPages},
        {u"page", &settings.postPages},
        {u"taxonomyTerm", &settings.taxonomyPages},
        {u"taxonomy", olderNames ? &settings.termPages : &settings.taxonomyPages},
        {u"term", &settings.termPages},
    };
    for (const QString &name : names) {
        for (const auto &[kind, on] : switches) {
            if (name.compare(kind, cs) == 0)
                *on = false;
        }
    }
    QVariant limit = configValue(configValue(configValue(map, u"services").toMap(), u"rss").toMap(), u"limit");
    if (!limit.isValid())
        limit = configValue(map, u"rssLimit");
    bool ok = false;
    if (const int n = limit.toString().trimmed().toInt(&ok); ok)
        settings.feedLimit = n;
}

// The footer of a Jekyll site.
void readJekyllChrome(const QVariantMap &map, ExportSettings &settings)
{
    settings.copyright = map.value(QStringLiteral("copyright")).toString().trimmed();
    settings.author = authorName(map.value(QStringLiteral("author")));
    const QVariant madeWith = map.value(QStringLiteral("postwright")).toMap().value(QStringLiteral("made_with"));
    settings.madeWith = !(madeWith.isValid() && isFalse(madeWith));
}

} // namespace

Result<ExportSettings> readExportSettings(const SiteConfig &config)
{
    // Jekyll's build stops at a configuration it cannot read; so does the export.
    if (config.configError)
        return *config.configError;
    ExportSettings settings;
    if (config.kind == SiteKind::Hugo) {
        const Result<QVariantMap> read = readHugoSettings(config);
        if (!read)
            return read.error();
        const QVariantMap &map = read.value();
        settings.baseUrl = normalizeBaseUrl(configValue(map, u"baseURL").toString());
        settings.title = configValue(map, u"title").toString();
        settings.language = configValue(map, u"languageCode").toString();
        settings.hugoParams = configValue(map, u"params").toMap();
        settings.description = configValue(settings.hugoParams, u"description").toString();
        const QVariantMap permalinks = configValue(map, u"permalinks").toMap();
        for (auto it = permalinks.cbegin(); it != permalinks.cend(); ++it) {
            // Hugo 0.112+ nests them by page kind: [permalinks.page].
            if (it.value().typeId() == QMetaType::QVariantMap) {
                if (it.key().compare(u"page", Qt::CaseInsensitive) == 0) {
                    const QVariantMap page = it.value().toMap();
                    for (auto p = page.cbegin(); p != page.cend(); ++p)
                        settings.hugoPermalinks.insert(p.key(), p.value().toString());
                }
                continue;
            }
            settings.hugoPermalinks.insert(it.key(), it.value().toString());
        }
        const QVariant lower = configValue(map, u"disablePathToLower");
        settings.hugoPathToLower = !(lower.toBool() || lower.toString() == QLatin1String("true"));
        const QVariant fences = configValue(configValue(configValue(map, u"markup").toMap(), u"highlight").toMap(), u"codeFences");
        settings.highlightCode = !(fences.isValid() && isFalse(fences));
        readHugoPagination(config, map, settings);
        readHugoChrome(map, settings);
        readHugoOutputSettings(config, map, settings);
    } else if (config.kind == SiteKind::Zola && !config.configFile.isEmpty()) {
        const Result<QVariantMap> read = readConfigFile(config.configFile);
        if (!read)
            return read.error();
        const QVariantMap &map = read.value();
        settings.baseUrl = normalizeBaseUrl(map.value(QStringLiteral("base_url")).toString());
        settings.title = map.value(QStringLiteral("title")).toString();
        settings.language = map.value(QStringLiteral("default_language")).toString();
        settings.description = map.value(QStringLiteral("description")).toString();
        // Zola highlights code only when [markdown] highlight_code says so.
        settings.highlightCode = map.value(QStringLiteral("markdown")).toMap().value(QStringLiteral("highlight_code")).toBool();
    } else if (config.kind == SiteKind::Jekyll && !config.configFile.isEmpty()) {
        const Result<QVariantMap> read = readConfigFile(config.configFile);
        if (!read)
            return read.error();
        const QVariantMap &map = read.value();
        QString url = map.value(QStringLiteral("url")).toString();
        const QString baseurl = map.value(QStringLiteral("baseurl")).toString();
        if (!url.isEmpty()) {
            while (url.endsWith(QLatin1Char('/')))
                url.chop(1);
            settings.baseUrl = normalizeBaseUrl(url + (baseurl.startsWith(QLatin1Char('/')) || baseurl.isEmpty()
                                                            ? baseurl
                                                            : QLatin1Char('/') + baseurl));
        }
        settings.title = map.value(QStringLiteral("title")).toString();
        settings.language = map.value(QStringLiteral("lang")).toString();
        settings.description = map.value(QStringLiteral("description")).toString();
        const QVariant highlighter = map.value(QStringLiteral("highlighter"));
        settings.highlightCode = !(highlighter.isValid() && isFalse(highlighter));
        settings.jekyllPermalink = expandJekyllPermalinkStyle(map.value(QStringLiteral("permalink")).toString());
        settings.jekyllDefaults = map.value(QStringLiteral("defaults"));
        settings.jekyllTimeZone = map.value(QStringLiteral("timezone")).toString().trimmed();
        // jekyll-paginate's page size, which term pages share.
        bool ok = false;
        if (const int n = map.value(QStringLiteral("paginate")).toString().trimmed().toInt(&ok); ok && n > 0)
            settings.pagerSize = n;
        readJekyllChrome(map, settings);
    }
    return settings;
}

} // namespace postwright
