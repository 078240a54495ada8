// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jekyllsite.h"
#include "frontmatter/wallclock.h"

#include "export/exportmanifest.h"
#include "export/exportsettings.h"
#include "export/localreference.h"
#include "export/posturl.h"
#include "frontmatter/frontmatter.h"
#include "liquid/jekylldata.h"
#include "liquid/jekyllexcerpt.h"
#include "liquid/jekylltime.h"
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

// An include larger than this (what a page may write at most) is an error.
constexpr qint64 kMaxIncludeBytes = 8 * 1024 * 1024;

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

void appendNew(QStringList &list, const QStringList &items)
{
    for (const QString &item : items) {
        if (!list.contains(item))
            list << item;
    }
}

// Utils.pluralized_array_from_hash: the singular key as written, else the
// plural one's words.
QStringList pluralized(const LiquidHash &page, const QString &singular, const QString &plural)
{
    if (page.contains(singular) && !page.value(singular).isNil()) {
        const LiquidValue value = page.value(singular);
        return value.type() == LiquidValue::Type::Array ? jekyllTermWords(value) : QStringList{value.toString()};
    }
    return jekyllTermWords(page.value(plural));
}

// page.tags and page.categories of a post as Jekyll 4.3's Document gives
// them: categories from the folders above _posts, then the front-matter
// defaults', then the post's own (a union), then its `category`; tags the
// post's `tag` or `tags`, else the defaults'.
void addPostTerms(LiquidHash &page, const LiquidHash &defaults, const LiquidHash &own, const QString &relative)
{
    QStringList folders = relative.split(QLatin1Char('/'));
    const qsizetype marker = std::max(folders.indexOf(QStringLiteral("_posts")), folders.indexOf(QStringLiteral("_drafts")));
    QStringList categories = folders.mid(0, std::max<qsizetype>(marker, 0));
    appendNew(categories, jekyllTermWords(defaults.value(QStringLiteral("categories"))));
    appendNew(categories, jekyllTermWords(own.value(QStringLiteral("categories"))));
    LiquidHash merged = page;
    merged.insert(QStringLiteral("categories"), stringArray(categories));
    appendNew(categories, pluralized(merged, QStringLiteral("category"), QStringLiteral("categories")));
    page.insert(QStringLiteral("categories"), stringArray(categories));
    page.insert(QStringLiteral("tags"), stringArray(pluralized(page, QStringLiteral("tag"), QStringLiteral("tags"))));
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

namespace {

const QString siteDependencyPrefix = QStringLiteral("jekyll:");

// Jekyll's environment, as jekyll build reads it.
QString jekyllEnvironment()
{
    const QString environment = qEnvironmentVariable("JEKYLL_ENV");
    return environment.isEmpty() ? QStringLiteral("development") : environment;
}

} // namespace

QByteArray liquidDigest(const LiquidValue &value)
{
    QByteArray bytes;
    const std::function<void(const LiquidValue &)> add = [&](const LiquidValue &item) {
        bytes += char('0' + int(item.type()));
        if (item.type() == LiquidValue::Type::Array) {
            for (const LiquidValue &entry : item.array())
                add(entry);
            bytes += ']';
        } else if (item.type() == LiquidValue::Type::Hash) {
            for (const QString &key : item.hash().keys()) {
                bytes += key.toUtf8() + '\0';
                add(item.hash().value(key));
            }
            bytes += '}';
        } else if (item.type() == LiquidValue::Type::Date) {
            bytes += QByteArray::number(item.toDate().toMSecsSinceEpoch()) + '@'
                     + QByteArray::number(item.toDate().offsetFromUtc()) + '\0';
        } else {
            bytes += item.toString().toUtf8() + '\0';
        }
    };
    add(value);
    return contentDigest(bytes);
}

bool JekyllSite::isSiteDependency(const QString &dependency)
{
    return dependency.startsWith(siteDependencyPrefix);
}

QStringList JekyllSite::dependencies(const LiquidResult &result) const
{
    // _config.yml is not one: its settings are in the export's settings
    // key (jekyllSettingsDigest), its other values are dependencies one by
    // one, for the pages that read them.
    QStringList deps = result.files;
    for (const QString &read : result.siteReads) {
        if (read == QLatin1String("site.data") || read == QLatin1String("site"))
            deps += m_dataFiles;
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
                                       QStringLiteral("site.categories"), QStringLiteral("site.related_posts"),
                                       QStringLiteral("page"), QStringLiteral("page.previous"),
                                       QStringLiteral("page.next")};
    if (read == QLatin1String("site"))
        return m_postsDigest + m_pagesDigest + m_dataDigest + liquidDigest(m_siteHash.value(QStringLiteral("time")))
               + m_configDigest;
    if (postLists.contains(read))
        return m_postsDigest;
    if (read == QLatin1String("site.pages") || read == QLatin1String("site.html_pages"))
        return m_pagesDigest;
    if (read == QLatin1String("site.data"))
        return m_dataDigest;
    // This export's time: a page that shows it is rendered at each export,
    // as jekyll build would show the time of the build.
    if (read == QLatin1String("site.time"))
        return liquidDigest(m_siteHash.value(QStringLiteral("time")));
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
    // Any other member of site: a value of _config.yml (or nothing).
    if (read.startsWith(QLatin1String("site.")))
        return liquidDigest(m_siteHash.value(read.mid(5).toString()));
    return {};
}

LiquidValue JekyllSite::page(const QString &path, const QString &frontMatterYaml) const
{
    const QString relative = m_config.relativePath(path);
    const LiquidHash own = hashOf(liquidFromYaml(frontMatterYaml, path, m_zone).value);
    const LiquidHash defaults = m_defaults.isEmpty() ? LiquidHash()
                                                     : m_defaults.all(relative, JekyllDefaults::typeOf(relative, m_collections));
    LiquidHash page = JekyllDefaults::deepMerge(defaults, own);
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
        page.insert(QStringLiteral("date"), LiquidValue(inSiteZone(record.date)));
    addPostTerms(page, defaults, own, relative);
    page.insert(QStringLiteral("draft"), LiquidValue(record.draft));
    return LiquidValue(page);
}

QDateTime JekyllSite::inSiteZone(const QDateTime &time) const
{
    return jekyllInZone(time, m_zone);
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
    // More than a page may write is not read (a 300 MB file once took a
    // gigabyte to render).
    if (QFileInfo(path).size() > kMaxIncludeBytes)
        return {{}, {},
                LiquidText::tr("The included file '%1' is larger than %2 MiB: not read")
                    .arg(name)
                    .arg(kMaxIncludeBytes / (1024 * 1024)),
                path};
    QFile file(path);
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    if (const std::optional<LiquidError> error = jekyllNotUtf8(bytes, path))
        return {{}, {}, LiquidText::tr("The included file '%1': %2").arg(name, error->message), path};
    return {QString::fromUtf8(bytes), m_config.relativePath(path), {}, path};
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
    LiquidValue pageValue = page(path, frontMatterYaml);
    const QString relative = m_config.relativePath(path);
    if (const auto neighbours = m_neighbours.constFind(relative); neighbours != m_neighbours.constEnd()) {
        LiquidHash withNeighbours = pageValue.hash();
        withNeighbours.insert(QStringLiteral("previous"), neighbours->first);
        withNeighbours.insert(QStringLiteral("next"), neighbours->second);
        pageValue = LiquidValue(withNeighbours);
    }
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
    // A post's excerpt (unless its front matter gives one): up to the
    // separator, the page's or the site's, a blank line when neither says.
    QString separator;
    if (JekyllDefaults::typeOf(relative, m_collections) == QLatin1String("posts")
        && !pageValue.hash().contains(QStringLiteral("excerpt"))) {
        const LiquidValue own = pageValue.member(QStringLiteral("excerpt_separator"));
        const LiquidValue site = m_siteHash.value(QStringLiteral("excerpt_separator"));
        separator = !own.isNil() ? own.toString() : !site.isNil() ? site.toString() : QStringLiteral("\n\n");
    }
    const QTimeZone zone = m_zone;
    return [options, self, separator, zone](QStringView body, int firstLine) {
        LiquidOptions run = options;
        run.firstLine = firstLine;
        if (zone.isValid())
            run.now = QDateTime::currentDateTime().toTimeZone(zone);
        LiquidResult result = runStep(run, body, separator);
        self->addSiteErrors(result);
        return result;
    };
}

void JekyllSite::addSiteErrors(LiquidResult &result) const
{
    // A _data file that does not parse stops jekyll build: said to the
    // pages that read site.data. (A _config.yml that does not parse is
    // SiteConfig::configError, reported by the doctor and render.)
    const bool readsData = result.siteReads.contains(QStringLiteral("site.data"))
                           || result.siteReads.contains(QStringLiteral("site"));
    const QString configFile = m_config.relativePath(m_configFile);
    QList<LiquidError> errors;
    for (const LiquidError &error : m_errors) {
        if (readsData || error.file == configFile)
            errors << error;
    }
    result.errors = errors + result.errors;
}

LiquidResult JekyllSite::runStep(LiquidOptions &run, QStringView body, const QString &excerptSeparator)
{
    // page.content: the body as written, as Jekyll's while it renders it.
    LiquidHash page = run.globals.value(QStringLiteral("page")).hash();
    page.insert(QStringLiteral("content"), LiquidValue(body.toString()));
    run.globals.insert(QStringLiteral("page"), LiquidValue(page));
    LiquidResult result = renderLiquid(body, run);
    const bool readsExcerpt = result.siteReads.contains(QStringLiteral("page.excerpt"))
                              || result.siteReads.contains(QStringLiteral("page"));
    if (excerptSeparator.isEmpty() || !readsExcerpt || !run.site.markdownify)
        return result;
    // The excerpt is rendered as Jekyll's Excerpt: Liquid with the page
    // (without layout and excerpt), then Markdown. Its errors are the
    // body's, already in result.
    LiquidOptions excerptRun = run;
    LiquidHash data;
    for (const QString &key : page.keys()) {
        if (key != QLatin1String("layout"))
            data.insert(key, page.value(key));
    }
    excerptRun.globals.insert(QStringLiteral("page"), LiquidValue(data));
    const LiquidResult excerpt = renderLiquid(jekyllExcerptSource(body.toString(), excerptSeparator), excerptRun);
    page.insert(QStringLiteral("excerpt"), LiquidValue(run.site.markdownify(excerpt.output)));
    run.globals.insert(QStringLiteral("page"), LiquidValue(page));
    return renderLiquid(body, run);
}

} // namespace postwright
