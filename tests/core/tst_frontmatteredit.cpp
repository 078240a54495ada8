// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatter/frontmatter.h"
#include "text/textcodec.h"

#include <QDirIterator>
#include <QFile>

#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace postwright;

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

QString describe(const Value &v)
{
    if (v.type == ValueType::List)
        return u"list["_s + v.list.join(u"|"_s) + u']';
    return valueTypeName(v.type) + u':' + v.displayText();
}

qsizetype commonPrefix(const QString &a, const QString &b)
{
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a.at(i) == b.at(i))
        ++i;
    return i;
}

qsizetype commonSuffix(const QString &a, const QString &b, qsizetype prefix)
{
    qsizetype i = 0;
    while (i < a.size() - prefix && i < b.size() - prefix && a.at(a.size() - 1 - i) == b.at(b.size() - 1 - i))
        ++i;
    return i;
}

// Every field other than key has the same value, in the same order.
void checkOtherFields(const FrontMatter &before, const FrontMatter &after, const QString &key)
{
    QStringList beforeKeys = before.keys(), afterKeys = after.keys();
    beforeKeys.removeAll(key);
    afterKeys.removeAll(key);
    QCOMPARE(afterKeys, beforeKeys);
    for (const Field &f : before.fields) {
        if (f.key == key)
            continue;
        const Field *g = after.field(f.key);
        QVERIFY(g);
        QVERIFY2(g->value == f.value, qPrintable(f.key + u": "_s + describe(g->value) + u" != "_s + describe(f.value)));
    }
}

// What a user would notice after setting key: only the key's own text
// changed, other keys keep their values, the body is byte-identical and the
// new value reads back.
void checkEdit(const QString &before, const QString &after, const QString &key)
{
    const FrontMatter b = parseFrontMatter(before);
    const FrontMatter a = parseFrontMatter(after);
    QVERIFY2(!a.error, qPrintable(a.error ? a.error->toString() + u"\n"_s + after : QString()));
    QCOMPARE(a.format(), b.format());
    checkOtherFields(b, a, key);
    QCOMPARE(QStringView(after).sliced(a.block.bodyStart).toString(),
             QStringView(before).sliced(b.block.bodyStart).toString());
    const qsizetype prefix = commonPrefix(before, after);
    const qsizetype suffix = commonSuffix(before, after, prefix);
    const qsizetype changedEnd = before.size() - suffix;
    if (before == after) {
        QVERIFY(b.field(key));   // only setting a key to its own value changes nothing
    } else if (const Field *old = b.field(key)) {
        // The change lies inside the old entry.
        QVERIFY2(prefix >= old->entryStart && changedEnd <= old->entryEnd,
                 qPrintable(u"changed outside the key's lines:\n"_s + after));
    } else {
        // A pure insertion after every other key (TOML: before the first
        // table, where a top-level key must stand).
        QVERIFY2(changedEnd <= prefix, qPrintable(u"text was removed:\n"_s + after));
        QVERIFY(a.field(key));
        qsizetype topLevel = 0;
        while (topLevel < b.fields.size() && !b.fields.at(topLevel).section)
            ++topLevel;
        QCOMPARE(a.keys().indexOf(key), topLevel);
    }
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
    void exactEdit_data();
    void exactEdit();
    void remove_data();
    void remove();
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
    void tomlTableKeys_data();
    void tomlTableKeys();
    void tomlInlineTableKeys();
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

void tst_FrontMatterEdit::exactEdit_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("key");
    QTest::addColumn<Value>("value");
    QTest::addColumn<QString>("expected");

    const auto str = [](const QString &s) { return Value::fromString(s); };
    const auto list = [](const QStringList &l) { return Value::fromList(l); };
    const auto date = [](const QString &s) { return Value::fromDate(*DateTimeValue::parse(s)); };

    // YAML
    QTest::newRow("yaml/title keeps double quotes")
        << u"---\ntitle: \"Old\" # note\nx: 1\n---\nbody\n"_s << u"title"_s << str(u"New: \"one\""_s)
        << u"---\ntitle: \"New: \\\"one\\\"\" # note\nx: 1\n---\nbody\n"_s;
    QTest::newRow("yaml/title keeps single quotes")
        << u"---\ntitle: 'Old'\n---\n"_s << u"title"_s << str(u"it's"_s) << u"---\ntitle: 'it''s'\n---\n"_s;
    QTest::newRow("yaml/plain stays plain")
        << u"---\ntitle: Old\n---\n"_s << u"title"_s << str(u"New title"_s) << u"---\ntitle: New title\n---\n"_s;
    QTest::newRow("yaml/plain quoted when needed")
        << u"---\ntitle: Old\n---\n"_s << u"title"_s << str(u"a: b"_s) << u"---\ntitle: \"a: b\"\n---\n"_s;
    QTest::newRow("yaml/plain keeps key spacing")
        << u"---\ntitle:    Old\n---\n"_s << u"title"_s << str(u"New"_s) << u"---\ntitle:    New\n---\n"_s;
    QTest::newRow("yaml/flow list stays flow")
        << u"---\ntags: [a, b]\n---\n"_s << u"tags"_s << list({u"a"_s, u"c"_s, u"d e"_s})
        << u"---\ntags: [a, c, d e]\n---\n"_s;
    QTest::newRow("yaml/quoted flow list stays quoted")
        << u"---\ntags: [\"a\", \"b\"]\n---\n"_s << u"tags"_s << list({u"b"_s, u"c"_s})
        << u"---\ntags: [\"b\", \"c\"]\n---\n"_s;
    QTest::newRow("yaml/flow list item with comma")
        << u"---\ntags: [a]\n---\n"_s << u"tags"_s << list({u"a, b"_s}) << u"---\ntags: [\"a, b\"]\n---\n"_s;
    QTest::newRow("yaml/block list stays block")
        << u"---\ntags:\n  - a\n  # keep me\n  - b\nx: 1\n---\n"_s << u"tags"_s << list({u"a"_s, u"b"_s, u"c"_s})
        << u"---\ntags:\n  - a\n  # keep me\n  - b\n  - c\nx: 1\n---\n"_s;
    QTest::newRow("yaml/block list unindented")
        << u"---\ntags:\n- a\n- b\n---\n"_s << u"tags"_s << list({u"b"_s}) << u"---\ntags:\n- b\n---\n"_s;
    QTest::newRow("yaml/block list emptied")
        << u"---\ntags:\n  - a\nx: 1\n---\n"_s << u"tags"_s << list({}) << u"---\ntags: []\nx: 1\n---\n"_s;
    QTest::newRow("yaml/date-only stays date-only")
        << u"---\ndate: 2024-01-02\n---\n"_s << u"date"_s << date(u"2025-03-04"_s) << u"---\ndate: 2025-03-04\n---\n"_s;
    QTest::newRow("yaml/quoted date stays quoted")
        << u"---\ndate: \"2024-01-02T10:00:00+01:00\"\n---\n"_s << u"date"_s << date(u"2025-03-04T11:12:13+01:00"_s)
        << u"---\ndate: \"2025-03-04T11:12:13+01:00\"\n---\n"_s;
    QTest::newRow("yaml/unpadded date")
        << u"---\ndate: 2024-4-09\n---\n"_s << u"date"_s << date(u"2024-4-10"_s) << u"---\ndate: 2024-4-10\n---\n"_s;
    QTest::newRow("yaml/block scalar stays block")
        << u"---\nsummary: |\n  one\n  two\nx: 1\n---\n"_s << u"summary"_s << str(u"three\nfour\n"_s)
        << u"---\nsummary: |\n  three\n  four\nx: 1\n---\n"_s;
    QTest::newRow("yaml/block scalar without final newline")
        << u"---\nsummary: |\n  one\nx: 1\n---\n"_s << u"summary"_s << str(u"three\nfour"_s)
        << u"---\nsummary: |-\n  three\n  four\nx: 1\n---\n"_s;
    QTest::newRow("yaml/folded scalar stays folded")
        << u"---\nsummary: >\n  one\n  two\nx: 1\n---\n"_s << u"summary"_s << str(u"three four\n"_s)
        << u"---\nsummary: >\n  three four\nx: 1\n---\n"_s;
    QTest::newRow("yaml/bool keeps spelling")
        << u"---\ndraft: False\n---\n"_s << u"draft"_s << Value::fromBool(true) << u"---\ndraft: True\n---\n"_s;
    QTest::newRow("yaml/new key appended")
        << u"---\ntitle: A\n# end comment\n---\nbody\n"_s << u"slug"_s << str(u"my-post"_s)
        << u"---\ntitle: A\n# end comment\nslug: my-post\n---\nbody\n"_s;
    QTest::newRow("yaml/new list key follows block lists")
        << u"---\ntags:\n  - a\n---\n"_s << u"categories"_s << list({u"x"_s})
        << u"---\ntags:\n  - a\ncategories:\n  - x\n---\n"_s;
    QTest::newRow("yaml/new key in empty block")
        << u"---\n---\nbody\n"_s << u"title"_s << str(u"T"_s) << u"---\ntitle: T\n---\nbody\n"_s;
    QTest::newRow("yaml/closed by dots")
        << u"---\ntitle: A\n...\nbody\n"_s << u"title"_s << str(u"B"_s) << u"---\ntitle: B\n...\nbody\n"_s;
    QTest::newRow("yaml/CRLF new multi-line key")
        << u"---\r\ntitle: A\r\n---\r\nbody\r\n"_s << u"summary"_s << str(u"a\nb\n"_s)
        << u"---\r\ntitle: A\r\nsummary: |\r\n  a\r\n  b\r\n---\r\nbody\r\n"_s;

    QTest::newRow("yaml/empty value gets one")
        << u"---\ntitle:\nx: 1\n---\n"_s << u"title"_s << str(u"T"_s) << u"---\ntitle: T\nx: 1\n---\n"_s;
    QTest::newRow("yaml/null keeps its place")
        << u"---\ntitle: ~ # none yet\n---\n"_s << u"title"_s << str(u"T"_s) << u"---\ntitle: T # none yet\n---\n"_s;
    QTest::newRow("yaml/value on the next line stays there")
        << u"---\ntitle:\n  Old title\nx: 1\n---\n"_s << u"title"_s << str(u"New"_s) << u"---\ntitle:\n  New\nx: 1\n---\n"_s;
    QTest::newRow("yaml/indented mapping gets an indented key")
        << u"---\n  title: A\n  x: 1\n---\n"_s << u"slug"_s << str(u"s"_s) << u"---\n  title: A\n  x: 1\n  slug: s\n---\n"_s;
    QTest::newRow("yaml/indented mapping gets an indented block scalar")
        << u"---\n  title: A\n---\n"_s << u"s"_s << str(u"a\nb\n"_s) << u"---\n  title: A\n  s: |\n    a\n    b\n---\n"_s;
    QTest::newRow("yaml/new key after a kept-trailing block scalar")
        << u"---\ns: |+\n  text\n\n---\n"_s << u"x"_s << str(u"v"_s) << u"---\ns: |+\n  text\n\nx: v\n---\n"_s;
    QTest::newRow("yaml/new key after comment on last list item")
        << u"---\ntags:\n  - a # first\n---\n"_s << u"x"_s << str(u"v"_s) << u"---\ntags:\n  - a # first\nx: v\n---\n"_s;
    QTest::newRow("yaml/block list keeps item comments")
        << u"---\ntags:\n  - a # first\n  - b\n---\n"_s << u"tags"_s << list({u"a"_s, u"c"_s})
        << u"---\ntags:\n  - a # first\n  - c\n---\n"_s;
    QTest::newRow("yaml/quoted key")
        << u"---\n\"my title\": A\n---\n"_s << u"my title"_s << str(u"B"_s) << u"---\n\"my title\": B\n---\n"_s;
    QTest::newRow("yaml/new key that needs quoting")
        << u"---\na: 1\n---\n"_s << u"odd: key"_s << str(u"v"_s) << u"---\na: 1\n\"odd: key\": v\n---\n"_s;
    QTest::newRow("yaml/key after an anchor map")
        << u"---\nbase: &b\n  x: 1\nother: *b\ntitle: A\n---\n"_s << u"title"_s << str(u"B"_s)
        << u"---\nbase: &b\n  x: 1\nother: *b\ntitle: B\n---\n"_s;
    QTest::newRow("yaml/folded plain scalar refolds")
        << u"---\ntitle: one two\n  three\nx: 1\n---\n"_s << u"title"_s << str(u"short"_s)
        << u"---\ntitle: short\nx: 1\n---\n"_s;
    QTest::newRow("toml/dotted key stays a table")
        << u"+++\ntitle = \"A\"\nparams.x = 1\ndraft = false\n+++\n"_s << u"draft"_s << Value::fromBool(true)
        << u"+++\ntitle = \"A\"\nparams.x = 1\ndraft = true\n+++\n"_s;
    QTest::newRow("toml/new key before an array of tables")
        << u"+++\ntitle = \"A\"\n[[menu]]\nname = \"m\"\n+++\n"_s << u"slug"_s << str(u"s"_s)
        << u"+++\ntitle = \"A\"\nslug = \"s\"\n[[menu]]\nname = \"m\"\n+++\n"_s;
    QTest::newRow("toml/new key when only tables")
        << u"+++\n[extra]\nx = 1\n+++\n"_s << u"slug"_s << str(u"s"_s)
        << u"+++\nslug = \"s\"\n[extra]\nx = 1\n+++\n"_s;
    QTest::newRow("toml/inline table is read-only, its neighbour is not")
        << u"+++\nx = { a = 1 }\ntitle = 'A'\n+++\n"_s << u"title"_s << str(u"B"_s)
        << u"+++\nx = { a = 1 }\ntitle = 'B'\n+++\n"_s;
    QTest::newRow("json/after nested object")
        << u"{\n  \"p\": {\"a\": [1, {\"b\": \"}\"}]},\n  \"t\": \"A\"\n}\n"_s << u"t"_s << str(u"B"_s)
        << u"{\n  \"p\": {\"a\": [1, {\"b\": \"}\"}]},\n  \"t\": \"B\"\n}\n"_s;
    QTest::newRow("json/escaped key")
        << u"{\"a\\u0062\": \"x\"}\n"_s << u"ab"_s << str(u"y"_s) << u"{\"a\\u0062\": \"y\"}\n"_s;
    QTest::newRow("json/null to string")
        << u"{\"a\": null}\n"_s << u"a"_s << str(u"y"_s) << u"{\"a\": \"y\"}\n"_s;

    // TOML
    QTest::newRow("toml/basic string")
        << u"+++\ntitle = \"Old\" # note\n+++\n"_s << u"title"_s << str(u"a \"b\" \\ c"_s)
        << u"+++\ntitle = \"a \\\"b\\\" \\\\ c\" # note\n+++\n"_s;
    QTest::newRow("toml/literal string stays literal")
        << u"+++\ntitle = 'Old'\n+++\n"_s << u"title"_s << str(u"C:\\dir"_s) << u"+++\ntitle = 'C:\\dir'\n+++\n"_s;
    QTest::newRow("toml/literal string falls back for a quote")
        << u"+++\ntitle = 'Old'\n+++\n"_s << u"title"_s << str(u"it's"_s) << u"+++\ntitle = \"it's\"\n+++\n"_s;
    QTest::newRow("toml/native datetime stays unquoted")
        << u"+++\ndate = 2024-01-02T10:00:00Z\n+++\n"_s << u"date"_s << date(u"2025-01-02T10:00:00Z"_s)
        << u"+++\ndate = 2025-01-02T10:00:00Z\n+++\n"_s;
    QTest::newRow("toml/native date-only")
        << u"+++\ndate = 2024-01-02\n+++\n"_s << u"date"_s << date(u"2025-01-03"_s) << u"+++\ndate = 2025-01-03\n+++\n"_s;
    QTest::newRow("toml/string date stays a string")
        << u"+++\ndate = \"2024-01-02T10:00:00-07:00\"\n+++\n"_s << u"date"_s << date(u"2024-01-03T10:00:00-07:00"_s)
        << u"+++\ndate = \"2024-01-03T10:00:00-07:00\"\n+++\n"_s;
    QTest::newRow("toml/array keeps quotes and spacing")
        << u"+++\ntags = [ 'a', 'b' ]\n+++\n"_s << u"tags"_s << list({u"b"_s, u"c"_s})
        << u"+++\ntags = [ 'b', 'c' ]\n+++\n"_s;
    QTest::newRow("toml/new key goes before the first table")
        << u"+++\ntitle = \"A\"\n\n[extra]\nx = 1\n+++\n"_s << u"draft"_s << Value::fromBool(true)
        << u"+++\ntitle = \"A\"\ndraft = true\n\n[extra]\nx = 1\n+++\n"_s;
    QTest::newRow("toml/multi-line basic stays")
        << u"+++\ns = \"\"\"\none\"\"\"\n+++\n"_s << u"s"_s << str(u"two\nthree"_s)
        << u"+++\ns = \"\"\"\ntwo\nthree\"\"\"\n+++\n"_s;
    QTest::newRow("toml/new multi-line key")
        << u"+++\ntitle = \"A\"\n+++\n"_s << u"s"_s << str(u"two\nthree"_s)
        << u"+++\ntitle = \"A\"\ns = \"\"\"\ntwo\nthree\"\"\"\n+++\n"_s;
    QTest::newRow("toml/key needing quotes")
        << u"+++\ntitle = \"A\"\n+++\n"_s << u"my key"_s << str(u"v"_s)
        << u"+++\ntitle = \"A\"\n\"my key\" = \"v\"\n+++\n"_s;

    // JSON
    QTest::newRow("json/string")
        << u"{\n  \"title\": \"Old\",\n  \"x\": 1\n}\nbody\n"_s << u"title"_s << str(u"a \"b\"\n🚀"_s)
        << u"{\n  \"title\": \"a \\\"b\\\"\\n🚀\",\n  \"x\": 1\n}\nbody\n"_s;
    QTest::newRow("json/array stays on one line")
        << u"{\n  \"tags\": [\"a\", \"b\"]\n}\n"_s << u"tags"_s << list({u"b"_s, u"c"_s})
        << u"{\n  \"tags\": [\"b\", \"c\"]\n}\n"_s;
    QTest::newRow("json/new key after the last")
        << u"{\n  \"title\": \"A\",\n  \"x\": 1\n}\nbody\n"_s << u"draft"_s << Value::fromBool(true)
        << u"{\n  \"title\": \"A\",\n  \"x\": 1,\n  \"draft\": true\n}\nbody\n"_s;
    QTest::newRow("json/new key in empty object")
        << u"{}\nbody\n"_s << u"title"_s << str(u"T"_s) << u"{\n  \"title\": \"T\"\n}\nbody\n"_s;
    QTest::newRow("json/new key in compact object")
        << u"{\"title\": \"A\"}\nbody\n"_s << u"x"_s << str(u"y"_s) << u"{\"title\": \"A\", \"x\": \"y\"}\nbody\n"_s;
    QTest::newRow("json/date")
        << u"{\"date\": \"2024-01-02\"}\n"_s << u"date"_s << date(u"2024-02-03"_s) << u"{\"date\": \"2024-02-03\"}\n"_s;
}

// Whole expected texts: the style of the file is kept.
void tst_FrontMatterEdit::exactEdit()
{
    QFETCH(QString, before);
    QFETCH(QString, key);
    QFETCH(Value, value);
    QFETCH(QString, expected);
    const Result<QString> written = setFrontMatterField(before, key, value);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QCOMPARE(written.value(), expected);
    checkEdit(before, written.value(), key);
}

void tst_FrontMatterEdit::remove_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("yaml/middle key")
        << u"---\na: 1\n# about b\nb: [x]\nc: 3\n---\nbody\n"_s << u"b"_s << u"---\na: 1\n# about b\nc: 3\n---\nbody\n"_s;
    QTest::newRow("yaml/block list")
        << u"---\na: 1\nb:\n  - x\n  - y\nc: 3\n---\n"_s << u"b"_s << u"---\na: 1\nc: 3\n---\n"_s;
    QTest::newRow("yaml/block scalar")
        << u"---\nb: |\n  x\n\n  y\nc: 3\n---\n"_s << u"b"_s << u"---\nc: 3\n---\n"_s;
    QTest::newRow("yaml/last key keeps blank line and comment")
        << u"---\na: 1\nb: 2\n\n# end\n---\n"_s << u"b"_s << u"---\na: 1\n\n# end\n---\n"_s;
    QTest::newRow("yaml/only key")
        << u"---\na: 1\n---\nbody\n"_s << u"a"_s << u"---\n---\nbody\n"_s;
    QTest::newRow("yaml/absent key") << u"---\na: 1\n---\n"_s << u"zz"_s << u"---\na: 1\n---\n"_s;
    QTest::newRow("yaml/CRLF")
        << u"---\r\na: 1\r\nb: 2\r\n---\r\n"_s << u"a"_s << u"---\r\nb: 2\r\n---\r\n"_s;
    QTest::newRow("toml/middle key")
        << u"+++\na = 1\nb = \"\"\"\nx\ny\"\"\"\nc = 3\n+++\n"_s << u"b"_s << u"+++\na = 1\nc = 3\n+++\n"_s;
    QTest::newRow("toml/before a table")
        << u"+++\na = 1\nb = 2\n[t]\nb = 5\n+++\n"_s << u"b"_s << u"+++\na = 1\n[t]\nb = 5\n+++\n"_s;
    QTest::newRow("toml/with comment after value")
        << u"+++\na = 1 # one\nb = 2\n+++\n"_s << u"a"_s << u"+++\nb = 2\n+++\n"_s;
    QTest::newRow("json/first member")
        << u"{\n  \"a\": 1,\n  \"b\": 2\n}\n"_s << u"a"_s << u"{\n  \"b\": 2\n}\n"_s;
    QTest::newRow("json/middle member")
        << u"{\n  \"a\": 1,\n  \"b\": [\"x\"],\n  \"c\": 3\n}\n"_s << u"b"_s << u"{\n  \"a\": 1,\n  \"c\": 3\n}\n"_s;
    QTest::newRow("json/last member")
        << u"{\n  \"a\": 1,\n  \"b\": 2\n}\nbody\n"_s << u"b"_s << u"{\n  \"a\": 1\n}\nbody\n"_s;
    QTest::newRow("json/only member") << u"{\"a\": 1}\n"_s << u"a"_s << u"{}\n"_s;
}

// Removing a key removes only its lines (JSON: its member and one comma).
void tst_FrontMatterEdit::remove()
{
    QFETCH(QString, before);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const Result<QString> written = removeFrontMatterField(before, key);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QCOMPARE(written.value(), expected);
    const FrontMatter after = parseFrontMatter(written.value());
    QVERIFY(!after.error);
    QVERIFY(!after.field(key));
    checkOtherFields(parseFrontMatter(before), after, key);
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

void tst_FrontMatterEdit::tomlTableKeys_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("key");
    QTest::addColumn<Value>("value");   // Null: remove the key
    QTest::addColumn<QString>("expected");
    const QString zola = u"+++\ntitle = \"T\" # t\n\n[taxonomies]\n# mine\ntags = [\"a\",  'b c'] # kept\n"
                         u"categories = [\"x\"]\n\n[extra]\ntags = \"not these\"\n+++\nbody\n"_s;
    QTest::newRow("list item replaced, the rest kept")
        << zola << u"taxonomies.tags"_s << Value::fromList({u"a"_s, u"d e"_s})
        << QString(zola).replace(u"tags = [\"a\",  'b c']"_s, u"tags = [\"a\",  \"d e\"]"_s);
    QTest::newRow("a key of another table with the same name stays")
        << zola << u"extra.tags"_s << Value::fromString(u"new"_s)
        << QString(zola).replace(u"tags = \"not these\""_s, u"tags = \"new\""_s);
    QTest::newRow("new key at the end of its table")
        << zola << u"taxonomies.series"_s << Value::fromList({u"s"_s})
        << QString(zola).replace(u"categories = [\"x\"]\n"_s, u"categories = [\"x\"]\nseries = [\"s\"]\n"_s);
    QTest::newRow("new table at the end of the block")
        << u"+++\ntitle = \"T\"\n+++\n"_s << u"taxonomies.tags"_s << Value::fromList({u"a"_s})
        << u"+++\ntitle = \"T\"\n[taxonomies]\ntags = [\"a\"]\n+++\n"_s;
    QTest::newRow("removed") << zola << u"taxonomies.categories"_s << Value::null()
                             << QString(zola).remove(u"categories = [\"x\"]\n"_s);
}

// Zola's taxonomies written as an inline table: read like the [table]
// form, and an edit is refused with its line instead of writing a top-level
// key spelt "taxonomies.tags" (red-team finding).
void tst_FrontMatterEdit::tomlInlineTableKeys()
{
    const QString text = u"+++\ntitle = \"I\"\ntaxonomies = { tags = [\"Inline\", \"Two\"] }\n+++\nbody\n"_s;
    const FrontMatter fm = parseFrontMatter(text);
    QVERIFY(!fm.error);
    const Field *tags = fm.field(u"taxonomies.tags"_s);
    QVERIFY(tags);
    QCOMPARE(tags->value, Value::fromList({u"Inline"_s, u"Two"_s}));
    for (const QString &key : {u"taxonomies.tags"_s, u"taxonomies.categories"_s}) {
        const Result<QString> written = setFrontMatterField(text, key, Value::fromList({u"x"_s}));
        QVERIFY(!written);
        QCOMPARE(written.error().line, 3);
        QCOMPARE(written.error().message,
                 u"\"taxonomies\" is written as one value (an inline table): edit "_s + key + u" there by hand"_s);
    }
}

// Zola keeps terms in a [taxonomies] table: "table.key" edits that key's
// lines only, and the table's other keys read as before.
void tst_FrontMatterEdit::tomlTableKeys()
{
    QFETCH(QString, before);
    QFETCH(QString, key);
    QFETCH(Value, value);
    QFETCH(QString, expected);
    const Result<QString> written = value.type == ValueType::Null ? removeFrontMatterField(before, key)
                                                                 : setFrontMatterField(before, key, value);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QCOMPARE(written.value(), expected);
    const FrontMatter fm = parseFrontMatter(written.value());
    QVERIFY(!fm.error);
    if (value.type == ValueType::Null)
        QVERIFY(!fm.field(key));
    else
        QCOMPARE(fm.field(key)->value, value);
}

QTEST_GUILESS_MAIN(tst_FrontMatterEdit)
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

#include "tst_frontmatteredit.moc"
