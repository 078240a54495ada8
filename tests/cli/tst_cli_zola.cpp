// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A Zola site as Zola sees it (issue 14 §6): index, export URLs, tag edits
// in [taxonomies], check and new, on a fixture site built here. zola itself
// is not installed: the expected URLs follow Zola's documented rules.
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class tst_CliZola final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void indexReadsZolaRules();
    void exportWritesZolaUrls();
    void tagRenameEditsTaxonomiesTable();
    void checkReportsUndeclaredTaxonomy();
    void checkFollowsInternalLinks();
    void newWritesTomlFrontMatter();

private:
    Run run(const QStringList &args);
    void write(const QString &relative, const QByteArray &bytes);
    QByteArray read(const QString &relative) const;
    QString site() const { return m_site->path(); }

    std::unique_ptr<QTemporaryDir> m_site;
    QTemporaryDir m_cache;
};

Run tst_CliZola::run(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("POSTWRIGHT_CACHE_DIR"), m_cache.path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(POSTWRIGHT_CLI), args);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

void tst_CliZola::write(const QString &relative, const QByteArray &bytes)
{
    const QString path = m_site->filePath(relative);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray tst_CliZola::read(const QString &relative) const
{
    QFile file(m_site->filePath(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Sections, a bundle with an image, dated file and folder names, `path`,
// `slug`, a draft, `render = false`, taxonomies with a tag with a space,
// aliases and [extra].
void tst_CliZola::init()
{
    m_site = std::make_unique<QTemporaryDir>();
    QVERIFY(m_site->isValid());
    write("config.toml", "base_url = \"https://example.org\"\ntitle = \"Zola fixture\"\n"
                         "taxonomies = [\n    {name = \"tags\"},\n    {name = \"categories\"},\n]\n\n"
                         "[markdown]\nhighlight_code = true\n");
    write("templates/index.html", "{{ section.title }}\n");
    write("static/img/logo.png", "PNG");
    write("content/_index.md", "+++\ntitle = \"Home\"\n+++\n");
    write("content/blog/_index.md", "+++\ntitle = \"Blog\"\nsort_by = \"date\"\n+++\n");
    write("content/blog/Hello World.md",
          "+++\ntitle = \"Hello World\"\ndate = 2024-01-15\n\n[taxonomies]\ntags = [\"rust\", \"static sites\"]\n"
          "categories = [\"News\"]\n\n[extra]\nmood = \"happy\"\n+++\n\nHello.\n");
    write("content/blog/2024-02-01_from-name.md", "+++\ntitle = \"Dated by name\"\n[taxonomies]\ntags = ['rust']\n+++\nbody\n");
    write("content/blog/bundle/index.md",
          "+++\ntitle = \"Bundle\"\ndate = 2024-04-01T10:00:00Z\naliases = [\"/old/bundle/\"]\n"
          "[taxonomies]\ntags = [\"static sites\"]\n+++\n![pic](pic.png)\n");
    write("content/blog/bundle/pic.png", "PNG");
    write("content/blog/slugged.md", "+++\ntitle = \"Custom slug\"\nslug = \"My Custom Slug\"\ndate = \"2024-05-01\"\n+++\nx\n");
    write("content/blog/moved.md", "+++\ntitle = \"Moved\"\npath = \"archive/moved-here\"\ndate = 2024-06-01\n+++\nx\n");
    write("content/blog/draft.md", "+++\ntitle = \"Draft\"\ndraft = true\ndate = 2024-07-01\n+++\nx\n");
    write("content/blog/hidden.md", "+++\ntitle = \"Not rendered\"\nrender = false\ndate = 2024-07-02\n+++\nx\n");
    write("content/blog/2024-03-05-dated-post/index.md", "+++\ntitle = \"Dated folder\"\n+++\nx\n");
    write("content/about.md", "+++\ntitle = \"About\"\n+++\nabout\n");
    write("content/notes/Ünïcode Naïve.md", "+++\ntitle = \"Unicode name\"\ndate = 2023-12-31\n+++\nx\n");
}

void tst_CliZola::indexReadsZolaRules()
{
    const Run r = run({QStringLiteral("index"), site(), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QMap<QString, QJsonObject> byPath;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
        byPath.insert(v[QStringLiteral("path")].toString(), v.toObject());
    QCOMPARE(byPath.size(), 12);
    const auto compact = [&](const char *path) {
        QJsonObject o = byPath.value(QString::fromUtf8(path));
        o.remove(QStringLiteral("path"));
        o.remove(QStringLiteral("build"));
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    QCOMPARE(compact("content/blog/Hello World.md"),
             QByteArray(R"({"categories":["News"],"date":"2024-01-15","draft":false,"kind":"post","published":true,"tags":["rust","static sites"],"title":"Hello World"})"));
    // The date from the file name, which front matter does not set.
    QCOMPARE(compact("content/blog/2024-02-01_from-name.md"),
             QByteArray(R"({"categories":[],"date":"2024-02-01","draft":false,"kind":"post","published":true,"tags":["rust"],"title":"Dated by name"})"));
    QCOMPARE(byPath.value("content/blog/2024-03-05-dated-post/index.md")[QStringLiteral("date")].toString(), QStringLiteral("2024-03-05"));
    QCOMPARE(byPath.value("content/blog/bundle/index.md")[QStringLiteral("kind")].toString(), QStringLiteral("bundle"));
    QCOMPARE(byPath.value("content/blog/_index.md")[QStringLiteral("kind")].toString(), QStringLiteral("section"));
    QCOMPARE(byPath.value("content/blog/draft.md")[QStringLiteral("published")].toBool(), false);
    QCOMPARE(byPath.value("content/blog/hidden.md")[QStringLiteral("build")][QStringLiteral("render")].toString(),
             QStringLiteral("link"));

    const Run tags = run({QStringLiteral("tags"), site(), QStringLiteral("--json")});
    QCOMPARE(tags.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(tags.out).toJson(QJsonDocument::Compact),
             QByteArray(R"({"categories":{"News":1},"tags":{"rust":2,"static sites":2}})"));
}

// The pages Zola writes for this site, by its rules: a page is at its
// section folders + slug (the slug from `slug`, else the file or bundle
// name without its date, slugified), `path` replaces both; drafts and
// render = false pages get none; term pages only for declared taxonomies.
void tst_CliZola::exportWritesZolaUrls()
{
    QTemporaryDir out;
    const Run r = run({QStringLiteral("export"), site(), QStringLiteral("-o"), out.path()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QStringList pages;
    QDirIterator it(out.path(), {QStringLiteral("*.html"), QStringLiteral("*.png")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        pages.append(QDir(out.path()).relativeFilePath(it.next()));
    pages.sort();
    const QStringList expected{
        "about/index.html",
        "archive/moved-here/index.html",
        "blog/bundle/index.html",
        "blog/bundle/pic.png",
        "blog/dated-post/index.html",
        "blog/from-name/index.html",
        "blog/hello-world/index.html",
        "blog/my-custom-slug/index.html",
        "categories/index.html",
        "categories/news/index.html",
        "index.html",
        "notes/unicode-naive/index.html",
        "tags/index.html",
        "tags/rust/index.html",
        "tags/static-sites/index.html",
    };
    QCOMPARE(pages, expected);
    // The feed and the page know the site's base_url.
    QFile page(out.filePath("blog/hello-world/index.html"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    QVERIFY(page.readAll().contains("https://example.org/blog/hello-world/"));
}

void tst_CliZola::tagRenameEditsTaxonomiesTable()
{
    const QByteArray before = read("content/blog/Hello World.md");
    QByteArray dated = read("content/blog/2024-02-01_from-name.md");
    Run r = run({QStringLiteral("tag"), QStringLiteral("rename"), QStringLiteral("static sites"), QStringLiteral("Static Web"), site()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QByteArray expected = before;
    expected.replace("tags = [\"rust\", \"static sites\"]", "tags = [\"rust\", \"Static Web\"]");
    QCOMPARE(read("content/blog/Hello World.md"), expected);
    QVERIFY(read("content/blog/bundle/index.md").contains("[taxonomies]\ntags = [\"Static Web\"]\n+++"));
    QCOMPARE(read("content/blog/2024-02-01_from-name.md"), dated);   // untouched

    r = run({QStringLiteral("tag"), QStringLiteral("delete"), QStringLiteral("rust"), site()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(read("content/blog/2024-02-01_from-name.md"), dated.replace("tags = ['rust']", "tags = []"));
    const Run tags = run({QStringLiteral("tags"), site(), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(tags.out).toJson(QJsonDocument::Compact),
             QByteArray(R"({"categories":{"News":1},"tags":{"Static Web":2}})"));

    // set writes into the table too; a table the post lacks is added.
    r = run({QStringLiteral("set"), m_site->filePath("content/about.md"), QStringLiteral("taxonomies.categories=Meta")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(read("content/about.md"), QByteArray("+++\ntitle = \"About\"\n[taxonomies]\ncategories = \"Meta\"\n+++\nabout\n"));
}

void tst_CliZola::checkReportsUndeclaredTaxonomy()
{
    Run r = run({QStringLiteral("check"), m_site->filePath("content/blog/Hello World.md"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.out.contains("\"error\""), r.out.constData());
    write("content/blog/bad.md", "+++\ntitle = \"Bad\"\ndate = 2024-01-01\n\n[taxonomies]\ntags = [\"a\"]\nseries = [\"b\"]\n+++\nx\n");
    r = run({QStringLiteral("check"), m_site->filePath("content/blog/bad.md")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("bad.md:7:1: error: the taxonomy \"series\" is not declared in config.toml")
                 || r.err.contains("bad.md:7:1: error: the taxonomy \"series\" is not declared in config.toml"),
             (r.out + r.err).constData());
}

// Zola's internal links ("@/" + the path from content/): check follows
// one to a page or section and reports one to nothing at its line, as any
// broken local link; export links the page.
void tst_CliZola::checkFollowsInternalLinks()
{
    write("content/blog/links.md", "+++\ntitle = \"Links\"\ndate = 2024-08-01\n+++\n"
                                   "[hello](@/blog/Hello%20World.md#hello) [bundle](@/blog/bundle/index.md)\n"
                                   "[blog](@/blog/_index.md)\n\n[gone](@/blog/gone.md)\n");
    Run r = run({QStringLiteral("check"), m_site->filePath("content/blog/links.md"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QStringList broken;
    for (const QJsonValue &f : QJsonDocument::fromJson(r.out).array()) {
        if (f[QStringLiteral("severity")].toString() == QLatin1String("error"))
            broken.append(QStringLiteral("%1 %2 %3").arg(f[QStringLiteral("line")].toInt()).arg(f[QStringLiteral("code")].toString(),
                                                                                                    f[QStringLiteral("message")].toString()));
    }
    QCOMPARE(broken, QStringList({"8 broken-link link target not found: @/blog/gone.md"}));

    QTemporaryDir out;
    r = run({QStringLiteral("export"), site(), QStringLiteral("-o"), out.path()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile page(out.filePath("blog/links/index.html"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QByteArray html = page.readAll();
    QVERIFY2(html.contains("href=\"../hello-world/index.html#hello\"") && html.contains("href=\"../bundle/index.html\""),
             html.constData());
}

void tst_CliZola::newWritesTomlFrontMatter()
{
    const Run r = run({QStringLiteral("new"), site(), QStringLiteral("A New Post"), QStringLiteral("--tags"),
                       QStringLiteral("rust,web dev"), QStringLiteral("--draft")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString path = QString::fromUtf8(r.out.trimmed());
    QVERIFY2(path.endsWith(QStringLiteral("content/blog/a-new-post.md")), r.out.constData());
    const QByteArray text = read(QStringLiteral("content/blog/a-new-post.md"));
    QVERIFY2(text.startsWith("+++\ntitle = \"A New Post\"\ndate = "), text.constData());
    QVERIFY2(text.contains("\ndraft = true\n[taxonomies]\ntags = [\"rust\", \"web dev\"]\n+++\n"), text.constData());
    // Read back as Zola reads it.
    const Run index = run({QStringLiteral("index"), site(), QStringLiteral("--json")});
    bool found = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(index.out).array()) {
        if (v[QStringLiteral("path")].toString() == QLatin1String("content/blog/a-new-post.md")) {
            found = true;
            QCOMPARE(v[QStringLiteral("tags")].toArray().toVariantList(), QVariantList({"rust", "web dev"}));
            QCOMPARE(v[QStringLiteral("draft")].toBool(), true);
        }
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(tst_CliZola)
#include "tst_cli_zola.moc"
