// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The preview's blocks, headless: the renderer cuts its HTML at the
// top-level nodes of cmark's tree, each with its first source line, and an
// edit of a few blocks is spliced into the last render (a 1 MB post is not
// rendered whole before the page shows a keystroke).
#include "post/postpage.h"
#include "render/renderer.h"
#include "snapshot/bodyblocks.h"
#include "snapshot/postsnapshot.h"
#include "snapshot/quicksplice.h"

#include <QFile>
#include <QTest>

using namespace postwright;

namespace {

RenderOptions blockOptions()
{
    RenderOptions options;
    options.blocks = true;
    return options;
}

PostSnapshot snapshotOf(const QString &text, bool hugo = false)
{
    SnapshotSettings settings;
    settings.hugo = hugo;
    settings.checkContext = CheckContext();
    PostSnapshot snapshot = takeSnapshot(text, QString(), settings);
    snapshot.serial = 1;
    return snapshot;
}

QList<int> startLines(const BodyBlocks &blocks)
{
    QList<int> lines;
    for (qsizetype i = 0; i < blocks.count(); ++i)
        lines.append(blocks.startLine(i));
    return lines;
}

QString samplePostText()
{
    QFile file(QStringLiteral(POSTWRIGHT_SAMPLE "/content/posts/why-open-source-ai-is-the-future.md"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

const QString head = QStringLiteral("---\ntitle: Blocks\n---\n\n");

} // namespace

class TestBodyBlocks final : public QObject
{
    Q_OBJECT

private slots:
    void blocksAreTheTopLevelElements_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<int>("blocks");
        QTest::newRow("paragraphs") << "One\n\nTwo\nlines\n\nThree\n" << 3;
        QTest::newRow("nested list is one block") << "- a\n  - b\n  - c\n- d\n\nAfter\n" << 2;
        QTest::newRow("table is one block") << "| a | b |\n|---|---|\n| 1 | 2 |\n\nText\n" << 2;
        QTest::newRow("quote with paragraphs") << "> one\n>\n> two\n\nout\n" << 2;
        QTest::newRow("raw html joins the block before") << "Para\n\n<div>x</div>\n\nNext\n" << 2;
        QTest::newRow("footnotes are the last block") << "Text[^1] here.\n\nMore.\n\n[^1]: Note.\n" << 3;
        QTest::newRow("empty") << "" << 0;
    }

    void blocksAreTheTopLevelElements()
    {
        QFETCH(QString, markdown);
        QFETCH(int, blocks);
        const BodyBlocks cut(render(markdown, blockOptions()));
        QCOMPARE(cut.count(), qsizetype(blocks));
        QString joined;
        for (qsizetype i = 0; i < cut.count(); ++i)
            joined += cut.block(i);
        QCOMPARE(joined, cut.html());
    }

    void diffSendsOnlyTheChangedBlock()
    {
        const QString before = "# Title\n\nOne\n\nTwo\n\nThree\n";
        RenderOptions options = blockOptions();
        const BodyBlocks a(render(before, options));
        const BodyBlocks b(render(QString(before).replace("Two", "Two and a half"), options));
        const BlockPatch patch = diffBlocks(a, b, 0, 0);
        QCOMPARE(patch.start, qsizetype(2));
        QCOMPARE(patch.removed, qsizetype(1));
        QCOMPARE(patch.inserted.size(), 1);
        QVERIFY(patch.inserted.first().contains("Two and a half"));

        // A new line above shifts the blocks below: same HTML, lines + 1.
        const BodyBlocks c(render(QString(before).replace("One", "One\nmore"), options));
        const BlockPatch shifted = diffBlocks(a, c, 0, 1);
        QCOMPARE(shifted.start, qsizetype(1));
        QCOMPARE(shifted.removed, qsizetype(1));
        QCOMPARE(shifted.tailShift, 1);
        QVERIFY(!equalShifted(a.block(2), c.block(2), 0));
        QVERIFY(equalShifted(a.block(2), c.block(2), 1));
    }

    void selfContainedHtml_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<bool>("selfContained");
        QTest::newRow("paragraph") << "<p data-sourcepos=\"1:1-1:3\">a <em>b</em><br />\nc</p>\n" << true;
        QTest::newRow("void and self-closing") << "<p><img src=\"a.png\" alt=\"x>y\"><input type=\"checkbox\" disabled=\"\" /></p>" << true;
        QTest::newRow("comment") << "<!-- <div> -->\n<hr />\n" << true;
        QTest::newRow("opened only") << "<details>\n<summary>More</summary>\n" << false;
        QTest::newRow("closed only") << "</details>\n" << false;
        QTest::newRow("crossed") << "<b><i>x</b></i>" << false;
    }

    void selfContainedHtml()
    {
        QFETCH(QString, html);
        QFETCH(bool, selfContained);
        QCOMPARE(isSelfContainedHtml(html), selfContained);
    }


    // What the page's scroll sync and the splice rely on: the first line
    // of each block, in the file (front matter counted).
    void blocksCarryTheirSourceLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("hugo");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("after front matter") << head + "Para one\n\n# Head\n\nPara two\nline\n\n---\n" << false
                                            << QList<int>{5, 7, 9, 12};
        QTest::newRow("crlf") << QString(head + "Para one\n\n# Head\n\nPara two\nline\n").replace("\n", "\r\n") << false
                              << QList<int>{5, 7, 9};
        QTest::newRow("list") << head + "Intro\n\n- a\n- b\n\n  more\n- c\n\nAfter\n" << false << QList<int>{5, 7, 13};
        QTest::newRow("code fence") << head + "Text\n\n```cpp\nint x;\n\nint y;\n```\n\nAfter\n" << false
                                    << QList<int>{5, 7, 13};
        QTest::newRow("html block joins the block before") << head + "Para\n\n<div>x</div>\n\nNext\n" << false
                                                           << QList<int>{5, 9};
        QTest::newRow("html block first") << head + "<div>x</div>\n\nNext\n" << false << QList<int>{0, 7};
        QTest::newRow("display math") << head + "Text\n\n$$\nx^2\n$$\n\nAfter\n" << false << QList<int>{5, 7, 11};
        QTest::newRow("shortcode") << head + "Text\n\n{{< youtube abc >}}\n\nAfter\n" << true << QList<int>{5, 7, 9};
        QTest::newRow("footnotes last") << head + "Text[^1] here.\n\nMore.\n\n[^1]: Note.\n" << false
                                        << QList<int>{5, 7, 0};
        QTest::newRow("no front matter") << "One\n\nTwo\n" << false << QList<int>{1, 3};
    }

    void blocksCarryTheirSourceLines()
    {
        QFETCH(QString, text);
        QFETCH(bool, hugo);
        QFETCH(QList<int>, lines);
        const PostSnapshot snapshot = snapshotOf(text, hugo);
        QCOMPARE(startLines(snapshot.blocks), lines);
        // Each block opens with its line (or is raw HTML / the footnotes).
        for (qsizetype i = 0; i < snapshot.blocks.count(); ++i) {
            if (lines.at(i) > 0)
                QVERIFY2(snapshot.blocks.block(i).contains(QStringLiteral("data-sourcepos=\"%1:").arg(lines.at(i))),
                         qPrintable(snapshot.blocks.block(i).toString()));
        }
    }

    // Cut or not, the HTML is the same bytes the export renders.
    void blocksJoinAsTheWholeRender_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::newRow("sample") << samplePostText();
        QTest::newRow("table and quote") << "| a | b |\n|---|---|\n| 1 | 2 |\n\n> q\n>\n> r\n\n***\n";
        QTest::newRow("footnotes twice") << "A[^x] and B[^y] and A[^x].\n\n[^x]: X.\n[^y]: Y\n\n    code\n";
        QTest::newRow("raw html") << "<details>\n<summary>More</summary>\n\nInside\n\n</details>\n\nAfter\n";
        QTest::newRow("math and code") << "$$\na\n$$\n\n```python\nx = 1\n```\n\nInline $b$.\n";
        QTest::newRow("non-ascii") << "Über 🚀 naïve\n\n# Café ☕\n\n日本語の文\n";
    }

    void blocksJoinAsTheWholeRender()
    {
        QFETCH(QString, markdown);
        const RenderResult whole = render(markdown);
        const RenderResult cut = render(markdown, blockOptions());
        QCOMPARE(cut.html, whole.html);
        QCOMPARE(cut.words, whole.words);
        const BodyBlocks blocks(cut);
        QVERIFY(blocks.count() > 1);
        QString joined;
        for (qsizetype i = 0; i < blocks.count(); ++i) {
            QVERIFY(!blocks.block(i).isEmpty());
            joined += blocks.block(i);
        }
        QCOMPARE(joined, whole.html);
    }

    // <meta http-equiv> is taken out of the whole HTML: the body is then
    // one block, never one whose cut the filter moved.
    void filteredHtmlIsOneBlock()
    {
        const RenderResult cut = render(u"Para\n\n<meta http-equiv=\"refresh\" content=\"0\">\n\nNext\n", blockOptions());
        QCOMPARE(cut.removedTags.size(), 1);
        const BodyBlocks blocks(cut);
        QCOMPARE(blocks.count(), qsizetype(1));
        QCOMPARE(blocks.block(0).toString(), cut.html);
    }

    // An edit of a few blocks, spliced into the last snapshot, gives what
    // the full render of the edited text gives.
    void spliceGivesTheFullRender_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QString body;
        for (int i = 1; i <= 8; ++i)
            body += QStringLiteral("Paragraph %1 with *some* text,\nand a second line.\n\n").arg(i);
        body += "- item\n- item two\n\n```\ncode\n```\n\nLast words.\n";
        const QString before = head + body;
        QTest::newRow("type a letter") << before << QString(before).replace("Paragraph 4 with", "Paragraph 4 withx");
        QTest::newRow("new line in a paragraph") << before << QString(before).replace("Paragraph 3 with *some* text,", "Paragraph 3 with *some* text,\nthird line,");
        QTest::newRow("split a paragraph") << before << QString(before).replace("Paragraph 5 with *some* text,", "Paragraph 5\n\nwith *some* text,");
        QTest::newRow("join two paragraphs") << before << QString(before).replace("second line.\n\nParagraph 6", "second line.\nParagraph 6");
        QTest::newRow("last block") << before << QString(before).replace("Last words.", "Last words, more.");
        QTest::newRow("first block") << before << QString(before).replace("Paragraph 1 with", "Paragraph one with");
        QTest::newRow("list item") << before << QString(before).replace("- item two", "- item two and three");
        QTest::newRow("crlf") << QString(before).replace("\n", "\r\n")
                              << QString(before).replace("Paragraph 2 with", "Paragraph 2b with").replace("\n", "\r\n");
        // Lines added near the top move the lines of the blocks below past
        // 99 and 999: their data-sourcepos grow by a digit.
        QString longBody;
        for (int i = 1; i <= 400; ++i)
            longBody += QStringLiteral("Paragraph %1 with *some* text,\nand a second line.\n\n").arg(i);
        const QString longBefore = head + longBody;
        QTest::newRow("lines added, digits grow") << longBefore
            << QString(longBefore).replace("Paragraph 2 with *some* text,", "Paragraph 2 with *some* text,\na\nb\nc\nd\ne");
        QTest::newRow("lines removed, digits shrink") << QString(longBefore).replace("Paragraph 2 with *some* text,", "Paragraph 2 with *some* text,\na\nb\nc\nd\ne")
                                                      << longBefore;
    }

    void spliceGivesTheFullRender()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        const PostSnapshot base = snapshotOf(before);
        const std::optional<QuickSplice> quick = spliceEdit(base, after);
        QVERIFY(quick);
        const PostSnapshot full = snapshotOf(after);
        QCOMPARE(quick->blocks.html(), full.blocks.html());
        QCOMPARE(startLines(quick->blocks), startLines(full.blocks));
        QCOMPARE(base.lineCount + quick->lineShift, full.lineCount);
        // Cut where the full render cuts: the preview sends blocks.
        QCOMPARE(quick->blocks.count(), full.blocks.count());
        for (qsizetype i = 0; i < full.blocks.count(); ++i)
            QCOMPARE(quick->blocks.block(i).toString(), full.blocks.block(i).toString());
    }

    // Edits whose effect may reach beyond the blocks around them wait for
    // the full render.
    void spliceLeavesFarReachingEdits_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("hugo");
        const QString before = head + "One\n\nTwo\n\nThree\n\nFour\n";
        QTest::newRow("front matter") << before << QString(before).replace("title: Blocks", "title: Block") << false;
        QTest::newRow("heading") << before << QString(before).replace("Three", "# Three") << false;
        QTest::newRow("fence") << before << QString(before).replace("Three", "```\nThree") << false;
        QTest::newRow("raw html") << before << QString(before).replace("Three", "<div>Three") << false;
        QTest::newRow("definition") << before << QString(before).replace("Three", "[a]: /x") << false;
        QTest::newRow("shortcode on hugo") << before << QString(before).replace("Three", "{{< x >}}") << true;
        QTest::newRow("first line without front matter") << "One\n\nTwo\n" << "-One\n\nTwo\n" << false;
        QTest::newRow("no change") << before << before << false;
    }

    void spliceLeavesFarReachingEdits()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(bool, hugo);
        QVERIFY(!spliceEdit(snapshotOf(before, hugo), after));
    }
};

QTEST_GUILESS_MAIN(TestBodyBlocks)
#include "tst_bodyblocks.moc"
