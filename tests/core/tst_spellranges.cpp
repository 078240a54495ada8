// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/spellranges.h"

#include <QTest>

using namespace postwright::spelling;

Q_DECLARE_METATYPE(postwright::spelling::LineContext)

class TestSpellRanges final : public QObject
{
    Q_OBJECT

private slots:
    void words_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<LineContext>("context");
        QTest::addColumn<QStringList>("expected");
        const auto text = LineContext::Text;
        QTest::newRow("plain") << "Hello wrold, it is me." << text << QStringList{"Hello", "wrold", "it", "is", "me"};
        QTest::newRow("apostrophes") << "don't l’homme 'quoted'" << text << QStringList{"don't", "l’homme", "quoted"};
        QTest::newRow("hyphen splits") << "well-known peut-être" << text << QStringList{"well", "known", "peut", "être"};
        QTest::newRow("accents") << "Ça va, élève Straße" << text << QStringList{"Ça", "va", "élève", "Straße"};
        QTest::newRow("heading") << "## Speling heading" << text << QStringList{"Speling", "heading"};
        QTest::newRow("list item") << "- [x] tassk done" << text << QStringList{"tassk", "done"};
        QTest::newRow("quote") << "> quoted txet" << text << QStringList{"quoted", "txet"};
        QTest::newRow("emphasis") << "**bold** and _itlic_ ~~gone~~" << text << QStringList{"bold", "and", "itlic", "gone"};
        QTest::newRow("code span") << "use `recieve()` here" << text << QStringList{"use", "here"};
        QTest::newRow("double code span") << "a ``code ` tick`` b word" << text << QStringList{"word"};
        QTest::newRow("unclosed backtick") << "a `lone tick" << text << QStringList{"lone", "tick"};
        QTest::newRow("link text checked") << "see [the lnik text](https://exmaple.com/pathh \"ttle\") now" << text
                                           << QStringList{"see", "the", "lnik", "text", "now"};
        QTest::newRow("link target with parens") << "[txt](https://en.wikipedia.org/wiki/Foo_(bar)) after" << text
                                                 << QStringList{"txt", "after"};
        QTest::newRow("image alt checked") << "![an imaage](images/phooto.png)" << text << QStringList{"an", "imaage"};
        QTest::newRow("reference link") << "[some text][refrence] end" << text << QStringList{"some", "text", "end"};
        QTest::newRow("reference definition") << "[refrence]: https://example.com \"Tittle\"" << text << QStringList{};
        QTest::newRow("footnote") << "text[^notte] and more" << text << QStringList{"text", "and", "more"};
        QTest::newRow("bare url") << "visit https://exmaple.com/pathh?x=1 today" << text << QStringList{"visit", "today"};
        QTest::newRow("www url") << "visit www.exmaple.com today" << text << QStringList{"visit", "today"};
        QTest::newRow("autolink") << "<https://exmaple.com> and <me@exmaple.org>" << text << QStringList{"and"};
        QTest::newRow("email") << "mail jhon.doe@exmaple.org please" << text << QStringList{"mail", "please"};
        QTest::newRow("html tag") << "<span class=\"hghlight\" title='x > y'>wrod</span>" << text << QStringList{"wrod"};
        QTest::newRow("html comment") << "before <!-- commnet --> after" << text << QStringList{"before", "after"};
        QTest::newRow("comment opens") << "before <!-- commnet" << text << QStringList{"before"};
        QTest::newRow("comment continues") << "still commnet --> after" << LineContext::HtmlComment << QStringList{"after"};
        QTest::newRow("comment whole line") << "all commnet" << LineContext::HtmlComment << QStringList{};
        QTest::newRow("entity") << "fish&nbsp;chips &amp; more" << text << QStringList{"fish", "chips", "more"};
        QTest::newRow("hugo shortcode") << "{{< figur src=\"x.png\" >}} caption" << text << QStringList{"caption"};
        QTest::newRow("hugo percent shortcode") << "{{% notce %}}inside{{% /notce %}}" << text << QStringList{"inside"};
        QTest::newRow("liquid tag") << "{% inclde foo.html %} and {{ page.titel }} ok" << text << QStringList{"and", "ok"};
        QTest::newRow("fenced code") << "int mian() { retrun 0; }" << LineContext::Code << QStringList{};
        QTest::newRow("fence opener") << "```pyhton" << text << QStringList{};
        QTest::newRow("tilde fence opener") << "~~~ pyhton" << text << QStringList{};
        QTest::newRow("front matter") << "title: \"Helo wrold\"" << LineContext::FrontMatter << QStringList{};
        QTest::newRow("indented code") << "    retrun valeu;" << text << QStringList{};
        QTest::newRow("tab indented code") << "\tretrun valeu;" << text << QStringList{};
        QTest::newRow("indented list item") << "    - nested itme" << text << QStringList{"nested", "itme"};
        QTest::newRow("names") << "HTML API iPhone camelCase snake_case mp3 2nd file.md e.g. x" << text
                               << QStringList{};
        QTest::newRow("hashtag and mention") << "#hashtg @mentoin word" << text << QStringList{"word"};
        QTest::newRow("emoji shortcode") << ":smiel: face" << text << QStringList{"face"};
        QTest::newRow("escaped") << "\\*not emphasis\\*" << text << QStringList{"not", "emphasis"};
        QTest::newRow("table") << "| one | twoo |" << text << QStringList{"one", "twoo"};
        QTest::newRow("sentence end then word") << "End.Start here" << text << QStringList{"here"};
        QTest::newRow("empty") << "" << text << QStringList{};
        QTest::newRow("inline math") << "mass $\\mathrm{kgg} = m_1$ here" << text << QStringList{"mass", "here"};
        QTest::newRow("paren math") << "so \\(\\frac{a}{b}\\) is" << text << QStringList{"so", "is"};
        QTest::newRow("display math on a line") << "$$\\sum_{i} x_i$$ done" << text << QStringList{"done"};
        QTest::newRow("bracket math on a line") << "\\[\\alpha\\] done" << text << QStringList{"done"};
        QTest::newRow("dollars as money") << "costs $5 and $10 tday" << text << QStringList{"costs", "and", "tday"};
        QTest::newRow("math after emoji") << "😀 $\\frac{x}{y}$ wrold" << text << QStringList{"wrold"};
        QTest::newRow("inside display math") << "\\frac{a}{b} + \\sqrt{c}" << LineContext::DisplayMath << QStringList{};
        QTest::newRow("display math closes") << "x = 1 $$ then txet" << LineContext::DisplayMath << QStringList{"then", "txet"};
        QTest::newRow("bracket closes") << "x \\] after" << LineContext::DisplayMath << QStringList{"after"};
    }

    void displayMathRunsOverLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<LineContext>("context");
        QTest::addColumn<bool>("open");
        const auto text = LineContext::Text;
        const auto math = LineContext::DisplayMath;
        QTest::newRow("opener alone") << "$$" << text << true;
        QTest::newRow("bracket opener") << "\\[" << text << true;
        QTest::newRow("opener after text") << "where $$" << text << true;
        QTest::newRow("closed on the line") << "$$x$$" << text << false;
        QTest::newRow("in a code span") << "`$$` is TeX" << text << false;
        QTest::newRow("escaped dollar") << "\\$\\$ not math" << text << false;
        QTest::newRow("plain text") << "no math here" << text << false;
        QTest::newRow("tex line") << "\\int_0^1 f" << math << true;
        QTest::newRow("closer") << "$$" << math << false;
        QTest::newRow("closer then new opener") << "\\] and \\[" << math << true;
        QTest::newRow("blank line ends it") << "  " << math << false;
        QTest::newRow("fenced code") << "$$" << LineContext::Code << false;
    }

    void displayMathRunsOverLines()
    {
        QFETCH(QString, line);
        QFETCH(LineContext, context);
        QFETCH(bool, open);
        QCOMPARE(leavesDisplayMathOpen(line, context), open);
    }

    void words()
    {
        QFETCH(QString, line);
        QFETCH(LineContext, context);
        QFETCH(QStringList, expected);
        QStringList found;
        for (const WordRange &range : wordsToCheck(line, context))
            found.append(line.mid(range.start, range.length));
        QCOMPARE(found, expected);
    }

    void normalizesApostrophe()
    {
        QCOMPARE(normalizedWord(u"don’t"), QStringLiteral("don't"));
        QCOMPARE(normalizedWord(u"plain"), QStringLiteral("plain"));
    }

    void rangesAreOffsets()
    {
        const QString line = QStringLiteral("`x` wrold");
        const QList<WordRange> ranges = wordsToCheck(line, LineContext::Text);
        QCOMPARE(ranges.size(), 1);
        QCOMPARE(ranges.first(), (WordRange{4, 5}));
    }
};

QTEST_GUILESS_MAIN(TestSpellRanges)
#include "tst_spellranges.moc"
