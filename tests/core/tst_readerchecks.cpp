// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a careful publisher checks for readers (issue 17 §3): alt text,
// heading order, one title, telling link texts, and readability by the
// formula of the post's language.
#include "doctor/postdoctor.h"
#include "documentsupport/readability.h"
#include "documentsupport/textstats.h"
#include "render/renderer.h"

#include <QTest>

#include <cmath>

using namespace postwright;

namespace {

Post post(const QByteArray &text)
{
    Result<Post> p = Post::fromBytes(text, QStringLiteral("/tmp/post.md"));
    if (!p.ok())
        qFatal("fixture post does not parse");
    return p.value();
}

const QByteArray head = "---\ntitle: A Day at the Sea\nsummary: A short trip.\n---\n";

// "line:column code" of the findings with one of the reader codes.
QStringList readerFindings(const QList<Finding> &findings)
{
    static const QStringList codes = {"missing-alt", "heading-skip", "duplicate-title", "vague-link-text", "hard-to-read"};
    QStringList out;
    for (const Finding &f : findings) {
        if (codes.contains(f.code))
            out.append(QStringLiteral("%1:%2 %3 %4").arg(f.line).arg(f.column).arg(severityName(f.severity), f.code));
    }
    return out;
}

QStringList check(const QByteArray &body)
{
    return readerFindings(checkPost(post(head + body)));
}

// A paragraph of plain short words, about 120 words in 20 sentences.
QByteArray easyProse()
{
    QByteArray text;
    for (int i = 0; i < 20; ++i)
        text += "We went to the sea and the sun was warm. ";
    return text + "\n";
}

// About 120 words in two sentences of long, many-syllabled words.
QByteArray hardProse()
{
    QByteArray sentence = "Notwithstanding institutional considerations, the organizational "
                          "implementation of interdisciplinary methodologies necessitates "
                          "comprehensive evaluation of administrative responsibilities, "
                          "particularly regarding international standardization, "
                          "technological infrastructure, environmental sustainability, "
                          "governmental accountability and multidimensional "
                          "characterization of unprecedented socioeconomic "
                          "transformations affecting institutional communities";
    QByteArray text;
    for (int i = 0; i < 2; ++i)
        text += sentence + ", and " + sentence + ". ";
    return text + "\n";
}

} // namespace

class TestReaderChecks final : public QObject
{
    Q_OBJECT

private slots:
    void imagesNeedAltText()
    {
        QCOMPARE(check("![](shore.png)\n\n![The shore at noon](shore.png)\n"), QStringList({"5:1 warning missing-alt"}));
        // Raw HTML: an <img> without alt is missing it; alt="" marks a
        // decoration, the author's choice.
        QCOMPARE(check("<img src=\"a.png\">\n\n<img src=\"b.png\" alt=\"\">\n\n<img src=\"c.png\" alt=\"A gull\">\n"),
                 QStringList({"5:1 warning missing-alt"}));
        const QList<Finding> findings = checkPost(post(head + "Look: ![](shore.png)\n"));
        QCOMPARE(readerFindings(findings), QStringList({"5:7 warning missing-alt"}));
        QVERIFY(findings.constLast().message.contains("alt text"));
    }

    void headingLevelsDoNotSkip()
    {
        QCOMPARE(check("## Morning\n\n#### Breakfast\n\n## Noon\n\n### Lunch\n"), QStringList({"7:1 warning heading-skip"}));
        // The title is the page's h1: a first heading of h3 skips h2.
        const QList<Finding> findings = checkPost(post(head + "### Morning\n"));
        QCOMPARE(readerFindings(findings), QStringList({"5:1 warning heading-skip"}));
        QVERIFY(findings.constLast().message.contains("h1 to h3"));
        QCOMPARE(check("## Morning\n\n### Breakfast\n\n## Noon\n"), QStringList());
        // A heading quoted or in a list is not part of the page's outline.
        QCOMPARE(check("## Morning\n\n> #### Quoted\n\n- #### Listed\n"), QStringList());
    }

    void oneTitle()
    {
        // The page shows the title as its h1: a heading repeating it shows it twice.
        QCOMPARE(check("# A day at the sea\n\nText.\n"), QStringList({"5:1 warning duplicate-title"}));
        // A title with Markdown in it is the same title.
        QCOMPARE(readerFindings(checkPost(post("---\ntitle: \"Why `make` is *slow*\"\n---\n# Why `make` is *slow*\n"))),
                 QStringList({"4:1 warning duplicate-title"}));
        QCOMPARE(check("# Morning\n\nText.\n\n# Evening\n"),
                 QStringList({"5:1 warning duplicate-title", "9:1 warning duplicate-title"}));
        QCOMPARE(check("Setext heading\n==============\n"), QStringList({"5:1 warning duplicate-title"}));
        QCOMPARE(check("## Morning\n"), QStringList());
    }

    void linkTextsSaySomething_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("click here") << QByteArray("For the tide tables, [click here](https://example.org/tides).\n")
                                    << QStringList({"5:22 warning vague-link-text"});
        QTest::newRow("Here.") << QByteArray("[Here.](tides.md)\n") << QStringList({"5:1 warning vague-link-text"});
        QTest::newRow("German") << QByteArray("[hier klicken](https://example.org)\n") << QStringList({"5:1 warning vague-link-text"});
        QTest::newRow("French") << QByteArray("[Cliquez ici](https://example.org)\n") << QStringList({"5:1 warning vague-link-text"});
        QTest::newRow("Spanish") << QByteArray("[aquí](https://example.org)\n") << QStringList({"5:1 warning vague-link-text"});
        QTest::newRow("telling") << QByteArray("See [the tide tables](https://example.org/tides).\n") << QStringList();
        QTest::newRow("here in longer text") << QByteArray("[here are the tide tables](https://example.org)\n") << QStringList();
        QTest::newRow("code") << QByteArray("`[click here](x)`\n\n    [here](y)\n") << QStringList();
    }

    void linkTextsSaySomething()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, expected);
        QCOMPARE(check(body), expected);
    }

    void readabilityFormulas()
    {
        // Flesch: 206.835 - 1.015 * 6 words/sentence - 84.6 * 6/6 syllables/word.
        const std::optional<Readability> english = readability(textStats(u"The cat sat on the mat."), u"en-US");
        QVERIFY(english);
        QCOMPARE(english->formula, Readability::Formula::FleschReadingEase);
        // 116.145 on the formula, clamped to Flesch's 0-100 scale.
        QCOMPARE(english->score, 100.0);
        const std::optional<Readability> plain = readability(textStats(u"The cat sat on the mat with a little table."), u"en");
        // 10 words, 12 syllables: 206.835 - 10.15 - 101.52.
        QCOMPARE(std::round(plain->score * 1000) / 1000, 95.165);
        QVERIFY(!english->veryHard);
        // LIX: 7 words/sentence + 100 * 1 long word / 7 words.
        const std::optional<Readability> german = readability(textStats(u"Das ist ein langer Satz mit Wörtern."), u"de");
        QVERIFY(german);
        QCOMPARE(german->formula, Readability::Formula::Lix);
        QCOMPARE(std::round(german->score * 100) / 100, 21.29);
        // Syllables: "table" two, "make" one, "readability" five.
        QCOMPARE(textStats(u"table").syllables, 2);
        QCOMPARE(textStats(u"make").syllables, 1);
        QCOMPARE(textStats(u"readability").syllables, 5);
        QVERIFY(!readability(textStats(u"今日は海に行きました。"), u"ja"));
        QVERIFY(!readability(textStats(u""), u"en"));
    }

    void hardToRead()
    {
        const QByteArray english = "---\ntitle: A Day at the Sea\nsummary: A short trip.\nlang: en\n---\n";
        QCOMPARE(readerFindings(checkPost(post(english + easyProse()))), QStringList());
        const QList<Finding> findings = checkPost(post(english + hardProse()));
        QCOMPARE(readerFindings(findings), QStringList({"6:1 warning hard-to-read"}));
        QVERIFY2(findings.constLast().message.contains("Flesch reading ease"), qPrintable(findings.constLast().message));
        // Without a language the post is not judged: it may not be English.
        QCOMPARE(check(hardProse()), QStringList());
        // In German, LIX judges it.
        const QList<Finding> german = checkPost(post("---\ntitle: T\nsummary: S\nlang: de\n---\n" + hardProse()));
        QCOMPARE(readerFindings(german), QStringList({"6:1 warning hard-to-read"}));
        QVERIFY2(german.constLast().message.contains("LIX"), qPrintable(german.constLast().message));
        // Code is not prose: long code lines in an easy post do not make it hard.
        QByteArray code = "```\n";
        for (int i = 0; i < 30; ++i)
            code += "configurationInitialization = organizationalImplementation(administrativeResponsibility)\n";
        QCOMPARE(readerFindings(checkPost(post(english + easyProse() + "\n" + code + "```\n"))), QStringList());
        // Nor do code spans and addresses shown as links.
        QByteArray spans;
        for (int i = 0; i < 30; ++i)
            spans += "Call `std::filesystem::recursive_directory_iterator` then <https://example.org/a/very/long/address>.\n";
        QCOMPARE(readerFindings(checkPost(post(english + spans))), QStringList());
        // A short post is not judged.
        QCOMPARE(check("Notwithstanding institutional considerations, organizational implementation necessitates evaluation.\n"),
                 QStringList());
    }

    // The snapshot's examination gives Statistics the same score the doctor judged.
    void examinationGivesReadability()
    {
        const Post p = post(head + easyProse());
        RenderOptions options;
        const PostExamination examination = examinePost(p, {}, render(p.body(), options));
        QVERIFY(examination.readability);
        QCOMPARE(examination.readability->formula, Readability::Formula::FleschReadingEase);
        // 10 one-syllable words a sentence: 206.835 - 10.15 - 84.6, over the scale's 100.
        QCOMPARE(examination.readability->score, 100.0);
        QCOMPARE(examination.readability->band, QString("very easy"));
    }
};

QTEST_GUILESS_MAIN(TestReaderChecks)
#include "tst_readerchecks.moc"
