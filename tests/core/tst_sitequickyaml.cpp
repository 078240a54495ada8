// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatter/quickfrontmatter.h"
#include "post/post.h"
#include "text/textcodec.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

#include "support/testfiles.h"

using namespace postwright;

namespace {

// The quick reader must give exactly what the full parser gives, or nothing.
QString mismatch(const QString &text)
{
    const FrontMatter full = parseFrontMatter(text);
    if (full.format() != FrontMatterFormat::Yaml || !full.block.closed)
        return {};
    const auto quick = readSimpleYaml(QStringView(text).sliced(full.block.contentStart,
                                                               full.block.contentEnd - full.block.contentStart));
    if (!quick)
        return {};
    if (full.error)
        return QStringLiteral("accepted a block the parser rejects: ") + full.error->message;
    if (quick->size() != full.fields.size())
        return QStringLiteral("%1 fields, the parser has %2").arg(quick->size()).arg(full.fields.size());
    for (qsizetype i = 0; i < quick->size(); ++i) {
        const Field &a = quick->at(i);
        const Field &b = full.fields.at(i);
        if (a.key != b.key || !(a.value == b.value) || a.value.type != b.value.type)
            return QStringLiteral("key %1: %2 (%3) vs %4 (%5)")
                .arg(b.key, a.value.displayText(), valueTypeName(a.value.type), b.value.displayText(),
                     valueTypeName(b.value.type));
    }
    return {};
}

} // namespace

class tst_SiteQuickYaml final : public QObject
{
    Q_OBJECT

private slots:
    void sameAsParser_data();
    void sameAsParser();
    void testData();
    void readPostIsTheLoadedPost_data();
    void readPostIsTheLoadedPost();
    void corpus();
};

void tst_SiteQuickYaml::sameAsParser_data()
{
    QTest::addColumn<QString>("block");
    QTest::addColumn<bool>("handled");
    QTest::newRow("scalars") << "title: Hello\ndraft: true\nweight: 3\ndate: 2024-01-02T10:00:00+01:00\n" << true;
    QTest::newRow("quoted") << "title: \"Say 'hi'\"\nother: 'it''s'\nwhen: \"2024-01-02\"\n" << true;
    QTest::newRow("comments") << "# leading\ntitle: C# rocks # trailing\ntags: [a, b] # more\n" << true;
    QTest::newRow("flow lists") << "tags: [a, 'b c', \"d\"]\nempty: []\nnums: [1, 2.5]\n" << true;
    QTest::newRow("block list") << "tags:\n  - a\n  - \"b\"\ncategories:\n- x\nnothing:\n" << true;
    QTest::newRow("yaml 1.1 bools, null") << "a: yes\nb: Off\nc: ~\nd: null\n" << true;
    QTest::newRow("nested map") << "params:\n  foo: bar\n" << false;
    QTest::newRow("block scalar") << "summary: |\n  text\n" << false;
    QTest::newRow("multi-line plain") << "summary: a long\n  line\n" << false;
    QTest::newRow("escapes") << "title: \"a\\tb\"\n" << false;
    QTest::newRow("anchor") << "a: &x 1\nb: *x\n" << false;
    QTest::newRow("duplicate key") << "a: 1\na: 2\n" << false;
    QTest::newRow("list of maps") << "menu:\n  - name: x\n" << false;
    QTest::newRow("colon in plain") << "title: a: b\n" << false;
    QTest::newRow("quoted comma in flow") << "tags: [\"a, b\"]\n" << false;
    QTest::newRow("tab") << "title:\tx\n" << false;
    QTest::newRow("quoted key") << "\"title\": x\n" << false;
}

void tst_SiteQuickYaml::sameAsParser()
{
    QFETCH(QString, block);
    QFETCH(bool, handled);
    QCOMPARE(readSimpleYaml(block).has_value(), handled);
    const QString text = QStringLiteral("---\n") + block + QStringLiteral("---\nBody\n");
    const QString problem = mismatch(text);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// Every decodable post below root reads the same through the quick reader
// as through the full parser; how many were compared.
static int compareBelow(const QString &root)
{
    int checked = 0;
    QDirIterator it(root, {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        const Result<DecodedText> decoded = decodeText(file.readAll());
        if (!decoded)
            continue;
        const QString problem = mismatch(decoded.value().text);
        if (!problem.isEmpty()) {
            qWarning().noquote() << path << problem;
            return -1;
        }
        ++checked;
    }
    return checked;
}

void tst_SiteQuickYaml::testData()
{
    const int checked = compareBelow(QStringLiteral(POSTWRIGHT_TEST_DATA));
    QVERIFY2(checked > 100, qPrintable(QString::number(checked)));
}

void tst_SiteQuickYaml::readPostIsTheLoadedPost_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("plain yaml") << QByteArray("---\ntitle: Hello\ntags: [a, b]\ndraft: true\n---\nBody\n");
    QTest::newRow("nested yaml") << QByteArray("---\ntitle: Nested\nparams:\n  x: 1\n---\nBody\n");
    QTest::newRow("toml") << QByteArray("+++\ntitle = 'Toml'\ntags = ['a']\n+++\nBody\n");
    QTest::newRow("broken yaml") << QByteArray("---\ntitle: [unclosed\n---\nBody\n");
    QTest::newRow("no front matter") << QByteArray("Just a body\n");
    QTest::newRow("crlf") << QByteArray("---\r\ntitle: Windows\r\n---\r\nBody\r\n");
}

// The export reads posts with Post::read: the same text, values, title,
// body and errors as Post::fromBytes, and an edit writes the same file.
void tst_SiteQuickYaml::readPostIsTheLoadedPost()
{
    QFETCH(QByteArray, bytes);
    const QString path = QStringLiteral("/site/posts/name.md");
    Result<Post> read = Post::read(bytes, path);
    Result<Post> loaded = Post::fromBytes(bytes, path);
    QVERIFY(read && loaded);
    Post &a = read.value();
    Post &b = loaded.value();
    QCOMPARE(a.text(), b.text());
    QCOMPARE(a.title(), b.title());
    QCOMPARE(a.body().toString(), b.body().toString());
    QCOMPARE(a.bodyFirstLine(), b.bodyFirstLine());
    QCOMPARE(a.frontMatter().error.has_value(), b.frontMatter().error.has_value());
    if (b.frontMatter().error)
        QCOMPARE(a.frontMatter().error->toString(), b.frontMatter().error->toString());
    QCOMPARE(a.frontMatter().fields.size(), b.frontMatter().fields.size());
    for (qsizetype i = 0; i < a.frontMatter().fields.size(); ++i) {
        QCOMPARE(a.frontMatter().fields.at(i).key, b.frontMatter().fields.at(i).key);
        QVERIFY(a.frontMatter().fields.at(i).value == b.frontMatter().fields.at(i).value);
    }
    const bool editedA = a.setField(QStringLiteral("title"), Value::fromString(QStringLiteral("Changed"))).ok();
    const bool editedB = b.setField(QStringLiteral("title"), Value::fromString(QStringLiteral("Changed"))).ok();
    QCOMPARE(editedA, editedB);
    QCOMPARE(a.toBytes(), b.toBytes());
}

void tst_SiteQuickYaml::corpus()
{
    POSTWRIGHT_CORPUS_TEST();
    const int checked = compareBelow(QStringLiteral(POSTWRIGHT_CORPUS "/realworld"));
    QVERIFY2(checked > 1500, qPrintable(QString::number(checked)));
}

QTEST_GUILESS_MAIN(tst_SiteQuickYaml)
#include "tst_sitequickyaml.moc"
