// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Liquid work budget (issue 19, red-team 19): what a tag costs grows
// with its size, so a hostile post stops with an error, not after minutes.
// The assertions are on the error, the iterations done and the work
// counted; ctest's timeout is the watchdog for the time.
#include "liquid/liquid.h"

#include <QTest>

using namespace postwright;

class TestLiquidBudget final : public QObject
{
    Q_OBJECT

private slots:
    void includeInALoopIsParsedOnce();
    void hugeTemplateIsRefused();
    void nestedArrayEqualityIsCharged();
    void largeTagsAreChargedBySize_data();
    void largeTagsAreChargedBySize();
    void whereExpParsesItsExpressionOnce();
};

namespace {

// The iterations a loop writing "<i>," got through before the render stopped.
int iterationsDone(const QString &output)
{
    const QStringList marks = output.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return marks.isEmpty() ? 0 : marks.last().trimmed().toInt();
}

bool stoppedForWork(const LiquidResult &result)
{
    return result.errors.size() == 1 && result.errors.at(0).message.contains(QLatin1String("too much work"));
}

} // namespace

// An include of 3,000 {{ x }} in a loop of 10,000 was parsed at every
// iteration and the parse was not charged: 113 seconds. Now it is parsed
// once and its 30 million nodes reach the budget.
void TestLiquidBudget::includeInALoopIsParsedOnce()
{
    LiquidOptions options;
    options.site.include = [](const QString &name, bool) {
        if (name == QLatin1String("n.html"))
            return LiquidInclude{QStringLiteral("<{{ include.n }}>"), QStringLiteral("_includes/n.html"), {}, {}};
        return LiquidInclude{QStringLiteral("{{ x }}").repeated(3000), QStringLiteral("_includes/v3k.html"), {}, {}};
    };
    // The parse kept for the next iteration renders each one's parameters.
    const LiquidResult small =
        renderLiquid(QStringLiteral("{% for i in (1..3) %}{% include n.html n=i %}{% endfor %}"), options);
    QCOMPARE(small.output, QStringLiteral("<1><2><3>"));
    const LiquidResult result =
        renderLiquid(QStringLiteral("{% for i in (1..10000) %}{% include v3k.html %}{{ i }},{% endfor %}"), options);
    QVERIFY2(stoppedForWork(result), qPrintable(result.errors.value(0).message));
    QVERIFY2(iterationsDone(result.output) < 5000, qPrintable(result.output.right(40)));
}

// A post of 300,000 {{ x }}: refused past 200,000 tokens with an error at
// the line of the first one left out (a million took 2 GB and 12 seconds).
void TestLiquidBudget::hugeTemplateIsRefused()
{
    const QString source = QStringLiteral("{{ x }}\n").repeated(300000);
    const LiquidResult result = renderLiquid(source, {});
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.at(0).message.contains(QLatin1String("More than 200000 Liquid tags and texts")),
             qPrintable(result.errors.at(0).message));
    QCOMPARE(result.errors.at(0).line, 100001);
    QVERIFY(result.work >= source.size());   // the parse is charged
}

// [a] == [b] with a and b arrays of 50,000 items was charged one item.
void TestLiquidBudget::nestedArrayEqualityIsCharged()
{
    LiquidValue::Array inner;
    for (int i = 0; i < 50000; ++i)
        inner << LiquidValue(qint64(i));
    LiquidValue::Array otherInner = inner;
    otherInner.detach();
    LiquidOptions options;
    options.globals.insert(QStringLiteral("A"), LiquidValue(LiquidValue::Array{LiquidValue(inner)}));
    options.globals.insert(QStringLiteral("B"), LiquidValue(LiquidValue::Array{LiquidValue(otherInner)}));
    const LiquidResult result = renderLiquid(
        QStringLiteral("{% for i in (1..100000) %}{% if A == B %}{{ i }},{% endif %}{% endfor %}"), options);
    QVERIFY2(stoppedForWork(result), qPrintable(result.errors.value(0).message));
    QVERIFY2(iterationsDone(result.output) < 1000, qPrintable(result.output.right(40)));
}

void TestLiquidBudget::largeTagsAreChargedBySize_data()
{
    QTest::addColumn<QString>("source");
    QStringList values;
    QStringList negatives;
    QStringList ors;
    for (int i = 0; i < 10000; ++i) {
        values << QString::number(i);
        negatives << QString::number(-1 - i);
        ors << QStringLiteral("i == %1").arg(-1 - i);
    }
    QTest::newRow("cycle of 10,000 values")
        << QStringLiteral("{% for i in (1..100000) %}{% capture c %}{% cycle %1 %}{% endcapture %}{{ i }},{% endfor %}")
               .arg(values.join(QLatin1Char(',')));
    QTest::newRow("when of 10,000 terms")
        << QStringLiteral("{% for i in (1..100000) %}{% case i %}{% when %1 %}x{% endcase %}{{ i }},{% endfor %}")
               .arg(negatives.join(QLatin1String(" or ")));
    QTest::newRow("if of 10,000 terms")
        << QStringLiteral("{% for i in (1..100000) %}{% if %1 %}x{% endif %}{{ i }},{% endfor %}")
               .arg(ors.join(QLatin1String(" or ")));
    // One condition: 20,000 contains on 500,000 characters, no node between.
    QStringList contains;
    for (int i = 0; i < 20000; ++i)
        contains << QStringLiteral("s contains 'zz'");
    QTest::newRow("20,000 contains in one if")
        << QStringLiteral("{% assign s = 'x' %}{% for i in (1..19) %}{% assign s = s | append: s %}{% endfor %}"
                          "{% if %1 %}x{% endif %}0,")
               .arg(contains.join(QLatin1String(" or ")));
}

// A cycle of 10,000 values in a loop of 100,000, a when or an if of 10,000
// terms, a condition of 20,000 contains on a long string: each cost far
// more than the node they were charged as, and the budget was checked only
// at the next node.
void TestLiquidBudget::largeTagsAreChargedBySize()
{
    QFETCH(QString, source);
    const LiquidResult result = renderLiquid(source, {});
    QVERIFY2(stoppedForWork(result), qPrintable(result.errors.value(0).message));
    QVERIFY2(iterationsDone(result.output) < 2000, qPrintable(result.output.right(40)));
    QVERIFY(result.work <= LiquidLimits().maxWork + 2 * 524288);
}

// where_exp parsed its expression again for every item: a condition of
// 2,000 terms over 2,000 items was parsed 2,000 times. Now once, charged.
void TestLiquidBudget::whereExpParsesItsExpressionOnce()
{
    QStringList ors;
    for (int i = 0; i < 2000; ++i)
        ors << QStringLiteral("p == %1").arg(-1 - i);
    ors << QStringLiteral("p != 'none'");
    const QString expression = ors.join(QLatin1String(" or "));
    LiquidOptions jekyll;
    jekyll.jekyll = true;   // where_exp is Jekyll's
    const LiquidResult result = renderLiquid(
        QStringLiteral("{% assign a = (1..2000) | join: ',' | split: ',' %}"
                       "{{ a | where_exp: 'p', \"%1\" | size }}").arg(expression),
        jekyll);
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.value(0).message));
    QCOMPARE(result.output, QStringLiteral("2000"));
    QVERIFY2(result.work >= expression.size(), qPrintable(QString::number(result.work)));   // parsed, charged
    // Parsed at each item, it would be charged 2,000 times.
    QVERIFY2(result.work < 2000 * expression.size() / 10, qPrintable(QString::number(result.work)));
}

QTEST_GUILESS_MAIN(TestLiquidBudget)
#include "tst_liquidbudget.moc"
