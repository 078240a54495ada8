// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatter/frontmatter.h"
#include "text/lineindex.h"
#include "text/textcodec.h"

#include <QDirIterator>
#include <QFile>
#include <QtTest/QTest>

#include "support/testfiles.h"

using namespace Qt::StringLiterals;
using namespace postwright;

namespace {

QString postsDir()
{
    return QStringLiteral(POSTWRIGHT_TEST_DATA "/posts/");
}

// The decoded text of a fixture (tests/data/posts) or a corpus file.
QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return u"<cannot read "_s + path + u'>';
    const Result<DecodedText> decoded = decodeText(file.readAll());
    return decoded ? decoded.value().text : u"<"_s + decoded.error().toString() + u'>';
}

// A value as one readable line, so that rows state exactly what is expected.
QString describe(const Value &v)
{
    switch (v.type) {
    case ValueType::Null:
        return u"null"_s;
    case ValueType::String:
        return u"string:"_s + v.text;
    case ValueType::Text:
        return u"text:"_s + v.text;
    case ValueType::Date:
        return u"date:%1|%2|%3|%4"_s.arg(v.date.text, v.date.date.toString(Qt::ISODate),
                                         v.date.hasTime ? v.date.time.toString(u"HH:mm:ss.zzz") : u"-"_s,
                                         v.date.hasZone ? QString::number(v.date.offsetSeconds) : u"-"_s);
    case ValueType::Bool:
        return v.boolean ? u"bool:true"_s : u"bool:false"_s;
    case ValueType::Number:
        return u"number:"_s + QString::number(v.number, 'g', 17);
    case ValueType::List:
        return u"list:"_s + v.list.join(u'|');
    case ValueType::Map:
        return u"map"_s;
    }
    return {};
}

const char *formatName(FrontMatterFormat format)
{
    switch (format) {
    case FrontMatterFormat::None: return "none";
    case FrontMatterFormat::Yaml: return "yaml";
    case FrontMatterFormat::Toml: return "toml";
    case FrontMatterFormat::Json: return "json";
    }
    return "";
}

const QStringList yamlKeys{u"title"_s, u"subtitle"_s, u"rtl"_s, u"date"_s, u"lastmod"_s, u"publishDate"_s,
                           u"expiryDate"_s, u"updated"_s, u"draft"_s, u"weight"_s, u"ratio"_s, u"tags"_s,
                           u"categories"_s, u"summary"_s, u"params"_s, u"empty"_s, u"nothing"_s};
const QStringList tomlKeys{u"title"_s, u"subtitle"_s, u"rtl"_s, u"date"_s, u"lastmod"_s, u"publishDate"_s,
                           u"expiryDate"_s, u"draft"_s, u"weight"_s, u"ratio"_s, u"tags"_s, u"categories"_s,
                           u"summary"_s, u"inline"_s, u"extra"_s, u"menu"_s};
const QStringList jsonKeys{u"title"_s, u"rtl"_s, u"date"_s, u"publishDate"_s, u"draft"_s, u"weight"_s,
                           u"ratio"_s, u"tags"_s, u"summary"_s, u"params"_s, u"nothing"_s};

} // namespace

class tst_FrontMatter : public QObject
{
    Q_OBJECT

private slots:
    void locate_data();
    void locate();
    void values_data();
    void values();
    void layout_data();
    void layout();
    void malformed_data();
    void malformed();
    void dates_data();
    void dates();
    void guessAndConvert_data();
    void guessAndConvert();
    void corpusOddities_data();
    void corpusOddities();
    void corpusParses();
};

void tst_FrontMatter::locate_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QString>("body");       // the body's first line
    QTest::addColumn<int>("bodyFirstLine");

    const auto row = [](const char *file, FrontMatterFormat format, const QStringList &keys, const QString &body,
                        int bodyLine) {
        QTest::newRow(file) << QString::fromLatin1(file) << int(format) << keys << body << bodyLine;
    };
    const QString yamlBody = u"Body with {{< figure src=\"a.png\" >}} and {% raw %}{{ x }}{% endraw %}."_s;
    const QString shortcodeBody = u"Body with {{< shortcode >}} and {% liquid %}."_s;
    for (const char *file : {"yaml/lf.md", "yaml/crlf.md", "yaml/cr.md", "yaml/bom-crlf.md", "yaml/utf16le-crlf.md",
                             "yaml/utf16be.md", "yaml/mixed.md"})
        row(file, FrontMatterFormat::Yaml, yamlKeys, yamlBody, 30);
    row("yaml/dots.md", FrontMatterFormat::Yaml, {u"title"_s}, u"Body"_s, 4);
    row("yaml/empty-block.md", FrontMatterFormat::Yaml, {}, u"Body after an empty block"_s, 3);
    row("yaml/empty-block-crlf.md", FrontMatterFormat::Yaml, {}, QString(), 3);
    row("yaml/empty-body.md", FrontMatterFormat::Yaml, {u"title"_s}, QString(), 3);
    row("yaml/comments-only.md", FrontMatterFormat::Yaml, {}, u"Body"_s, 5);
    row("yaml/trailing-spaces.md", FrontMatterFormat::Yaml, {u"title"_s}, u"Body"_s, 4);
    row("yaml/duplicate.md", FrontMatterFormat::Yaml, {u"title"_s, u"title"_s}, QString(), 5);
    row("yaml/next-line-plain.md", FrontMatterFormat::Yaml, {u"title"_s, u"description"_s, u"date"_s, u"tags"_s},
        u"Body."_s, 10);
    row("yaml/folded-plain.md", FrontMatterFormat::Yaml, {u"title"_s, u"summary"_s, u"draft"_s}, u"Body."_s, 8);
    for (const char *file : {"toml/lf.md", "toml/crlf.md", "toml/cr.md", "toml/bom.md"})
        row(file, FrontMatterFormat::Toml, tomlKeys, shortcodeBody, 30);
    row("toml/empty-block.md", FrontMatterFormat::Toml, {}, u"Body"_s, 3);
    row("toml/basic-escapes.md", FrontMatterFormat::Toml, {u"title"_s, u"summary"_s, u"note"_s}, u"Body."_s, 6);
    for (const char *file : {"json/lf.md", "json/crlf.md", "json/bom.md"})
        row(file, FrontMatterFormat::Json, jsonKeys, shortcodeBody, 14);
    row("json/compact.md", FrontMatterFormat::Json, {u"title"_s, u"tags"_s}, u"Body"_s, 2);
    row("json/empty-object.md", FrontMatterFormat::Json, {}, u"Body"_s, 2);
    row("json/empty-body.md", FrontMatterFormat::Json, {u"title"_s}, QString(), 1);
    row("none/plain.md", FrontMatterFormat::None, {}, u"# A heading"_s, 1);
    row("none/dashes-only.md", FrontMatterFormat::None, {}, u"---"_s, 1);
    row("none/empty.md", FrontMatterFormat::None, {}, QString(), 1);
    row("none/four-dashes.md", FrontMatterFormat::None, {}, u"----"_s, 1);
    row("none/indented.md", FrontMatterFormat::None, {}, u" ---"_s, 1);
}

// Where the block is and where the body starts, for every kind of file.
void tst_FrontMatter::locate()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QFETCH(QStringList, keys);
    QFETCH(QString, body);
    QFETCH(int, bodyFirstLine);
    const QString text = readText(postsDir() + file);
    const FrontMatter fm = parseFrontMatter(text);
    QCOMPARE(formatName(fm.format()), formatName(FrontMatterFormat(format)));
    QVERIFY2(!fm.error, qPrintable(fm.error ? fm.error->toString() : QString()));
    QCOMPARE(fm.keys(), keys);
    const QStringView bodyText = QStringView(text).sliced(fm.block.bodyStart);
    const LineIndex bodyLines(bodyText);
    QCOMPARE(bodyText.first(bodyLines.line(0).end).toString(), body);
    QCOMPARE(fm.block.bodyFirstLine, bodyFirstLine);
    // The body's first line really is that line of the file.
    const LineIndex lines(text);
    QCOMPARE(lines.lineAt(fm.block.bodyStart) + 1, qsizetype(bodyFirstLine));
    if (fm.format() == FrontMatterFormat::None)
        QCOMPARE(fm.block.bodyStart, 0);
}

void tst_FrontMatter::values_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");

    const QList<std::pair<const char *, QString>> yaml = {
        {"title", u"string:Ünïcödé: a “quoted” title"_s},
        {"subtitle", u"string:Plain text with 'quotes'"_s},
        {"rtl", u"string:שלום עולם — Let's Encrypt"_s},
        {"date", u"date:2024-03-05T10:20:30+02:00|2024-03-05|10:20:30.000|7200"_s},
        {"lastmod", u"date:2024-03-06 08:00:00|2024-03-06|08:00:00.000|-"_s},
        {"publishDate", u"date:2024-3-7|2024-03-07|-|-"_s},
        {"expiryDate", u"date:2025-01-01|2025-01-01|-|-"_s},
        {"updated", u"date:2024-03-08 09:10:11.5 -0700|2024-03-08|09:10:11.500|-25200"_s},
        {"draft", u"bool:false"_s},
        {"weight", u"number:12"_s},
        {"ratio", u"number:0.5"_s},
        {"tags", u"list:go|c++|rust"_s},
        {"categories", u"list:Notes|Long reads"_s},
        {"summary", u"text:Line one\nLine two\n"_s},
        {"params", u"map"_s},
        {"empty", u"null"_s},
        {"nothing", u"null"_s},
    };
    for (const char *file : {"yaml/lf.md", "yaml/crlf.md", "yaml/cr.md", "yaml/bom-crlf.md", "yaml/utf16le-crlf.md",
                             "yaml/utf16be.md", "yaml/mixed.md"}) {
        for (const auto &[key, expected] : yaml)
            QTest::addRow("%s %s", file, key) << QString::fromLatin1(file) << QString::fromLatin1(key) << expected;
    }
    const QList<std::pair<const char *, QString>> toml = {
        {"title", u"string:Ünïcödé: a “quoted” title"_s},
        {"subtitle", u"string:Literal with \"quotes\""_s},
        {"rtl", u"string:שלום עולם"_s},
        {"date", u"date:2024-03-05T10:20:30+02:00|2024-03-05|10:20:30.000|7200"_s},
        {"lastmod", u"date:2024-03-06T08:00:00|2024-03-06|08:00:00.000|-"_s},
        {"publishDate", u"date:2024-03-07|2024-03-07|-|-"_s},
        {"expiryDate", u"date:2025-01-01T00:00:00Z|2025-01-01|00:00:00.000|0"_s},
        {"draft", u"bool:true"_s},
        {"weight", u"number:12"_s},
        {"ratio", u"number:0.5"_s},
        {"tags", u"list:go|c++|rust"_s},
        {"categories", u"list:Notes|Long reads"_s},
        {"summary", u"text:Line one\nLine two\n"_s},
        {"inline", u"map"_s},
        {"extra", u"map"_s},
        {"menu", u"map"_s},
    };
    for (const char *file : {"toml/lf.md", "toml/crlf.md", "toml/cr.md", "toml/bom.md"}) {
        for (const auto &[key, expected] : toml)
            QTest::addRow("%s %s", file, key) << QString::fromLatin1(file) << QString::fromLatin1(key) << expected;
    }
    const QList<std::pair<const char *, QString>> json = {
        {"title", u"string:Ünïcödé: a “quoted” title"_s},
        {"rtl", u"string:שלום עולם"_s},
        {"date", u"date:2024-03-05T10:20:30+02:00|2024-03-05|10:20:30.000|7200"_s},
        {"publishDate", u"date:2024-3-7|2024-03-07|-|-"_s},
        {"draft", u"bool:false"_s},
        {"weight", u"number:12"_s},
        {"ratio", u"number:0.5"_s},
        {"tags", u"list:go|c++"_s},
        {"summary", u"text:Line one\nLine two"_s},
        {"params", u"map"_s},
        {"nothing", u"null"_s},
    };
    for (const char *file : {"json/lf.md", "json/crlf.md", "json/bom.md"}) {
        for (const auto &[key, expected] : json)
            QTest::addRow("%s %s", file, key) << QString::fromLatin1(file) << QString::fromLatin1(key) << expected;
    }
    QTest::newRow("yaml/dots.md title") << u"yaml/dots.md"_s << u"title"_s << u"string:Closed by dots"_s;
    // Hugo and Jekyll use the last occurrence of a key.
    QTest::newRow("yaml/duplicate.md last wins") << u"yaml/duplicate.md"_s << u"title"_s << u"string:Second"_s;
    QTest::newRow("yaml/next-line-plain.md title")
        << u"yaml/next-line-plain.md"_s << u"title"_s << u"string:Notes from a long walk by the river"_s;
    QTest::newRow("yaml/next-line-plain.md description")
        << u"yaml/next-line-plain.md"_s << u"description"_s
        << u"string:A plain scalar that starts on the line after its key and goes on over a second line"_s;
    QTest::newRow("yaml/next-line-plain.md tags") << u"yaml/next-line-plain.md"_s << u"tags"_s << u"list:walks|notes"_s;
    QTest::newRow("yaml/folded-plain.md summary")
        << u"yaml/folded-plain.md"_s << u"summary"_s
        << u"string:This summary was folded by hand at irregular widths, some lines short and some a good deal "
           u"longer than the others, as people write them"_s;
    QTest::newRow("toml/basic-escapes.md summary")
        << u"toml/basic-escapes.md"_s << u"summary"_s << u"text:First line\nSecond line\n"_s;
    QTest::newRow("toml/basic-escapes.md note")
        << u"toml/basic-escapes.md"_s << u"note"_s << u"string:Tab\tand a quote \" inside"_s;
    // An array that is not all strings is shown whole and not editable as a
    // list of its strings (an edit would drop the rest).
    QTest::newRow("toml/mixed-arrays.md mixed") << u"toml/mixed-arrays.md"_s << u"mixed"_s << u"map"_s;
    QTest::newRow("toml/mixed-arrays.md nested") << u"toml/mixed-arrays.md"_s << u"nested"_s << u"map"_s;
    QTest::newRow("toml/mixed-arrays.md strings") << u"toml/mixed-arrays.md"_s << u"strings"_s << u"list:a|b"_s;
    QTest::newRow("json/compact.md tags") << u"json/compact.md"_s << u"tags"_s << u"list:a"_s;
    QTest::newRow("json/empty-body.md title") << u"json/empty-body.md"_s << u"title"_s << u"string:No body"_s;
}

// One typed view over YAML, TOML and JSON, whatever the line endings and
// encoding of the file.
void tst_FrontMatter::values()
{
    QFETCH(QString, file);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const FrontMatter fm = parseFrontMatter(readText(postsDir() + file));
    QVERIFY2(!fm.error, qPrintable(fm.error ? fm.error->toString() : QString()));
    const Field *field = fm.field(key);
    QVERIFY(field);
    QCOMPARE(describe(field->value), expected);
    // Nested values are shown but not editable; everything else is.
    QCOMPARE(field->readOnly, field->value.type == ValueType::Map);
}

void tst_FrontMatter::layout_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("lastLine");
    QTest::addColumn<int>("style");
    QTest::addColumn<QString>("valueText");   // the value's text in the file

    const auto row = [](const char *file, const char *key, int line, int lastLine, ValueStyle style, const QString &text) {
        QTest::addRow("%s %s", file, key) << QString::fromLatin1(file) << QString::fromLatin1(key) << line << lastLine
                                          << int(style) << text;
    };
    for (const char *file : {"yaml/lf.md", "yaml/crlf.md", "yaml/cr.md", "yaml/utf16le-crlf.md"}) {
        row(file, "title", 3, 3, ValueStyle::DoubleQuoted, u"\"Ünïcödé: a “quoted” title\""_s);
        row(file, "subtitle", 4, 4, ValueStyle::Plain, u"Plain text with 'quotes'"_s);
        row(file, "expiryDate", 9, 9, ValueStyle::SingleQuoted, u"'2025-01-01'"_s);
        row(file, "draft", 11, 11, ValueStyle::Plain, u"false"_s);
        row(file, "tags", 14, 14, ValueStyle::FlowList, u"[go, \"c++\", 'rust']"_s);
        row(file, "categories", 15, 18, ValueStyle::BlockList, QString());
        row(file, "summary", 19, 21, ValueStyle::BlockScalar, QString());
        row(file, "params", 23, 26, ValueStyle::Nested, QString());
        row(file, "empty", 27, 27, ValueStyle::Empty, QString());
    }
    for (const char *file : {"toml/lf.md", "toml/crlf.md", "toml/cr.md"}) {
        row(file, "subtitle", 4, 4, ValueStyle::SingleQuoted, u"'Literal with \"quotes\"'"_s);
        row(file, "date", 6, 6, ValueStyle::Plain, u"2024-03-05T10:20:30+02:00"_s);
        row(file, "expiryDate", 9, 9, ValueStyle::DoubleQuoted, u"\"2025-01-01T00:00:00Z\""_s);
        row(file, "categories", 14, 17, ValueStyle::FlowList, QString());
        row(file, "summary", 18, 21, ValueStyle::MultiLineBasic, QString());
        row(file, "inline", 22, 22, ValueStyle::Nested, u"{ a = 1 }"_s);
        row(file, "extra", 24, 25, ValueStyle::Nested, QString());
        row(file, "menu", 27, 28, ValueStyle::Nested, QString());
    }
    for (const char *file : {"json/lf.md", "json/crlf.md"}) {
        row(file, "title", 2, 2, ValueStyle::DoubleQuoted, u"\"Ünïcödé: a “quoted” title\""_s);
        row(file, "draft", 6, 6, ValueStyle::Plain, u"false"_s);
        row(file, "tags", 9, 9, ValueStyle::FlowList, u"[\"go\", \"c++\"]"_s);
        row(file, "params", 11, 11, ValueStyle::Nested, u"{\"author\": \"Ann\", \"braces\": \"} {\"}"_s);
        row(file, "nothing", 12, 12, ValueStyle::Plain, u"null"_s);
    }
}

// Each key knows its lines and how its value is written (what the writer
// keeps).
void tst_FrontMatter::layout()
{
    QFETCH(QString, file);
    QFETCH(QString, key);
    QFETCH(int, line);
    QFETCH(int, lastLine);
    QFETCH(int, style);
    QFETCH(QString, valueText);
    const QString text = readText(postsDir() + file);
    const FrontMatter fm = parseFrontMatter(text);
    const Field *field = fm.field(key);
    QVERIFY(field);
    QCOMPARE(field->line, line);
    QCOMPARE(field->lastLine, lastLine);
    QCOMPARE(int(field->style), style);
    if (!valueText.isEmpty())
        QCOMPARE(text.sliced(field->valueStart, field->valueEnd - field->valueStart), valueText);
    const LineIndex lines(text);
    QCOMPARE(lines.lineAt(field->entryStart) + 1, qsizetype(line));
    // YAML and TOML entries are whole lines; a JSON member starts at its key.
    if (fm.format() != FrontMatterFormat::Json)
        QCOMPARE(lines.line(line - 1).start, field->entryStart);
    else
        QCOMPARE(text.at(field->entryStart), u'"');
}

void tst_FrontMatter::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");   // a part of the message

    const auto row = [](const char *file, FrontMatterFormat format, int line, int column, const QString &message) {
        QTest::newRow(file) << QString::fromLatin1(file) << int(format) << line << column << message;
    };
    row("malformed/yaml-bad-indent.md", FrontMatterFormat::Yaml, 3, 6, u"illegal map value"_s);
    row("malformed/yaml-bad-indent-crlf.md", FrontMatterFormat::Yaml, 3, 6, u"illegal map value"_s);
    row("malformed/yaml-bad-indent-cr.md", FrontMatterFormat::Yaml, 3, 6, u"illegal map value"_s);
    row("malformed/yaml-bad-indent-bom.md", FrontMatterFormat::Yaml, 3, 6, u"illegal map value"_s);
    row("malformed/yaml-unclosed.md", FrontMatterFormat::Yaml, 1, 1, u"no closing delimiter"_s);
    row("malformed/yaml-unclosed-flow.md", FrontMatterFormat::Yaml, 4, 6, u"flow not found"_s);
    row("malformed/yaml-unclosed-quote.md", FrontMatterFormat::Yaml, 2, 8, u"no closing quote"_s);
    row("malformed/yaml-list-root.md", FrontMatterFormat::Yaml, 2, 1, u"key: value"_s);
    row("malformed/yaml-scalar-root.md", FrontMatterFormat::Yaml, 2, 1, u"key: value"_s);
    row("malformed/yaml-non-ascii.md", FrontMatterFormat::Yaml, 3, 6, u"no closing quote"_s);
    // Columns count characters: "  ü:" has its colon in column 4.
    row("malformed/yaml-non-ascii-column.md", FrontMatterFormat::Yaml, 3, 4, u"illegal map value"_s);
    row("malformed/yaml-tab-indent.md", FrontMatterFormat::Yaml, 3, 3, u"illegal map value"_s);
    row("malformed/toml-missing-value.md", FrontMatterFormat::Toml, 3, 8, u"expected"_s);
    row("malformed/toml-duplicate.md", FrontMatterFormat::Toml, 3, 9, u"redefine existing string 'title'"_s);
    row("malformed/toml-unclosed.md", FrontMatterFormat::Toml, 1, 1, u"no closing delimiter"_s);
    row("malformed/toml-crlf.md", FrontMatterFormat::Toml, 3, 9, u"value type"_s);
    row("malformed/toml-non-ascii.md", FrontMatterFormat::Toml, 2, 15, u"saw 'x'"_s);
    // Qt reports JSON errors just after the bad token ("tru" ends in column 14).
    row("malformed/json-bad-value.md", FrontMatterFormat::Json, 3, 15, u"illegal value"_s);
    row("malformed/json-trailing-comma.md", FrontMatterFormat::Json, 3, 2, u"missing after a comma"_s);
    row("malformed/json-unclosed.md", FrontMatterFormat::Json, 1, 1, u"never closed"_s);
    row("malformed/json-non-ascii.md", FrontMatterFormat::Json, 1, 18, u"unterminated object"_s);
}

// A block that does not parse is an error at its file line and column; it
// has no fields, and its text is still where it was.
void tst_FrontMatter::malformed()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const QString text = readText(postsDir() + file);
    const FrontMatter fm = parseFrontMatter(text);
    QCOMPARE(formatName(fm.format()), formatName(FrontMatterFormat(format)));
    QVERIFY(fm.error);
    QVERIFY(!fm.isValid());
    QCOMPARE(fm.error->line, line);
    QCOMPARE(fm.error->column, column);
    QVERIFY2(fm.error->message.contains(message, Qt::CaseInsensitive), qPrintable(fm.error->message));
    QVERIFY(fm.fields.isEmpty());
    QVERIFY(fm.block.bodyStart <= text.size());
}

void tst_FrontMatter::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");   // describe() of the value, empty: not a date
    QTest::addColumn<QString>("rewritten");  // the same moment written in the value's format

    const auto row = [](const char *text, const QString &expected, const char *rewritten = nullptr) {
        QTest::newRow(text) << QString::fromUtf8(text) << expected
                            << QString::fromUtf8(rewritten ? rewritten : text);
    };
    row("2024-01-02", u"date:2024-01-02|2024-01-02|-|-"_s);
    row("2024-4-09", u"date:2024-4-09|2024-04-09|-|-"_s);
    row("2024-4-9", u"date:2024-4-9|2024-04-09|-|-"_s);
    row("2024-01-02T03:04:05Z", u"date:2024-01-02T03:04:05Z|2024-01-02|03:04:05.000|0"_s);
    row("2024-01-02t03:04:05z", u"date:2024-01-02t03:04:05z|2024-01-02|03:04:05.000|0"_s);
    row("2024-01-02T03:04:05+05:30", u"date:2024-01-02T03:04:05+05:30|2024-01-02|03:04:05.000|19800"_s);
    row("2024-01-02T03:04:05-0800", u"date:2024-01-02T03:04:05-0800|2024-01-02|03:04:05.000|-28800"_s);
    row("2024-01-02 03:04:05 -8", u"date:2024-01-02 03:04:05 -8|2024-01-02|03:04:05.000|-28800"_s,
        "2024-01-02 03:04:05 -08");
    row("2024-01-02 3:04:05", u"date:2024-01-02 3:04:05|2024-01-02|03:04:05.000|-"_s);
    row("2024-01-02T03:04", u"date:2024-01-02T03:04|2024-01-02|03:04:00.000|-"_s);
    row("2024-01-02T03:04:05.123Z", u"date:2024-01-02T03:04:05.123Z|2024-01-02|03:04:05.123|0"_s);
    // Milliseconds are what the value holds: finer digits are written as 0.
    row("2024-01-02T03:04:05.123456Z", u"date:2024-01-02T03:04:05.123456Z|2024-01-02|03:04:05.123|0"_s,
        "2024-01-02T03:04:05.123000Z");
    // A fraction that rounds up to a whole second stays in its second.
    row("2024-01-02T03:04:05.9996Z", u"date:2024-01-02T03:04:05.9996Z|2024-01-02|03:04:05.999|0"_s,
        "2024-01-02T03:04:05.9990Z");
    row("2024-02-29", u"date:2024-02-29|2024-02-29|-|-"_s);
    row("2023-02-29", QString());
    row("2024-13-01", QString());
    row("2024-01-02T25:00:00", QString());
    row("2024-01-02T03:04:05 +01:00 extra", QString());
    row("24-01-02", QString());
    row("2024/01/02", QString());
    row("", QString());
}

// Dates as front matter writes them: date-only, unpadded, with or without
// a time and a zone; the original text is kept.
void tst_FrontMatter::dates()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, rewritten);
    const auto date = DateTimeValue::parse(text);
    QCOMPARE(date ? describe(Value::fromDate(*date)) : QString(), expected);
    if (!date)
        return;
    // The moment: with a zone that offset, without one local time.
    const QDateTime moment = date->toDateTime();
    QVERIFY(moment.isValid());
    QCOMPARE(moment.date(), date->date);
    if (date->hasZone)
        QCOMPARE(moment.offsetFromUtc(), date->offsetSeconds);
    else
        QCOMPARE(moment.timeSpec(), Qt::LocalTime);
    QCOMPARE(date->withDateTime(moment).text, rewritten);
    // A new moment keeps the format: date-only stays date-only, the zone stays.
    const DateTimeValue later = date->withDateTime(moment.addDays(40).addSecs(3600));
    QCOMPARE(later.hasTime, date->hasTime);
    QCOMPARE(later.hasZone, date->hasZone);
    QCOMPARE(later.offsetSeconds, date->offsetSeconds);
    QCOMPARE(later.date, moment.addDays(40).addSecs(3600).date());
}

void tst_FrontMatter::guessAndConvert_data()
{
    QTest::addColumn<int>("type");   // ValueType::Null: guess
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");   // describe(), empty: refused
    const auto row = [](const char *name, ValueType type, const QString &text, const QString &expected) {
        QTest::newRow(name) << int(type) << text << expected;
    };
    row("guess true", ValueType::Null, u"true"_s, u"bool:true"_s);
    row("guess number", ValueType::Null, u"-1.5"_s, u"number:-1.5"_s);
    row("guess date", ValueType::Null, u"2024-4-09"_s, u"date:2024-4-09|2024-04-09|-|-"_s);
    row("guess string", ValueType::Null, u"Hello: world"_s, u"string:Hello: world"_s);
    row("guess yes is text", ValueType::Null, u"yes"_s, u"string:yes"_s);
    row("bool yes", ValueType::Bool, u" Yes "_s, u"bool:true"_s);
    row("bool off", ValueType::Bool, u"off"_s, u"bool:false"_s);
    row("bool refused", ValueType::Bool, u"maybe"_s, QString());
    row("number", ValueType::Number, u"42"_s, u"number:42"_s);
    row("number refused", ValueType::Number, u"forty"_s, QString());
    row("date", ValueType::Date, u"2024-01-02T03:04:05Z"_s, u"date:2024-01-02T03:04:05Z|2024-01-02|03:04:05.000|0"_s);
    row("date refused", ValueType::Date, u"tomorrow"_s, QString());
    row("list", ValueType::List, u"a, b ,c"_s, u"list:a|b|c"_s);
    row("list empty", ValueType::List, u"  "_s, u"list:"_s);
    row("string keeps spaces", ValueType::String, u" a "_s, u"string: a "_s);
    row("text", ValueType::Text, u"a\nb"_s, u"text:a\nb"_s);
    row("map refused", ValueType::Map, u"x"_s, QString());
}

// What a typed field accepts from what the user types.
void tst_FrontMatter::guessAndConvert()
{
    QFETCH(int, type);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const std::optional<Value> value = Value::fromText(ValueType(type), text);
    QCOMPARE(value ? describe(*value) : QString(), expected);
}

void tst_FrontMatter::corpusOddities_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *file, const char *key, const QString &expected) {
        QTest::addRow("%s %s", file, key) << QString::fromLatin1(file) << QString::fromLatin1(key) << expected;
    };
    row("jekyll__jekyll/test/source/_encodings/UTF8CRLFandBOM.md", "title", u"string:UTF8CRLFandBOM"_s);
    row("jekyll__jekyll/test/source/_encodings/UTF8CRLFandBOM.md", "date",
        u"date:2017-04-05 16:16:01 -0800|2017-04-05|16:16:01.000|-28800"_s);
    row("jekyll__jekyll/test/source/_encodings/Unicode16LECRLFandBOM.md", "title", u"string:Unicode16CRLFandBOM"_s);
    row("jekyll__jekyll/test/source/_encodings/Unicode16LECRLFandBOM.md", "date",
        u"date:2017-04-05 16:08:01 -0800|2017-04-05|16:08:01.000|-28800"_s);
    row("jekyll__jekyll/test/source/_encodings/Unicode16LECRLFandBOM.md", "categories", u"string:bom"_s);
    row("jekyll__jekyll/test/source/win/_posts/2009-05-24-yaml-linebreak.markdown", "tag", u"string:Ruby"_s);
    row("rust-lang__blog.rust-lang.org/content/Rust-1.88.0.md", "authors", u"list:The Rust Release Team"_s);
    row("rust-lang__blog.rust-lang.org/content/Rust-1.88.0.md", "extra", u"map"_s);
    row("jessfraz__blog/content/post/DUM-E-and-U.md", "date",
        u"date:2021-01-22T12:17:58-07:00|2021-01-22|12:17:58.000|-25200"_s);
}

// Real files with the corpus' oddities (BOM, UTF-16LE, CRLF, TOML tables,
// quoted dates with a zone).
void tst_FrontMatter::corpusOddities()
{
    QFETCH(QString, file);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    POSTWRIGHT_CORPUS_TEST();
    const QString text = readText(QStringLiteral(POSTWRIGHT_CORPUS "/realworld/") + file);
    const FrontMatter fm = parseFrontMatter(text);
    QVERIFY2(!fm.error, qPrintable(fm.error ? fm.error->toString() : text.left(200)));
    const Field *field = fm.field(key);
    QVERIFY2(field, qPrintable(fm.keys().join(u", ")));
    QCOMPARE(describe(field->value), expected);
}

// Every post of the corpus decodes and its front matter parses (the corpus
// holds no malformed block), and its body starts after the block.
void tst_FrontMatter::corpusParses()
{
    POSTWRIGHT_CORPUS_TEST();
    QDirIterator it(QStringLiteral(POSTWRIGHT_CORPUS "/realworld"), {u"*.md"_s, u"*.markdown"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0, withFrontMatter = 0, yaml = 0, toml = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<DecodedText> decoded = decodeText(file.readAll());
        QVERIFY2(decoded, qPrintable(path + u": "_s + (decoded ? QString() : decoded.error().toString())));
        const FrontMatter fm = parseFrontMatter(decoded.value().text);
        QVERIFY2(!fm.error, qPrintable(path + u": "_s + (fm.error ? fm.error->toString() : QString())));
        ++files;
        withFrontMatter += fm.format() != FrontMatterFormat::None;
        yaml += fm.format() == FrontMatterFormat::Yaml;
        toml += fm.format() == FrontMatterFormat::Toml;
    }
    // The corpus README's counts: 390 + 75 TOML, 992 + 105 + 3 + 156 YAML.
    QCOMPARE(files, 1718);
    QCOMPARE(toml, 390 + 75);
    QVERIFY2(yaml >= 992 + 105 + 156, qPrintable(QString::number(yaml)));
    QCOMPARE(withFrontMatter, yaml + toml);
}

QTEST_GUILESS_MAIN(tst_FrontMatter)
#include "tst_frontmatter.moc"
