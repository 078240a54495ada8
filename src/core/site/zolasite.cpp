// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/zolasite.h"

#include "site/configfile.h"
#include "site/slug.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace postwright {
namespace {

QString baseName(const QString &fileName)
{
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? fileName.left(dot) : fileName;
}

// The folders from content/ down to the page's own (a bundle's folder
// not included), and the name Zola takes the slug from: the file's, or a
// bundle's folder's.
struct PagePlace
{
    QStringList components;
    QString name;
    bool rootIndex = false;   // content/index.md: the home page's place
};

PagePlace placeOf(const SiteConfig &config, const PostRecord &record)
{
    const QString inContent = QDir(config.contentDir).relativeFilePath(config.absolutePath(record.path));
    PagePlace place;
    place.components = inContent.split(QLatin1Char('/'));
    place.name = baseName(place.components.takeLast());
    place.rootIndex = record.kind == PostKind::Bundle && place.components.isEmpty();
    if (record.kind == PostKind::Bundle && !place.components.isEmpty())
        place.name = place.components.takeLast();
    return place;
}

std::optional<bool> boolField(const FrontMatter &frontMatter, const QString &key)
{
    const Field *field = frontMatter.field(key);
    if (!field || field->value.type != ValueType::Bool)
        return std::nullopt;
    return field->value.boolean;
}

} // namespace

QString zolaConfigFile(const QString &root)
{
    // base_url at the start of a line of the top level: a cheap look that
    // a config that does not parse (reported when it is read) passes too.
    static const QRegularExpression baseUrl(QStringLiteral("^[ \\t]*(base_url|\"base_url\")[ \\t]*="),
                                            QRegularExpression::MultilineOption);
    for (const char *name : {"zola.toml", "config.toml"}) {
        const QString path = QDir(root).filePath(QString::fromLatin1(name));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.read(1024 * 1024));
        const qsizetype firstTable = text.indexOf(QRegularExpression(QStringLiteral("^[ \\t]*\\["),
                                                                     QRegularExpression::MultilineOption));
        const QRegularExpressionMatch match = baseUrl.match(text);
        if (match.hasMatch() && (firstTable < 0 || match.capturedStart() < firstTable))
            return path;
    }
    return {};
}

Result<Success> readZolaConfig(SiteConfig &config)
{
    config.configFile = zolaConfigFile(config.root);
    config.contentDir = QDir::cleanPath(QDir(config.root).filePath(QStringLiteral("content")));
    config.taxonomies.clear();
    if (config.configFile.isEmpty())
        return Success{};
    Result<QVariantMap> read = readConfigFile(config.configFile);
    if (!read)
        return read.error();
    const QVariantMap &settings = read.value();
    for (const QVariant &entry : settings.value(QStringLiteral("taxonomies")).toList()) {
        const QString name = entry.toMap().value(QStringLiteral("name")).toString().trimmed();
        const bool known = std::any_of(config.taxonomies.cbegin(), config.taxonomies.cend(),
                                       [&](const Taxonomy &t) { return t.plural == name; });
        if (!name.isEmpty() && !known)
            config.taxonomies.append({name, name});
    }
    const QVariantMap slugify = settings.value(QStringLiteral("slugify")).toMap();
    for (auto [key, target] : {std::pair{"paths", &config.zola.slugifyPaths},
                               std::pair{"taxonomies", &config.zola.slugifyTaxonomies}}) {
        const QString value = slugify.value(QString::fromLatin1(key)).toString().trimmed().toLower();
        if (value == QLatin1String("on") || value == QLatin1String("safe") || value == QLatin1String("off"))
            *target = value;
    }
    config.zola.pathsKeepDates = slugify.value(QStringLiteral("paths_keep_dates")).toBool();
    config.zola.taxonomyRoot = settings.value(QStringLiteral("taxonomy_root")).toString().trimmed();
    return Success{};
}

QString zolaSlugify(const QString &text, QStringView strategy)
{
    if (strategy == u"off")
        return text;
    if (strategy == u"safe") {
        QString out = text;
        while (out.endsWith(QLatin1Char(' ')) || out.endsWith(QLatin1Char('.')))
            out.chop(1);
        out.remove(QRegularExpression(QStringLiteral("[<>:\"/\\\\|?*]")));
        return out;
    }
    // The slug crate: an apostrophe is a separator like any other
    // punctuation ("don't" -> "don-t"), where our own slugify drops it.
    QString spaced = text;
    for (QChar &c : spaced) {
        if (c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x2018))
            c = QLatin1Char(' ');
    }
    return slugify(spaced);
}

std::optional<ZolaFileName> parseZolaFileName(const QString &name)
{
    // Zola's own pattern (page.rs): not anchored at the end, so a date
    // followed by anything but "_"/"-" still dates the page.
    static const QRegularExpression pattern(QStringLiteral(
        "^(?<datetime>(\\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
        "(T([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9]|60)(\\.[0-9]+)?(Z|(\\+|-)([01][0-9]|2[0-3]):([0-5][0-9])))?)"
        "(\\s?(_|-)(?<slug>.+$))?"));
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch())
        return std::nullopt;
    return ZolaFileName{match.captured(u"datetime"), match.captured(u"slug")};
}

void applyZolaPageRules(const SiteConfig &config, const FrontMatter &frontMatter, PostRecord &record)
{
    if (record.kind == PostKind::Section) {
        record.slug = placeOf(config, record).components.value(0);
        return;
    }
    const PagePlace place = placeOf(config, record);
    QString nameSlug = place.name;
    if (const std::optional<ZolaFileName> dated = parseZolaFileName(place.name)) {
        if (!dated->slug.isEmpty() && !config.zola.pathsKeepDates)
            nameSlug = dated->slug;
        if (!record.dateText) {
            record.dateText = dated->dateText;
            if (const auto date = DateTimeValue::parse(dated->dateText))
                record.date = date->toDateTime();
        }
    }
    const Field *slug = frontMatter.field(QStringLiteral("slug"));
    const QString own = slug && slug->value.isScalar() ? slug->value.displayText().trimmed() : QString();
    const Field *title = frontMatter.field(QStringLiteral("title"));
    const bool titled = title && !title->value.displayText().trimmed().isEmpty();
    record.slug = zolaSlugify(own.isEmpty() ? nameSlug : own, config.zola.slugifyPaths);
    if (!titled)
        record.title = record.slug;
    // `render = false`: no page of its own, but it is still in its section's lists.
    if (boolField(frontMatter, QStringLiteral("render")) == false) {
        BuildOptions options;
        options.render = RenderOption::Link;
        record.build.build = options;
    }
}

QString zolaPageUrl(const SiteConfig &config, const PostRecord &record, const QString &pathOverride)
{
    const PagePlace place = placeOf(config, record);
    QString path = pathOverride.trimmed();
    if (path.isEmpty()) {
        // A section is its folders; a page adds its slug, but for
        // content/index.md, which Zola puts at the root.
        QStringList parts = place.components;
        if (record.kind != PostKind::Section && !place.rootIndex)
            parts.append(record.slug);
        path = parts.join(QLatin1Char('/'));
    }
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    if (!path.endsWith(QLatin1Char('/')))
        path.append(QLatin1Char('/'));
    return path;
}

QString zolaTermUrl(const SiteConfig &config, const QString &taxonomy, const QString &term)
{
    QString url = QStringLiteral("/");
    if (!config.zola.taxonomyRoot.isEmpty())
        url += config.zola.taxonomyRoot + QLatin1Char('/');
    const QString termSlug = zolaSlugify(term, config.zola.slugifyTaxonomies);
    return url + zolaSlugify(taxonomy, config.zola.slugifyTaxonomies) + QLatin1Char('/') + termSlug + QLatin1Char('/');
}

} // namespace postwright
