// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Front-matter writes that Hugo's and Jekyll's own parsers must read as
// meant: anchors and aliases, characters YAML 1.1 reads as line breaks,
// duplicated keys, and value styles that must come back byte for byte.
#include "frontmatter/frontmatter.h"
#include "text/textcodec.h"

#include <QFile>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace postwright;

Q_DECLARE_METATYPE(postwright::Value)

namespace {

QString fixture(const QString &name)
{
    QFile file(QStringLiteral(POSTWRIGHT_TEST_DATA "/posts/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    const Result<DecodedText> decoded = decodeText(file.readAll());
    return decoded ? decoded.value().text : QString();
}

QString describe(const Value &v)
{
    switch (v.type) {
    case ValueType::List:
        return u"list:"_s + v.list.join(u'|');
    case ValueType::String:
        return u"string:"_s + v.text;
    case ValueType::Text:
        return u"text:"_s + v.text;
    default:
        return valueTypeName(v.type) + u':' + v.displayText();
    }
}

QString errorText(const Result<QString> &result)
{
    return result ? QString() : result.error().toString();
}

// The text of the entry of key (its last occurrence), from its first line
// to the line after it.
QString entryText(const QString &text, const QString &key)
{
    const FrontMatter fm = parseFrontMatter(text);
    const Field *f = fm.field(key);
    return f ? text.mid(f->entryStart, f->entryEnd - f->entryStart) : QString();
}

// Setting key to value in before gives exactly expected, and the written
// block reads back that value.
void checkWrite(const QString &before, const QString &key, const Value &value, const QString &expected)
{
    const Result<QString> written = setFrontMatterField(before, key, value);
    QVERIFY2(written, qPrintable(errorText(written)));
    QCOMPARE(written.value(), expected);
    const FrontMatter parsed = parseFrontMatter(written.value());
    const Field *f = parsed.field(key);
    QVERIFY(f);
    QCOMPARE(describe(f->value), describe(value));
}

} // namespace

class tst_FrontMatterWrites : public QObject
{
    Q_OBJECT

private slots:
    void editThatWouldChangeAnotherKey_data();
    void editThatWouldChangeAnotherKey();
    void anchoredValues_data();
    void anchoredValues();
    void aliasReadsAsItsValue();
    void lineBreakCharactersEscaped_data();
    void lineBreakCharactersEscaped();
    void duplicateKeysReadLast_data();
    void duplicateKeysReadLast();
    void duplicateKeysEditLast_data();
    void duplicateKeysEditLast();
    void keptStyles_data();
    void keptStyles();
    void otherKeyLeavesStyleBytes_data();
    void otherKeyLeavesStyleBytes();
    void rewriteKeepsStyleBytes_data();
    void rewriteKeepsStyleBytes();
    void flowListWithComment_data();
    void flowListWithComment();
    void yaml11TypedScalarsQuoted_data();
    void yaml11TypedScalarsQuoted();
    void leadingTabNotInBlockScalar_data();
    void leadingTabNotInBlockScalar();
    void emptyKeyEditedNotAdded_data();
    void mixedLineBreaksKeepTheEntrys_data();
    void mixedLineBreaksKeepTheEntrys();
    void emptyKeyEditedNotAdded();
};

void tst_FrontMatterWrites::editThatWouldChangeAnotherKey_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("unset");
    QTest::addColumn<QVariant>("value");   // for a set: a QString or a QStringList
    QTest::addColumn<int>("line");         // where the error points: the edited key
    QTest::addColumn<QString>("named");    // the other key the message names

    const QString scalar = u"---\ntitle: T\nauthor: &me Jane\nreviewer: *me\n---\nBody\n"_s;
    QTest::newRow("unset an anchored scalar an alias uses") << scalar << u"author"_s << true << QVariant() << 3 << u"reviewer"_s;
    QTest::newRow("set an anchored scalar an alias uses") << scalar << u"author"_s << false << QVariant(u"Bob"_s) << 3
                                                          << u"reviewer"_s;
    const QString list = u"---\ntags: &t [a, b]\nkeywords: *t\n---\n"_s;
    QTest::newRow("unset an anchored list") << list << u"tags"_s << true << QVariant() << 2 << u"keywords"_s;
    QTest::newRow("set an anchored list") << list << u"tags"_s << false << QVariant(QStringList{u"c"_s}) << 2
                                          << u"keywords"_s;
    QTest::newRow("unset an anchored map") << u"---\nbase: &b\n  x: 1\nother: *b\ntitle: A\n---\n"_s << u"base"_s << true
                                           << QVariant() << 2 << u"other"_s;
    QTest::newRow("set a value an alias inside a map uses")
        << u"---\nauthor: &me Jane\nmeta:\n  by: *me\n---\n"_s << u"author"_s << false << QVariant(u"Bob"_s) << 2 << u"meta"_s;
    QTest::newRow("unset a value an alias inside a list uses")
        << u"---\nauthor: &me Jane\npeople: [*me, Ann]\n---\n"_s << u"author"_s << true << QVariant() << 2 << u"people"_s;
    QTest::newRow("unset an anchored value with an alias before it")
        << u"---\nreviewer: &me Jane\nauthor: *me\n---\n"_s << u"reviewer"_s << true << QVariant() << 2 << u"author"_s;
}

// An edit that would change or break another key's value is refused, naming
// the key, and nothing is written; set, unset and several keys at once
// share the one check.
void tst_FrontMatterWrites::editThatWouldChangeAnotherKey()
{
    QFETCH(QString, before);
    QFETCH(QString, key);
    QFETCH(bool, unset);
    QFETCH(QVariant, value);
    QFETCH(int, line);
    QFETCH(QString, named);
    QVERIFY(!parseFrontMatter(before).error);
    Value v;
    if (!unset)
        v = value.typeId() == QMetaType::QStringList ? Value::fromList(value.toStringList()) : Value::fromString(value.toString());
    const Result<QString> written = unset ? removeFrontMatterField(before, key) : setFrontMatterField(before, key, v);
    QVERIFY2(!written, qPrintable(written ? written.value() : QString()));
    QCOMPARE(written.error().line, line);
    QVERIFY2(written.error().message.contains(u'"' + key + u'"'), qPrintable(written.error().message));
    QVERIFY2(written.error().message.contains(u'"' + named + u'"'), qPrintable(written.error().message));
    if (!unset) {
        const Result<QString> batch = setFrontMatterFields(before, {{key, v}});
        QVERIFY(!batch);
        QVERIFY2(batch.error().message.contains(u'"' + named + u'"'), qPrintable(batch.error().message));
    }
}

void tst_FrontMatterWrites::anchoredValues_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("unset");
    QTest::addColumn<Value>("value");
    QTest::addColumn<QString>("expected");

    const auto str = [](const QString &s) { return Value::fromString(s); };
    const auto list = [](const QStringList &l) { return Value::fromList(l); };
    QTest::newRow("anchored plain scalar")
        << u"---\ntitle: &t Hello\nx: 1\n---\n"_s << u"title"_s << false << str(u"World"_s)
        << u"---\ntitle: &t World\nx: 1\n---\n"_s;
    QTest::newRow("anchored quoted scalar")
        << u"---\ntitle: &t \"Hello\" # c\n---\n"_s << u"title"_s << false << str(u"a: b"_s)
        << u"---\ntitle: &t \"a: b\" # c\n---\n"_s;
    QTest::newRow("anchored flow list")
        << u"---\ntags: &t [a, b]\n---\n"_s << u"tags"_s << false << list({u"a"_s, u"c"_s})
        << u"---\ntags: &t [a, c]\n---\n"_s;
    QTest::newRow("anchored block list")
        << u"---\ntags: &t\n  - a\nx: 1\n---\n"_s << u"tags"_s << false << list({u"a"_s, u"b"_s})
        << u"---\ntags: &t\n  - a\n  - b\nx: 1\n---\n"_s;
    QTest::newRow("anchored scalar on the next line")
        << u"---\ntitle: &t\n  Hello\nx: 1\n---\n"_s << u"title"_s << false << str(u"World"_s)
        << u"---\ntitle: &t\n  World\nx: 1\n---\n"_s;
    QTest::newRow("unset an anchor no alias uses")
        << u"---\ntitle: &t Hello\nx: 1\n---\n"_s << u"title"_s << true << Value() << u"---\nx: 1\n---\n"_s;
    QTest::newRow("unset the alias, the anchor stays")
        << u"---\nauthor: &me Jane\nreviewer: *me\n---\n"_s << u"reviewer"_s << true << Value()
        << u"---\nauthor: &me Jane\n---\n"_s;
    QTest::newRow("set a key beside an alias")
        << u"---\nauthor: &me Jane\nreviewer: *me\ntitle: A\n---\n"_s << u"title"_s << false << str(u"B"_s)
        << u"---\nauthor: &me Jane\nreviewer: *me\ntitle: B\n---\n"_s;
}

// An anchor is syntax: the value after it is edited in place, the anchor
// stays, and the key reads as its value.
void tst_FrontMatterWrites::anchoredValues()
{
    QFETCH(QString, before);
    QFETCH(QString, key);
    QFETCH(bool, unset);
    QFETCH(Value, value);
    QFETCH(QString, expected);
    if (!unset) {
        const FrontMatter parsed = parseFrontMatter(before);
        const Field *f = parsed.field(key);
        QVERIFY(f);
        QVERIFY(!f->readOnly);
        QVERIFY(f->value.type != ValueType::Map);
    }
    const Result<QString> written = unset ? removeFrontMatterField(before, key) : setFrontMatterField(before, key, value);
    QVERIFY2(written, qPrintable(errorText(written)));
    QCOMPARE(written.value(), expected);
}

// "title: &t Hello" is the title "Hello"; "reviewer: *me" reads as the
// anchored value, and is shown, not edited.
void tst_FrontMatterWrites::aliasReadsAsItsValue()
{
    const FrontMatter fm = parseFrontMatter(u"---\ntitle: &t Hello\nauthor: &me Jane\nreviewer: *me\n"
                                            u"tags: &tg [a, b]\nkeywords: *tg\n---\n"_s);
    QVERIFY(!fm.error);
    QCOMPARE(describe(fm.field(u"title"_s)->value), u"string:Hello"_s);
    QCOMPARE(fm.string(u"title"_s), u"Hello"_s);
    QCOMPARE(describe(fm.field(u"author"_s)->value), u"string:Jane"_s);
    QCOMPARE(describe(fm.field(u"reviewer"_s)->value), u"string:Jane"_s);
    QVERIFY(fm.field(u"reviewer"_s)->readOnly);
    QCOMPARE(describe(fm.field(u"tags"_s)->value), u"list:a|b"_s);
    QVERIFY(!fm.field(u"tags"_s)->readOnly);
    QCOMPARE(describe(fm.field(u"keywords"_s)->value), u"list:a|b"_s);
    QVERIFY(fm.field(u"keywords"_s)->readOnly);
}

void tst_FrontMatterWrites::lineBreakCharactersEscaped_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("key");
    QTest::addColumn<Value>("value");
    QTest::addColumn<QString>("expected");

    const auto str = [](const QString &s) { return Value::fromString(s); };
    const auto list = [](const QStringList &l) { return Value::fromList(l); };
    const QString plain = u"---\ntitle: Old\n---\n"_s;
    QTest::newRow("line separator") << plain << u"title"_s << str(u"a\u2028b"_s) << u"---\ntitle: \"a\\Lb\"\n---\n"_s;
    QTest::newRow("paragraph separator") << plain << u"title"_s << str(u"a\u2029b"_s) << u"---\ntitle: \"a\\Pb\"\n---\n"_s;
    QTest::newRow("next line") << plain << u"title"_s << str(u"a\u0085b"_s) << u"---\ntitle: \"a\\Nb\"\n---\n"_s;
    QTest::newRow("C1 control") << plain << u"title"_s << str(u"a\u0080b"_s) << u"---\ntitle: \"a\\u0080b\"\n---\n"_s;
    QTest::newRow("byte order mark") << plain << u"title"_s << str(u"a\uFEFFb"_s) << u"---\ntitle: \"a\\uFEFFb\"\n---\n"_s;
    QTest::newRow("single quoted") << u"---\nauthor: 'Ann'\n---\n"_s << u"author"_s << str(u"a\u2028b"_s)
                                   << u"---\nauthor: \"a\\Lb\"\n---\n"_s;
    QTest::newRow("block scalar") << u"---\nsummary: |\n  one\nx: 1\n---\n"_s << u"summary"_s << str(u"x\u2028y\nz\n"_s)
                                  << u"---\nsummary: \"x\\Ly\\nz\\n\"\nx: 1\n---\n"_s;
    QTest::newRow("folded plain scalar")
        << u"---\nwrapped: a plain scalar\n  over two lines\nx: 1\n---\n"_s << u"wrapped"_s << str(u"a plain\u2028scalar"_s)
        << u"---\nwrapped: \"a plain\\Lscalar\"\nx: 1\n---\n"_s;
    QTest::newRow("scalar on the next line") << u"---\ntitle:\n  Old\n---\n"_s << u"title"_s << str(u"a\u2029b"_s)
                                             << u"---\ntitle:\n  \"a\\Pb\"\n---\n"_s;
    QTest::newRow("flow list item") << u"---\ntags: [a]\n---\n"_s << u"tags"_s << list({u"a"_s, u"x\u2028y"_s})
                                    << u"---\ntags: [a, \"x\\Ly\"]\n---\n"_s;
    QTest::newRow("block list item") << u"---\ntags:\n  - a\n---\n"_s << u"tags"_s << list({u"a"_s, u"x\u2029y"_s})
                                     << u"---\ntags:\n  - a\n  - \"x\\Py\"\n---\n"_s;
    QTest::newRow("quoted list item") << u"---\ntags: ['a']\n---\n"_s << u"tags"_s << list({u"a"_s, u"x\u0085y"_s})
                                      << u"---\ntags: ['a', \"x\\Ny\"]\n---\n"_s;
    QTest::newRow("new key's value") << plain << u"note"_s << str(u"a\u2028b"_s)
                                     << u"---\ntitle: Old\nnote: \"a\\Lb\"\n---\n"_s;
    QTest::newRow("new key's name") << plain << u"no\u2028te"_s << str(u"v"_s)
                                    << u"---\ntitle: Old\n\"no\\Lte\": v\n---\n"_s;
}

// What YAML 1.1 parsers (libyaml, go-yaml) read as a line break, and other
// characters that YAML emitters escape, are written escaped in a
// double-quoted scalar, in values, list items and keys alike.
void tst_FrontMatterWrites::lineBreakCharactersEscaped()
{
    QFETCH(QString, before);
    QFETCH(QString, key);
    QFETCH(Value, value);
    QFETCH(QString, expected);
    checkWrite(before, key, value, expected);
}

void tst_FrontMatterWrites::duplicateKeysReadLast_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("values");   // every occurrence of "title", in order
    QTest::newRow("yaml") << u"---\ntitle: First\ndraft: true\ntitle: Second\n---\n"_s
                          << QStringList{u"string:First"_s, u"string:Second"_s};
    QTest::newRow("yaml three times") << u"---\ntitle: A\ntitle: B\ntitle: C\n---\n"_s
                                      << QStringList{u"string:A"_s, u"string:B"_s, u"string:C"_s};
    QTest::newRow("json") << u"{\"title\": \"First\", \"draft\": true, \"title\": \"Second\"}\n"_s
                          << QStringList{u"string:First"_s, u"string:Second"_s};
}

// Hugo and Jekyll use a duplicated key's last occurrence: so does every
// reader here; each occurrence keeps its own value.
void tst_FrontMatterWrites::duplicateKeysReadLast()
{
    QFETCH(QString, text);
    QFETCH(QStringList, values);
    const FrontMatter fm = parseFrontMatter(text);
    QVERIFY(!fm.error);
    QStringList seen;
    for (const Field &f : fm.fields) {
        if (f.key == u"title")
            seen.append(describe(f.value));
    }
    QCOMPARE(seen, values);
    QCOMPARE(describe(fm.field(u"title"_s)->value), values.constLast());
    QCOMPARE(fm.string(u"title"_s), values.constLast().section(u':', 1));
    QCOMPARE(fm.duplicateKeys, QStringList{u"title"_s});
}

void tst_FrontMatterWrites::duplicateKeysEditLast_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<bool>("unset");
    QTest::addColumn<QString>("expected");
    const QString yaml = u"---\ntitle: First\ndraft: true\ntitle: Second\n---\nBody\n"_s;
    QTest::newRow("yaml set") << yaml << false << u"---\ntitle: First\ndraft: true\ntitle: Third\n---\nBody\n"_s;
    QTest::newRow("yaml unset removes every occurrence") << yaml << true << u"---\ndraft: true\n---\nBody\n"_s;
    const QString json = u"{\"title\": \"First\", \"draft\": true, \"title\": \"Second\"}\nBody\n"_s;
    QTest::newRow("json set") << json << false << u"{\"title\": \"First\", \"draft\": true, \"title\": \"Third\"}\nBody\n"_s;
}

// set (one key or several) edits the occurrence the generator uses.
void tst_FrontMatterWrites::duplicateKeysEditLast()
{
    QFETCH(QString, before);
    QFETCH(bool, unset);
    QFETCH(QString, expected);
    const Value third = Value::fromString(u"Third"_s);
    const Result<QString> written = unset ? removeFrontMatterField(before, u"title"_s)
                                          : setFrontMatterField(before, u"title"_s, third);
    QVERIFY2(written, qPrintable(errorText(written)));
    QCOMPARE(written.value(), expected);
    if (!unset) {
        const Result<QString> batch = setFrontMatterFields(before, {{u"title"_s, third}});
        QVERIFY2(batch, qPrintable(errorText(batch)));
        QCOMPARE(batch.value(), expected);
        QCOMPARE(parseFrontMatter(written.value()).string(u"title"_s), u"Third"_s);
    }
}

void tst_FrontMatterWrites::keptStyles_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("key");
    QTest::addColumn<Value>("value");
    QTest::addColumn<QString>("expected");
    const auto str = [](const QString &s) { return Value::fromString(s); };

    QTest::newRow("yaml/scalar on the next line stays there")
        << u"---\ntitle:\n  Old title\nx: 1\n---\n"_s << u"title"_s << str(u"New"_s) << u"---\ntitle:\n  New\nx: 1\n---\n"_s;
    QTest::newRow("yaml/quoted scalar on the next line stays quoted")
        << u"---\ntitle:\n  \"Old\"\n---\n"_s << u"title"_s << str(u"New"_s) << u"---\ntitle:\n  \"New\"\n---\n"_s;
    QTest::newRow("yaml/next-line scalar over two lines")
        << u"---\ntitle:\n  one two\n  three\nx: 1\n---\n"_s << u"title"_s << str(u"one 2 three"_s)
        << u"---\ntitle:\n  one 2\n  three\nx: 1\n---\n"_s;
    const QString folded = u"---\nsummary: one two three\n  four five six\n  seven\nx: 1\n---\n"_s;
    QTest::newRow("yaml/folded: a changed word keeps the breaks")
        << folded << u"summary"_s << str(u"one two THREE four five six seven"_s)
        << u"---\nsummary: one two THREE\n  four five six\n  seven\nx: 1\n---\n"_s;
    QTest::newRow("yaml/folded: a word added at the end")
        << folded << u"summary"_s << str(u"one two three four five six seven eight"_s)
        << u"---\nsummary: one two three\n  four five six\n  seven eight\nx: 1\n---\n"_s;
    QTest::newRow("yaml/folded: a word taken out of the middle line")
        << folded << u"summary"_s << str(u"one two three four six seven"_s)
        << u"---\nsummary: one two three\n  four six\n  seven\nx: 1\n---\n"_s;
    QTest::newRow("yaml/folded: the space at a break replaced")
        << folded << u"summary"_s << str(u"one two three-four five six seven"_s)
        << u"---\nsummary: one two three-four five six\n  seven\nx: 1\n---\n"_s;
    QTest::newRow("yaml/folded: the space at a break taken out")
        << folded << u"summary"_s << str(u"one two threefour five six seven"_s)
        << u"---\nsummary: one two threefour five six\n  seven\nx: 1\n---\n"_s;
    QTest::newRow("toml/basic string with escapes stays basic")
        << u"+++\ns = \"a\\nb\" # note\nx = 1\n+++\n"_s << u"s"_s << str(u"c\nd\ne"_s)
        << u"+++\ns = \"c\\nd\\ne\" # note\nx = 1\n+++\n"_s;
}

// A changed value is written in its old style: where it started, where
// its lines broke, how it was escaped.
void tst_FrontMatterWrites::keptStyles()
{
    QFETCH(QString, before);
    QFETCH(QString, key);
    QFETCH(Value, value);
    QFETCH(QString, expected);
    checkWrite(before, key, value, expected);
}

void tst_FrontMatterWrites::otherKeyLeavesStyleBytes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("styled");   // the key written in the style under test
    QTest::addColumn<QString>("other");    // the key that is set
    QTest::newRow("yaml next-line plain, title") << u"yaml/next-line-plain.md"_s << u"title"_s << u"date"_s;
    QTest::newRow("yaml next-line plain, description") << u"yaml/next-line-plain.md"_s << u"description"_s << u"slug"_s;
    QTest::newRow("yaml folded plain") << u"yaml/folded-plain.md"_s << u"summary"_s << u"draft"_s;
    QTest::newRow("yaml folded plain, new key") << u"yaml/folded-plain.md"_s << u"summary"_s << u"slug"_s;
    QTest::newRow("toml basic escapes") << u"toml/basic-escapes.md"_s << u"summary"_s << u"title"_s;
    QTest::newRow("toml basic escapes, new key") << u"toml/basic-escapes.md"_s << u"summary"_s << u"slug"_s;
}

// Setting another key leaves the styled entry's bytes as they were.
void tst_FrontMatterWrites::otherKeyLeavesStyleBytes()
{
    QFETCH(QString, file);
    QFETCH(QString, styled);
    QFETCH(QString, other);
    const QString text = fixture(file);
    QVERIFY(!text.isEmpty());
    const QString before = entryText(text, styled);
    QVERIFY(!before.isEmpty());
    const Result<QString> written = setFrontMatterField(text, other, Value::fromString(u"changed-value"_s));
    QVERIFY2(written, qPrintable(errorText(written)));
    QVERIFY(written.value() != text);
    QCOMPARE(entryText(written.value(), styled), before);
    QVERIFY(written.value().contains(before));
}

void tst_FrontMatterWrites::rewriteKeepsStyleBytes_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("yaml next-line plain") << u"yaml/next-line-plain.md"_s;
    QTest::newRow("yaml folded plain") << u"yaml/folded-plain.md"_s;
    QTest::newRow("toml basic escapes") << u"toml/basic-escapes.md"_s;
}

// Every key written anew with its own value (what roundtrip does), one at
// a time and all at once: the same text.
void tst_FrontMatterWrites::rewriteKeepsStyleBytes()
{
    QFETCH(QString, file);
    const QString text = fixture(file);
    QVERIFY(!text.isEmpty());
    const FrontMatter fm = parseFrontMatter(text);
    QVERIFY(!fm.error);
    QList<FieldChange> all;
    for (const Field &f : fm.fields) {
        QVERIFY2(!f.readOnly, qPrintable(f.key));
        all.append({f.key, f.value});
        const Result<QString> written = setFrontMatterField(text, f.key, f.value, WriteMode::Rewrite);
        QVERIFY2(written, qPrintable(f.key + u": "_s + errorText(written)));
        QCOMPARE(written.value(), text);
    }
    const Result<QString> batch = setFrontMatterFields(text, all, WriteMode::Rewrite);
    QVERIFY2(batch, qPrintable(errorText(batch)));
    QCOMPARE(batch.value(), text);
}

void tst_FrontMatterWrites::flowListWithComment_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("expected");
    QTest::newRow("comment after the list")
        << u"---\ntags: [a, b] # comment\nx: 1\n---\n"_s << QStringList{u"a"_s, u"b"_s, u"c"_s}
        << u"---\ntags: [a, b, c] # comment\nx: 1\n---\n"_s;
    QTest::newRow("comment after a list over two lines")
        << u"---\ntags: [a,\n  b] # comment\nx: 1\n---\n"_s << QStringList{u"b"_s}
        << u"---\ntags: [b] # comment\nx: 1\n---\n"_s;
    QTest::newRow("comment with a bracket")
        << u"---\ntags: [a] # see [1]\n---\n"_s << QStringList{u"z"_s} << u"---\ntags: [z] # see [1]\n---\n"_s;
    QTest::newRow("CRLF") << u"---\r\ntags: [a, b]   # c\r\n---\r\n"_s << QStringList{u"a"_s}
                          << u"---\r\ntags: [a]   # c\r\n---\r\n"_s;
}

// A flow list followed by a comment is a list that can be edited; the
// comment stays where it was.
void tst_FrontMatterWrites::flowListWithComment()
{
    QFETCH(QString, before);
    QFETCH(QStringList, items);
    QFETCH(QString, expected);
    const FrontMatter parsed = parseFrontMatter(before);
    const Field *f = parsed.field(u"tags"_s);
    QVERIFY(f);
    QCOMPARE(f->value.type, ValueType::List);
    QVERIFY(!f->readOnly);
    const Result<QString> written = setFrontMatterField(before, u"tags"_s, Value::fromList(items));
    QVERIFY2(written, qPrintable(errorText(written)));
    QCOMPARE(written.value(), expected);
}

void tst_FrontMatterWrites::yaml11TypedScalarsQuoted_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("key");
    QTest::addColumn<Value>("value");
    QTest::addColumn<QString>("expected");

    const auto str = [](const QString &s) { return Value::fromString(s); };
    const auto list = [](const QStringList &l) { return Value::fromList(l); };
    const QString plain = u"---\ntitle: Old\n---\n"_s;
    const auto quoted = [](const QString &s) { return u"---\ntitle: \""_s + s + u"\"\n---\n"_s; };
    const QStringList typed = {u"16:9"_s,    u"1:20"_s,    u"-1:30:00"_s, u"190:20:30.15"_s, u"0b101"_s,
                               u"0x_1F"_s,   u"0o17"_s,    u"017"_s,      u"1_000"_s,        u"1_0.5"_s,
                               u".inf"_s,    u"-.Inf"_s,   u".NaN"_s,     u"~"_s,            u"null"_s,
                               u"NULL"_s,    u"<<"_s,      u"="_s,        u"y"_s,            u"N"_s,
                               u"1e3"_s, u"6.8523015e+5"_s, u"._5"_s};
    for (const QString &s : typed)
        QTest::newRow(qPrintable(u"value "_s + s)) << plain << u"title"_s << str(s) << quoted(s);
    QTest::newRow("flow list items") << u"---\ntags: [a]\n---\n"_s << u"tags"_s << list({u"1:20"_s, u"0b101"_s, u"x"_s})
                                     << u"---\ntags: [\"1:20\", \"0b101\", x]\n---\n"_s;
    QTest::newRow("block list items") << u"---\ntags:\n  - a\n---\n"_s << u"tags"_s << list({u"<<"_s, u"0x_1F"_s})
                                      << u"---\ntags:\n  - \"<<\"\n  - \"0x_1F\"\n---\n"_s;
    QTest::newRow("new key named <<") << plain << u"<<"_s << str(u"v"_s) << u"---\ntitle: Old\n\"<<\": v\n---\n"_s;
    QTest::newRow("new key named =") << plain << u"="_s << str(u"v"_s) << u"---\ntitle: Old\n\"=\": v\n---\n"_s;
    QTest::newRow("new key named 1:20") << plain << u"1:20"_s << str(u"v"_s) << u"---\ntitle: Old\n\"1:20\": v\n---\n"_s;
    // Strings that no YAML 1.1 type claims stay plain.
    QTest::newRow("ratio with letters") << plain << u"title"_s << str(u"16:9 wide"_s) << u"---\ntitle: 16:9 wide\n---\n"_s;
    QTest::newRow("version") << plain << u"title"_s << str(u"1.2.3"_s) << u"---\ntitle: 1.2.3\n---\n"_s;
    QTest::newRow("double equals") << plain << u"title"_s << str(u"=="_s) << u"---\ntitle: ==\n---\n"_s;
}

// Jekyll (Psych, libyaml) and PyYAML resolve plain scalars by the YAML 1.1
// type repository: "16:9" is the base-60 integer 969, "0b101" is 5, "<<" a
// merge key. A string that any of those types would claim is written quoted,
// in values, list items and keys.
void tst_FrontMatterWrites::yaml11TypedScalarsQuoted()
{
    QFETCH(QString, before);
    QFETCH(QString, key);
    QFETCH(Value, value);
    QFETCH(QString, expected);
    checkWrite(before, key, value, expected);
}

void tst_FrontMatterWrites::leadingTabNotInBlockScalar_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("block, tab-indented line") << u"---\ntitle: |\n  Hello\nz: 1\n---\n"_s << u"\tindented code"_s
                                              << u"---\ntitle: \"\\tindented code\"\nz: 1\n---\n"_s;
    QTest::newRow("plain, tabs over two lines") << u"---\ntitle: Hello\nz: 1\n---\n"_s << u"\t\n\t"_s
                                                << u"---\ntitle: \"\\t\\n\\t\"\nz: 1\n---\n"_s;
    QTest::newRow("block, tab on a later line stays a block")
        << u"---\ntitle: |\n  Hello\nz: 1\n---\n"_s << u"code:\n\tindented\n"_s
        << u"---\ntitle: |\n  code:\n  \tindented\nz: 1\n---\n"_s;
}

// libyaml (Jekyll's Psych, PyYAML's CSafeLoader) cannot read a block scalar
// whose first line starts with a tab: such a value is written double-quoted.
void tst_FrontMatterWrites::leadingTabNotInBlockScalar()
{
    QFETCH(QString, before);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const Result<QString> written = setFrontMatterField(before, u"title"_s, Value::fromString(value));
    QVERIFY2(written, qPrintable(errorText(written)));
    QCOMPARE(written.value(), expected);
    const Field *f = parseFrontMatter(written.value()).field(u"title"_s);
    QVERIFY(f);
    QCOMPARE(f->value.text, value);
}

void tst_FrontMatterWrites::emptyKeyEditedNotAdded_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("expected");   // empty: refused

    QTest::newRow("json") << u"{\"\": \"No body\", \"title\": \"X\"}\n"_s << u"{\"\": \"Z\", \"title\": \"X\"}\n"_s;
    QTest::newRow("yaml") << u"---\n\"\": a\ntitle: X\n---\n"_s << u"---\n\"\": Z\ntitle: X\n---\n"_s;
    QTest::newRow("json without one") << u"{\"title\": \"X\"}\n"_s << QString();
    QTest::newRow("yaml without one") << u"---\ntitle: X\n---\n"_s << QString();
}

// A key that is the empty string is legal JSON and YAML: the file's own is
// edited, one key at a time and all at once alike; a new one is refused.
void tst_FrontMatterWrites::emptyKeyEditedNotAdded()
{
    QFETCH(QString, before);
    QFETCH(QString, expected);
    const Value value = Value::fromString(u"Z"_s);
    const Result<QString> one = setFrontMatterField(before, QString(), value);
    const Result<QString> all = setFrontMatterFields(before, {{QString(), value}});
    QCOMPARE(one.ok(), !expected.isEmpty());
    QCOMPARE(all.ok(), !expected.isEmpty());
    if (expected.isEmpty())
        return;
    QCOMPARE(one.value(), expected);
    QCOMPARE(all.value(), expected);
}


void tst_FrontMatterWrites::mixedLineBreaksKeepTheEntrys_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("expected");
    // A block that is mostly CRLF with one entry written with LF (pasted from
    // another editor): the entry keeps its own line break, whichever the
    // block's dominant one is, and a batch gives the same text.
    QTest::newRow("LF entry in a CRLF block")
        << u"---\r\ntitle: A\r\ndate: 2024-01-01\r\ntags:\n  - a\n---\r\nBody\r\n"_s << u"tags"_s
        << QStringList{u"a"_s, u"b"_s} << u"---\r\ntitle: A\r\ndate: 2024-01-01\r\ntags:\n  - a\n  - b\n---\r\nBody\r\n"_s;
    QTest::newRow("CR entry in an LF block")
        << u"---\ntitle: A\ndate: 2024-01-01\ntags:\r  - a\r---\nBody\n"_s << u"tags"_s << QStringList{u"a"_s, u"b"_s}
        << u"---\ntitle: A\ndate: 2024-01-01\ntags:\r  - a\r  - b\r---\nBody\n"_s;
}

// The line break an edit writes is the entry's own, not the block's dominant
// one: otherwise setting several keys at once and one after the other gave
// different bytes on a block with mixed line breaks (the fuzzer's finding).
void tst_FrontMatterWrites::mixedLineBreaksKeepTheEntrys()
{
    QFETCH(QString, before);
    QFETCH(QString, key);
    QFETCH(QStringList, items);
    QFETCH(QString, expected);
    checkWrite(before, key, Value::fromList(items), expected);
    const Result<QString> batch = setFrontMatterFields(before, {{key, Value::fromList(items)}});
    QVERIFY2(batch, qPrintable(errorText(batch)));
    QCOMPARE(batch.value(), expected);
}

QTEST_GUILESS_MAIN(tst_FrontMatterWrites)
#include "tst_frontmatterwrites.moc"
