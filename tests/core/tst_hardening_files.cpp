// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Large and hostile files through core: each loads and works (parse, edit,
// render, check, save unchanged) or is refused with a clear error, in
// bounded time and memory, and the user's text is never lost.
#include "../tools/hostilefiles.h"

#include "doctor/postdoctor.h"
#include "post/post.h"
#include "render/renderer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace postwright;

namespace {

// Peak resident memory of this process so far (VmHWM), in MB.
qint64 peakMemoryMB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return 0;
}

// Generous: sanity bounds against hangs and blow-ups, not a benchmark.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 memoryBoundMB = 8192;   // ASan's shadow and quarantine
constexpr qint64 timeBoundMs = 120000;
#else
constexpr qint64 memoryBoundMB = 3072;
constexpr qint64 timeBoundMs = 30000;
#endif

} // namespace

class TestHardeningFiles final : public QObject
{
    Q_OBJECT

private slots:
    void hostileFile_data();
    void hostileFile();
    void aliasBombStaysUnexpanded();
    void hugeFrontMatterIsKeptAsText();
    void deepFrontMatterNestingIsAnError_data();
    void deepFrontMatterNestingIsAnError();
    void pathologicalMarkdownRenders_data();
    void pathologicalMarkdownRenders();
    void wideTablesShowAsText();
    void thousandsOfKeysRewriteInBoundedTime();
    void nulBytesSurviveASave();
    void controlCharacterInYamlIsAnError();
};

void TestHardeningFiles::hostileFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    for (const hostile::HostileFile &file : hostile::hostileFiles())
        QTest::newRow(file.name) << file.bytes << QString::fromUtf8(file.error);
}

void TestHardeningFiles::hostileFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QElapsedTimer timer;
    timer.start();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"post.md"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    Result<Post> loaded = Post::load(path);
    if (!error.isEmpty()) {
        QVERIFY2(!loaded, "a file that cannot be text loaded as a post");
        QVERIFY2(loaded.error().message.contains(error), qPrintable(loaded.error().toString()));
        QCOMPARE(loaded.error().path, path);
        QVERIFY(timer.elapsed() < timeBoundMs);
        return;
    }
    if (!loaded)
        QFAIL(qPrintable(loaded.error().toString()));
    Post post = std::move(loaded).value();
    QVERIFY(post.toBytes() == bytes);

    RenderOptions options;
    options.firstLine = post.bodyFirstLine();
    const RenderResult rendered = render(post.body(), options);
    QVERIFY(!rendered.html.isEmpty());
    checkPost(post);

    // An edit either works or is refused; the body is never touched.
    const QString body = post.body().toString();
    const auto set = post.setField(u"title"_s, Value::fromString(u"Edited"_s));
    if (set)
        QCOMPARE(post.frontMatter().string(u"title"_s), u"Edited"_s);
    QCOMPARE(post.body().toString(), body);
    QVERIFY(post.save());
    const Result<Post> reloaded = Post::load(path);
    QVERIFY(reloaded);
    QVERIFY(reloaded.value().text() == post.text());

    qInfo("%lld ms, peak %lld MB", qint64(timer.elapsed()), peakMemoryMB());
    QVERIFY2(timer.elapsed() < timeBoundMs, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    QVERIFY2(peakMemoryMB() < memoryBoundMB, qPrintable(u"peak %1 MB"_s.arg(peakMemoryMB())));
}

void TestHardeningFiles::aliasBombStaysUnexpanded()
{
    QElapsedTimer timer;
    timer.start();
    const Result<Post> post = Post::fromBytes(hostile::aliasBomb());
    QVERIFY(post);
    const FrontMatter &fm = post.value().frontMatter();
    QVERIFY2(fm.isValid(), qPrintable(fm.error ? fm.error->message : QString()));
    QCOMPARE(fm.string(u"title"_s), u"Laughs"_s);
    // An alias is shown as its source text, read-only: never expanded.
    const Field *top = fm.field(u"l12"_s);
    QVERIFY(top);
    QVERIFY(top->readOnly);
    QVERIFY(top->value.text.size() < 200);
    QVERIFY(timer.elapsed() < timeBoundMs);
}

void TestHardeningFiles::hugeFrontMatterIsKeptAsText()
{
    const QByteArray bytes = hostile::hugeFrontMatter(10 * 1024 * 1024);
    QElapsedTimer timer;
    timer.start();
    Result<Post> loaded = Post::fromBytes(bytes);
    QVERIFY(loaded);
    Post post = std::move(loaded).value();
    const FrontMatter &fm = post.frontMatter();
    QVERIFY(fm.error);
    QVERIFY2(fm.error->message.contains(u"more than the 1 MB"_s), qPrintable(fm.error->message));
    QCOMPARE(fm.error->line, 1);
    QVERIFY(fm.fields.isEmpty());
    // The block stays where it was; only the body is rendered.
    QCOMPARE(post.body().toString(), u"The body.\n"_s);
    QVERIFY(!post.setField(u"title"_s, Value::fromString(u"x"_s)));
    QVERIFY(post.toBytes() == bytes);
    QVERIFY(timer.elapsed() < timeBoundMs);

    // Just under the limit still parses.
    const Result<Post> smaller = Post::fromBytes(hostile::hugeFrontMatter(maxFrontMatterSize - 1024));
    QVERIFY(smaller);
    QVERIFY(smaller.value().frontMatter().isValid());
    QCOMPARE(smaller.value().frontMatter().string(u"title"_s), u"Huge front matter"_s);
}

void TestHardeningFiles::deepFrontMatterNestingIsAnError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    const int depth = 10000;
    QTest::newRow("yaml-flow") << "---\ntitle: x\nk: " + QByteArray("[").repeated(depth) + QByteArray("]").repeated(depth) + "\n---\n"
                               << u"nested too deeply"_s;
    QTest::newRow("yaml-flow-maps") << "---\ntitle: x\nk: " + QByteArray("{a: ").repeated(depth) + QByteArray("}").repeated(depth) + "\n---\n"
                                    << u"nested too deeply"_s;
    QByteArray block = "---\ntitle: x\n";
    for (int i = 0; i < 600; ++i)
        block += QByteArray(" ").repeated(i) + "k" + QByteArray::number(i) + ":\n";
    QTest::newRow("yaml-block-maps") << block + "---\n" << u"nested too deeply"_s;
    QTest::newRow("toml") << "+++\ntitle = \"x\"\nk = " + QByteArray("[").repeated(depth) + QByteArray("]").repeated(depth) + "\n+++\n"
                          << u"nested"_s;
    QTest::newRow("json") << "{\"title\": \"x\", \"k\": " + QByteArray("[").repeated(depth) + QByteArray("]").repeated(depth) + "}\n"
                          << u"nested"_s;
}

void TestHardeningFiles::deepFrontMatterNestingIsAnError()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const Result<Post> post = Post::fromBytes(bytes);
    QVERIFY(post);
    const FrontMatter &fm = post.value().frontMatter();
    QVERIFY(fm.error);
    QVERIFY2(fm.error->message.contains(error), qPrintable(fm.error->message));
    QVERIFY(fm.error->line > 0);
    QVERIFY(post.value().toBytes() == bytes);
}

void TestHardeningFiles::pathologicalMarkdownRenders_data()
{
    QTest::addColumn<QByteArray>("markdown");
    const int n = 50000;
    QTest::newRow("open-brackets") << QByteArray("[").repeated(n);
    QTest::newRow("nested-links") << QByteArray("[").repeated(n) + "a" + QByteArray("](b)").repeated(n);
    QTest::newRow("emphasis") << QByteArray("*a ").repeated(n) + QByteArray(" a*").repeated(n);
    QTest::newRow("backticks") << QByteArray("`a``").repeated(n);
    // 1000 header cells, then 1000 one-cell rows: each row is padded to the
    // header's width, a million cells from 7 KB.
    QTest::newRow("table-columns") << "|" + QByteArray("a|").repeated(1000) + "\n|" + QByteArray("-|").repeated(1000) + "\n"
                                          + QByteArray("|x\n").repeated(1000);
    QTest::newRow("nested-ordered-lists") << QByteArray("1. ").repeated(10000) + "x\n";
    QTest::newRow("nested-html") << QByteArray("<div>").repeated(n) + "x" + QByteArray("</div>").repeated(n);
    QTest::newRow("footnote-refs") << QByteArray("[^a]").repeated(n) + "\n\n[^a]: note\n";
}

void TestHardeningFiles::pathologicalMarkdownRenders()
{
    QFETCH(QByteArray, markdown);
    QElapsedTimer timer;
    timer.start();
    const RenderResult result = render(QString::fromUtf8(markdown));
    QVERIFY(!result.html.isEmpty());
    qInfo("%lld ms, %lld bytes of HTML from %lld of Markdown", qint64(timer.elapsed()), qint64(result.html.size()),
          qint64(markdown.size()));
    QVERIFY2(timer.elapsed() < timeBoundMs, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    // Memory follows the output: the HTML may be larger than the Markdown
    // (tags, data-sourcepos), but by a bounded factor.
    QVERIFY2(result.html.size() < 100 * markdown.size() + 4096,
             qPrintable(u"%1 characters of HTML"_s.arg(result.html.size())));
}

// A table that would need too many padding cells shows as its text, every
// cell of it; a big table with full rows stays a table.
void TestHardeningFiles::wideTablesShowAsText()
{
    const QString wide = u"Before.\n\n|"_s + u"h|"_s.repeated(3000) + u"\n|"_s + u"-|"_s.repeated(3000) + u"\n"_s
                         + u"|cell 1\n|cell 2\n|cell 3\n"_s + u"|x\n"_s.repeated(3000) + u"\nAfter.\n"_s;
    QElapsedTimer timer;
    timer.start();
    const RenderResult defused = render(wide);
    QVERIFY2(timer.elapsed() < timeBoundMs, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    QVERIFY(!defused.html.contains(u"<table"_s));
    for (const QString &text : {u"Before."_s, u"cell 1"_s, u"cell 2"_s, u"cell 3"_s, u"After."_s, u"|-|-|"_s})
        QVERIFY2(defused.html.contains(text), qPrintable(text));
    QVERIFY(!defused.html.contains(u"\\|"_s));   // the escape is not shown

    // 20 columns x 2000 full rows: 40000 cells, none padded.
    const QString full = u"|"_s + u"h|"_s.repeated(20) + u"\n|"_s + u"-|"_s.repeated(20) + u"\n"_s
                         + (u"|"_s + u"c|"_s.repeated(20) + u"\n"_s).repeated(2000);
    const RenderResult table = render(full);
    QVERIFY(table.html.contains(u"<table"_s));
    QCOMPARE(table.html.count(u">c</td>"_s), 40000);
    // The same wide table inside a code block is code: shown as written.
    const QString fenced = u"```\n"_s + wide.section(u"\n\n"_s, 1, 1) + u"\n```\n"_s;
    const RenderResult code = render(fenced);
    QVERIFY(code.html.contains(u"<pre"_s));
    QVERIFY(!code.html.contains(u"\\|"_s));
    QVERIFY(code.html.contains(u"|-|-|"_s));
    // Also when the fence follows a small table on the very next line (the
    // fence ends the table, and its code starts with a blank line).
    const RenderResult afterTable = render(u"| a |\n|---|\n| b |\n```\n\n"_s + wide.section(u"\n\n"_s, 1, 1) + u"\n```\n"_s);
    QVERIFY(afterTable.html.contains(u"<table"_s));
    QVERIFY(!afterTable.html.contains(u"\\|"_s));
    // A short row is still padded, as GFM says.
    const RenderResult padded = render(u"| a | b | c |\n|---|---|---|\n| x |\n"_s);
    QCOMPARE(padded.html.count(u"<td"_s), 3);
}

// Rewriting every key of a 5000-key block (what roundtrip does) parses it a
// fixed number of times, not once per key (that took minutes).
void TestHardeningFiles::thousandsOfKeysRewriteInBoundedTime()
{
    QString text = u"---\n"_s;
    for (int i = 0; i < 5000; ++i)
        text += u"key%1: value number %1\n"_s.arg(i);
    text += u"---\nBody.\n"_s;
    const FrontMatter fm = parseFrontMatter(text);
    QVERIFY(!fm.error);
    QCOMPARE(fm.fields.size(), 5000);
    QList<FieldChange> changes;
    for (const Field &f : fm.fields)
        changes.append({f.key, f.value});
    QElapsedTimer timer;
    timer.start();
    const Result<QString> rewritten = setFrontMatterFields(text, changes, WriteMode::Rewrite);
    QVERIFY2(timer.elapsed() < timeBoundMs, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    QVERIFY(rewritten);
    QCOMPARE(rewritten.value(), text);
    changes[4321].value = Value::fromString(u"changed"_s);
    const Result<QString> one = setFrontMatterFields(text, changes, WriteMode::KeepEqual);
    QVERIFY(one);
    QCOMPARE(parseFrontMatter(one.value()).string(u"key4321"_s), u"changed"_s);
    QCOMPARE(one.value().size(), text.size() - u"value number 4321"_s.size() + u"changed"_s.size());
}

void TestHardeningFiles::nulBytesSurviveASave()
{
    const QByteArray bytes = QByteArray("---\ntitle: Nul\n---\nBefore") + '\0' + "after.\n";
    Result<Post> loaded = Post::fromBytes(bytes);
    QVERIFY(loaded);
    Post post = std::move(loaded).value();
    QVERIFY(post.text().contains(QChar(0)));
    QVERIFY(post.setField(u"draft"_s, Value::fromBool(true)));
    QVERIFY(post.toBytes().endsWith(QByteArray("Before") + '\0' + "after.\n"));
    // The renderer sees U+FFFD (CommonMark's rule), not a cut-off string.
    QVERIFY(render(post.body()).html.contains(u"after."_s));
}

void TestHardeningFiles::controlCharacterInYamlIsAnError()
{
    // yaml-cpp stops at a NUL: it read "title: A" and a key "=", and removing
    // the title left a block that no longer parsed (found by fuzz_frontmatter).
    const QByteArray bytes = QByteArray("---\ntitle: A\n=") + '\0' + "0s: Ka, b\ndraft: true\n---\nBody\n";
    const Result<Post> post = Post::fromBytes(bytes);
    QVERIFY(post);
    const FrontMatter &fm = post.value().frontMatter();
    QVERIFY(fm.error);
    QCOMPARE(fm.error->message, u"the control character U+0000 is not allowed in YAML front matter"_s);
    QCOMPARE(fm.error->line, 3);
    QCOMPARE(fm.error->column, 2);
    QVERIFY(post.value().toBytes() == bytes);
}

QTEST_GUILESS_MAIN(TestHardeningFiles)
#include "tst_hardening_files.moc"
