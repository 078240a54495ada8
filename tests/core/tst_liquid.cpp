// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Liquid engine: tags, filters, whitespace control, errors and caps.
// The tables in tests/data/liquid hold what Jekyll 4.3's Liquid renders.
#include "liquid/liquid.h"
#include "render/renderer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sys/resource.h>

#include <algorithm>

using namespace postwright;

class TestLiquid : public QObject
{
    Q_OBJECT

private slots:
    void matchesJekyll_data();
    void matchesJekyll();
    void unknownTagIsAnErrorAndTheRestRenders();
    void syntaxErrorsHaveLineAndColumn();
    void nestingErrorIsReportedOnce();
    void unknownVariablesAndFiltersRenderQuietly();
    void loopsAreCapped();
    void outputAndValuesAreCapped();
    void includesAreCapped();
    void largeArraysAndStringsStayFast();
    void growingValuesReachTheBudgetEarly();
    void outputLinesMapToSourceLines();
    void renderedBlocksPointAtTheLinesAsWritten();
};

namespace {

LiquidHash globalsFrom(const QJsonObject &vars)
{
    LiquidHash globals;
    for (auto it = vars.begin(); it != vars.end(); ++it)
        globals.insert(it.key(), LiquidValue::fromJson(it.value()));
    return globals;
}

LiquidResult render(const QString &source, const LiquidOptions &options = {})
{
    return renderLiquid(source, options);
}

} // namespace

void TestLiquid::matchesJekyll_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QJsonObject>("vars");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("jekyll");
    for (const char *group : {"core", "filters", "jekyll"}) {
        QFile file(QStringLiteral(POSTWRIGHT_TEST_DATA "/liquid/%1.json").arg(QLatin1String(group)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject table = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue &row : table.value(QStringLiteral("cases")).toArray()) {
            const QJsonObject test = row.toObject();
            QTest::newRow(qPrintable(test.value(QStringLiteral("name")).toString()))
                << test.value(QStringLiteral("template")).toString()
                << table.value(QStringLiteral("vars")).toObject() << test.value(QStringLiteral("expected")).toString()
                << table.value(QStringLiteral("jekyll")).toBool();
        }
    }
}

void TestLiquid::matchesJekyll()
{
    QFETCH(QString, source);
    QFETCH(QJsonObject, vars);
    QFETCH(QString, expected);
    QFETCH(bool, jekyll);
    LiquidOptions options;
    options.jekyll = jekyll;
    options.globals = globalsFrom(vars);
    const LiquidResult result = render(source, options);
    QCOMPARE(result.output, expected);
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.value(0).message));
}

void TestLiquid::unknownTagIsAnErrorAndTheRestRenders()
{
    LiquidOptions options;
    options.file = QStringLiteral("_posts/2024-01-01-a.md");
    options.firstLine = 5;
    const LiquidResult result = render(QStringLiteral("Before {{ 1 | plus: 1 }}\nline two {% frobnicate x %} after\nend"),
                                       options);
    QCOMPARE(result.output, QStringLiteral("Before 2\nline two {% frobnicate x %} after\nend"));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.at(0).file, options.file);
    QCOMPARE(result.errors.at(0).line, 6);
    QCOMPARE(result.errors.at(0).column, 10);
    QVERIFY(result.errors.at(0).message.contains(QLatin1String("Unknown tag 'frobnicate'")));
}

void TestLiquid::syntaxErrorsHaveLineAndColumn()
{
    // An if never closed: reported at its tag; the text before it renders.
    LiquidResult result = render(QStringLiteral("one\ntwo {% if x %}three"));
    QCOMPARE(result.output, QStringLiteral("one\ntwo "));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.at(0).line, 2);
    QCOMPARE(result.errors.at(0).column, 5);
    QVERIFY(result.errors.at(0).message.contains(QLatin1String("never closed")));

    // A bad expression in an output: the column points into the markup.
    result = render(QStringLiteral("a {{ x | }} b"));
    QCOMPARE(result.output, QStringLiteral("a  b"));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.at(0).line, 1);
    QVERIFY(result.errors.at(0).column > 3);

    // An unclosed output stays text.
    result = render(QStringLiteral("x {{ y"));
    QCOMPARE(result.output, QStringLiteral("x {{ y"));
    QCOMPARE(result.errors.size(), 1);

    // An end tag that closes nothing.
    result = render(QStringLiteral("a\n{% endfor %}b"));
    QCOMPARE(result.output, QStringLiteral("a\nb"));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.at(0).line, 2);
}

void TestLiquid::nestingErrorIsReportedOnce()
{
    // As Jekyll: "'endif' is not a valid delimiter for for tags", and
    // nothing about the blocks it leaves open around it.
    const LiquidResult result = render(QStringLiteral(
        "{% if a %}{% unless b %}{% for i in x %}\n{% endif %}\n{% endunless %}{% endfor %}\n{% case c %}text\n"));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.at(0).line, 2);
    QVERIFY2(result.errors.at(0).message.contains(QLatin1String("'endif'")), qPrintable(result.errors.at(0).message));
}

void TestLiquid::unknownVariablesAndFiltersRenderQuietly()
{
    const LiquidResult result = render(QStringLiteral("[{{ nope.deeper }}][{{ 'a' | no_such_filter | upcase }}]"));
    QCOMPARE(result.output, QStringLiteral("[][A]"));
    // The unknown filter is named, so a typo can be found.
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.errors.at(0).message.contains(QLatin1String("no_such_filter")));
}

void TestLiquid::loopsAreCapped()
{
    LiquidOptions options;
    options.limits.maxIterations = 1000;
    const LiquidResult result = render(
        QStringLiteral("start {% for a in (1..1000000000) %}{% for b in (1..1000000000) %}x{% endfor %}{% endfor %}"),
        options);
    QVERIFY(result.output.startsWith(QLatin1String("start xxx")));
    QVERIFY(result.output.size() <= 1000 + 6);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.errors.at(0).message.contains(QLatin1String("1000")));

    // The default cap lets a 1,000-iteration loop run whole.
    const LiquidResult whole = render(QStringLiteral("{% for i in (1..1000) %}{{ i }} {% endfor %}"));
    QVERIFY(whole.errors.isEmpty());
    QVERIFY(whole.output.endsWith(QLatin1String("999 1000 ")));
}

void TestLiquid::outputAndValuesAreCapped()
{
    LiquidOptions options;
    options.limits.maxOutput = 10000;
    // A string that doubles each time would need 2^60 characters.
    LiquidResult result = render(QStringLiteral("{% assign s = 'ab' %}{% for i in (1..60) %}{% assign s = s | append: s %}"
                                                "{% endfor %}{{ s | size }}"),
                                 options);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.output.size() < 10000);

    result = render(QStringLiteral("{% for i in (1..100000) %}0123456789{% endfor %}"), options);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.output.size() <= 10000);

    // A huge range is not made into a huge array.
    result = render(QStringLiteral("{{ (1..1000000000) | join: ',' | size }}"), options);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.output.isEmpty());
}

void TestLiquid::includesAreCapped()
{
    LiquidOptions options;
    options.jekyll = true;
    int reads = 0;
    // An include that includes itself.
    options.site.include = [&](const QString &name, bool) {
        ++reads;
        return LiquidInclude{QStringLiteral("[{% include ") + name + QStringLiteral(" %}]"),
                             QStringLiteral("_includes/") + name, {}, {}};
    };
    const LiquidResult result = render(QStringLiteral("{% include self.html %}"), options);
    QCOMPARE(reads, options.limits.maxIncludeDepth);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.errors.at(0).message.contains(QLatin1String("nested")));
    QVERIFY(result.output.startsWith(QLatin1String("[[[")));
}

void TestLiquid::outputLinesMapToSourceLines()
{
    LiquidOptions options;
    options.firstLine = 10;
    // Line 10: a heading; 11-13: a loop writing three lines; 14: text.
    const LiquidResult result = render(QStringLiteral("# Title\n"
                                                      "{% for i in (1..3) %}\n"
                                                      "- {{ i }}{% endfor %}\n"
                                                      "after\n"),
                                       options);
    QCOMPARE(result.output, QStringLiteral("# Title\n\n- 1\n- 2\n- 3\nafter\n"));
    const QList<int> expected = {10, 11, 12, 12, 12, 13};
    QCOMPARE(result.sourceLines, expected);
}

void TestLiquid::renderedBlocksPointAtTheLinesAsWritten()
{
    // The body starts on file line 4; the loop on lines 6-8 writes three
    // paragraphs, the include on line 9 two lines; "After" is on line 11.
    const QString body = QStringLiteral("# Title\n\n"
                                        "{% for i in (1..3) %}Item {{ i }}\n\n{% endfor %}\n"
                                        "{% include two.html %}\n\n"
                                        "After\n");
    RenderOptions options;
    options.firstLine = 4;
    options.liquid = [](QStringView source, int firstLine) {
        LiquidOptions liquid;
        liquid.firstLine = firstLine;
        liquid.jekyll = true;
        liquid.site.include = [](const QString &, bool) {
            return LiquidInclude{QStringLiteral("Line one\nline two\n"), QStringLiteral("_includes/two.html"), {}, {}};
        };
        return renderLiquid(source, liquid);
    };
    const RenderResult result = render(body, options);
    QVERIFY2(result.html.contains(QLatin1String("<h1 id=\"title\" data-sourcepos=\"4:1-4:7\">")), qPrintable(result.html));
    QVERIFY2(result.html.contains(QLatin1String("<p data-sourcepos=\"6:1-6:6\">Item 3</p>")), qPrintable(result.html));
    QVERIFY2(result.html.contains(QLatin1String("<p data-sourcepos=\"9:1-9:8\">Line one")), qPrintable(result.html));
    QVERIFY2(result.html.contains(QLatin1String("<p data-sourcepos=\"11:1-11:5\">After</p>")), qPrintable(result.html));
    QCOMPARE(result.outline.value(0).line, 4);
}

QTEST_GUILESS_MAIN(TestLiquid)
#include "tst_liquid.moc"

// uniq over 100,000 items compared each with every kept one (minutes); a
// chain of replaces built gigabytes before the size cap said no.
void TestLiquid::largeArraysAndStringsStayFast()
{
    const LiquidResult unique =
        render(QStringLiteral("{% assign a = (1..50000) | join: ',' | split: ',' %}"
                              "{{ a | concat: a | uniq | size }} {{ a | uniq | last }}"));
    QVERIFY2(unique.errors.isEmpty(), qPrintable(unique.errors.value(0).message));
    QCOMPARE(unique.output, QStringLiteral("50000 50000"));
    // 8 -> 8,000 -> 8,000,000 characters, then a replace that would make
    // 8,000,000,000 (16 GB): refused before it is built. The test runs with
    // 4 GB of address space, so building it would end the test.
    rlimit before{};
    getrlimit(RLIMIT_AS, &before);
    rlimit capped = before;
    capped.rlim_cur = std::min<rlim_t>(before.rlim_cur, rlim_t(4) << 30);
    setrlimit(RLIMIT_AS, &capped);
    const QString x1000 = QString(1000, QLatin1Char('x'));
    const LiquidResult grown = render(QStringLiteral("{% assign s = 'xxxxxxxx' | replace: 'x', '%1' | replace: 'x', '%1' %}"
                                                     "{{ s | size }} {% assign s = s | replace: 'x', '%1' %}{{ s | size }}")
                                          .arg(x1000));
    setrlimit(RLIMIT_AS, &before);
    QVERIFY(grown.output.startsWith(QLatin1String("8000000 ")));
    QCOMPARE(grown.errors.size(), 1);
    QVERIFY2(grown.errors.at(0).message.contains(QLatin1String("more than 8388608")), qPrintable(grown.errors.at(0).message));
}

namespace {

// The iterations a loop writing "<i>," got through before the render stopped.
int iterationsDone(const QString &output)
{
    const QStringList marks = output.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return marks.isEmpty() ? 0 : marks.last().trimmed().toInt();
}

} // namespace

// A hostile post made the render take seconds within the caps: split and
// join of half a million characters 1,000 times, contains on a string of
// millions of characters at each of 200,000 iterations, split into 8
// million strings. What filters and comparisons read and make is charged
// as it grows, so the budget stops them after a few rounds.
void TestLiquid::growingValuesReachTheBudgetEarly()
{
    const QString half = QStringLiteral("{% assign s = 'x' %}{% for i in (1..19) %}{% assign s = s | append: s %}{% endfor %}");
    LiquidResult result = render(half + QStringLiteral("{% for i in (1..1000) %}{% assign a = s | split: '' %}"
                                                       "{% assign s = a | join: '' %}{{ i }},{% endfor %}"));
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.at(0).message.contains(QLatin1String("too much work")), qPrintable(result.errors.at(0).message));
    QVERIFY2(iterationsDone(result.output) < 12, qPrintable(result.output.right(40)));
    QVERIFY(result.work <= LiquidLimits().maxWork + 2 * 524288 * LiquidLimits().itemWork);

    const QString big = QStringLiteral("{% assign s = 'x' %}{% for i in (1..23) %}{% assign s = s | append: s %}{% endfor %}");
    result = render(big + QStringLiteral("{% for i in (1..200000) %}{% if s contains 'zz' %}{% endif %}{{ i }},{% endfor %}"));
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.at(0).message.contains(QLatin1String("too much work")), qPrintable(result.errors.at(0).message));
    QVERIFY2(iterationsDone(result.output) < 20, qPrintable(result.output.right(40)));

    // 8,388,608 strings of one character: refused before they are made.
    result = render(big + QStringLiteral("{% assign a = s | split: '' %}[{{ a | size }}]"));
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.at(0).message.contains(QLatin1String("split would make an array of more than 1000000 items")),
             qPrintable(result.errors.at(0).message));
    QVERIFY(!result.output.contains(QLatin1Char('[')));

    // An array pushed into itself 60 times would hold 2^60 values to write
    // or flatten: refused when it passes the cap.
    LiquidOptions jekyll;
    jekyll.jekyll = true;
    result = render(QStringLiteral("{% assign a = 'x' | split: ',' %}{% for i in (1..60) %}{% assign a = a | push: a %}"
                                   "{{ i }},{% endfor %}{{ a | join: '' | size }}{{ a }}"),
                    jekyll);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.at(0).message.contains(QLatin1String("nested ones counted")),
             qPrintable(result.errors.at(0).message));
    QVERIFY2(iterationsDone(result.output) < 30, qPrintable(result.output.right(40)));
}
