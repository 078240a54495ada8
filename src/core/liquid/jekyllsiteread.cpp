// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a Jekyll site for its Liquid: _config.yml, _data/, the posts,
// the pages and the documents of collections.
#include "jekyllsite.h"

#include "export/exportmanifest.h"
#include "export/exportsettings.h"
#include "export/localreference.h"
#include "export/posturl.h"
#include "liquid/jekylldata.h"
#include "liquid/jekyllpagefiles.h"
#include "liquid/jekylltime.h"
#include "liquid/jekyllurls.h"
#include "liquid/liquidfilters.h"
#include "site/siterules.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace postwright {

namespace {

// Pages (not posts) read for site.pages, at most.
constexpr int kMaxPages = 5000;

// Of a page or a document, only its front matter is read: at most this
// much of one, and this much of all of them.
constexpr qint64 kMaxHeadBytes = 256 * 1024;
constexpr qint64 kMaxHeadsBytes = 64 * 1024 * 1024;

// A page's front matter, up to its closing line: the rest is not needed.
QString readHead(const QString &path, qint64 &budget)
{
    QFile file(path);
    if (budget <= 0 || !file.open(QIODevice::ReadOnly))
        return {};
    QByteArray head;
    while (!file.atEnd() && head.size() < kMaxHeadBytes) {
        const QByteArray line = file.readLine(kMaxHeadBytes - head.size() + 1);
        head += line;
        const QByteArray fence = line.trimmed();
        if (head.size() > line.size() && (fence == "---" || fence == "..."))
            break;
    }
    budget -= head.size();
    return QString::fromUtf8(head);
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

LiquidHash hashOf(const LiquidValue &value)
{
    return value.type() == LiquidValue::Type::Hash ? value.hash() : LiquidHash();
}

QStringList stringsOf(const LiquidValue &array)
{
    QStringList items;
    for (const LiquidValue &item : array.toArray())
        items << item.toString();
    return items;
}

// A post with its neighbours: previous and next as Jekyll's DocumentDrop.
LiquidValue withNeighbours(const LiquidValue &post, const LiquidValue &previous, const LiquidValue &next)
{
    LiquidHash hash = post.hash();
    hash.insert(QStringLiteral("previous"), previous);
    hash.insert(QStringLiteral("next"), next);
    return LiquidValue(hash);
}

struct PostEntry
{
    QDateTime date;
    QString path;
    LiquidValue post;
    QStringList tags;
    QStringList categories;
};

struct PostLists
{
    LiquidValue posts;
    LiquidValue tags;
    LiquidValue categories;
};

// site.posts, site.tags and site.categories of posts sorted oldest first.
PostLists postListsOf(const QList<PostEntry> &posts)
{
    QStringList tagOrder;
    QStringList categoryOrder;
    QHash<QString, LiquidValue::Array> tags;
    QHash<QString, LiquidValue::Array> categories;
    LiquidValue::Array list;
    for (const PostEntry &entry : std::as_const(posts)) {
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
    LiquidHash tagHash;
    for (const QString &tag : std::as_const(tagOrder))
        tagHash.insert(tag, LiquidValue(tags.value(tag)));
    LiquidHash categoryHash;
    for (const QString &category : std::as_const(categoryOrder))
        categoryHash.insert(category, LiquidValue(categories.value(category)));
    return {LiquidValue(list), LiquidValue(tagHash), LiquidValue(categoryHash)};
}

// Document#date and #slug as Jekyll 4.3 gives them to a document of a
// collection: the front matter's date (read as Ruby's Time.parse does),
// else the date its file name starts with, else now; in the site's zone.
// The slug: the file name without the date and extension.
void datedDocument(LiquidHash &frontMatter, const QString &fileName, const QDateTime &now, const QTimeZone &zone)
{
    static const QRegularExpression dated(QStringLiteral(R"(^(\d{2,4})-(\d{1,2})-(\d{1,2})-(.*)\.[^.]+$)"));
    const QRegularExpressionMatch m = dated.match(fileName);
    QString slug = m.hasMatch() ? m.captured(4) : QFileInfo(fileName).completeBaseName();
    while (slug.endsWith(QLatin1Char('.')))
        slug.chop(1);
    if (!frontMatter.contains(QStringLiteral("slug")))
        frontMatter.insert(QStringLiteral("slug"), LiquidValue(slug));
    const LiquidValue written = frontMatter.value(QStringLiteral("date"));
    QDateTime date = written.isNil() ? QDateTime() : liquidToTime(written, now);
    if (written.isNil() && m.hasMatch())
        date = QDateTime(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()), QTime(0, 0));
    frontMatter.insert(QStringLiteral("date"), LiquidValue(date.isValid() ? jekyllInZone(date, zone) : now));
}

} // namespace

std::shared_ptr<const JekyllSite> JekyllSite::load(const SiteConfig &config)
{
    std::shared_ptr<JekyllSite> site(new JekyllSite);
    site->m_config = config;
    site->readConfig();
    JekyllData data = readJekyllDataFolder(QDir(config.root).filePath(QStringLiteral("_data")), site->m_zone);
    for (LiquidError error : std::as_const(data.errors)) {
        error.file = config.relativePath(error.file);
        site->m_errors << error;
    }
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
    site->m_siteHash.insert(QStringLiteral("time"), LiquidValue(site->inSiteZone(QDateTime::currentDateTime())));
    site->readPosts();
    site->readPages();
    site->m_site = LiquidValue(site->m_siteHash);
    return site;
}

void JekyllSite::readConfig()
{
    const QString configFile = QDir(m_config.root).filePath(QStringLiteral("_config.yml"));
    m_configFile = configFile;
    if (m_config.configError) {
        // Read once, where the site is detected, and reported from there
        // (SiteConfig::configError); Jekyll's defaults meanwhile.
        m_files << configFile;
    } else if (QFileInfo::exists(configFile)) {
        JekyllData parsed = liquidFromYaml(readText(configFile), configFile);
        for (LiquidError error : std::as_const(parsed.errors)) {
            error.file = m_config.relativePath(error.file);
            m_errors << error;
        }
        m_siteHash = hashOf(parsed.value);
        m_files << configFile;
    }
    m_configDigest = liquidDigest(LiquidValue(m_siteHash));
    for (const char *key : {"url", "baseurl"}) {
        if (!m_siteHash.contains(QLatin1String(key)))
            m_siteHash.insert(QLatin1String(key), LiquidValue(QString()));
    }
    const QString includes = m_siteHash.value(QStringLiteral("includes_dir")).toString();
    m_includesDir = QDir(m_config.root).filePath(includes.isEmpty() ? QStringLiteral("_includes") : includes);
    m_defaults = JekyllDefaults(m_siteHash.value(QStringLiteral("defaults")));
    m_collections = hashOf(m_siteHash.value(QStringLiteral("collections"))).keys();
    m_permalinkStyle = m_siteHash.value(QStringLiteral("permalink")).toString();
    // Jekyll sets TZ to it: times without a zone are read in it, and all
    // times are shown in it.
    m_zone = jekyllTimeZone(m_siteHash.value(QStringLiteral("timezone")).toString());
}

QByteArray jekyllSettingsDigest(const SiteConfig &config)
{
    // Jekyll 4.3's Configuration::DEFAULTS, and what the export reads.
    static const QStringList settings{
        QStringLiteral("source"), QStringLiteral("destination"), QStringLiteral("collections_dir"),
        QStringLiteral("cache_dir"), QStringLiteral("plugins_dir"), QStringLiteral("layouts_dir"),
        QStringLiteral("data_dir"), QStringLiteral("includes_dir"), QStringLiteral("collections"),
        QStringLiteral("safe"), QStringLiteral("include"), QStringLiteral("exclude"), QStringLiteral("keep_files"),
        QStringLiteral("encoding"), QStringLiteral("markdown_ext"), QStringLiteral("strict_front_matter"),
        QStringLiteral("show_drafts"), QStringLiteral("limit_posts"), QStringLiteral("future"),
        QStringLiteral("unpublished"), QStringLiteral("whitelist"), QStringLiteral("plugins"),
        QStringLiteral("markdown"), QStringLiteral("highlighter"), QStringLiteral("lsi"),
        QStringLiteral("excerpt_separator"), QStringLiteral("incremental"), QStringLiteral("baseurl"),
        QStringLiteral("permalink"), QStringLiteral("paginate_path"), QStringLiteral("timezone"),
        QStringLiteral("defaults"), QStringLiteral("liquid"), QStringLiteral("kramdown"), QStringLiteral("url"),
        QStringLiteral("title"), QStringLiteral("lang"), QStringLiteral("description"), QStringLiteral("theme")};
    const QString file = QDir(config.root).filePath(QStringLiteral("_config.yml"));
    const JekyllData parsed = liquidFromYaml(readText(file), file);
    const LiquidHash hash = hashOf(parsed.value);
    QByteArray bytes;
    for (const QString &key : settings)
        bytes += key.toUtf8() + '=' + liquidDigest(hash.value(key)) + ';';
    for (const LiquidError &error : parsed.errors)
        bytes += error.message.toUtf8() + '\0';
    return contentDigest(bytes);
}

void JekyllSite::readPosts()
{
    const Result<ExportSettings> settings = readExportSettings(m_config);
    const ExportSettings defaults = settings ? settings.value() : ExportSettings();
    const QDateTime now = QDateTime::currentDateTime();
    QList<PostEntry> posts;
    QByteArray digest;
    for (const SiteFile &file : listSiteFiles(m_config).files) {
        const QString absolute = m_config.absolutePath(file.path);
        const QString text = readText(absolute);
        const PostRecord record = readPostRecord(m_config, file, text.toUtf8());
        if (record.error || !isPublished(m_config, record, now))
            continue;
        const QString yaml = jekyllFrontMatterYaml(text);
        LiquidValue permalink = hashOf(liquidFromYaml(yaml, absolute).value).value(QStringLiteral("permalink"));
        // The front matter's permalink, or the one its defaults give.
        if (permalink.isNil())
            permalink = m_defaults.find(file.path, QStringLiteral("posts"), QStringLiteral("permalink"));
        UrlOverrides overrides;
        overrides.permalink = permalink.toString();
        const QString url = postwright::postUrl(m_config, defaults, record, overrides).path;
        for (const QString &name : jekyllPostUrlNames(file.path))
            m_postUrls.insert(name, url);
        m_sourceUrls.insert(file.path, url);
        digest += file.path.toUtf8() + '\0' + url.toUtf8() + '\0' + yaml.toUtf8() + '\0';
        const LiquidValue post = page(absolute, yaml);
        posts.append({inSiteZone(record.date), file.path, post, stringsOf(post.member(QStringLiteral("tags"))),
                      stringsOf(post.member(QStringLiteral("categories")))});
    }
    // As Jekyll: posts by date, then by path; terms in the order the oldest
    // post names them first, each term's posts and site.posts newest first.
    std::stable_sort(posts.begin(), posts.end(), [](const PostEntry &a, const PostEntry &b) {
        return a.date != b.date ? a.date < b.date : a.path < b.path;
    });
    for (qsizetype i = 0; i < posts.size(); ++i) {
        const LiquidValue previous = i > 0 ? posts.at(i - 1).post : LiquidValue();
        const LiquidValue next = i + 1 < posts.size() ? posts.at(i + 1).post : LiquidValue();
        m_neighbours.insert(posts.at(i).path, {previous, next});
    }
    for (qsizetype i = 0; i < posts.size(); ++i) {
        const auto &[previous, next] = m_neighbours.value(posts.at(i).path);
        posts[i].post = withNeighbours(posts.at(i).post, previous, next);
        m_pages.insert(posts.at(i).path, posts.at(i).post);
    }
    m_postsDigest = contentDigest(digest);
    const PostLists lists = postListsOf(posts);
    m_siteHash.insert(QStringLiteral("posts"), lists.posts);
    m_siteHash.insert(QStringLiteral("tags"), lists.tags);
    m_siteHash.insert(QStringLiteral("categories"), lists.categories);
}

void JekyllSite::readPages()
{
    LiquidValue::Array pages;
    LiquidValue::Array htmlPages;
    QByteArray digest;
    qint64 budget = kMaxHeadsBytes;
    for (const QString &relative : jekyllPageFiles(m_config.root, m_siteHash, kMaxPages)) {
        const QString path = m_config.absolutePath(relative);
        const QString yaml = jekyllFrontMatterYaml(readHead(path, budget));
        const QString permalink = page(path, yaml).member(QStringLiteral("permalink")).toString();
        const QString outputExt = jekyllOutputExt(relative, m_siteHash);
        const QString url = jekyllPageUrl(relative, m_permalinkStyle, permalink, outputExt);
        m_sourceUrls.insert(relative, url);
        digest += relative.toUtf8() + '\0' + url.toUtf8() + '\0' + yaml.toUtf8() + '\0';
        const LiquidValue value = page(path, yaml);
        m_pages.insert(relative, value);
        pages << value;
        // Site#html_pages: pages written as HTML or at a folder's URL.
        if (outputExt == QLatin1String(".html") || outputExt == QLatin1String(".htm")
            || outputExt == QLatin1String(".xhtml") || url.endsWith(QLatin1Char('/')))
            htmlPages << value;
    }
    m_pagesDigest = contentDigest(digest + readCollectionUrls(budget));
    m_siteHash.insert(QStringLiteral("pages"), LiquidValue(pages));
    m_siteHash.insert(QStringLiteral("html_pages"), LiquidValue(htmlPages));
}

// The URLs of the documents of collections with output: true (_config.yml's
// collections), for link: as Jekyll's Document#url. Returns what the digest
// of site.pages takes in.
QByteArray JekyllSite::readCollectionUrls(qint64 &budget)
{
    QByteArray digest;
    const LiquidValue collections = m_siteHash.value(QStringLiteral("collections"));
    if (collections.type() != LiquidValue::Type::Hash)
        return digest;
    const QDateTime now = inSiteZone(QDateTime::currentDateTime());
    for (const QString &name : collections.hash().keys()) {
        const LiquidValue settings = collections.hash().value(name);
        if (name == QLatin1String("posts") || !settings.member(QStringLiteral("output")).isTruthy())
            continue;
        const QString folder = QDir(m_config.root).filePath(QLatin1Char('_') + name);
        const QString permalink = settings.member(QStringLiteral("permalink")).toString();
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        for (int count = 0; it.hasNext() && count < kMaxPages; ++count) {
            const QString path = it.next();
            if (!isInsideFolder(path, m_config.root))
                continue;   // a link out of the site
            const QString text = readHead(path, budget);
            if (!text.startsWith(QLatin1String("---")))
                continue;   // a static file of the collection
            const QString yaml = jekyllFrontMatterYaml(text);
            const QString inCollection = QDir(folder).relativeFilePath(path);
            JekyllDocument document{name, inCollection, page(path, yaml).hash(), jekyllOutputExt(path, m_siteHash)};
            datedDocument(document.frontMatter, QFileInfo(path).fileName(), now, m_zone);
            const QString url = jekyllDocumentUrl(document, permalink, m_permalinkStyle, now);
            m_sourceUrls.insert(m_config.relativePath(path), url);
            digest += path.toUtf8() + '\0' + url.toUtf8() + '\0' + yaml.toUtf8() + '\0';
        }
    }
    return digest;
}

} // namespace postwright
