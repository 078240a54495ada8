// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/sitelanguage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <toml++/toml.h>
#include <yaml-cpp/yaml.h>

namespace postwright {
namespace {

QString lookup(const QVariantMap &map, QStringView key)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value().toString().trimmed();
    }
    return {};
}

// The top-level string values of one config file; empty when it does not
// parse (siteconfig reports that error).
QVariantMap topLevelStrings(const QString &path)
{
    QVariantMap out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QByteArray bytes = file.readAll();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("toml")) {
        try {
            const toml::table table = toml::parse(std::string_view(bytes.constData(), size_t(bytes.size())));
            for (const auto &[key, value] : table) {
                if (const auto *s = value.as_string())
                    out.insert(QString::fromUtf8(key.str().data(), qsizetype(key.str().size())),
                               QString::fromStdString(s->get()));
            }
        } catch (const toml::parse_error &) {
        }
        return out;
    }
    if (suffix == QLatin1String("json")) {
        const QJsonObject object = QJsonDocument::fromJson(bytes).object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isString())
                out.insert(it.key(), it.value().toString());
        }
        return out;
    }
    try {
        const YAML::Node root = YAML::Load(bytes.toStdString());
        if (root.IsMap()) {
            for (const auto &entry : root) {
                if (entry.second.IsScalar())
                    out.insert(QString::fromStdString(entry.first.Scalar()), QString::fromStdString(entry.second.Scalar()));
            }
        }
    } catch (const YAML::Exception &) {
    }
    return out;
}

} // namespace

QString siteLanguage(SiteKind kind, const QVariantMap &settings)
{
    switch (kind) {
    case SiteKind::Hugo: {
        const QString code = lookup(settings, u"languageCode");
        return code.isEmpty() ? lookup(settings, u"defaultContentLanguage") : code;
    }
    case SiteKind::Jekyll: {
        const QString lang = settings.value(QStringLiteral("lang")).toString().trimmed();
        return lang.isEmpty() ? settings.value(QStringLiteral("locale")).toString().trimmed() : lang;
    }
    case SiteKind::Zola:
        return settings.value(QStringLiteral("default_language")).toString().trimmed();
    case SiteKind::Plain:
        break;
    }
    return {};
}

QString siteLanguage(const SiteConfig &config)
{
    if (config.kind == SiteKind::Plain)
        return {};
    QStringList files;
    if (!config.configFile.isEmpty())
        files.append(config.configFile);
    if (config.kind == SiteKind::Hugo) {
        const QDir defaults(QDir(config.root).filePath(QStringLiteral("config/_default")));
        for (const QString &base : {QStringLiteral("hugo"), QStringLiteral("config")}) {
            for (const char *ext : {"toml", "yaml", "yml", "json"}) {
                const QString path = defaults.filePath(base + QLatin1Char('.') + QLatin1String(ext));
                if (QFileInfo(path).isFile() && !files.contains(path))
                    files.append(path);
            }
        }
    }
    QVariantMap settings;
    for (const QString &path : std::as_const(files)) {
        const QVariantMap read = topLevelStrings(path);
        for (auto it = read.cbegin(); it != read.cend(); ++it)
            settings.insert(it.key(), it.value());
    }
    return siteLanguage(config.kind, settings);
}

} // namespace postwright
