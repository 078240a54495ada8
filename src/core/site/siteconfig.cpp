// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/siteconfig.h"

#include "liquid/jekylldata.h"
#include "site/configfile.h"
#include "site/hugocascade.h"
#include "site/zolasite.h"
#include "sitepreview/hugoversion.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QVariantMap>
#include <QVersionNumber>

namespace postwright {
namespace {

// The translation context of this file's messages (lupdate reads "SiteConfigText::tr").
struct SiteConfigText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::SiteConfig)
};

// Bump when the meaning of cached records changes.
constexpr auto fingerprintVersion = "site-rules-1";

bool truthy(const QVariant &value, bool fallback)
{
    if (!value.isValid())
        return fallback;
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("yes") || text == QLatin1String("on"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("no") || text == QLatin1String("off"))
        return false;
    return fallback;
}

QString fingerprintOf(const QStringList &files)
{
    QString fingerprint = QString::fromLatin1(fingerprintVersion);
    for (const QString &path : files) {
        const QFileInfo info(path);
        fingerprint += QLatin1Char('|') + path + QLatin1Char(':') + QString::number(info.size()) + QLatin1Char(':')
                       + QString::number(info.lastModified().toMSecsSinceEpoch());
    }
    return fingerprint;
}

const char *const configExtensions[] = {"toml", "yaml", "yml", "json"};

QString firstExisting(const QDir &dir, const QStringList &baseNames)
{
    for (const QString &base : baseNames) {
        for (const char *ext : configExtensions) {
            const QString path = dir.filePath(base + QLatin1Char('.') + QLatin1String(ext));
            if (QFileInfo(path).isFile())
                return path;
        }
    }
    return {};
}

// The version of the hugo on PATH (remembered per binary, sitepreview/
// hugoversion); none without one.
QVersionNumber installedHugoVersion()
{
    const QString hugo = findHugoBinary();
    if (hugo.isEmpty())
        return {};
    const std::optional<HugoVersion> version = probeHugo(hugo).version;
    return version ? QVersionNumber(version->major, version->minor, version->patch) : QVersionNumber();
}

// The hugo the site is built with: the oldest the site's
// [module.hugoVersion] allows (min), else the hugo on PATH; null when
// neither says (read as the newest). hugo builds no site without a config
// file, so a folder without one is not worth a process start.
QVersionNumber siteHugoVersion(const QVariantMap &settings, bool hasConfig)
{
    const QVariantMap versions = configValue(configValue(settings, u"module").toMap(), u"hugoVersion").toMap();
    QString min = configValue(versions, u"min").toString().trimmed();
    if (min.startsWith(QLatin1Char('v')))
        min.remove(0, 1);
    const QVersionNumber version = QVersionNumber::fromString(min);
    return version.isNull() && hasConfig ? installedHugoVersion() : version;
}

Result<Success> readHugo(SiteConfig &config)
{
    const QDir root(config.root);
    QStringList files;
    QVariantMap settings;
    const QString main = firstExisting(root, {QStringLiteral("hugo"), QStringLiteral("config")});
    if (!main.isEmpty())
        files.append(main);
    // config/_default/: hugo.* or config.* hold top-level keys, any other
    // file name is the key its content goes under (taxonomies.toml...).
    const QDir defaults(root.filePath(QStringLiteral("config/_default")));
    if (defaults.exists()) {
        const QStringList entries = defaults.entryList({QStringLiteral("*.toml"), QStringLiteral("*.yaml"),
                                                        QStringLiteral("*.yml"), QStringLiteral("*.json")},
                                                       QDir::Files, QDir::Name);
        for (const QString &entry : entries)
            files.append(defaults.filePath(entry));
    }
    for (const QString &path : std::as_const(files)) {
        Result<QVariantMap> read = readConfigFile(path);
        if (!read)
            return read.error();
        const QString base = QFileInfo(path).completeBaseName();
        const bool topLevel = path == main || base == QLatin1String("hugo") || base == QLatin1String("config");
        if (topLevel) {
            for (auto it = read.value().cbegin(); it != read.value().cend(); ++it)
                settings.insert(it.key(), it.value());
        } else {
            settings.insert(base, read.value());
        }
    }
    config.configFile = main.isEmpty() ? files.value(0) : main;
    const QString contentDir = configValue(settings, u"contentDir").toString();
    config.contentDir = QDir::cleanPath(root.filePath(contentDir.isEmpty() ? QStringLiteral("content") : contentDir));
    const QString archetypeDir = configValue(settings, u"archetypeDir").toString();
    config.archetypeDir =
        QDir::cleanPath(root.filePath(archetypeDir.isEmpty() ? QStringLiteral("archetypes") : archetypeDir));
    const QVariant taxonomies = configValue(settings, u"taxonomies");
    if (taxonomies.isValid()) {
        const QVariantMap map = taxonomies.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            const QString plural = it.value().toString().trimmed();
            if (!plural.isEmpty())
                config.taxonomies.append({it.key(), plural});
        }
    } else {
        config.taxonomies = {{QStringLiteral("tag"), QStringLiteral("tags")},
                             {QStringLiteral("category"), QStringLiteral("categories")}};
    }
    config.buildDrafts = truthy(configValue(settings, u"buildDrafts"), false);
    config.buildFuture = truthy(configValue(settings, u"buildFuture"), false);
    config.buildExpired = truthy(configValue(settings, u"buildExpired"), false);
    config.hugoVersion = siteHugoVersion(settings, !files.isEmpty());
    config.newerBuildKey = config.hugoIsAtLeast(QVersionNumber(0, 123));
    config.cascade = readCascade(configValue(settings, u"cascade"), config.newerBuildKey);
    if (const QString language = configValue(settings, u"defaultContentLanguage").toString().trimmed(); !language.isEmpty())
        config.defaultContentLanguage = language.toLower();
    const QVariantMap languages = configValue(settings, u"languages").toMap();
    for (auto it = languages.cbegin(); it != languages.cend(); ++it) {
        const QString dir = configValue(it.value().toMap(), u"contentDir").toString().trimmed();
        if (!dir.isEmpty())
            config.languageContentDirs.append({it.key().toLower(), QDir::cleanPath(root.filePath(dir))});
    }
    // Which build key is read changes what the cached records say.
    config.fingerprint = fingerprintOf(files) + (config.newerBuildKey ? QStringLiteral("+build") : QString());
    return Success{};
}

// Jekyll reads _config.yml as UTF-8 and stops at anything else (UTF-16,
// Latin-1): where the first byte that is not UTF-8 is, if any.
std::optional<Error> notUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;   // readConfigFile says why
    const std::optional<LiquidError> error = jekyllNotUtf8(file.readAll(), path);
    if (!error)
        return std::nullopt;
    return Error{path, error->line, error->column, error->message};
}

Result<Success> readJekyll(SiteConfig &config)
{
    const QString path = QDir(config.root).filePath(QStringLiteral("_config.yml"));
    config.contentDir = config.root;
    config.taxonomies = {{QStringLiteral("tag"), QStringLiteral("tags")},
                         {QStringLiteral("category"), QStringLiteral("categories")}};
    if (!QFileInfo(path).isFile()) {
        config.fingerprint = fingerprintOf({});
        return Success{};
    }
    config.configFile = path;
    config.fingerprint = fingerprintOf({path});
    if ((config.configError = notUtf8(path)))
        return Success{};
    Result<QVariantMap> read = readConfigFile(path);
    if (!read) {
        config.configError = read.error();
        return Success{};
    }
    const QVariantMap &settings = read.value();
    config.buildDrafts = truthy(settings.value(QStringLiteral("show_drafts")), false);
    config.buildFuture = truthy(settings.value(QStringLiteral("future")), false);
    return Success{};
}

Result<Success> readZola(SiteConfig &config)
{
    if (const Result<Success> read = readZolaConfig(config); !read)
        return read.error();
    // Zola renders pages dated in the future; it has no expiry date.
    config.buildFuture = true;
    config.buildExpired = true;
    config.fingerprint = fingerprintOf(config.configFile.isEmpty() ? QStringList() : QStringList{config.configFile});
    return Success{};
}

Result<Success> readPlain(SiteConfig &config)
{
    config.contentDir = config.root;
    config.taxonomies = {{QStringLiteral("tag"), QStringLiteral("tags")},
                         {QStringLiteral("category"), QStringLiteral("categories")}};
    config.fingerprint = fingerprintOf({});
    return Success{};
}

} // namespace

SiteMarker siteMarkerOf(const QString &folder)
{
    const QDir dir(folder);
    const auto isDir = [&dir](const char *name) { return QFileInfo(dir.filePath(QLatin1String(name))).isDir(); };
    if (!zolaConfigFile(folder).isEmpty())
        return {SiteKind::Zola, SiteRule::Config};
    if (!firstExisting(dir, {QStringLiteral("hugo"), QStringLiteral("config")}).isEmpty() || isDir("config/_default"))
        return {SiteKind::Hugo, SiteRule::Config};
    if (QFileInfo(dir.filePath(QStringLiteral("_config.yml"))).isFile())
        return {SiteKind::Jekyll, SiteRule::Config};
    if (isDir("content"))
        return {SiteKind::Hugo, SiteRule::ContentFolder};
    if (isDir("_posts"))
        return {SiteKind::Jekyll, SiteRule::PostsFolder};
    return {};
}

QStringList SiteConfig::taxonomyNames() const
{
    QStringList names;
    for (const Taxonomy &t : taxonomies)
        names.append(t.plural);
    return names;
}

bool SiteConfig::hasTaxonomy(const QString &plural) const
{
    return taxonomyNames().contains(plural);
}

QString SiteConfig::absolutePath(const QString &relativePath) const
{
    return QDir::cleanPath(root + QLatin1Char('/') + relativePath);
}

QString SiteConfig::relativePath(const QString &absolutePath) const
{
    // The common case, cheaply: a clean path inside the root.
    if (absolutePath.size() > root.size() + 1 && absolutePath.startsWith(root)
        && absolutePath.at(root.size()) == QLatin1Char('/') && !absolutePath.contains(QLatin1String("/."))
        && !absolutePath.contains(QLatin1String("//")))
        return absolutePath.sliced(root.size() + 1);
    return QDir(root).relativeFilePath(absolutePath);
}

std::pair<QString, QString> SiteConfig::contentFolderOf(const QString &absolutePath) const
{
    const std::pair<QString, QString> *best = nullptr;
    for (const std::pair<QString, QString> &language : languageContentDirs) {
        const QString &folder = language.second;
        if (absolutePath.startsWith(folder + QLatin1Char('/')) && (!best || folder.size() > best->second.size()))
            best = &language;
    }
    return best ? std::pair{best->second, best->first} : std::pair{contentDir, QString()};
}

bool SiteConfig::contains(const QString &path) const
{
    const QString absolute = QDir::isAbsolutePath(path) ? QDir::cleanPath(path) : absolutePath(path);
    return absolute.startsWith(root + QLatin1Char('/'));
}

Result<SiteConfig> detectSite(const QString &root, std::optional<SiteKind> kind)
{
    const QFileInfo info(root);
    if (!info.isDir())
        return Error{root, 0, 0, SiteConfigText::tr("not a folder")};
    SiteConfig config;
    config.root = QDir::cleanPath(info.absoluteFilePath());
    const SiteMarker marker = siteMarkerOf(config.root);
    config.rule = !kind || *kind == marker.kind ? marker.rule : SiteRule::Chosen;
    if (!kind)
        kind = marker.kind;
    config.kind = *kind;
    const Result<Success> read = config.kind == SiteKind::Hugo     ? readHugo(config)
                                 : config.kind == SiteKind::Jekyll ? readJekyll(config)
                                 : config.kind == SiteKind::Zola   ? readZola(config)
                                                                   : readPlain(config);
    if (!read)
        return read.error();
    config.fingerprint += QLatin1Char('|') + siteKindName(config.kind);
    return config;
}

QString siteKindName(SiteKind kind)
{
    switch (kind) {
    case SiteKind::Hugo:
        return QStringLiteral("hugo");
    case SiteKind::Jekyll:
        return QStringLiteral("jekyll");
    case SiteKind::Zola:
        return QStringLiteral("zola");
    case SiteKind::Plain:
        break;
    }
    return QStringLiteral("plain");
}

std::optional<SiteKind> siteKindFromName(QStringView name)
{
    for (SiteKind kind : {SiteKind::Plain, SiteKind::Hugo, SiteKind::Jekyll, SiteKind::Zola}) {
        if (name.compare(siteKindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

} // namespace postwright
