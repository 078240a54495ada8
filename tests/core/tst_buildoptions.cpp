// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hugo's build options: reading `_build`/`build`, `headless` and `cascade`
// from front matter, what they come to for a post, the index cache, and
// what the site export makes of them (pages, home, terms, feed, sitemap,
// links).
#include "export/siteexporter.h"
#include "export/siteexportplan.h"
#include "frontmatter/frontmatter.h"
#include "site/buildoptions.h"
#include "site/hugocascade.h"
#include "site/indexbuilder.h"
#include "site/siterules.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "support/testfiles.h"

using namespace postwright;
using namespace postwright::testing;

Q_DECLARE_METATYPE(postwright::BuildOptions)
Q_DECLARE_METATYPE(postwright::BuildFrontMatter)
Q_DECLARE_METATYPE(postwright::PostState)

namespace {

BuildOptions options(RenderOption render, ListOption list = ListOption::Always, bool publishResources = true)
{
    return BuildOptions{render, list, publishResources};
}

// The site at root, indexed without a cache.
Result<SiteIndex> freshIndex(const QString &root)
{
    IndexOptions options;
    options.useCache = false;
    return indexSite(root, options);
}

QByteArray post(const QByteArray &frontMatter, const QByteArray &body = "Text.\n")
{
    return "---\n" + frontMatter + "---\n\n" + body;
}

// A small Hugo site: a post per build option, a headless bundle newer than
// all of them, a section that hides its posts, and one post that links to
// the others.
void writeSite(const QString &root)
{
    // Built with hugo 0.123 or later: `build` is `_build`.
    writeFile(root + "/hugo.toml", "baseURL = \"https://example.org/\"\ntitle = \"Site\"\n"
                                   "[module.hugoVersion]\nmin = \"0.123.0\"\n");
    const QString c = root + "/content";
    writeFile(c + "/posts/plain.md", post("title: Plain\ndate: 2024-01-01\ntags: [t]\n"));
    writeFile(c + "/posts/never.md", post("title: Never\ndate: 2024-01-02\ntags: [t]\n_build:\n  render: never\n"));
    writeFile(c + "/posts/link.md", post("title: Link\ndate: 2024-01-03\ntags: [t]\n_build:\n  render: link\n"));
    writeFile(c + "/posts/list-never.md", post("title: ListNever\ndate: 2024-01-04\ntags: [t]\n_build:\n  list: never\n"));
    writeFile(c + "/posts/list-local.md", post("title: ListLocal\ndate: 2024-01-05\ntags: [t]\n_build:\n  list: local\n"));
    writeFile(c + "/posts/new-name.md", post("title: NewName\ndate: 2024-01-06\ntags: [t]\nbuild:\n  render: never\n"));
    writeFile(c + "/posts/links.md", post("title: Links\ndate: 2024-01-07\n",
                                          "[to link](link.md) and [to never](never.md).\n"));
    writeFile(c + "/posts/headless-page.md", post("title: HeadlessPage\ndate: 2023-01-01\nheadless: true\n"));
    writeFile(c + "/_common/index.md", post("title: Common\ndate: 2024-06-01\nheadless: true\n"));
    writeFile(c + "/_common/snippet.md", "A snippet.\n");
    writeFile(c + "/hidden/_index.md", post("title: Hidden\ncascade:\n  _build:\n    render: never\n    list: never\n"));
    writeFile(c + "/hidden/deep/page.md", post("title: HiddenPage\ndate: 2024-01-08\n"));
}

SiteExportOptions exportOptions(const QString &out)
{
    SiteExportOptions options;
    options.outDir = out;
    options.useIndexCache = false;
    options.jobs = 2;
    return options;
}

QStringList pagesUnder(const QString &root)
{
    QStringList pages;
    QDirIterator it(root, {QStringLiteral("index.html")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        pages.append(QDir(root).relativeFilePath(it.next()));
    pages.sort();
    return pages;
}

// The titles a list page, the feed or the sitemap shows.
QStringList titlesIn(const QString &path)
{
    static const QRegularExpression entry(QStringLiteral("<a href=\"[^\"]*\">([^<]*)</a></h2>|<item>\\s*<title>([^<]*)</title>"));
    QStringList titles;
    for (const QRegularExpressionMatch &m : entry.globalMatch(QString::fromUtf8(readAll(path))))
        titles.append(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
    return titles;
}

} // namespace

class tst_BuildOptions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fromMap_data();
    void fromMap();
    void fromFrontMatter_data();
    void fromFrontMatter();
    void forPosts_data();
    void forPosts();
    void indexCacheKeepsThem();
    void exportWritesOnlyRenderedPages();
    void exportListsOnlyListedPosts_data();
    void exportListsOnlyListedPosts();
    void exportLinksToLinkOnlyPages();
    void exportFollowsACascadeThatChanges();
    void otherSitesIgnoreThem();
    void buildKeyFollowsTheSitesHugo_data();
    void buildKeyFollowsTheSitesHugo();
    void cascadeDecidesState_data();
    void cascadeDecidesState();
    void cascadeFollowsAnEditedSection();
    void cascadeReachesAFolderWithoutASectionPage();
    void previewMenuHasOnlyWrittenSections();
    void globsMatchAsHugo_data();
    void globsMatchAsHugo();
    void corpusDocsSnippetsAreHidden();
};

void tst_BuildOptions::initTestCase()
{
    // Which of `build` and `_build` a site's hugo reads is the site's
    // [module.hugoVersion], else the hugo on PATH: none here, so that a
    // site without the hint is read as the newest hugo reads it.
    qputenv("PATH", QByteArray());
}

void tst_BuildOptions::fromMap_data()
{
    QTest::addColumn<QVariantMap>("map");
    QTest::addColumn<BuildOptions>("expected");
    QTest::newRow("empty: defaults") << QVariantMap{} << BuildOptions{};
    QTest::newRow("render never") << QVariantMap{{"render", "never"}} << options(RenderOption::Never);
    QTest::newRow("render link") << QVariantMap{{"render", "link"}} << options(RenderOption::Link);
    QTest::newRow("render always") << QVariantMap{{"render", "always"}} << BuildOptions{};
    QTest::newRow("render any case") << QVariantMap{{"Render", "Never"}} << options(RenderOption::Never);
    QTest::newRow("render false (bool)") << QVariantMap{{"render", false}} << options(RenderOption::Never);
    QTest::newRow("render false (YAML text)") << QVariantMap{{"render", "false"}} << options(RenderOption::Never);
    QTest::newRow("render true") << QVariantMap{{"render", true}} << BuildOptions{};
    QTest::newRow("render unknown") << QVariantMap{{"render", "sometimes"}} << BuildOptions{};
    QTest::newRow("list never") << QVariantMap{{"list", "never"}} << options(RenderOption::Always, ListOption::Never);
    QTest::newRow("list local") << QVariantMap{{"list", "local"}} << options(RenderOption::Always, ListOption::Local);
    QTest::newRow("list false") << QVariantMap{{"list", false}} << options(RenderOption::Always, ListOption::Never);
    QTest::newRow("list true") << QVariantMap{{"list", "true"}} << BuildOptions{};
    QTest::newRow("publishResources false") << QVariantMap{{"publishResources", false}}
                                            << options(RenderOption::Always, ListOption::Always, false);
    QTest::newRow("publishresources (any case)") << QVariantMap{{"publishresources", "false"}}
                                                 << options(RenderOption::Always, ListOption::Always, false);
    QTest::newRow("all three") << QVariantMap{{"render", "link"}, {"list", "local"}, {"publishResources", false}}
                               << options(RenderOption::Link, ListOption::Local, false);
}

void tst_BuildOptions::fromMap()
{
    QFETCH(QVariantMap, map);
    QFETCH(BuildOptions, expected);
    QCOMPARE(buildOptionsFromMap(map), expected);
}

void tst_BuildOptions::fromFrontMatter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<BuildFrontMatter>("expected");
    BuildFrontMatter never;
    never.build = options(RenderOption::Never);
    QTest::newRow("YAML _build") << "---\ntitle: A\n_build:\n  render: never\n---\nBody\n" << never;
    QTest::newRow("YAML build (newer hugo's name)") << "---\nbuild:\n  render: never\n---\n" << never;
    QTest::newRow("YAML flow map") << "---\n_build: {render: never}\n---\n" << never;
    QTest::newRow("TOML table") << "+++\ntitle = \"A\"\n[_build]\nrender = \"never\"\n+++\nBody\n" << never;
    QTest::newRow("TOML inline table") << "+++\n_build = { render = false }\n+++\n" << never;
    QTest::newRow("JSON") << "{\n\"title\": \"A\",\n\"_build\": {\"render\": \"never\"}\n}\nBody\n" << never;
    BuildFrontMatter headless;
    headless.headless = true;
    QTest::newRow("headless") << "---\nheadless: true\n---\n" << headless;
    BuildFrontMatter notHeadless;
    notHeadless.headless = false;
    QTest::newRow("headless false") << "+++\nheadless = false\n+++\n" << notHeadless;
    BuildFrontMatter cascade;
    CascadeEntry both;
    both.values.build = options(RenderOption::Always, ListOption::Never);
    both.values.headless = true;
    cascade.cascade = {both};
    QTest::newRow("cascade map") << "---\ncascade:\n  headless: true\n  _build:\n    list: never\n---\n" << cascade;
    BuildFrontMatter list;
    CascadeEntry headlessEntry;
    headlessEntry.values.headless = true;
    CascadeEntry listEntry;
    listEntry.values.build = options(RenderOption::Always, ListOption::Never);
    CascadeEntry targeted;
    targeted.target.path = QStringLiteral("/x/**");
    targeted.values.build = options(RenderOption::Never);
    list.cascade = {headlessEntry, listEntry, targeted};
    QTest::newRow("cascade list, one entry with a _target")
        << "---\ncascade:\n  - headless: true\n  - _build:\n      list: never\n  - _target:\n      path: /x/**\n    _build:\n      render: never\n---\n"
        << list;
    BuildFrontMatter dated;
    CascadeEntry dates;
    dates.target.kind = QStringLiteral("page");
    dates.values.draft = true;
    dates.values.publishDate = QDateTime(QDate(2099, 1, 1), QTime(0, 0));
    dates.values.expiryDate = QDateTime(QDate(2100, 1, 1), QTime(0, 0));
    dated.cascade = {dates};
    QTest::newRow("cascade of draft and dates (TOML)")
        << "+++\n[[cascade]]\ndraft = true\npublishdate = 2099-01-01\nexpirydate = 2100-01-01\n[cascade._target]\nkind = \"page\"\n+++\n"
        << dated;
    QTest::newRow("list form: camel-case dates are no keys (hugo 0.111)")
        << "---\ncascade:\n  - expiryDate: 2020-01-01\n    publishDate: 2020-01-01\n---\n" << BuildFrontMatter{};
    QTest::newRow("none") << "---\ntitle: Plain\nbuilder: x\n---\n" << BuildFrontMatter{};
    QTest::newRow("no front matter") << "Just text.\n" << BuildFrontMatter{};
    QTest::newRow("_build not a map") << "---\n_build: never\n---\n" << BuildFrontMatter{};
}

void tst_BuildOptions::fromFrontMatter()
{
    QFETCH(QString, text);
    QFETCH(BuildFrontMatter, expected);
    const FrontMatter frontMatter = parseFrontMatter(text);
    QVERIFY(!frontMatter.error);
    QCOMPARE(readBuildFrontMatter(frontMatter, text), expected);
}

void tst_BuildOptions::forPosts_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<BuildOptions>("expected");
    QTest::newRow("defaults") << "content/posts/plain.md" << BuildOptions{};
    QTest::newRow("own _build") << "content/posts/link.md" << options(RenderOption::Link);
    QTest::newRow("newer name") << "content/posts/new-name.md" << options(RenderOption::Never);
    QTest::newRow("headless bundle") << "content/_common/index.md" << options(RenderOption::Never, ListOption::Never);
    QTest::newRow("headless page: no bundle, no effect") << "content/posts/headless-page.md" << BuildOptions{};
    QTest::newRow("bundle resource is no post") << "content/_common/snippet.md" << BuildOptions{};
    QTest::newRow("cascade from two folders up") << "content/hidden/deep/page.md"
                                                 << options(RenderOption::Never, ListOption::Never);
    QTest::newRow("cascade applies to the section itself") << "content/hidden/_index.md"
                                                           << options(RenderOption::Never, ListOption::Never);
}

void tst_BuildOptions::forPosts()
{
    QFETCH(QString, path);
    QFETCH(BuildOptions, expected);
    QTemporaryDir dir;
    writeSite(dir.path());
    const Result<SiteIndex> index = freshIndex(dir.path());
    QVERIFY(index);
    const PostRecord *record = index.value().post(path);
    if (path.endsWith(QLatin1String("snippet.md"))) {
        QVERIFY(!record);   // a resource of the headless bundle, as in hugo
        return;
    }
    QVERIFY(record);
    QCOMPARE(buildOptions(index.value(), *record), expected);
}

void tst_BuildOptions::indexCacheKeepsThem()
{
    QTemporaryDir dir;
    QTemporaryDir cache;
    writeSite(dir.path());
    IndexOptions indexOptions;
    indexOptions.cacheDir = cache.path();
    QVERIFY(indexSite(dir.path(), indexOptions));
    const Result<SiteIndex> cached = indexSite(dir.path(), indexOptions);
    QVERIFY(cached);
    QVERIFY(cached.value().stats().cacheLoaded);
    QCOMPARE(cached.value().stats().parsed, 0);
    const SiteIndex &index = cached.value();
    QCOMPARE(buildOptions(index, *index.post("content/posts/link.md")), options(RenderOption::Link));
    QCOMPARE(buildOptions(index, *index.post("content/_common/index.md")), options(RenderOption::Never, ListOption::Never));
    QCOMPARE(buildOptions(index, *index.post("content/hidden/deep/page.md")), options(RenderOption::Never, ListOption::Never));
}

void tst_BuildOptions::exportWritesOnlyRenderedPages()
{
    QTemporaryDir dir;
    writeSite(dir.path() + "/site");
    const Result<SiteExportReport> report = exportSite(dir.path() + "/site", exportOptions(dir.path() + "/out"));
    QVERIFY(report);
    // And hugo's redirects to each list's first page.
    const QStringList expected{"categories/index.html",        "categories/page/1/index.html",
                               "index.html",                   "page/1/index.html",
                               "posts/headless-page/index.html", "posts/index.html",
                               "posts/links/index.html",
                               "posts/list-local/index.html",  "posts/list-never/index.html",
                               "posts/page/1/index.html",
                               "posts/plain/index.html",       "tags/index.html",
                               "tags/page/1/index.html",
                               "tags/t/index.html",            "tags/t/page/1/index.html"};
    QCOMPARE(pagesUnder(dir.path() + "/out"), expected);
    QCOMPARE(report.value().posts, 5);   // pages of posts: render link and never have none
    QVERIFY2(report.value().warnings.size() == 1, qPrintable(report.value().warnings.value(0).message));
}

void tst_BuildOptions::exportListsOnlyListedPosts_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("home") << "index.html";
    QTest::newRow("term page") << "tags/t/index.html";
    QTest::newRow("feed") << "index.xml";
}

void tst_BuildOptions::exportListsOnlyListedPosts()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    writeSite(dir.path() + "/site");
    QVERIFY(exportSite(dir.path() + "/site", exportOptions(dir.path() + "/out")));
    QStringList expected{"Link", "Plain"};
    if (!file.startsWith(QLatin1String("tags"))) {
        expected.prepend("Links");
        expected.append("HeadlessPage");
    }
    QCOMPARE(titlesIn(dir.path() + "/out/" + file), expected);
    const QString sitemap = QString::fromUtf8(readAll(dir.path() + "/out/sitemap.xml"));
    QVERIFY(sitemap.contains("/posts/plain/"));
    QVERIFY(sitemap.contains("/posts/link/"));   // hugo: a render: link page is in the sitemap
    for (const char *url : {"/posts/never/", "/posts/list-never/", "/posts/list-local/", "/_common/", "/hidden/"})
        QVERIFY2(!sitemap.contains(QLatin1String(url)), url);
}

void tst_BuildOptions::exportLinksToLinkOnlyPages()
{
    QTemporaryDir dir;
    writeSite(dir.path() + "/site");
    const Result<SiteExportReport> report = exportSite(dir.path() + "/site", exportOptions(dir.path() + "/out"));
    QVERIFY(report);
    const QString html = QString::fromUtf8(readAll(dir.path() + "/out/posts/links/index.html"));
    QVERIFY2(html.contains("<a href=\"../link/index.html\">to link</a>"), qPrintable(html));
    // A render: never page has no URL to link to.
    QCOMPARE(report.value().warnings.size(), 1);
    QVERIFY2(report.value().warnings.first().message.contains("content/posts/never.md, which is not published"),
             qPrintable(report.value().warnings.first().message));
}

void tst_BuildOptions::exportFollowsACascadeThatChanges()
{
    QTemporaryDir dir;
    const QString site = dir.path() + "/site";
    const QString out = dir.path() + "/out";
    writeSite(site);
    writeFile(site + "/content/hidden/_index.md", post("title: Hidden\n"));
    QVERIFY(exportSite(site, exportOptions(out)));
    QVERIFY(QFileInfo::exists(out + "/hidden/deep/page/index.html"));
    QVERIFY(titlesIn(out + "/index.xml").contains("HiddenPage"));
    // The post's file is the same; its section now hides it.
    writeFile(site + "/content/hidden/_index.md", post("title: Hidden\ncascade:\n  _build:\n    render: link\n    list: never\n"));
    SiteExportOptions again = exportOptions(out);
    again.clean = true;
    QVERIFY(exportSite(site, again));
    QVERIFY(!QFileInfo::exists(out + "/hidden/deep/page/index.html"));
    QVERIFY(!titlesIn(out + "/index.xml").contains("HiddenPage"));
}

void tst_BuildOptions::otherSitesIgnoreThem()
{
    QTemporaryDir dir;
    writeFile(dir.path() + "/_config.yml", "title: J\n");
    writeFile(dir.path() + "/_posts/2024-01-01-a.md", post("title: A\n_build:\n  render: never\nheadless: true\n"));
    const Result<SiteIndex> index = freshIndex(dir.path());
    QVERIFY(index);
    QCOMPARE(index.value().posts().size(), 1);
    QCOMPARE(buildOptions(index.value(), index.value().posts().first()), BuildOptions{});
}

// Hugo's own docs keep their snippets in content/en/_common/, a section
// whose _index.md cascades `build: {render: never, list: never,
// publishResources: false}` (the newer key) to every file below it.
// hugo 0.111 reads only `_build`; `build` took its place in 0.123. The
// site's [module.hugoVersion] min says which hugo builds it.
void tst_BuildOptions::buildKeyFollowsTheSitesHugo_data()
{
    QTest::addColumn<QString>("min");
    QTest::addColumn<BuildOptions>("expected");
    QTest::newRow("hugo 0.111: build is no key") << "0.111.0" << BuildOptions{};
    QTest::newRow("hugo 0.123: build is _build") << "v0.123.0" << options(RenderOption::Never);
    QTest::newRow("hugo 0.140") << "0.140.2" << options(RenderOption::Never);
}

void tst_BuildOptions::buildKeyFollowsTheSitesHugo()
{
    QFETCH(QString, min);
    QFETCH(BuildOptions, expected);
    QTemporaryDir dir;
    writeFile(dir.path() + "/hugo.toml", "title = \"T\"\n[module.hugoVersion]\nmin = \"" + min.toUtf8() + "\"\n");
    writeFile(dir.path() + "/content/posts/own.md", post("title: Own\nbuild:\n  render: never\n"));
    writeFile(dir.path() + "/content/docs/_index.md", post("title: Docs\ncascade:\n  build:\n    render: never\n"));
    writeFile(dir.path() + "/content/docs/page.md", post("title: Page\n"));
    writeFile(dir.path() + "/content/old/page.md", post("title: Old key\n_build:\n  render: never\n"));
    const Result<SiteIndex> index = freshIndex(dir.path());
    QVERIFY(index);
    QCOMPARE(buildOptions(index.value(), *index.value().post("content/posts/own.md")), expected);
    QCOMPARE(buildOptions(index.value(), *index.value().post("content/docs/page.md")), expected);
    // `_build` is read by every hugo.
    QCOMPARE(buildOptions(index.value(), *index.value().post("content/old/page.md")), options(RenderOption::Never));
}

// What sections hand down decides a page's state in the index (the
// sidebar, `index`, the export and the check), as hugo 0.111 merges it.
void tst_BuildOptions::cascadeDecidesState_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<PostState>("state");
    QTest::addColumn<bool>("published");
    QTest::newRow("plain") << "content/posts/plain.md" << PostState::Published << true;
    QTest::newRow("draft by the section's map cascade") << "content/hush/a.md" << PostState::Draft << false;
    QTest::newRow("the section itself") << "content/hush/_index.md" << PostState::Draft << false;
    QTest::newRow("own draft: false, below a draft section") << "content/hush/own.md" << PostState::Draft << false;
    QTest::newRow("two levels down") << "content/hush/deep/b.md" << PostState::Draft << false;
    QTest::newRow("path glob: targeted") << "content/mixed/old/a.md" << PostState::Expired << false;
    QTest::newRow("path glob: * stays in its folder") << "content/mixed/old/deeper/a.md" << PostState::Published << true;
    QTest::newRow("kind page: the section is not") << "content/mixed/_index.md" << PostState::Published << true;
    QTest::newRow("kind page, publishdate") << "content/mixed/later.md" << PostState::Scheduled << false;
    QTest::newRow("own publishDate beats the cascade") << "content/mixed/own-date.md" << PostState::Published << true;
    QTest::newRow("the nearer section's key wins") << "content/mixed/sub/c.md" << PostState::Published << true;
    QTest::newRow("config cascade") << "content/posts/config-target.md" << PostState::Draft << false;
    QTest::newRow("bundle below a cascade") << "content/hush/bundle/index.md" << PostState::Draft << false;
}

void tst_BuildOptions::cascadeDecidesState()
{
    QFETCH(QString, path);
    QFETCH(PostState, state);
    QFETCH(bool, published);
    QTemporaryDir dir;
    const QString c = dir.path() + "/content";
    writeFile(dir.path() + "/hugo.toml", "title = \"T\"\n[[cascade]]\ndraft = true\n[cascade._target]\npath = \"/posts/config-*\"\n");
    writeFile(c + "/posts/plain.md", post("title: Plain\ndate: 2024-01-01\n"));
    writeFile(c + "/posts/config-target.md", post("title: Config\ndate: 2024-01-01\n"));
    writeFile(c + "/hush/_index.md", post("title: Hush\ncascade:\n  draft: true\n"));
    writeFile(c + "/hush/a.md", post("title: A\n"));
    writeFile(c + "/hush/own.md", post("title: Own\ndraft: false\n"));
    writeFile(c + "/hush/deep/b.md", post("title: B\n"));
    writeFile(c + "/hush/bundle/index.md", post("title: Bundle\n"));
    writeFile(c + "/mixed/_index.md", post("title: Mixed\ncascade:\n"
                                           "  - _target:\n      path: /mixed/old/*\n    expirydate: 2020-01-01\n"
                                           "  - _target:\n      kind: page\n    publishdate: 2099-01-01\n"));
    writeFile(c + "/mixed/old/a.md", post("title: Old\ndate: 2019-01-01\npublishDate: 2019-01-01\n"));
    writeFile(c + "/mixed/old/deeper/a.md", post("title: Deeper\ndate: 2019-01-01\npublishDate: 2019-01-01\n"));
    writeFile(c + "/mixed/later.md", post("title: Later\ndate: 2024-01-01\n"));
    writeFile(c + "/mixed/own-date.md", post("title: Own date\ndate: 2024-01-01\npublishDate: 2024-01-01\n"));
    writeFile(c + "/mixed/sub/_index.md", post("title: Sub\ndate: 2024-01-01\npublishDate: 2024-01-01\n"
                                               "cascade:\n  - _target:\n      kind: page\n    publishdate: 2024-01-01\n"));
    writeFile(c + "/mixed/sub/c.md", post("title: C\ndate: 2024-01-01\n"));
    const Result<SiteIndex> index = freshIndex(dir.path());
    QVERIFY(index);
    const PostRecord *record = index.value().post(path);
    QVERIFY(record);
    const QDateTime now = QDateTime::currentDateTime();
    QCOMPARE(index.value().state(*record, now), state);
    QCOMPARE(index.value().isPublished(*record, now), published);
}

// The app's index follows an edit of a section: its pages change state.
void tst_BuildOptions::cascadeFollowsAnEditedSection()
{
    QTemporaryDir dir;
    writeFile(dir.path() + "/hugo.toml", "title = \"T\"\n");
    writeFile(dir.path() + "/content/blog/_index.md", post("title: Blog\n"));
    writeFile(dir.path() + "/content/blog/a.md", post("title: A\n"));
    Result<SiteIndex> indexed = freshIndex(dir.path());
    QVERIFY(indexed);
    SiteIndex index = indexed.value();
    const QDateTime now = QDateTime::currentDateTime();
    QCOMPARE(index.state(*index.post("content/blog/a.md"), now), PostState::Published);
    writeFile(dir.path() + "/content/blog/_index.md", post("title: Blog\ncascade:\n  - _target:\n      kind: page\n    draft: true\n"));
    SiteFile section;
    section.path = QStringLiteral("content/blog/_index.md");
    section.kind = PostKind::Section;
    index.insert(readPostRecord(index.config(), section));
    QCOMPARE(index.post("content/blog/a.md")->isDraft(), true);
    QCOMPARE(index.state(*index.post("content/blog/a.md"), now), PostState::Draft);
    QCOMPARE(index.state(*index.post("content/blog/_index.md"), now), PostState::Published);
    // A new page below it takes the cascade too; removing the section frees it.
    SiteFile page;
    page.path = QStringLiteral("content/blog/b.md");
    writeFile(dir.path() + "/" + page.path, post("title: B\n"));
    index.insert(readPostRecord(index.config(), page));
    QVERIFY(index.post("content/blog/b.md")->isDraft());
    QVERIFY(index.remove(QStringLiteral("content/blog/_index.md")));
    QVERIFY(!index.post("content/blog/b.md")->isDraft());
    QCOMPARE(index.state(*index.post("content/blog/a.md"), now), PostState::Published);
}

// A top folder without an _index.md is a section hugo makes: a cascade's
// draft for it (kind section, its path) keeps every page below unbuilt, as
// hugo; a page added there later too; an _index.md of its own ends it.
// Before, the pages were published.
void tst_BuildOptions::cascadeReachesAFolderWithoutASectionPage()
{
    QTemporaryDir dir;
    writeFile(dir.path() + "/hugo.toml", "title = \"T\"\n");
    writeFile(dir.path() + "/content/_index.md", post("title: Home\ncascade:\n  - _target:\n      kind: section\n      path: /notes\n    draft: true\n"));
    writeFile(dir.path() + "/content/notes/n.md", post("title: N\n"));
    writeFile(dir.path() + "/content/posts/p.md", post("title: P\n"));
    Result<SiteIndex> indexed = freshIndex(dir.path());
    QVERIFY(indexed);
    SiteIndex index = indexed.value();
    const QDateTime now = QDateTime::currentDateTime();
    QCOMPARE(index.state(*index.post("content/notes/n.md"), now), PostState::Draft);
    QCOMPARE(index.state(*index.post("content/posts/p.md"), now), PostState::Published);
    QVERIFY(!index.isBuilt(*index.post("content/notes/n.md"), BuildStates{}, now));
    QVERIFY(index.isBuilt(*index.post("content/notes/n.md"), BuildStates{true, false, false}, now));
    SiteFile page;
    page.path = QStringLiteral("content/notes/m.md");
    writeFile(dir.path() + "/" + page.path, post("title: M\n"));
    index.insert(readPostRecord(index.config(), page));
    QCOMPARE(index.state(*index.post("content/notes/m.md"), now), PostState::Draft);
    SiteFile section;
    section.path = QStringLiteral("content/notes/_index.md");
    section.kind = PostKind::Section;
    writeFile(dir.path() + "/" + section.path, post("title: Notes\n"));
    index.insert(readPostRecord(index.config(), section));
    QCOMPARE(index.state(*index.post("content/notes/n.md"), now), PostState::Published);
}

// The preview's menu has the sections the export writes a page for: not
// one with render: never, none with disableKinds section.
void tst_BuildOptions::previewMenuHasOnlyWrittenSections()
{
    QTemporaryDir dir;
    writeFile(dir.path() + "/content/posts/p.md", post("title: P\ndate: 2024-01-01\n"));
    writeFile(dir.path() + "/content/hidden/_index.md", post("title: Hidden\n_build:\n  render: never\n"));
    writeFile(dir.path() + "/content/hidden/h.md", post("title: H\ndate: 2024-01-01\n"));
    const auto menu = [&](const QByteArray &config) {
        writeFile(dir.path() + "/hugo.toml", "title = \"T\"\n" + config);
        const Result<SiteIndex> indexed = freshIndex(dir.path());
        const Result<ExportSettings> settings = indexed ? readExportSettings(indexed.value().config()) : Result<ExportSettings>(Error{});
        QStringList folders;
        if (!settings)
            return QStringList{QStringLiteral("(no settings)")};
        for (const SectionPage &section : topSectionsOf(indexed.value(), settings.value()))
            folders.append(section.folder);
        return folders;
    };
    QCOMPARE(menu({}), QStringList{QStringLiteral("posts")});
    QCOMPARE(menu("disableKinds = [\"section\"]\n"), QStringList());
}

void tst_BuildOptions::globsMatchAsHugo_data()
{
    QTest::addColumn<QString>("glob");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    QTest::newRow("** crosses folders") << "/blog/**" << "/blog/a/b.md" << true;
    QTest::newRow("* stays in a folder") << "/blog/*" << "/blog/a/b.md" << false;
    QTest::newRow("* in a folder") << "/blog/*" << "/blog/b.md" << true;
    QTest::newRow("no case") << "/Blog/**" << "/blog/b.md" << true;
    QTest::newRow("alternatives") << "{section,page}" << "page" << true;
    QTest::newRow("alternatives, none") << "{section,page}" << "home" << false;
    QTest::newRow("?") << "/a?.md" << "/ab.md" << true;
    QTest::newRow("? not a slash") << "/a?b.md" << "/a/b.md" << false;
    QTest::newRow("class") << "/[ab].md" << "/b.md" << true;
    QTest::newRow("negated class") << "/[!ab].md" << "/b.md" << false;
    QTest::newRow("range") << "/[a-c].md" << "/c.md" << true;
    QTest::newRow("escaped star") << "/a\\*.md" << "/ab.md" << false;
    QTest::newRow("dot is a dot") << "/a.md" << "/abmd" << false;
    QTest::newRow("whole text") << "/blog" << "/blog/a.md" << false;
    QTest::newRow("unclosed class: hugo ignores the condition") << "/[ab" << "/x" << true;
}

void tst_BuildOptions::globsMatchAsHugo()
{
    QFETCH(QString, glob);
    QFETCH(QString, text);
    QFETCH(bool, matches);
    QCOMPARE(hugoGlobMatches(glob, text), matches);
}

void tst_BuildOptions::corpusDocsSnippetsAreHidden()
{
    POSTWRIGHT_CORPUS_TEST();
    IndexOptions indexOptions;
    indexOptions.useCache = false;
    indexOptions.kind = SiteKind::Hugo;   // the corpus holds the content folder only
    const Result<SiteIndex> index = indexSite(QStringLiteral(POSTWRIGHT_CORPUS "/realworld/gohugoio__hugoDocs"), indexOptions);
    QVERIFY(index);
    int snippets = 0;
    for (const PostRecord &record : index.value().posts()) {
        const BuildOptions build = buildOptions(index.value(), record);
        if (record.path.startsWith(QLatin1String("content/en/_common/"))) {
            ++snippets;
            QVERIFY2(build == options(RenderOption::Never, ListOption::Never, false), qPrintable(record.path));
        } else if (record.path.startsWith(QLatin1String("content/en/functions/"))) {
            QVERIFY2(build.writesPage() && build.listed(), qPrintable(record.path));
        }
    }
    QVERIFY(snippets > 10);
}

QTEST_GUILESS_MAIN(tst_BuildOptions)
#include "tst_buildoptions.moc"
