// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Front-matter edits whose values must read back exactly: awkward strings and
// list items, every type, line endings, posts without front matter,
// refusals, rewriting unchanged and many keys at once. Edits that keep the
// file's style and TOML table keys: tst_frontmattereditstyle.
#include "frontmatter/frontmatter.h"
#include "support/frontmatteredit.h"
#include "text/textcodec.h"

#include <QDirIterator>
#include <QFile>

#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace postwright;
using namespace postwright::testing::frontmatteredit;

Q_DECLARE_METATYPE(postwright::Value)

namespace {

// One document per format with every value style the writer must keep.
const QString yamlDoc = u"---\n"
                        u"title: \"Hello world\"\n"
                        u"subtitle: plain words\n"
                        u"author: 'Ann'\n"
                        u"# full-line comment\n"
                        u"description: |\n"
                        u"  First line\n"
                        u"  second line\n"
                        u"tags: [a, b]\n"
                        u"categories:\n"
                        u"  - one\n"
                        u"  - two\n"
                        u"\n"
                        u"draft: false # after a value\n"
                        u"date: 2024-01-02\n"
                        u"weight: 10\n"
                        u"folded: >-\n"
                        u"  one\n"
                        u"\n"
                        u"  two\n"
                        u"wrapped: a plain scalar\n"
                        u"  over two lines\n"
                        u"params:\n"
                        u"  nested: kept\n"
                        u"---\n"
                        u"Body with {{< shortcode >}} and {% liquid %}.\n"_s;

const QString tomlDoc = u"+++\n"
                        u"title = \"Hello world\"\n"
                        u"subtitle = 'plain words'\n"
                        u"author = \"Ann\"\n"
                        u"# full-line comment\n"
                        u"description = \"\"\"\n"
                        u"First line\n"
                        u"second line\"\"\"\n"
                        u"tags = [\"a\", \"b\"]\n"
                        u"categories = ['one', 'two']\n"
                        u"\n"
                        u"draft = false # after a value\n"
                        u"date = 2024-01-02\n"
                        u"weight = 10\n"
                        u"folded = '''\n"
                        u"raw \\ text'''\n"
                        u"wrapped = 'single'\n"
                        u"\n"
                        u"[params]\n"
                        u"nested = \"kept\"\n"
                        u"+++\n"
                        u"Body with {{< shortcode >}} and {% liquid %}.\n"_s;

const QString jsonDoc = u"{\n"
                        u"  \"title\": \"Hello world\",\n"
                        u"  \"subtitle\": \"plain words\",\n"
                        u"  \"author\": \"Ann\",\n"
                        u"  \"description\": \"First line\\nsecond line\",\n"
                        u"  \"tags\": [\"a\", \"b\"],\n"
                        u"  \"categories\": [\n"
                        u"    \"one\",\n"
                        u"    \"two\"\n"
                        u"  ],\n"
                        u"  \"draft\": false,\n"
                        u"  \"date\": \"2024-01-02\",\n"
                        u"  \"weight\": 10,\n"
                        u"  \"folded\": \"one two\",\n"
                        u"  \"wrapped\": \"x\",\n"
                        u"  \"params\": {\"nested\": \"kept\"}\n"
                        u"}\n"
                        u"Body with {{< shortcode >}} and {% liquid %}.\n"_s;

const QString bodyText = u"Body with {{< shortcode >}} and {% liquid %}.\n"_s;

QString docFor(const QString &format)
{
    if (format == u"yaml")
        return yamlDoc;
    if (format == u"toml")
        return tomlDoc;
    return jsonDoc;
}

// Strings a writer has to quote or escape to get them back exactly.
QList<std::pair<const char *, QString>> awkwardStrings()
{
    return {
        {"empty", QString()},
        {"plain", u"just words"_s},
        {"single quote", u"it's"_s},
        {"lone single quote", u"'"_s},
        {"double quotes", u"say \"hi\""_s},
        {"lone double quote", u"\""_s},
        {"both quotes", u"'a' and \"b\""_s},
        {"colon space", u"Part 1: the start"_s},
        {"trailing colon", u"Note:"_s},
        {"lone colon", u":"_s},
        {"url", u"https://example.com/a?b=c#d"_s},
        {"space hash", u"C sharp #1"_s},
        {"leading hash", u"#hashtag"_s},
        {"leading star", u"*bold*"_s},
        {"leading ampersand", u"&anchor"_s},
        {"leading bang", u"!important"_s},
        {"leading percent", u"%TAG"_s},
        {"leading at", u"@handle"_s},
        {"leading backtick", u"`code`"_s},
        {"leading bracket", u"[not a list]"_s},
        {"leading brace", u"{not: a map}"_s},
        {"leading dash", u"- not an item"_s},
        {"lone dash", u"-"_s},
        {"leading question", u"? what"_s},
        {"leading pipe", u"| pipe"_s},
        {"leading greater", u"> quote"_s},
        {"leading comma", u", comma"_s},
        {"leading space", u"  indented"_s},
        {"trailing space", u"spaced  "_s},
        {"only spaces", u"   "_s},
        {"true", u"true"_s},
        {"False", u"False"_s},
        {"yes", u"yes"_s},
        {"off", u"off"_s},
        {"null", u"null"_s},
        {"tilde", u"~"_s},
        {"integer", u"123"_s},
        {"float", u"1.50"_s},
        {"hex", u"0x1F"_s},
        {"exponent", u"1e3"_s},
        {"date", u"2024-01-01"_s},
        {"datetime zone", u"2024-01-01T10:00:00+02:00"_s},
        {"emoji", u"Launch 🚀 day"_s},
        {"hebrew", u"שלום עולם"_s},
        {"hebrew with latin", u"גרסה 2.0 של Let's Encrypt"_s},
        {"tab", u"a\tb"_s},
        {"backslash", u"C:\\path\\to"_s},
        {"trailing backslash", u"end\\"_s},
        {"escape lookalike", u"\\n is not a newline"_s},
        {"multi-line", u"first line\nsecond line"_s},
        {"multi-line trailing newline", u"first line\nsecond line\n"_s},
        {"multi-line blank line", u"para one\n\npara two"_s},
        {"multi-line indented", u"code:\n    indented\n"_s},
        {"leading newline", u"\nafter a break"_s},
        {"lone newline", u"\n"_s},
        {"triple quotes", u"\"\"\" and '''"_s},
        {"ends with single quote", u"rock 'n'"_s},
        {"ends with double quote", u"a \"b\""_s},
        {"toml delimiter", u"+++"_s},
        {"yaml delimiter", u"---"_s},
        {"document end", u"..."_s},
        {"equals", u"a = b"_s},
        {"shortcode", u"{{< figure src=\"x\" >}}"_s},
        {"liquid", u"{% include x.html %}"_s},
        {"non-ascii", u"Café – “quoted” — naïve"_s},
        {"zero width", u"a\u200Bb"_s},
    };
}

// True when parsed holds exactly the string that was set. A string that
// reads as a date is typed as a date (Hugo reads quoted dates as dates),
// but its text must still be exactly what was set.
bool holdsString(const Value &parsed, const QString &string)
{
    if (parsed.type == ValueType::String || parsed.type == ValueType::Text)
        return parsed.text == string;
    if (parsed.type == ValueType::Date)
        return DateTimeValue::parse(string).has_value() && parsed.date.text == string;
    return false;
}

} // namespace

class tst_FrontMatterEdit : public QObject
{
    Q_OBJECT

private slots:
    void fixturesParse_data();
    void fixturesParse();
    void awkwardString_data();
    void awkwardString();
    void awkwardListItem_data();
    void awkwardListItem();
    void typedEdits_data();
    void typedEdits();
    void keepsLineEndings_data();
    void keepsLineEndings();
    void noFrontMatter_data();
    void noFrontMatter();
    void refusals_data();
    void refusals();
    void rewriteUnchanged_data();
    void rewriteUnchanged();
    void manyAtOnce_data();
    void manyAtOnce();
};

void tst_FrontMatterEdit::fixturesParse_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("yaml") << u"yaml"_s;
    QTest::newRow("toml") << u"toml"_s;
    QTest::newRow("json") << u"json"_s;
}

// The documents the edit tests start from read as intended.
void tst_FrontMatterEdit::fixturesParse()
{
    QFETCH(QString, format);
    const FrontMatter fm = parseFrontMatter(docFor(format));
    QVERIFY2(!fm.error, qPrintable(fm.error ? fm.error->toString() : QString()));
    QCOMPARE(fm.keys(), (QStringList{u"title"_s, u"subtitle"_s, u"author"_s, u"description"_s, u"tags"_s,
                                     u"categories"_s, u"draft"_s, u"date"_s, u"weight"_s, u"folded"_s,
                                     u"wrapped"_s, u"params"_s}));
    QCOMPARE(fm.string(u"title"_s), u"Hello world"_s);
    QCOMPARE(fm.string(u"subtitle"_s), u"plain words"_s);
    QCOMPARE(fm.field(u"description"_s)->value.type, ValueType::Text);
    QVERIFY(fm.field(u"description"_s)->value.text.startsWith(u"First line\nsecond line"_s));
    QCOMPARE(fm.field(u"tags"_s)->value.list, (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(fm.field(u"categories"_s)->value.list, (QStringList{u"one"_s, u"two"_s}));
    QCOMPARE(fm.field(u"draft"_s)->value.type, ValueType::Bool);
    QCOMPARE(fm.field(u"date"_s)->value.type, ValueType::Date);
    QCOMPARE(fm.field(u"weight"_s)->value.number, 10.0);
    QVERIFY(fm.field(u"params"_s)->readOnly);
    QCOMPARE(fm.field(u"params"_s)->value.type, ValueType::Map);
}

void tst_FrontMatterEdit::awkwardString_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    const QStringList keys{u"title"_s,  u"subtitle"_s, u"author"_s, u"description"_s,
                           u"folded"_s, u"wrapped"_s,  u"newkey"_s};
    for (const char *format : {"yaml", "toml", "json"}) {
        for (const QString &key : keys) {
            for (const auto &[name, value] : awkwardStrings())
                QTest::addRow("%s/%s/%s", format, qPrintable(key), name) << QString::fromLatin1(format) << key << value;
        }
    }
}

// Setting a string writes it so that it reads back exactly, in every value
// style of every format, touching nothing but that key.
void tst_FrontMatterEdit::awkwardString()
{
    QFETCH(QString, format);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const QString before = docFor(format);
    const Result<QString> written = setFrontMatterField(before, key, Value::fromString(value));
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    const QString &after = written.value();
    checkEdit(before, after, key);
    if (QTest::currentTestFailed())
        return;
    const FrontMatter fm = parseFrontMatter(after);
    const Field *field = fm.field(key);
    QVERIFY(field);
    QVERIFY2(holdsString(field->value, value), qPrintable(describe(field->value) + u"\n"_s + after));
    QVERIFY(!field->readOnly);
}

void tst_FrontMatterEdit::awkwardListItem_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("items");
    for (const char *format : {"yaml", "toml", "json"}) {
        for (const char *key : {"tags", "categories", "newlist"}) {
            for (const auto &[name, value] : awkwardStrings()) {
                QTest::addRow("%s/%s/%s", format, key, name)
                    << QString::fromLatin1(format) << QString::fromLatin1(key) << QStringList{u"a"_s, value, u"z"_s};
            }
            QTest::addRow("%s/%s/empty list", format, key) << QString::fromLatin1(format) << QString::fromLatin1(key)
                                                           << QStringList();
            QTest::addRow("%s/%s/one item", format, key) << QString::fromLatin1(format) << QString::fromLatin1(key)
                                                         << QStringList{u"only"_s};
        }
    }
}

// List items are strings whatever they look like: each comes back exactly.
void tst_FrontMatterEdit::awkwardListItem()
{
    QFETCH(QString, format);
    QFETCH(QString, key);
    QFETCH(QStringList, items);
    const QString before = docFor(format);
    const Result<QString> written = setFrontMatterField(before, key, Value::fromList(items));
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    const QString &after = written.value();
    checkEdit(before, after, key);
    if (QTest::currentTestFailed())
        return;
    const FrontMatter fm = parseFrontMatter(after);
    const Field *field = fm.field(key);
    QVERIFY(field);
    QCOMPARE(field->value.type, ValueType::List);
    QCOMPARE(field->value.list, items);
    QVERIFY(!field->readOnly);
}

void tst_FrontMatterEdit::typedEdits_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("key");
    QTest::addColumn<Value>("value");
    const QList<std::pair<const char *, Value>> values = {
        {"bool true", Value::fromBool(true)},
        {"bool false", Value::fromBool(false)},
        {"integer", Value::fromNumber(42)},
        {"negative float", Value::fromNumber(-2.5)},
        {"date-only", Value::fromDate(*DateTimeValue::parse(u"2025-06-03"))},
        {"datetime Z", Value::fromDate(*DateTimeValue::parse(u"2025-06-03T10:00:00Z"))},
        {"datetime offset", Value::fromDate(*DateTimeValue::parse(u"2025-06-03T10:00:00-07:00"))},
        {"datetime no zone", Value::fromDate(*DateTimeValue::parse(u"2025-06-03T10:00:00"))},
        {"list", Value::fromList({u"x"_s, u"y z"_s})},
        {"string", Value::fromString(u"plain"_s)},
    };
    for (const char *format : {"yaml", "toml", "json"}) {
        for (const char *key : {"title", "tags", "categories", "draft", "date", "weight", "description", "newkey"}) {
            for (const auto &[name, value] : values)
                QTest::addRow("%s/%s/%s", format, key, name) << QString::fromLatin1(format) << QString::fromLatin1(key) << value;
        }
    }
}

// Any key may take any type: the result reads back as exactly that value.
void tst_FrontMatterEdit::typedEdits()
{
    QFETCH(QString, format);
    QFETCH(QString, key);
    QFETCH(Value, value);
    const QString before = docFor(format);
    const Result<QString> written = setFrontMatterField(before, key, value);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    checkEdit(before, written.value(), key);
    if (QTest::currentTestFailed())
        return;
    const FrontMatter fm = parseFrontMatter(written.value());
    const Field *field = fm.field(key);
    QVERIFY(field);
    QVERIFY2(field->value == value, qPrintable(describe(field->value) + u" != "_s + describe(value) + u'\n' + written.value()));
}

void tst_FrontMatterEdit::keepsLineEndings_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("lineBreak");
    for (const char *format : {"yaml", "toml", "json"}) {
        QTest::addRow("%s/CRLF", format) << QString::fromLatin1(format) << u"\r\n"_s;
        QTest::addRow("%s/CR", format) << QString::fromLatin1(format) << u"\r"_s;
    }
}

// Every edit on a CRLF or CR file writes only that line break.
void tst_FrontMatterEdit::keepsLineEndings()
{
    QFETCH(QString, format);
    QFETCH(QString, lineBreak);
    QString text = docFor(format);
    text.replace(u'\n', lineBreak);
    // JSON escapes are not line breaks: put the "\n" escape back.
    text.replace(u"\\"_s + lineBreak, u"\\n"_s);
    const auto set = [&](const QString &key, const Value &value) {
        const Result<QString> written = setFrontMatterField(text, key, value);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        checkEdit(text, written.value(), key);
        text = written.value();
    };
    set(u"title"_s, Value::fromString(u"Line one\nline two"_s));
    set(u"description"_s, Value::fromString(u"alpha\nbeta\n"_s));
    set(u"categories"_s, Value::fromList({u"one"_s, u"three"_s}));
    set(u"summary"_s, Value::fromString(u"new\nmulti-line\n"_s));
    set(u"extra"_s, Value::fromList({u"p"_s, u"q"_s}));
    const Result<QString> removed = removeFrontMatterField(text, u"author"_s);
    QVERIFY(removed);
    text = removed.value();
    QString withoutBreaks = text;
    withoutBreaks.remove(lineBreak);
    QVERIFY2(!withoutBreaks.contains(u'\n') && !withoutBreaks.contains(u'\r'),
             qPrintable(u"a foreign line break was written"_s));
    const FrontMatter fm = parseFrontMatter(text);
    QVERIFY(!fm.error);
    QCOMPARE(fm.string(u"title"_s), u"Line one\nline two"_s);
    QCOMPARE(fm.string(u"description"_s), u"alpha\nbeta\n"_s);
    QCOMPARE(fm.string(u"summary"_s), u"new\nmulti-line\n"_s);
    QCOMPARE(fm.field(u"extra"_s)->value.list, (QStringList{u"p"_s, u"q"_s}));
    QVERIFY(!fm.field(u"author"_s));
    QString body = bodyText;
    body.replace(u'\n', lineBreak);
    QCOMPARE(QStringView(text).sliced(fm.block.bodyStart).toString(), body);
}

void tst_FrontMatterEdit::noFrontMatter_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("yaml") << u"# Heading\n\nText\n"_s << int(FrontMatterFormat::Yaml)
                          << u"---\ntitle: New\n---\n# Heading\n\nText\n"_s;
    QTest::newRow("toml") << u"Text\n"_s << int(FrontMatterFormat::Toml) << u"+++\ntitle = \"New\"\n+++\nText\n"_s;
    QTest::newRow("json") << u"Text\n"_s << int(FrontMatterFormat::Json) << u"{\n  \"title\": \"New\"\n}\nText\n"_s;
    QTest::newRow("yaml CRLF") << u"a\r\nb\r\n"_s << int(FrontMatterFormat::Yaml) << u"---\r\ntitle: New\r\n---\r\na\r\nb\r\n"_s;
    QTest::newRow("empty file") << QString() << int(FrontMatterFormat::Yaml) << u"---\ntitle: New\n---\n"_s;
}

// A post without front matter gets a block; its body stays as it was.
void tst_FrontMatterEdit::noFrontMatter()
{
    QFETCH(QString, before);
    QFETCH(int, format);
    QFETCH(QString, expected);
    const Result<QString> written = setFrontMatterField(before, u"title"_s, Value::fromString(u"New"_s),
                                                        WriteMode::KeepEqual, FrontMatterFormat(format));
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QCOMPARE(written.value(), expected);
}

void tst_FrontMatterEdit::refusals_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("line");
    QTest::newRow("yaml/nested map") << yamlDoc << u"params"_s << 23;
    QTest::newRow("toml/table") << tomlDoc << u"params"_s << 19;
    QTest::newRow("json/object") << jsonDoc << u"params"_s << 16;
    QTest::newRow("yaml/malformed block") << u"---\ntitle: [a\n---\n"_s << u"title"_s << 3;
    QTest::newRow("toml/malformed block") << u"+++\ntitle = \n+++\n"_s << u"title"_s << 2;
    QTest::newRow("json/malformed block") << u"{\"title\": }\n"_s << u"title"_s << 1;
}

// What cannot be written is an error naming the line, never a broken file.
void tst_FrontMatterEdit::refusals()
{
    QFETCH(QString, before);
    QFETCH(QString, key);
    QFETCH(int, line);
    const Result<QString> written = setFrontMatterField(before, key, Value::fromString(u"x"_s));
    QVERIFY(!written);
    QCOMPARE(written.error().line, line);
    QVERIFY(!written.error().message.isEmpty());
    // The text is left for the caller to keep: nothing was half-written.
    if (!parseFrontMatter(before).isValid())
        QVERIFY(!removeFrontMatterField(before, key));
}

void tst_FrontMatterEdit::rewriteUnchanged_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("yaml") << yamlDoc;
    QTest::newRow("toml") << tomlDoc;
    QTest::newRow("json") << jsonDoc;
    QDirIterator it(QStringLiteral(POSTWRIGHT_TEST_DATA "/posts"), {u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(u"/malformed/"))
            continue;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<DecodedText> decoded = decodeText(file.readAll());
        QVERIFY(decoded);
        QTest::newRow(qPrintable(path.section(u'/', -2))) << decoded.value().text;
    }
}

// Writing every field back with its own value (what roundtrip does) gives
// the identical text: "key:" stays empty, "~" stays "~", a duplicated key's
// last occurrence (the one generators use) is the one written.
void tst_FrontMatterEdit::rewriteUnchanged()
{
    QFETCH(QString, text);
    const QList<Field> fields = parseFrontMatter(text).fields;
    for (const Field &f : fields) {
        if (f.readOnly || parseFrontMatter(text).field(f.key)->entryStart != f.entryStart)
            continue;
        const Result<QString> written = setFrontMatterField(text, f.key, f.value, WriteMode::Rewrite);
        QVERIFY2(written, qPrintable(f.key + u": "_s + (written ? QString() : written.error().toString())));
        QCOMPARE(written.value(), text);
    }
}

void tst_FrontMatterEdit::manyAtOnce_data()
{
    fixturesParse_data();
}

// Several keys in one call: the same text as setting them one by one, a new
// key is added, a repeated key counts once, and a nested one is refused.
void tst_FrontMatterEdit::manyAtOnce()
{
    QFETCH(QString, format);
    const QString doc = docFor(format);
    const QList<FieldChange> changes{{u"title"_s, Value::fromString(u"New: \"title\" #1"_s)},
                                     {u"tags"_s, Value::fromList({u"x"_s, u"y y"_s})},
                                     {u"draft"_s, Value::fromBool(false)},
                                     {u"weight"_s, Value::fromNumber(3)},
                                     {u"description"_s, Value::fromString(u"one line now"_s)},
                                     {u"title"_s, Value::fromString(u"ignored"_s)},
                                     {u"added"_s, Value::fromString(u"at the end"_s)}};
    const Result<QString> batch = setFrontMatterFields(doc, changes, WriteMode::KeepEqual);
    QVERIFY2(batch, qPrintable(batch ? QString() : batch.error().toString()));
    QString sequential = doc;
    QSet<QString> seen;
    for (const FieldChange &change : changes) {
        if (seen.contains(change.key))
            continue;
        seen.insert(change.key);
        const Result<QString> next = setFrontMatterField(sequential, change.key, change.value);
        QVERIFY2(next, qPrintable(next ? QString() : next.error().toString()));
        sequential = next.value();
    }
    QCOMPARE(batch.value(), sequential);
    const FrontMatter fm = parseFrontMatter(batch.value());
    QCOMPARE(fm.string(u"title"_s), u"New: \"title\" #1"_s);
    QCOMPARE(fm.string(u"added"_s), u"at the end"_s);
    QCOMPARE(fm.field(u"tags"_s)->value.list, (QStringList{u"x"_s, u"y y"_s}));
    // Every key rewritten with its own value: the text does not change.
    QList<FieldChange> same;
    for (const Field &f : parseFrontMatter(doc).fields) {
        if (!f.readOnly)
            same.append({f.key, f.value});
    }
    const Result<QString> rewritten = setFrontMatterFields(doc, same, WriteMode::Rewrite);
    QVERIFY(rewritten);
    QCOMPARE(rewritten.value(), doc);
    QVERIFY(!setFrontMatterFields(doc, {{u"params"_s, Value::fromString(u"flat"_s)}}));
}

QTEST_GUILESS_MAIN(tst_FrontMatterEdit)
#include "tst_frontmatteredit.moc"
