// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/markdowncommands.h"
#include "render/renderer.h"

#include <QTest>

using namespace postwright;
using namespace postwright::markdown;

class TestMarkdownCommands final : public QObject
{
    Q_OBJECT

private slots:
    void toggleInline_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("marker");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("selected");
        QTest::newRow("wrap word in bold") << "a word here" << 2 << 6 << "**" << "a **word** here" << "word";
        QTest::newRow("unwrap bold around selection") << "a **word** here" << 4 << 8 << "**" << "a word here" << "word";
        QTest::newRow("unwrap bold inside selection") << "a **word** here" << 2 << 10 << "**" << "a word here" << "word";
        QTest::newRow("empty selection gets a pair") << "ab" << 1 << 1 << "_" << "a__b" << "";
        QTest::newRow("inline code") << "run ls now" << 4 << 6 << "`" << "run `ls` now" << "ls";
        QTest::newRow("strikethrough emoji") << "x 🚀 y" << 2 << 4 << "~~" << "x ~~🚀~~ y" << "🚀";
    }
    void toggleInline()
    {
        QFETCH(QString, text);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, marker);
        QFETCH(QString, expected);
        QFETCH(QString, selected);
        const TextEdit edit = markdown::toggleInline(text, start, end, marker);
        const QString result = text.left(edit.start) + edit.replacement + text.mid(edit.end);
        QCOMPARE(result, expected);
        QCOMPARE(result.mid(edit.selectionStart, edit.selectionEnd - edit.selectionStart), selected);
    }

    void linePrefix_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("bullets on") << QStringList{"one", "two"} << int(LineKind::Bullet) << QStringList{"- one", "- two"};
        QTest::newRow("bullets off") << QStringList{"- one", "- two"} << int(LineKind::Bullet) << QStringList{"one", "two"};
        QTest::newRow("bullets to numbers") << QStringList{"- one", "* two"} << int(LineKind::Numbered)
                                            << QStringList{"1. one", "2. two"};
        QTest::newRow("numbers off") << QStringList{"1. one", "2) two"} << int(LineKind::Numbered)
                                     << QStringList{"one", "two"};
        QTest::newRow("numbers to bullets") << QStringList{"1. one", "  2. two"} << int(LineKind::Bullet)
                                            << QStringList{"- one", "  - two"};
        QTest::newRow("tasks keep indent") << QStringList{"  one", "", "two"} << int(LineKind::Task)
                                           << QStringList{"  - [ ] one", "", "- [ ] two"};
        QTest::newRow("quote on") << QStringList{"said"} << int(LineKind::Quote) << QStringList{"> said"};
        QTest::newRow("quote off") << QStringList{"> said", ">more"} << int(LineKind::Quote) << QStringList{"said", "more"};
    }
    void linePrefix()
    {
        QFETCH(QStringList, lines);
        QFETCH(int, kind);
        QFETCH(QStringList, expected);
        QCOMPARE(toggleLinePrefix(lines, LineKind(kind)), expected);
    }

    void heading_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("expected");
        QTest::newRow("paragraph to h2") << "Intro" << 2 << "## Intro";
        QTest::newRow("h2 to h3") << "## Intro" << 3 << "### Intro";
        QTest::newRow("h1 to paragraph") << "# Intro" << 0 << "Intro";
        QTest::newRow("hashtag is not a heading") << "#tag here" << 1 << "# #tag here";
    }
    void heading()
    {
        QFETCH(QString, line);
        QFETCH(int, level);
        QFETCH(QString, expected);
        QCOMPARE(setHeadingLevel(line, level), expected);
    }

    void continuation_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("isList");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<bool>("ends");
        QTest::newRow("bullet") << "- milk" << true << "- " << false;
        QTest::newRow("indented star") << "  * eggs" << true << "  * " << false;
        QTest::newRow("numbered counts on") << "9. nine" << true << "10. " << false;
        QTest::newRow("paren numbers") << "1) one" << true << "2) " << false;
        QTest::newRow("task unticked") << "- [x] done" << true << "- [ ] " << false;
        QTest::newRow("quote") << "> quoted" << true << "> " << false;
        QTest::newRow("empty item ends list") << "- " << true << "" << true;
        QTest::newRow("paragraph") << "just text" << false << "" << false;
        QTest::newRow("thematic break is no list") << "---" << false << "" << false;
    }
    void continuation()
    {
        QFETCH(QString, line);
        QFETCH(bool, isList);
        QFETCH(QString, prefix);
        QFETCH(bool, ends);
        const auto next = continueList(line);
        QCOMPARE(next.has_value(), isList);
        if (next) {
            QCOMPARE(next->prefix, prefix);
            QCOMPARE(next->endsList, ends);
        }
    }

    void indent()
    {
        QCOMPARE(indentListItem(QStringLiteral("- a"), false).value(), QStringLiteral("  - a"));
        QCOMPARE(indentListItem(QStringLiteral("  - a"), true).value(), QStringLiteral("- a"));
        QCOMPARE(indentListItem(QStringLiteral("- a"), true).value(), QStringLiteral("- a"));
        QVERIFY(!indentListItem(QStringLiteral("text"), false).has_value());
        // A numbered item nests under the text of the item above ("1. ").
        QCOMPARE(indentListItem(QStringLiteral("1. a"), false).value(), QStringLiteral("   1. a"));
        QCOMPARE(indentListItem(QStringLiteral("   1. a"), true).value(), QStringLiteral("1. a"));
    }

    void blocks()
    {
        QCOMPARE(table(2, 2, QStringLiteral("\n")),
                 QStringLiteral("| Column 1 | Column 2 |\n|----------|----------|\n|          |          |\n"));
        // A fence longer than the backticks inside keeps the block closed.
        QCOMPARE(codeBlock(QStringLiteral("a ``` b"), QStringLiteral("sh"), QStringLiteral("\n")),
                 QStringLiteral("````sh\na ``` b\n````\n"));
        const TextEdit link = insertLink(QStringLiteral("see docs"), 4, 8, QStringLiteral("docs"),
                                         QStringLiteral("my file.md"), false);
        QCOMPARE(link.replacement, QStringLiteral("[docs](<my file.md>)"));
        // Alt text is plain text: brackets and backslashes escaped, one line.
        const TextEdit image = insertLink(QString(), 0, 0, QStringLiteral("A [big] cat\\dog\nat night"),
                                          QStringLiteral("cat.png"), true);
        QCOMPARE(image.replacement, QStringLiteral("![A \\[big\\] cat\\\\dog at night](cat.png)"));
    }

    // "<" in alt text would start raw HTML, which hugo drops from the alt
    // text ("Why  fails"): escaped like a link's text, it is shown as written.
    void altTextWithHtmlIsText()
    {
        const TextEdit image = insertLink(QString(), 0, 0, QStringLiteral("Why <div> fails"), QStringLiteral("a.png"), true);
        QCOMPARE(image.replacement, QStringLiteral("![Why \\<div> fails](a.png)"));
        RenderOptions options;
        options.sourcePos = false;
        const QString html = render(image.replacement, options).html;
        QVERIFY2(html.contains(QStringLiteral("alt=\"Why &lt;div&gt; fails\"")), qPrintable(html));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownCommands)
#include "tst_markdowncommands.moc"
