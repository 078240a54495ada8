// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jekyllsite.h"

#include "export/exportmanifest.h"
#include "export/exportsettings.h"
#include "export/localreference.h"
#include "export/posturl.h"
#include "frontmatter/frontmatter.h"
#include "liquid/jekylldata.h"
#include "render/renderer.h"
#include "site/siterules.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

namespace postwright {

namespace {

struct LiquidText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::Liquid)
};

// Pages (not posts) read for site.pages, at most.
constexpr int kMaxPages = 5000;

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString frontMatterOf(const QString &text)
{
    return jekyllFrontMatterYaml(text);
}

// Jekyll's title for a post without one: "my-first-post" -> "My First Post".
QString titleize(const QString &slug)
{
    QStringList words = slug.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    for (QString &word : words)
        word = word.left(1).toUpper() + word.mid(1);
    return words.join(QLatin1Char(' '));
}

LiquidValue stringArray(const QStringList &items)
{
    LiquidValue::Array array;
    for (const QString &item : items)
        array << LiquidValue(item);
    return LiquidValue(array);
}

LiquidHash hashOf(const LiquidValue &value)
{
    return value.type() == LiquidValue::Type::Hash ? value.hash() : LiquidHash();
}

} // namespace

QString jekyllFrontMatterYaml(QStringView postText)
{
    const FrontMatterBlock block = locateFrontMatter(postText);
    if (block.format != FrontMatterFormat::Yaml)
        return {};
    return postText.mid(block.contentStart, block.contentEnd - block.contentStart).toString();
}

QList<Error> liquidWarnings(const QList<LiquidError> &errors, const QString &postPath)
{
    QList<Error> warnings;
    for (const LiquidError &error : errors) {
        Error warning;
        warning.path = error.file.isEmpty() ? postPath : error.file;
        warning.line = error.line;
        warning.column = error.column;
        warning.message = LiquidText::tr("Liquid: %1").arg(error.message);
        warnings << warning;
    }
    return warnings;
}

std::shared_ptr<const JekyllSite> JekyllSite::load(const SiteConfig &config)
{
    std::shared_ptr<JekyllSite> site(new JekyllSite);
    site->m_config = config;
    const QString configFile = QDir(config.root).filePath(QStringLiteral("_config.yml"));
    site->m_configFile = configFile;
    if (QFileInfo::exists(configFile)) {
        JekyllData parsed = liquidFromYaml(readText(configFile), configFile);
        site->m_errors += parsed.errors;
        site->m_siteHash = hashOf(parsed.value);
        site->m_files << configFile;
    }
    for (const char *key : {"url", "baseurl"}) {
        if (!site->m_siteHash.contains(QLatin1String(key)))
            site->m_siteHash.insert(QLatin1String(key), LiquidValue(QString()));
    }
    const QString includes = site->m_siteHash.value(QStringLiteral("includes_dir")).toString();
    site->m_includesDir = QDir(config.root).filePath(includes.isEmpty() ? QStringLiteral("_includes") : includes);
    JekyllData data = readJekyllDataFolder(QDir(config.root).filePath(QStringLiteral("_data")));
    site->m_errors += data.errors;
    site->m_files += data.files;
    site->m_dataFiles = data.files;
    site->m_dataFiles.sort();
    QByteArray dataStamps;
    for (const QString &file : std::as_const(site->m_dataFiles))
        dataStamps += file.toUtf8() + '\0' + fileStamp(file);
    for (const LiquidError &error : std::as_const(data.errors))
        dataStamps += error.file.toUtf8() + '\0' + error.message.toUtf8() + '\0';
    site->m_dataDigest = contentDigest(dataStamps);
    site->m_siteHash.insert(QStringLiteral("data"), data.value);
    site->m_siteHash.insert(QStringLiteral("time"), LiquidValue(QDateTime::currentDateTime()));
    site->readPosts();
    site->readPages();
    site->m_site = LiquidValue(site->m_siteHash);
    return site;
}

void JekyllSite::readPosts()
{
    const Result<ExportSettings> settings = readExportSettings(m_config);
    const ExportSettings defaults = settings ? settings.value() : ExportSettings();
    const QDateTime now = QDateTime::currentDateTime();
    struct Entry
    {
        QDateTime date;
        LiquidValue post;
        QStringList tags;
        QStringList categories;
    };
    QList<Entry> posts;
    QByteArray digest;
    for (const SiteFile &file : listSiteFiles(m_config).files) {
        const QString absolute = m_config.absolutePath(file.path);
        const QString text = readText(absolute);
        const PostRecord record = readPostRecord(m_config, file, text.toUtf8());
        if (record.error || !isPublished(m_config, record, now))
            continue;
        const QString yaml = frontMatterOf(text);
        const LiquidHash matter = hashOf(liquidFromYaml(yaml, absolute).value);
        UrlOverrides overrides;
        overrides.permalink = matter.value(QStringLiteral("permalink")).toString();
        const QString url = postwright::postUrl(m_config, defaults, record, overrides).path;
        const QString name = QFileInfo(file.path).completeBaseName();
        m_postUrls.insert(name, url);
        m_postUrls.insert(QFileInfo(file.path).path().section(QLatin1String("_posts"), 1).mid(1)
                              + (QFileInfo(file.path).path().endsWith(QLatin1String("_posts")) ? QString() : QStringLiteral("/"))
                              + name,
                          url);
        m_sourceUrls.insert(file.path, url);
        digest += file.path.toUtf8() + '\0' + url.toUtf8() + '\0' + yaml.toUtf8() + '\0';
        const LiquidValue post = page(absolute, yaml);
        m_pages.insert(file.path, post);
        posts.append({record.date, post, record.tags(), record.categories()});
    }
    // As Jekyll: terms in the order the oldest post names them first, each
    // term's posts and site.posts newest first.
    std::stable_sort(posts.begin(), posts.end(), [](const Entry &a, const Entry &b) { return a.date < b.date; });
    QStringList tagOrder;
    QStringList categoryOrder;
    QHash<QString, LiquidValue::Array> tags;
    QHash<QString, LiquidValue::Array> categories;
    LiquidValue::Array list;
    for (const Entry &entry : std::as_const(posts)) {
        for (const QString &tag : entry.tags) {
            if (!tags.contains(tag))
                tagOrder << tag;
            tags[tag].prepend(entry.post);
        }
        for (const QString &category : entry.categories) {
            if (!categories.contains(category))
                categoryOrder << category;
            categories[category].prepend(entry.post);
        }
        list.prepend(entry.post);
    }
    m_postsDigest = contentDigest(digest);
    m_siteHash.insert(QStringLiteral("posts"), LiquidValue(list));
    LiquidHash tagHash;
    for (const QString &tag : std::as_const(tagOrder))
        tagHash.insert(tag, LiquidValue(tags.value(tag)));
    LiquidHash categoryHash;
    for (const QString &category : std::as_const(categoryOrder))
        categoryHash.insert(category, LiquidValue(categories.value(category)));
    m_siteHash.insert(QStringLiteral("tags"), LiquidValue(tagHash));
    m_siteHash.insert(QStringLiteral("categories"), LiquidValue(categoryHash));
}

void JekyllSite::readPages()
{
    LiquidValue::Array pages;
    QByteArray digest;
    QDirIterator it(m_config.root, {QStringLiteral("*.md"), QStringLiteral("*.markdown"), QStringLiteral("*.html")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext() && pages.size() < kMaxPages) {
        const QString path = it.next();
        const QString relative = m_config.relativePath(path);
        const QStringList parts = relative.split(QLatin1Char('/'));
        // Jekyll leaves out _folders, hidden ones and the usual build folders.
        if (std::any_of(parts.begin(), parts.end(), [](const QString &part) {
                return part.startsWith(QLatin1Char('_')) || part.startsWith(QLatin1Char('.'))
                       || part == QLatin1String("node_modules") || part == QLatin1String("vendor");
            }))
            continue;
        const QString text = readText(path);
        if (!text.startsWith(QLatin1String("---")))
            continue;
        QString url = QLatin1Char('/') + relative;
        const QString suffix = QFileInfo(relative).suffix();
        url.chop(suffix.size());
        url += QLatin1String("html");
        if (url.endsWith(QLatin1String("/index.html")))
            url.chop(10);
        const QString yaml = frontMatterOf(text);
        const QString permalink = hashOf(liquidFromYaml(yaml, path).value).value(QStringLiteral("permalink")).toString();
        m_sourceUrls.insert(relative, permalink.isEmpty() ? url : permalink);
        digest += relative.toUtf8() + '\0' + m_sourceUrls.value(relative).toUtf8() + '\0' + yaml.toUtf8() + '\0';
        const LiquidValue value = page(path, yaml);
        m_pages.insert(relative, value);
        pages << value;
    }
    m_pagesDigest = contentDigest(digest + readCollectionUrls());
    m_siteHash.insert(QStringLiteral("pages"), LiquidValue(pages));
}

// The URLs of the documents of collections with output: true (_config.yml's
// collections), for link: Jekyll's default /:collection/:path:output_ext,
// or the collection's own permalink with :collection, :path and :name.
// Returns what the digest of site.pages takes in.
QByteArray JekyllSite::readCollectionUrls()
{
    QByteArray digest;
    const LiquidValue collections = m_siteHash.value(QStringLiteral("collections"));
    if (collections.type() != LiquidValue::Type::Hash)
        return digest;
    for (const QString &name : collections.hash().keys()) {
        const LiquidValue settings = collections.hash().value(name);
        if (name == QLatin1String("posts") || !settings.member(QStringLiteral("output")).isTruthy())
            continue;
        const QString folder = QDir(m_config.root).filePath(QLatin1Char('_') + name);
        QString permalink = settings.member(QStringLiteral("permalink")).toString();
        if (permalink.isEmpty())
            permalink = QStringLiteral("/:collection/:path:output_ext");
        QDirIterator it(folder, {QStringLiteral("*.md"), QStringLiteral("*.markdown"), QStringLiteral("*.html")},
                        QDir::Files, QDirIterator::Subdirectories);
        for (int count = 0; it.hasNext() && count < kMaxPages; ++count) {
            const QString path = it.next();
            QString inside = QDir(folder).relativeFilePath(path);
            inside.chop(QFileInfo(path).suffix().size() + 1);
            QString url = permalink;
            url.replace(QLatin1String(":collection"), name)
                .replace(QLatin1String(":path"), inside)
                .replace(QLatin1String(":name"), QFileInfo(inside).fileName())
                .replace(QLatin1String(":output_ext"), QLatin1String(".html"));
            m_sourceUrls.insert(m_config.relativePath(path), url);
            digest += path.toUtf8() + '\0' + url.toUtf8() + '\0';
        }
    }
    return digest;
}

namespace {

const QString siteDependencyPrefix = QStringLiteral("jekyll:");

// Jekyll's environment, as jekyll build reads it.
QString jekyllEnvironment()
{
    const QString environment = qEnvironmentVariable("JEKYLL_ENV");
    return environment.isEmpty() ? QStringLiteral("development") : environment;
}

} // namespace

bool JekyllSite::isSiteDependency(const QString &dependency)
{
    return dependency.startsWith(siteDependencyPrefix);
}

QStringList JekyllSite::dependencies(const LiquidResult &result) const
{
    QStringList deps{m_configFile};
    deps += result.files;
    for (const QString &read : result.siteReads) {
        if (read == QLatin1String("site.data") || read == QLatin1String("site"))
            deps += m_dataFiles;
        // Other members of site come from _config.yml; site.time is left
        // out, or every page that shows it would be new at each export.
        if (!stampOf(siteDependencyPrefix + read).isEmpty())
            deps << siteDependencyPrefix + read;
    }
    return deps;
}

QByteArray JekyllSite::stampOf(const QString &dependency) const
{
    if (!isSiteDependency(dependency))
        return {};
    const QStringView read = QStringView(dependency).mid(siteDependencyPrefix.size());
    static const QStringList postLists{QStringLiteral("site.posts"), QStringLiteral("site.tags"),
                                       QStringLiteral("site.categories"), QStringLiteral("site.related_posts")};
    if (read == QLatin1String("site"))
        return m_postsDigest + m_pagesDigest + m_dataDigest;
    if (postLists.contains(read))
        return m_postsDigest;
    if (read == QLatin1String("site.pages") || read == QLatin1String("site.html_pages"))
        return m_pagesDigest;
    if (read == QLatin1String("site.data"))
        return m_dataDigest;
    if (read == QLatin1String("jekyll.environment"))
        return jekyllEnvironment().toUtf8();
    if (read.startsWith(QLatin1String("post_url:"))) {
        const std::optional<QString> url = postUrl(read.mid(9).toString());
        return url ? url->toUtf8() + ';' : QByteArrayLiteral("-;");
    }
    if (read.startsWith(QLatin1String("link:"))) {
        const std::optional<QString> url = linkUrl(read.mid(5).toString());
        return url ? url->toUtf8() + ';' : QByteArrayLiteral("-;");
    }
    return {};
}

LiquidValue JekyllSite::page(const QString &path, const QString &frontMatterYaml) const
{
    const QString relative = m_config.relativePath(path);
    LiquidHash page = hashOf(liquidFromYaml(frontMatterYaml, path).value);
    const QString url = m_sourceUrls.value(relative);
    page.insert(QStringLiteral("path"), LiquidValue(relative));
    page.insert(QStringLiteral("relative_path"), LiquidValue(relative));
    page.insert(QStringLiteral("name"), LiquidValue(QFileInfo(path).fileName()));
    page.insert(QStringLiteral("ext"), LiquidValue(QLatin1Char('.') + QFileInfo(path).suffix()));
    if (!url.isEmpty()) {
        page.insert(QStringLiteral("url"), LiquidValue(url));
        QString id = url;
        if (id.endsWith(QLatin1String(".html")))
            id.chop(5);
        while (id.size() > 1 && id.endsWith(QLatin1Char('/')))
            id.chop(1);
        page.insert(QStringLiteral("id"), LiquidValue(id));
    }
    if (!relative.contains(QLatin1String("_posts/")) && !relative.contains(QLatin1String("_drafts/")))
        return LiquidValue(page);
    const SiteFile file{relative, 0, 0, 0, PostKind::Post, relative.contains(QLatin1String("_drafts/"))};
    const PostRecord record = readPostRecord(m_config, file, QByteArray("---\n") + frontMatterYaml.toUtf8()
                                                                  + QByteArray("\n---\n"));
    page.insert(QStringLiteral("collection"), LiquidValue(QStringLiteral("posts")));
    page.insert(QStringLiteral("slug"), LiquidValue(record.slug));
    if (!page.contains(QStringLiteral("title")))
        page.insert(QStringLiteral("title"), LiquidValue(titleize(record.slug)));
    if (record.date.isValid())
        page.insert(QStringLiteral("date"), LiquidValue(record.date));
    page.insert(QStringLiteral("tags"), stringArray(record.tags()));
    page.insert(QStringLiteral("categories"), stringArray(record.categories()));
    page.insert(QStringLiteral("draft"), LiquidValue(record.draft));
    return LiquidValue(page);
}

std::optional<QString> JekyllSite::postUrl(const QString &name) const
{
    const auto found = m_postUrls.constFind(name.trimmed());
    if (found == m_postUrls.constEnd())
        return std::nullopt;
    return *found;
}

std::optional<QString> JekyllSite::linkUrl(const QString &path) const
{
    QString relative = QDir::cleanPath(path.trimmed());
    while (relative.startsWith(QLatin1Char('/')))
        relative.remove(0, 1);
    const auto found = m_sourceUrls.constFind(relative);
    if (found == m_sourceUrls.constEnd())
        return std::nullopt;
    return *found;
}

LiquidInclude JekyllSite::readInclude(const QString &postPath, const QString &name, bool relative) const
{
    const QString folder = relative ? QFileInfo(postPath).absolutePath() : m_includesDir;
    const QString cleaned = QDir::cleanPath(name);
    // Jekyll refuses names that leave the folder, and so do we.
    if (cleaned.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(cleaned) || cleaned.contains(QLatin1String("/../")))
        return {{}, {}, LiquidText::tr("Invalid include name '%1': it leaves the folder").arg(name), {}};
    const QString path = QDir(folder).filePath(cleaned);
    if (!QFileInfo(path).isFile() || !isInsideFolder(path, m_config.root) || !m_config.contains(path)) {
        return includeProblem(path, name, relative);
    }
    return {readText(path), m_config.relativePath(path), {}, path};
}

LiquidInclude JekyllSite::includeProblem(const QString &path, const QString &name, bool relative) const
{
    // A symbolic link may lead out of the site: its target is not read.
    if (QFileInfo(path).isFile() && !isInsideFolder(path, m_config.root))
        return {{}, {}, LiquidText::tr("Invalid include name '%1': a symbolic link that leads out of the site").arg(name),
                path};
    return {{}, {},
            relative ? LiquidText::tr("Could not locate the included file '%1' beside the post").arg(name)
                     : LiquidText::tr("Could not locate the included file '%1' in '%2'")
                           .arg(name, m_config.relativePath(m_includesDir)),
            path};
}

std::function<LiquidResult(QStringView, int)> JekyllSite::liquidStep(const QString &path,
                                                                    const QString &frontMatterYaml,
                                                                    UrlMapper mapUrl) const
{
    const LiquidValue pageValue = page(path, frontMatterYaml);
    const LiquidValue optOut = pageValue.member(QStringLiteral("render_with_liquid"));
    if (optOut.type() == LiquidValue::Type::Bool && !optOut.toBool())
        return {};
    if (!mapUrl) {
        QString base = m_site.member(QStringLiteral("baseurl")).toString();
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        mapUrl = [base](const QString &url) { return base + url; };
    }
    LiquidOptions options;
    options.file = m_config.relativePath(path);
    options.jekyll = true;
    options.globals.insert(QStringLiteral("site"), m_site);
    options.globals.insert(QStringLiteral("page"), pageValue);
    LiquidHash jekyll;
    jekyll.insert(QStringLiteral("environment"), LiquidValue(jekyllEnvironment()));
    jekyll.insert(QStringLiteral("version"), LiquidValue(QStringLiteral("4.3.1")));
    options.globals.insert(QStringLiteral("jekyll"), LiquidValue(jekyll));
    // The step may outlive this call (a preview render); it keeps the site.
    std::shared_ptr<const JekyllSite> self = shared_from_this();
    options.site.include = [this, path](const QString &name, bool relative) {
        return readInclude(path, name, relative);
    };
    options.site.highlight = jekyllHighlight;
    options.site.postUrl = [this, mapUrl](const QString &name) -> std::optional<QString> {
        const std::optional<QString> url = postUrl(name);
        return url ? std::optional<QString>(mapUrl(*url)) : std::nullopt;
    };
    options.site.link = [this, mapUrl](const QString &target) -> std::optional<QString> {
        const std::optional<QString> url = linkUrl(target);
        return url ? std::optional<QString>(mapUrl(*url)) : std::nullopt;
    };
    options.site.markdownify = [](const QString &markdown) {
        RenderOptions plain;
        plain.sourcePos = false;
        plain.statistics = false;
        return render(markdown, plain).html;
    };
    return [options, self](QStringView body, int firstLine) {
        LiquidOptions run = options;
        run.firstLine = firstLine;
        return renderLiquid(body, run);
    };
}

} // namespace postwright
