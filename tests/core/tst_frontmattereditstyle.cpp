// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Front-matter edits that keep the file's style: whole expected texts of
// single edits and removals, and keys inside TOML tables. Values that must
// read back exactly, line endings and refusals: tst_frontmatteredit.
#include "frontmatter/frontmatter.h"
#include "support/frontmatteredit.h"

#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace postwright;
using namespace postwright::testing::frontmatteredit;

Q_DECLARE_METATYPE(postwright::Value)

class tst_FrontMatterEditStyle : public QObject
{
    Q_OBJECT

private slots:
    void exactEdit_data();
    void exactEdit();
    void remove_data();
    void remove();
    void tomlTableKeys_data();
    void tomlTableKeys();
    void tomlInlineTableKeys();
};

void tst_FrontMatterEditStyle::exactEdit_data()
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
void tst_FrontMatterEditStyle::exactEdit()
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

void tst_FrontMatterEditStyle::remove_data()
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
void tst_FrontMatterEditStyle::remove()
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

void tst_FrontMatterEditStyle::tomlTableKeys_data()
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
void tst_FrontMatterEditStyle::tomlInlineTableKeys()
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
void tst_FrontMatterEditStyle::tomlTableKeys()
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

QTEST_GUILESS_MAIN(tst_FrontMatterEditStyle)
#include "tst_frontmattereditstyle.moc"
