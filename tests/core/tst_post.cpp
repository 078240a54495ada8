// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "post/post.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include "support/testfiles.h"

using namespace Qt::StringLiterals;
using namespace postwright;
using namespace postwright::testing;

namespace {

QString postsDir()
{
    return QStringLiteral(POSTWRIGHT_TEST_DATA "/posts/");
}

// Every fixture, relative to tests/data/posts.
QStringList fixtures()
{
    QStringList files;
    QDirIterator it(postsDir(), {u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(postsDir()).relativeFilePath(it.next()));
    files.sort();
    return files;
}

// A copy of a fixture or corpus file in dir, so that the test may change it.
QString copyInto(const QTemporaryDir &dir, const QString &source)
{
    const QString target = dir.filePath(source.section(u'/', -1));
    QFile::remove(target);
    return QFile::copy(source, target) ? target : QString();
}

QString describe(const Value &v)
{
    if (v.type == ValueType::List)
        return u"list:"_s + v.list.join(u'|');
    return valueTypeName(v.type) + u':' + v.displayText();
}

} // namespace

class tst_Post : public QObject
{
    Q_OBJECT

private slots:
    void unmodifiedSavesIdentical_data();
    void unmodifiedSavesIdentical();
    void editKeepsEncodingAndLineEndings_data();
    void editKeepsEncodingAndLineEndings();
    void editSequence_data();
    void editSequence();
    void malformedKeptAsText_data();
    void malformedKeptAsText();
    void unreadable_data();
    void unreadable();
    void saveFailureLeavesFile();
    void saveLeavesNoTemporaryFiles();
    void convertEncodingAndLineEndings_data();
    void convertEncodingAndLineEndings();
    void noFrontMatter();
    void title_data();
    void title();
};

void tst_Post::unmodifiedSavesIdentical_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : fixtures())
        QTest::newRow(qPrintable(file)) << file;
    QVERIFY(fixtures().size() > 40);
}

// Load + save without a change writes the same bytes: every encoding, BOM,
// line ending, and malformed blocks too.
void tst_Post::unmodifiedSavesIdentical()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = copyInto(dir, postsDir() + file);
    QVERIFY(!path.isEmpty());
    const QByteArray original = readAll(path);
    const Result<Post> loaded = Post::load(path);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    const Post &post = loaded.value();
    QCOMPARE(post.path(), path);
    QCOMPARE(post.toBytes(), original);
    QVERIFY(post.save());
    QCOMPARE(readAll(path), original);
    // Saved elsewhere it is the same file too.
    const QString other = dir.filePath(u"other.md"_s);
    QVERIFY(post.save(other));
    QCOMPARE(readAll(other), original);
    // A malformed block still loads; its error names the file.
    if (file.startsWith(u"malformed/")) {
        QVERIFY(post.frontMatter().error);
        QCOMPARE(post.frontMatter().error->path, path);
        QVERIFY(post.frontMatter().error->line > 0);
    } else {
        QVERIFY(!post.frontMatter().error);
    }
}

void tst_Post::editKeepsEncodingAndLineEndings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("lineBreak");   // empty: mixed, check the body only
    const auto row = [](const char *file, Encoding encoding, bool bom, const QString &lineBreak) {
        QTest::newRow(file) << QString::fromLatin1(file) << int(encoding) << bom << lineBreak;
    };
    row("yaml/lf.md", Encoding::Utf8, false, u"\n"_s);
    row("yaml/crlf.md", Encoding::Utf8, false, u"\r\n"_s);
    row("yaml/cr.md", Encoding::Utf8, false, u"\r"_s);
    row("yaml/bom-crlf.md", Encoding::Utf8, true, u"\r\n"_s);
    row("yaml/utf16le-crlf.md", Encoding::Utf16LE, true, u"\r\n"_s);
    row("yaml/utf16be.md", Encoding::Utf16BE, true, u"\n"_s);
    row("yaml/mixed.md", Encoding::Utf8, false, QString());
    row("toml/lf.md", Encoding::Utf8, false, u"\n"_s);
    row("toml/crlf.md", Encoding::Utf8, false, u"\r\n"_s);
    row("toml/cr.md", Encoding::Utf8, false, u"\r"_s);
    row("toml/bom.md", Encoding::Utf8, true, u"\n"_s);
    row("json/lf.md", Encoding::Utf8, false, u"\n"_s);
    row("json/crlf.md", Encoding::Utf8, false, u"\r\n"_s);
    row("json/bom.md", Encoding::Utf8, true, u"\n"_s);
}

// Editing and saving writes the post's own encoding, BOM and line endings,
// changes only the edited keys' lines and never the body.
void tst_Post::editKeepsEncodingAndLineEndings()
{
    QFETCH(QString, file);
    QFETCH(int, encoding);
    QFETCH(bool, bom);
    QFETCH(QString, lineBreak);
    QTemporaryDir dir;
    const QString path = copyInto(dir, postsDir() + file);
    Result<Post> loaded = Post::load(path);
    QVERIFY(loaded);
    Post post = std::move(loaded).value();
    QCOMPARE(int(post.encoding()), encoding);
    QCOMPARE(post.hasBom(), bom);
    const QString bodyBefore = post.body().toString();
    const FrontMatter before = post.frontMatter();

    const QString title = u"Nouveau: “titre” 🚀 — שלום"_s;
    const QString summary = u"Line one: with a colon\nLine two # not a comment\n"_s;
    QVERIFY(post.setField(u"title"_s, Value::fromString(title)));
    QVERIFY(post.setField(u"summary"_s, Value::fromString(summary)));
    QVERIFY(post.setField(u"tags"_s, Value::fromList({u"go"_s, u"c++"_s, u"new tag"_s})));
    QVERIFY(post.setField(u"draft"_s, Value::fromBool(true)));
    QVERIFY(post.setField(u"added"_s, Value::fromString(u"a \"new\" key"_s)));
    QVERIFY(post.save());

    const QByteArray saved = readAll(path);
    Result<Post> reloaded = Post::load(path);
    QVERIFY(reloaded);
    const Post &again = reloaded.value();
    QCOMPARE(int(again.encoding()), encoding);
    QCOMPARE(again.hasBom(), bom);
    QCOMPARE(again.toBytes(), saved);
    QCOMPARE(again.body().toString(), bodyBefore);
    if (!lineBreak.isEmpty()) {
        QString rest = again.text();
        rest.remove(lineBreak);
        QVERIFY2(!rest.contains(u'\n') && !rest.contains(u'\r'), "a foreign line break was written");
    } else {
        // Mixed: the block kept its CRLF.
        const QStringView block = QStringView(again.text()).first(again.frontMatter().block.bodyStart);
        QCOMPARE(block.count(u"\r\n"_s), block.count(u'\n'));
    }
    const FrontMatter &fm = again.frontMatter();
    QVERIFY(!fm.error);
    QCOMPARE(fm.string(u"title"_s), title);
    QCOMPARE(fm.string(u"summary"_s), summary);
    QCOMPARE(fm.field(u"tags"_s)->value.list, (QStringList{u"go"_s, u"c++"_s, u"new tag"_s}));
    QCOMPARE(describe(fm.field(u"draft"_s)->value), describe(Value::fromBool(true)));
    QCOMPARE(fm.string(u"added"_s), u"a \"new\" key"_s);
    const QStringList edited{u"title"_s, u"summary"_s, u"tags"_s, u"draft"_s, u"added"_s};
    for (const Field &f : before.fields) {
        if (edited.contains(f.key))
            continue;
        QVERIFY(fm.field(f.key));
        QVERIFY2(fm.field(f.key)->value == f.value, qPrintable(f.key));
    }
}

void tst_Post::editSequence_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("expected");
    QTest::newRow("yaml")
        << u"---\r\n"
           u"title: \"Old\" # the title\r\n"
           u"date: 2024-01-02\r\n"
           u"\r\n"
           u"# taxonomies\r\n"
           u"tags: [a, b]\r\n"
           u"draft: true\r\n"
           u"unknown_key: {x: 1}\r\n"
           u"remove_me: bye\r\n"
           u"---\r\n"
           u"Body {{< x >}}\r\n"_s
        << u"---\r\n"
           u"title: \"New: it's \\\"here\\\"\" # the title\r\n"
           u"date: 2025-06-03\r\n"
           u"\r\n"
           u"# taxonomies\r\n"
           u"tags: [a, \"b, c\", ד]\r\n"
           u"draft: false\r\n"
           u"unknown_key: {x: 1}\r\n"
           u"slug: new-post\r\n"
           u"---\r\n"
           u"Body {{< x >}}\r\n"_s;
    QTest::newRow("toml")
        << u"+++\n"
           u"title = \"Old\" # the title\n"
           u"date = 2024-01-02T10:00:00+01:00\n"
           u"\n"
           u"# taxonomies\n"
           u"tags = ['a', 'b']\n"
           u"draft = true\n"
           u"remove_me = \"bye\"\n"
           u"\n"
           u"[extra]\n"
           u"x = 1\n"
           u"+++\n"
           u"Body\n"_s
        << u"+++\n"
           u"title = \"New: it's \\\"here\\\"\" # the title\n"
           u"date = 2025-06-03T10:00:00+01:00\n"
           u"\n"
           u"# taxonomies\n"
           u"tags = ['a', 'b, c', 'ד']\n"
           u"draft = false\n"
           u"slug = \"new-post\"\n"
           u"\n"
           u"[extra]\n"
           u"x = 1\n"
           u"+++\n"
           u"Body\n"_s;
    QTest::newRow("json")
        << u"{\n"
           u"  \"title\": \"Old\",\n"
           u"  \"date\": \"2024-01-02T10:00:00Z\",\n"
           u"  \"tags\": [\"a\", \"b\"],\n"
           u"  \"draft\": true,\n"
           u"  \"remove_me\": \"bye\",\n"
           u"  \"unknown\": {\"x\": [1, 2]}\n"
           u"}\n"
           u"Body\n"_s
        << u"{\n"
           u"  \"title\": \"New: it's \\\"here\\\"\",\n"
           u"  \"date\": \"2025-06-03T10:00:00Z\",\n"
           u"  \"tags\": [\"a\", \"b, c\", \"ד\"],\n"
           u"  \"draft\": false,\n"
           u"  \"unknown\": {\"x\": [1, 2]},\n"
           u"  \"slug\": \"new-post\"\n"
           u"}\n"
           u"Body\n"_s;
}

// The edits a user makes in the form, saved: the file reads exactly as
// expected, comments, blank lines and unknown keys untouched.
void tst_Post::editSequence()
{
    QFETCH(QString, before);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"post.md"_s);
    writeFile(path, before.toUtf8());
    Result<Post> loaded = Post::load(path);
    QVERIFY(loaded);
    Post post = std::move(loaded).value();
    const Field *date = post.frontMatter().field(u"date"_s);
    QVERIFY(date);
    QCOMPARE(date->value.type, ValueType::Date);
    // The date picker moves the day; the format of the value stays.
    const QDateTime old = date->value.date.toDateTime();
    const DateTimeValue newDate = date->value.date.withDateTime(old.addDays(old.date().daysTo(QDate(2025, 6, 3))));
    QVERIFY(post.setField(u"title"_s, Value::fromString(u"New: it's \"here\""_s)));
    QVERIFY(post.setField(u"date"_s, Value::fromDate(newDate)));
    QVERIFY(post.setField(u"tags"_s, Value::fromList({u"a"_s, u"b, c"_s, u"ד"_s})));
    QVERIFY(post.setField(u"draft"_s, Value::fromBool(false)));
    QVERIFY(post.removeField(u"remove_me"_s));
    QVERIFY(post.setField(u"slug"_s, Value::fromString(u"new-post"_s)));
    QVERIFY(post.save());
    QCOMPARE(QString::fromUtf8(readAll(path)), expected);
}

void tst_Post::malformedKeptAsText_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::newRow("yaml") << u"malformed/yaml-bad-indent-crlf.md"_s << 3;
    QTest::newRow("yaml unclosed") << u"malformed/yaml-unclosed.md"_s << 1;
    QTest::newRow("toml") << u"malformed/toml-missing-value.md"_s << 3;
    QTest::newRow("json") << u"malformed/json-bad-value.md"_s << 3;
}

// A block that does not parse: the post loads, edits through the form are
// refused with the error, and the text stays editable and saves as it is.
void tst_Post::malformedKeptAsText()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QTemporaryDir dir;
    const QString path = copyInto(dir, postsDir() + file);
    const QByteArray original = readAll(path);
    Result<Post> loaded = Post::load(path);
    QVERIFY(loaded);
    Post post = std::move(loaded).value();
    QVERIFY(post.frontMatter().error);
    QCOMPARE(post.frontMatter().error->line, line);
    const Result<Success> set = post.setField(u"title"_s, Value::fromString(u"x"_s));
    QVERIFY(!set);
    QCOMPARE(set.error().path, path);
    QCOMPARE(set.error().line, line);
    QVERIFY(set.error().toString().startsWith(path + u':' + QString::number(line) + u':'));
    QVERIFY(!post.removeField(u"title"_s));
    QCOMPARE(post.toBytes(), original);
    QVERIFY(post.save());
    QCOMPARE(readAll(path), original);
    // Fixing the text by hand makes the block valid again.
    QString text = post.text();
    text.replace(u"  bad: indent"_s, u"bad: indent"_s)
        .replace(u"date = \n"_s, u"date = 2024-01-01\n"_s)
        .replace(u"tru\n"_s, u"true\n"_s)
        .replace(u"no closing delimiter\n"_s, u"---\n"_s);
    post.setText(text);
    QVERIFY2(!post.frontMatter().error, qPrintable(post.frontMatter().error ? post.frontMatter().error->toString() : QString()));
    QVERIFY(post.setField(u"title"_s, Value::fromString(u"Fixed"_s)));
    QCOMPARE(post.frontMatter().string(u"title"_s), u"Fixed"_s);
}

void tst_Post::unreadable_data()
{
    QTest::addColumn<QByteArray>("bytes");   // empty: the file does not exist
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QByteArray() << 0 << 0 << u"cannot read"_s;
    QTest::newRow("latin-1") << QByteArray("---\ntitle: Caf\xE9\n---\n") << 2 << 11 << u"byte offset 14"_s;
    QTest::newRow("windows-1252 in body CRLF") << QByteArray("---\r\na: 1\r\n---\r\n\x93quoted\x94\r\n") << 4 << 1
                                               << u"byte offset 16"_s;
    QTest::newRow("utf-16 odd") << QByteArray("\xFF\xFE-\0-", 5) << 0 << 0 << u"odd number of bytes"_s;
}

// What cannot be read is an error "path:line:col: message", never a guess.
void tst_Post::unreadable()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"post.md"_s);
    if (!bytes.isEmpty())
        writeFile(path, bytes);
    const Result<Post> loaded = Post::load(path);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().path, path);
    QCOMPARE(loaded.error().line, line);
    QCOMPARE(loaded.error().column, column);
    QVERIFY2(loaded.error().message.contains(message), qPrintable(loaded.error().message));
    if (line > 0)
        QVERIFY(loaded.error().toString().startsWith(u"%1:%2:%3: "_s.arg(path).arg(line).arg(column)));
}

// A save that cannot happen is an error, and the file on disk is as it was.
void tst_Post::saveFailureLeavesFile()
{
    QTemporaryDir dir;
    const QString path = copyInto(dir, postsDir() + u"yaml/lf.md"_s);
    const QByteArray original = readAll(path);
    Result<Post> loaded = Post::load(path);
    QVERIFY(loaded);
    Post post = std::move(loaded).value();
    QVERIFY(post.setField(u"title"_s, Value::fromString(u"Changed"_s)));

    const QString missingDir = dir.filePath(u"no/such/dir/post.md"_s);
    const Result<Success> failed = post.save(missingDir);
    QVERIFY(!failed);
    QCOMPARE(failed.error().path, missingDir);
    QVERIFY(!QFile::exists(missingDir));

    // A directory where the file should be: nothing is replaced.
    const QString blocked = dir.filePath(u"blocked.md"_s);
    QVERIFY(QDir(dir.path()).mkdir(u"blocked.md"_s));
    QVERIFY(!post.save(blocked));
    QVERIFY(QFileInfo(blocked).isDir());

    QVERIFY(!Post().save());   // a new post has no file name yet
    QCOMPARE(readAll(path), original);
    QVERIFY(post.save());
    QVERIFY(readAll(path) != original);
}

// Saving goes through a temporary file that is renamed over the post:
// nothing else is left in the folder.
void tst_Post::saveLeavesNoTemporaryFiles()
{
    QTemporaryDir dir;
    const QString path = copyInto(dir, postsDir() + u"toml/crlf.md"_s);
    Result<Post> loaded = Post::load(path);
    QVERIFY(loaded);
    Post post = std::move(loaded).value();
    for (int i = 0; i < 3; ++i) {
        QVERIFY(post.setField(u"weight"_s, Value::fromNumber(i)));
        QVERIFY(post.save());
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList{u"crlf.md"_s});
    QCOMPARE(Post::load(path).value().frontMatter().field(u"weight"_s)->value.number, 2.0);
}

void tst_Post::convertEncodingAndLineEndings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<int>("ending");
    QTest::newRow("utf-16le to utf-8 lf") << u"yaml/utf16le-crlf.md"_s << int(Encoding::Utf8) << false << int(LineEnding::LF);
    QTest::newRow("lf to utf-16be crlf") << u"toml/lf.md"_s << int(Encoding::Utf16BE) << true << int(LineEnding::CRLF);
    QTest::newRow("mixed to cr with bom") << u"yaml/mixed.md"_s << int(Encoding::Utf8) << true << int(LineEnding::CR);
    QTest::newRow("utf-16 always has a bom") << u"json/lf.md"_s << int(Encoding::Utf16LE) << true << int(LineEnding::LF);
}

// Changing the encoding or line endings on purpose: saved and read back as
// asked, with the same front matter.
void tst_Post::convertEncodingAndLineEndings()
{
    QFETCH(QString, file);
    QFETCH(int, encoding);
    QFETCH(bool, bom);
    QFETCH(int, ending);
    QTemporaryDir dir;
    const QString path = copyInto(dir, postsDir() + file);
    Result<Post> loaded = Post::load(path);
    QVERIFY(loaded);
    Post post = std::move(loaded).value();
    const QStringList keys = post.frontMatter().keys();
    const QString title = post.frontMatter().string(u"title"_s);
    post.setEncoding(Encoding(encoding), false);
    post.setLineEnding(LineEnding(ending));
    if (bom)
        post.setEncoding(Encoding(encoding), true);
    QVERIFY(post.save());
    const Result<Post> again = Post::load(path);
    QVERIFY(again);
    QCOMPARE(int(again.value().encoding()), encoding);
    QCOMPARE(again.value().hasBom(), bom);
    QCOMPARE(int(again.value().lineEnding()), ending);
    QCOMPARE(again.value().frontMatter().keys(), keys);
    QCOMPARE(again.value().frontMatter().string(u"title"_s), title);
}

// A post without front matter is all body; a first field gives it a block.
void tst_Post::noFrontMatter()
{
    QTemporaryDir dir;
    const QString path = copyInto(dir, postsDir() + u"none/plain.md"_s);
    const QString original = QString::fromUtf8(readAll(path));
    Result<Post> loaded = Post::load(path);
    QVERIFY(loaded);
    Post post = std::move(loaded).value();
    QCOMPARE(post.frontMatter().format(), FrontMatterFormat::None);
    QCOMPARE(post.body().toString(), original);
    QCOMPARE(post.bodyFirstLine(), 1);
    QVERIFY(post.setField(u"title"_s, Value::fromString(u"Added"_s)));
    QVERIFY(post.save());
    QCOMPARE(QString::fromUtf8(readAll(path)), u"---\ntitle: Added\n---\n"_s + original);
    const Result<Post> again = Post::load(path);
    QCOMPARE(again.value().body().toString(), original);
    QCOMPARE(again.value().bodyFirstLine(), 4);
}

void tst_Post::title_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::newRow("from front matter") << u"yaml/dots.md"_s << u"Closed by dots"_s;
    QTest::newRow("json") << u"json/compact.md"_s << u"Compact"_s;
    QTest::newRow("from file name") << u"none/plain.md"_s << u"plain"_s;
    QTest::newRow("malformed") << u"malformed/yaml-bad-indent.md"_s << u"yaml-bad-indent"_s;
}

void tst_Post::title()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    const Result<Post> post = Post::load(postsDir() + file);
    QVERIFY(post);
    QCOMPARE(post.value().title(), title);
}

QTEST_GUILESS_MAIN(tst_Post)
#include "tst_post.moc"
