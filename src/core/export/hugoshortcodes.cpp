// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/hugoshortcodes.h"

#include "export/exportertext.h"
#include "export/exportsettings.h"
#include "export/sitefiles.h"
#include "frontmatter/frontmatter.h"
#include "render/shortcodehtml.h"
#include "site/configfile.h"
#include "site/postrecord.h"
#include "site/indexbuilder.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QUrl>

#include <algorithm>

namespace postwright {

namespace {

// "posts/b.md" -> "posts/b"; "posts/trip/index.md" -> "posts/trip".
QString pageKey(QString path)
{
    path = path.toLower();
    for (const QLatin1String ext : {QLatin1String(".md"), QLatin1String(".markdown")}) {
        if (path.endsWith(ext)) {
            path.chop(ext.size());
            break;
        }
    }
    for (const QLatin1String index : {QLatin1String("/index"), QLatin1String("/_index")}) {
        if (path.endsWith(index)) {
            path.chop(index.size());
            break;
        }
    }
    if (path == QLatin1String("index") || path == QLatin1String("_index"))
        path.clear();
    return path;
}

// A table key among language's pages (none: the site's content folder).
QString inLanguage(const QString &language, const QString &key)
{
    return language.isEmpty() ? key : language + QChar(0x1F) + key;
}

QString clean(const QString &path)
{
    QString cleaned = QDir::cleanPath(path);
    while (cleaned.startsWith(QLatin1String("./")))
        cleaned = cleaned.mid(2);
    if (cleaned == QLatin1String("."))
        cleaned.clear();
    return cleaned;
}

} // namespace

HugoRefIndex::HugoRefIndex(const SiteIndex &index, const BuildStates &states, const QDateTime &now)
    : m_config(index.config())
{
    for (const PostRecord &record : index.posts()) {
        add(record.path);
        if (!index.isBuilt(record, states, now))
            m_unbuilt.insert(record.path);
    }
}

HugoRefIndex::HugoRefIndex(const SiteConfig &config)
{
    IndexOptions options;
    options.kind = SiteKind::Hugo;
    options.frontMatterOnly = true;
    if (const Result<SiteIndex> index = indexSite(config.root, options))
        *this = HugoRefIndex(index.value(), index.value().configStates());
    else
        m_config = config;
}

bool HugoRefIndex::hasLanguageFolder(const QString &language) const
{
    return std::any_of(m_config.languageContentDirs.cbegin(), m_config.languageContentDirs.cend(),
                       [&language](const std::pair<QString, QString> &folder) { return folder.first == language; });
}

std::optional<HugoRefIndex::InContent> HugoRefIndex::inContent(const QString &sitePath) const
{
    const QString absolute = m_config.absolutePath(sitePath);
    const auto [folder, language] = m_config.contentFolderOf(absolute);
    if (folder == m_config.root)
        return InContent{language, sitePath};
    if (!absolute.startsWith(folder + QLatin1Char('/')))
        return std::nullopt;
    return InContent{language, absolute.mid(folder.size() + 1)};
}

void HugoRefIndex::add(const QString &sitePath)
{
    const std::optional<InContent> in = inContent(sitePath);
    if (!in)
        return;
    const QString &language = in->language;
    const QString &relative = in->path;
    const QString key = pageKey(relative);
    // The home page, and a section for every folder at the top of the
    // content folder, with or without an _index.md.
    const auto addList = [this, &language](const QString &listKey, const QString &file) {
        const QString qualified = inLanguage(language, listKey);
        if (m_lists.contains(qualified) && (file.isEmpty() || !m_lists.value(qualified).isEmpty()))
            return;
        if (!m_lists.contains(qualified) && !listKey.isEmpty())
            m_listNames[inLanguage(language, listKey.section(QLatin1Char('/'), -1))].append(listKey);
        m_lists.insert(qualified, file);
    };
    addList(QString(), QString());
    if (key.contains(QLatin1Char('/')))
        addList(key.section(QLatin1Char('/'), 0, 0), QString());
    if (relative.section(QLatin1Char('/'), -1).toLower().startsWith(QLatin1String("_index."))) {
        addList(key, sitePath);
        return;
    }
    m_byPath.insert(inLanguage(language, key), sitePath);
    m_byName[inLanguage(language, key.section(QLatin1Char('/'), -1))].append(sitePath);
}

std::optional<HugoRef> HugoRefIndex::page(const QString &language, const QString &contentRelative) const
{
    const QString cleaned = clean(contentRelative);
    const QString key = pageKey(cleaned);
    // hugo names a list page by its folder ("posts", "/"), or by its
    // _index.md when it has one; "posts/index.md" or a bare "_index" name
    // no list page, and "_index.md" no post.
    const QString last = cleaned.section(QLatin1Char('/'), -1).toLower();
    const bool listFile = last == QLatin1String("_index.md") || last == QLatin1String("_index.markdown");
    const bool notAList = last == QLatin1String("index.md") || last == QLatin1String("index.markdown")
                          || last == QLatin1String("index") || last == QLatin1String("_index");
    if (!last.startsWith(QLatin1String("_index"))) {
        if (const auto it = m_byPath.constFind(inLanguage(language, key)); it != m_byPath.cend())
            return HugoRef{it.value(), QString(), !m_unbuilt.contains(it.value())};
    }
    if (const auto it = m_lists.constFind(inLanguage(language, key));
        it != m_lists.cend() && !notAList && (!listFile || !it.value().isEmpty())) {
        // hugo publishes a language other than the default below its name.
        const QString under =
            language.isEmpty() || language == m_config.defaultContentLanguage ? QString() : QLatin1Char('/') + language;
        return HugoRef{it.value(), under + (key.isEmpty() ? QStringLiteral("/") : QLatin1Char('/') + key + QLatin1Char('/')),
                       !m_unbuilt.contains(it.value())};
    }
    return std::nullopt;
}

QString HugoRefIndex::folderOf(const QString &fromPost) const
{
    const std::optional<InContent> in = inContent(fromPost);
    const QString from = in ? in->path : fromPost;
    return from.contains(QLatin1Char('/')) ? from.left(from.lastIndexOf(QLatin1Char('/'))) : QString();
}

std::optional<HugoRef> HugoRefIndex::find(const QString &target, const QString &fromPost, const QString &asked) const
{
    const QString path = target.trimmed();
    if (path.isEmpty())
        return std::nullopt;
    const std::optional<InContent> from = inContent(fromPost);
    // A language other than those with a folder of their own names no page
    // (on a site of one content folder, lang is not looked at).
    const bool perLanguage = !m_config.languageContentDirs.isEmpty();
    if (perLanguage && !asked.isEmpty() && !hasLanguageFolder(asked))
        return std::nullopt;
    const QString language = perLanguage && !asked.isEmpty() ? asked : from ? from->language : QString();
    if (path.startsWith(QLatin1Char('/')))
        return page(language, path.mid(1));
    // Relative to the page's folder, then from the content folder.
    const QString folder = folderOf(fromPost);
    if (std::optional<HugoRef> found = page(language, folder.isEmpty() ? path : folder + QLatin1Char('/') + path))
        return found;
    if (std::optional<HugoRef> found = page(language, path))
        return found;
    // A name only one page (or section) has.
    if (path.contains(QLatin1Char('/')))
        return std::nullopt;
    const QString name = inLanguage(language, pageKey(path));
    const QStringList named = m_byName.value(name);
    const QStringList lists = m_listNames.value(name);
    if (named.size() + lists.size() != 1)
        return std::nullopt;
    if (!named.isEmpty())
        return HugoRef{named.first(), QString(), !m_unbuilt.contains(named.first())};
    return page(language, lists.first());
}

bool HugoRefIndex::ambiguous(const QString &target, const QString &fromPost) const
{
    const QString path = target.trimmed();
    if (path.isEmpty() || path.contains(QLatin1Char('/')) || find(path, fromPost))
        return false;
    const std::optional<InContent> from = inContent(fromPost);
    const QString name = inLanguage(from ? from->language : QString(), pageKey(path));
    return m_byName.value(name).size() + m_listNames.value(name).size() > 1;
}

QString unresolvedRefMessage(const ShortcodeFinding &finding, const HugoRefIndex *pages, const QString &fromPost)
{
    const QString target = splitRefFragment(finding.detail).first;
    if (const std::optional<HugoRef> found = pages ? pages->find(target, fromPost) : std::nullopt; found && !found->built) {
        return ExporterText::tr("%1 \"%2\": %3 is a draft, in the future or expired, and not published "
                                "(hugo stops the build here)")
            .arg(finding.name, finding.detail, found->path);
    }
    if (pages && pages->ambiguous(target, fromPost)) {
        return ExporterText::tr("%1 \"%2\": more than one page has this name; refer to the page by its path "
                                "(hugo stops the build here)")
            .arg(finding.name, finding.detail);
    }
    return ExporterText::tr("%1 \"%2\": no such page (hugo stops the build here)").arg(finding.name, finding.detail);
}

std::pair<QString, QString> splitRefFragment(const QString &target)
{
    const qsizetype hash = target.indexOf(QLatin1Char('#'));
    QString path = hash < 0 ? target : target.left(hash);
    // hugo reads the target as a URL: a query is no part of the page's
    // name, and "%23" names a file with "#" in its name.
    if (const qsizetype query = path.indexOf(QLatin1Char('?')); query >= 0)
        path.truncate(query);
    if (path.contains(QLatin1Char('%')))
        path = QUrl::fromPercentEncoding(path.toUtf8());
    return {path, hash < 0 ? QString() : target.mid(hash)};
}

std::optional<QString> hugoParam(const FrontMatter &frontMatter, const QVariantMap &siteParams, const QString &key)
{
    if (!key.contains(QLatin1Char('.'))) {
        for (auto it = frontMatter.fields.crbegin(); it != frontMatter.fields.crend(); ++it) {
            if (it->key.compare(key, Qt::CaseInsensitive) == 0 && it->value.type != ValueType::Null
                && it->value.type != ValueType::Map)
                return it->value.displayText();
        }
    }
    QVariant value = QVariant(siteParams);
    for (const QString &part : key.split(QLatin1Char('.'))) {
        if (value.typeId() != QMetaType::QVariantMap)
            return std::nullopt;
        value = configValue(value.toMap(), part);
    }
    if (!value.isValid() || value.typeId() == QMetaType::QVariantMap)
        return std::nullopt;
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral(", "));
    return value.toString();
}

ShortcodeOptions previewShortcodeOptions(const FrontMatter &frontMatter, const QVariantMap &siteParams,
                                         bool embedsBlocked)
{
    ShortcodeOptions options;
    options.enabled = true;
    options.embedPlaceholders = true;
    options.embedsBlocked = embedsBlocked;
    options.param = [frontMatter, siteParams](const QString &key) { return hugoParam(frontMatter, siteParams, key); };
    return options;
}

ShortcodeOptions standaloneShortcodeOptions(const SiteConfig &site, const FrontMatter &frontMatter)
{
    ShortcodeOptions options;
    if (site.kind != SiteKind::Hugo)
        return options;
    options.enabled = true;
    QVariantMap siteParams;
    if (const Result<ExportSettings> settings = readExportSettings(site))
        siteParams = settings.value().hugoParams;
    options.param = [frontMatter, siteParams](const QString &key) { return hugoParam(frontMatter, siteParams, key); };
    return options;
}

QString hugoShortcodeTemplate(const SiteConfig &config, const QString &name)
{
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.startsWith(QLatin1Char('.')))
        return {};
    const QString file = QStringLiteral("layouts/shortcodes/") + name + QStringLiteral(".html");
    if (const QString own = config.absolutePath(file); QFileInfo(own).isFile())
        return own;
    // The configured themes, where hugo finds them (themesDir may lead out
    // of the site); without one, any theme in the site's themes/.
    QStringList themes;
    if (const Result<QVariantMap> settings = readHugoSettings(config))
        themes = hugoThemeFolders(config, settings.value());
    if (themes.isEmpty()) {
        const QDir folder(config.absolutePath(QStringLiteral("themes")));
        for (const QString &theme : folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            themes.append(folder.filePath(theme));
    }
    for (const QString &theme : std::as_const(themes)) {
        if (const QString path = QDir(theme).filePath(file); QFileInfo(path).isFile())
            return path;
    }
    return {};
}

std::optional<QString> unclosedShortcodeProblem(const ShortcodeFinding &finding, const SiteConfig &config)
{
    if (finding.kind != ShortcodeFinding::Kind::Unknown || !finding.unclosed)
        return std::nullopt;
    // Only a shortcode template is read (a theme's may be outside the site,
    // where hugo reads it too); only whether it uses .Inner is taken from it.
    const QString path = hugoShortcodeTemplate(config, finding.name);
    if (path.isEmpty())
        return std::nullopt;
    QFile file(path);
    // A template is small: only its first MiB is looked at.
    if (!file.open(QIODevice::ReadOnly) || !file.read(1 << 20).contains(".Inner"))
        return std::nullopt;
    return ExporterText::tr("shortcode %1: %2 (hugo stops the build here)")
        .arg(finding.name, unclosedText(finding.name.toStdString()));
}

QList<Error> shortcodeWarnings(const QList<ShortcodeFinding> &findings, const QString &path, const HugoRefIndex *pages,
                               const SiteConfig *site)
{
    QList<Error> warnings;
    for (const ShortcodeFinding &finding : findings) {
        const auto add = [&](const QString &message, const QString &code = {}) {
            warnings.append(Error{path, finding.line, finding.column, message, code});
        };
        switch (finding.kind) {
        case ShortcodeFinding::Kind::Unknown:
            if (const std::optional<QString> problem = site ? unclosedShortcodeProblem(finding, *site) : std::nullopt)
                add(*problem);
            add(finding.name, QStringLiteral("unknown-shortcode"));
            break;
        case ShortcodeFinding::Kind::UnresolvedRef:
            add(unresolvedRefMessage(finding, pages, path));
            break;
        case ShortcodeFinding::Kind::MissingParam:
            add(ExporterText::tr("param \"%1\": neither the page nor the site has it (hugo stops the build here)")
                    .arg(finding.detail));
            break;
        case ShortcodeFinding::Kind::Invalid:
            add(ExporterText::tr("shortcode %1: %2").arg(finding.name, finding.detail));
            break;
        case ShortcodeFinding::Kind::Syntax:
            add(shortcodeSyntaxMessage(finding));
            break;
        }
    }
    return warnings;
}

QString shortcodeSyntaxMessage(const ShortcodeFinding &finding)
{
    if (finding.name.isEmpty())
        return ExporterText::tr("shortcode: %1; shown as text (hugo stops the build here)").arg(finding.detail);
    return ExporterText::tr("shortcode %1: %2; shown as text (hugo stops the build here)").arg(finding.name, finding.detail);
}

void combineShortcodeWarnings(QList<Error> &warnings, const SiteConfig &config)
{
    QMap<QString, QList<Error>> uses;   // name -> its uses, in order
    QList<Error> kept;
    qsizetype firstAt = -1;
    for (const Error &warning : warnings) {
        if (warning.code != QLatin1String("unknown-shortcode")) {
            kept.append(warning);
            continue;
        }
        if (firstAt < 0)
            firstAt = kept.size();
        uses[warning.message].append(warning);
    }
    if (uses.isEmpty())
        return;
    QList<Error> combined;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        const QString &name = it.key();
        QStringList files;
        for (const Error &use : it.value()) {
            if (!files.contains(use.path))
                files.append(use.path);
        }
        const QString file = QStringLiteral("layouts/shortcodes/") + name + QStringLiteral(".html");
        const bool found = !hugoShortcodeTemplate(config, name).isEmpty();
        const QString message = found
            ? ExporterText::tr("shortcode \"%1\" is the site's own template, which only hugo runs: shown as a box (used in %2)")
            : ExporterText::tr("shortcode \"%1\" has no template (%2 or a theme's): hugo stops the build; shown as a box (used in %3)");
        const Error &first = it.value().first();
        combined.append(Error{first.path, first.line, first.column,
                              found ? message.arg(name, files.join(QStringLiteral(", ")))
                                    : message.arg(name, file, files.join(QStringLiteral(", ")))});
    }
    kept.insert(firstAt, combined.size(), Error{});
    std::copy(combined.begin(), combined.end(), kept.begin() + firstAt);
    warnings = kept;
}

} // namespace postwright
