// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Large and hostile files through core: each loads and works (parse, edit,
// render, check, save unchanged) or is refused with a clear error, with
// memory and work bounded by the input's size, and the user's text is never
// lost. How long it takes is bench/'s business; a hang is ctest's timeout.
#include "../tools/heapcounter.h"
#include "../tools/hostilefiles.h"

#include "doctor/postdoctor.h"
#include "post/post.h"
#include "render/renderer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include "support/testfiles.h"

using namespace Qt::StringLiterals;
using namespace postwright;
using namespace postwright::testing;

namespace {

constexpr qint64 MB = 1024 * 1024;

// Fails the test when the work measured by heap used more than bound bytes
// at once.
#define VERIFY_PEAK_HEAP(heap, bound)                                                                       \
    do {                                                                                                    \
        if (HeapCounter::counting()) {                                                                      \
            qInfo("peak heap %lld MB, %lld allocations", (heap).peakBytes() / MB, (heap).allocations());     \
            QVERIFY2((heap).peakBytes() <= (bound), qPrintable(u"peak heap %1 bytes, bound %2"_s               \
                                                                     .arg((heap).peakBytes()).arg(bound))); \
        } else {                                                                                            \
            qInfo("heap not counted: AddressSanitizer has its own allocator");                              \
        }                                                                                                   \
    } while (false)

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
    void thousandsOfKeysRewriteWithFewParses();
    void nulBytesSurviveASave();
    void controlCharacterInYamlIsAnError();
};

void TestHardeningFiles::hostileFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    // The title line that setting the title rewrites; empty: the edit is
    // refused and the text stays as it was.
    QTest::addColumn<QByteArray>("titleLine");
    // The most heap the whole row may use at once. The text is held as
    // UTF-8, UTF-16 and HTML at once, with the render's parse tree and the
    // check's lines: about 23 bytes a byte for big-50mb (1162 MB), 48 for
    // the short lines of lines-100k (136 MB). Rendering a large post inside
    // the render arena, which frees nothing until the end (a past bug),
    // takes 2156 and 202 MB.
    QTest::addColumn<qint64>("heapMB");
    struct Expected
    {
        QByteArray titleLine;
        qint64 heapMB;
    };
    const QHash<QByteArray, Expected> expected{
        {"big-50mb", {"title: Big\n", 1600}},
        {"lines-100k", {"title: Lines\n", 170}},
        {"nested-lists-10k", {"title: Lists\n", 32}},
        {"nested-quotes-10k", {"title: Quotes\n", 32}},
        {"binary", {"", 8}},
        {"zeros", {"", 8}},
        {"invalid-utf8", {"", 8}},
        {"utf16le-without-bom", {"", 8}},
        {"utf16be-without-bom", {"", 8}},
        {"alias-bomb", {"title: Laughs\n", 8}},
        {"front-matter-10mb", {"", 96}},   // kept as text: no edit
        {"nul-bytes", {"title: Nul\n", 8}},
    };
    for (const hostile::HostileFile &file : hostile::hostileFiles()) {
        if (!expected.contains(file.name))
            QFAIL(qPrintable(u"no expected outcome for %1"_s.arg(QLatin1String(file.name))));
        const Expected &row = expected.value(file.name);
        QTest::newRow(file.name) << file.bytes << QString::fromUtf8(file.error) << row.titleLine << row.heapMB;
    }
}

void TestHardeningFiles::hostileFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QFETCH(QByteArray, titleLine);
    QFETCH(qint64, heapMB);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"post.md"_s);
    writeFile(path, bytes);
    const HeapCounter heap;
    Result<Post> loaded = Post::load(path);
    if (!error.isEmpty()) {
        QVERIFY2(!loaded, "a file that cannot be text loaded as a post");
        QVERIFY2(loaded.error().message.contains(error), qPrintable(loaded.error().toString()));
        QCOMPARE(loaded.error().path, path);
        VERIFY_PEAK_HEAP(heap, heapMB * MB);
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

    // Setting the title rewrites its line and nothing else, or is refused
    // and changes nothing; the body is never touched.
    QByteArray expected = bytes;
    if (!titleLine.isEmpty()) {
        QVERIFY(bytes.startsWith("---\n" + titleLine));
        expected.replace(4, titleLine.size(), "title: Edited\n");
    }
    const QString body = post.body().toString();
    QCOMPARE(bool(post.setField(u"title"_s, Value::fromString(u"Edited"_s))), !titleLine.isEmpty());
    QCOMPARE(post.body().toString(), body);
    QVERIFY(post.toBytes() == expected);
    QVERIFY(post.save());
    QVERIFY(readAll(path) == expected);
    const Result<Post> reloaded = Post::load(path);
    QVERIFY(reloaded);
    QVERIFY(reloaded.value().text() == post.text());
    if (!titleLine.isEmpty())
        QCOMPARE(reloaded.value().frontMatter().string(u"title"_s), u"Edited"_s);
    // Load, render, check, edit and save, all of it.
    VERIFY_PEAK_HEAP(heap, heapMB * MB);
}

void TestHardeningFiles::aliasBombStaysUnexpanded()
{
    const HeapCounter heap;
    const Result<Post> post = Post::fromBytes(hostile::aliasBomb());
    QVERIFY(post);
    const FrontMatter &fm = post.value().frontMatter();
    QVERIFY2(fm.isValid(), qPrintable(fm.error ? fm.error->message : QString()));
    QCOMPARE(fm.string(u"title"_s), u"Laughs"_s);
    // A list of aliases is read-only and never expanded.
    const Field *top = fm.field(u"l12"_s);
    QVERIFY(top);
    QVERIFY(top->readOnly);
    QVERIFY(top->value.list.isEmpty());
    QVERIFY(!top->value.text.contains(u"lol"_s));
    // 9^12 "lol"s never exist, not even for a moment.
    VERIFY_PEAK_HEAP(heap, 4 * MB);
}

void TestHardeningFiles::hugeFrontMatterIsKeptAsText()
{
    const QByteArray bytes = hostile::hugeFrontMatter(10 * 1024 * 1024);
    const HeapCounter heap;
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
    // Never handed to a parser: parsing its 200000 keys takes millions of
    // allocations and gigabytes.
    if (HeapCounter::counting())
        QVERIFY2(heap.allocations() < 1000, qPrintable(u"%1 allocations"_s.arg(heap.allocations())));
    VERIFY_PEAK_HEAP(heap, 8 * bytes.size());

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
    const QString text = QString::fromUtf8(markdown);
    const HeapCounter heap;
    const RenderResult result = render(text);
    QVERIFY(!result.html.isEmpty());
    qInfo("%lld bytes of HTML from %lld of Markdown", qint64(result.html.size()), qint64(markdown.size()));
    // Output and memory follow the input: the HTML may be larger than the
    // Markdown (tags, data-sourcepos), but by a bounded factor.
    QVERIFY2(result.html.size() < 100 * markdown.size() + 4096,
             qPrintable(u"%1 characters of HTML"_s.arg(result.html.size())));
    // Memory follows input and output: nodes for each delimiter, the
    // HTML as UTF-8 and UTF-16.
    VERIFY_PEAK_HEAP(heap, 400 * markdown.size() + 16 * result.html.size() + 16 * MB);
}

// A table that would need too many padding cells shows as its text, every
// cell of it; a big table with full rows stays a table.
void TestHardeningFiles::wideTablesShowAsText()
{
    const QString wide = u"Before.\n\n|"_s + u"h|"_s.repeated(3000) + u"\n|"_s + u"-|"_s.repeated(3000) + u"\n"_s
                         + u"|cell 1\n|cell 2\n|cell 3\n"_s + u"|x\n"_s.repeated(3000) + u"\nAfter.\n"_s;
    const HeapCounter heap;
    const RenderResult defused = render(wide);
    // Three thousand columns of padding for each of 3000 rows would be nine
    // million cells, gigabytes of nodes.
    VERIFY_PEAK_HEAP(heap, 16 * MB);
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

// Rewriting every key of a 1000-key block (what roundtrip does) parses it a
// fixed number of times, not once per key (for 5000 keys that took minutes):
// it allocates no more than ten parses of the block do, where a parse per key
// would be a thousand.
void TestHardeningFiles::thousandsOfKeysRewriteWithFewParses()
{
    QString text = u"---\n"_s;
    for (int i = 0; i < 1000; ++i)
        text += u"key%1: value number %1\n"_s.arg(i);
    text += u"---\nBody.\n"_s;
    qint64 parseAllocations = 0;
    FrontMatter fm;
    {
        const HeapCounter heap;
        fm = parseFrontMatter(text);
        parseAllocations = heap.allocations();
    }
    QVERIFY(!fm.error);
    QCOMPARE(fm.fields.size(), 1000);
    QList<FieldChange> changes;
    for (const Field &f : fm.fields)
        changes.append({f.key, f.value});
    const HeapCounter heap;
    const Result<QString> rewritten = setFrontMatterFields(text, changes, WriteMode::Rewrite);
    if (HeapCounter::counting()) {
        qInfo("one parse: %lld allocations; the rewrite: %lld", parseAllocations, heap.allocations());
        QVERIFY2(heap.allocations() <= 10 * parseAllocations,
                 qPrintable(u"%1 allocations, %2 for one parse"_s.arg(heap.allocations()).arg(parseAllocations)));
    }
    QVERIFY(rewritten);
    QCOMPARE(rewritten.value(), text);
    changes[432].value = Value::fromString(u"changed"_s);
    const Result<QString> one = setFrontMatterFields(text, changes, WriteMode::KeepEqual);
    QVERIFY(one);
    QCOMPARE(parseFrontMatter(one.value()).string(u"key432"_s), u"changed"_s);
    QCOMPARE(one.value().size(), text.size() - u"value number 432"_s.size() + u"changed"_s.size());
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
