// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Mojibake repair (Edit → Repair Encoding, check --fix) repairs prose and
// leaves code alone: code spans, fenced and indented code blocks, HTML
// attribute values, inline <code>, <samp>, <kbd> and <var>, and link and
// image destinations keep their bytes and are only reported.
#include "doctor/mojibake.h"
#include "doctor/postdoctor.h"
#include "post/post.h"

#include <QTest>

using namespace postwright;

class TestMojibakeCode final : public QObject
{
    Q_OBJECT

private slots:
    void repair_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("code span") << "Text â€“ and `cafÃ©` here\n" << "Text – and `cafÃ©` here\n";
        QTest::newRow("double-backtick code span") << "``a `Ã©` b`` and Ã©\n" << "``a `Ã©` b`` and é\n";
        QTest::newRow("code span over two lines") << "a `cafÃ©\nrÃ©sumÃ©` b Ã©\n" << "a `cafÃ©\nrÃ©sumÃ©` b é\n";
        QTest::newRow("code span in a heading") << "# The `naÃ¯ve` way â€“ done\n" << "# The `naÃ¯ve` way – done\n";
        QTest::newRow("code span in a table")
            << "| a | b |\n|---|---|\n| `Ã©` | Ã© |\n" << "| a | b |\n|---|---|\n| `Ã©` | é |\n";
        QTest::newRow("escaped backticks are not code") << "\\`cafÃ©\\` Ã©\n" << "\\`café\\` é\n";
        QTest::newRow("an unclosed backtick is not code") << "a ` cafÃ©\n" << "a ` café\n";
        QTest::newRow("fenced code") << "Ã©\n\n```\ncafÃ©\n```\nÃ©\n" << "é\n\n```\ncafÃ©\n```\né\n";
        QTest::newRow("tilde fence with an info string")
            << "~~~ python\nprint('â€“')\n~~~\nâ€“\n" << "~~~ python\nprint('â€“')\n~~~\n–\n";
        QTest::newRow("unclosed fence runs to the end") << "Ã©\n```\ncafÃ©\n\nmore Ã©\n" << "é\n```\ncafÃ©\n\nmore Ã©\n";
        QTest::newRow("indented code") << "para Ã©\n\n    cafÃ©\n\nÃ©\n" << "para é\n\n    cafÃ©\n\né\n";
        QTest::newRow("indented continuation is prose") << "para Ã©\n    still para Ã©\n" << "para é\n    still para é\n";
        QTest::newRow("fence in a list item")
            << "- item Ã©\n\n  ```\n  cafÃ©\n  ```\n" << "- item é\n\n  ```\n  cafÃ©\n  ```\n";
        QTest::newRow("fence in a block quote") << "> ```\n> cafÃ©\n> ```\n> Ã©\n" << "> ```\n> cafÃ©\n> ```\n> é\n";
        QTest::newRow("html attribute values")
            << "<a href=\"cafÃ©.html\" title='Ã©'>cafÃ©</a>\n" << "<a href=\"cafÃ©.html\" title='Ã©'>café</a>\n";
        QTest::newRow("inline html attribute in prose")
            << "See <img src=\"cafÃ©.png\" alt=\"x\"> cafÃ©.\n" << "See <img src=\"cafÃ©.png\" alt=\"x\"> café.\n";
        QTest::newRow("unquoted attribute value") << "x <img src=cafÃ©.png> Ã©\n" << "x <img src=cafÃ©.png> é\n";
        QTest::newRow("html block: attributes kept, text repaired")
            << "<div class=\"Ã©\">\ncafÃ©\n</div>\n" << "<div class=\"Ã©\">\ncafé\n</div>\n";
        QTest::newRow("pre block") << "<pre>\ncafÃ©\n</pre>\n\nÃ©\n" << "<pre>\ncafÃ©\n</pre>\n\né\n";
        QTest::newRow("front matter is text, even indented")
            << "---\ntitle: cafÃ©\nparams:\n    note: Ã©\n---\n    code Ã©\n"
            << "---\ntitle: café\nparams:\n    note: é\n---\n    code Ã©\n";
        QTest::newRow("image and link destinations")
            << "![cafÃ©](img/cafÃ©.png) and [cafÃ©](img/cafÃ©.png \"cafÃ©\")\n"
            << "![café](img/cafÃ©.png) and [café](img/cafÃ©.png \"café\")\n";
        QTest::newRow("destination in angle brackets")
            << "[a](<my cafÃ©.html>) Ã©\n" << "[a](<my cafÃ©.html>) é\n";
        QTest::newRow("destination with balanced parentheses")
            << "[a](x(cafÃ©)y) Ã©\n" << "[a](x(cafÃ©)y) é\n";
        QTest::newRow("reference definitions")
            << "[a] Ã©\n\n[a]: img/cafÃ©.png \"Ã©\"\n[b]:\n  <cafÃ©.html>\n> [c]: cafÃ©.html\n"
            << "[a] é\n\n[a]: img/cafÃ©.png \"é\"\n[b]:\n  <cafÃ©.html>\n> [c]: cafÃ©.html\n";
        QTest::newRow("a bracket and parenthesis in prose is not a link")
            << "see [x] (cafÃ©)\n" << "see [x] (café)\n";
        QTest::newRow("inline code, samp, kbd and var")
            << "<code>printf(\"cafÃ©\")</code> <samp>naÃ¯ve</samp> <KBD>Ã©</KBD> <var class=\"v\">Ã©</var> Ã©\n"
            << "<code>printf(\"cafÃ©\")</code> <samp>naÃ¯ve</samp> <KBD>Ã©</KBD> <var class=\"v\">Ã©</var> é\n";
        QTest::newRow("inline code over two lines")
            << "a <code>cafÃ©\nrÃ©sumÃ©</code> Ã©\n" << "a <code>cafÃ©\nrÃ©sumÃ©</code> é\n";
        QTest::newRow("an unclosed <code> is prose") << "a <code>cafÃ©\n" << "a <code>café\n";
        QTest::newRow("a BOM read as text at the start")
            << "ï»¿---\ntitle: cafÃ©\n---\nBody\n" << "---\ntitle: café\n---\nBody\n";
        QTest::newRow("a BOM read as text inside the text") << "a\nï»¿b Ã©\n" << "a\nï»¿b é\n";
        QTest::newRow("a BOM read as text after a heading") << "# Title\n\nï»¿Text\n" << "# Title\n\nï»¿Text\n";
    }
    void repair()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const MojibakeRepair r = repairMojibake(text);
        QCOMPARE(r.text, expected);
        // Repairing again finds nothing more to repair.
        QCOMPARE(repairMojibake(r.text).text, r.text);
    }

    // Prose full of tags that never close, comments that never end and
    // backtick runs of every length (about 700 KB each): repaired in one
    // pass (ctest's timeout is the watchdog), what does close still kept.
    void pathologicalProse_data()
    {
        QTest::addColumn<QString>("filler");
        QTest::newRow("unclosed comments") << QString("<!-- ").repeated(140000);
        QTest::newRow("unclosed attribute values") << QString("<a b='x ").repeated(90000);
        QTest::newRow("unclosed declarations") << QString("<!x ").repeated(175000);
        QStringList runs;
        for (int length = 2; length <= 1180; ++length)   // none closes another
            runs.append(QString(length, QLatin1Char('`')));
        QTest::newRow("backtick runs of every length") << runs.join(QLatin1Char(' '));
        QTest::newRow("unclosed link destinations") << QString("](a(").repeated(175000);
        QTest::newRow("unclosed angle destinations") << QString("](<a").repeated(175000);
        QTest::newRow("unclosed code tags") << QString("<code>a ").repeated(90000);
        QTest::newRow("backtick pairs") << QString("`` x ").repeated(140000);
    }
    void pathologicalProse()
    {
        QFETCH(QString, filler);
        const QString text = "---\ntitle: T\n---\nÃ© " + filler + " `cafÃ©` Ã©\n";
        const MojibakeRepair r = repairMojibake(text);
        QCOMPARE(r.repaired, 2);
        QCOMPARE(r.kept.size(), 1);   // the last code span
        QVERIFY(r.text.startsWith("---\ntitle: T\n---\né "));
        QVERIFY(r.text.endsWith(" é\n"));
    }

    // Mojibake in code is reported as a warning, with no fix; a line with
    // both gets a fix that repairs only the prose.
    void findingsInCode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");   // "line:column message | fix"
        const QString garbled = QStringLiteral("garbled text (UTF-8 once read as Windows-1252)");
        const QString inCode = QStringLiteral("garbled text in code, left as written (UTF-8 once read as Windows-1252)");
        QTest::newRow("prose and a code span on one line")
            << "---\ntitle: T\n---\nText â€“ and `cafÃ©` here\n"
            << QStringList{"4:6 " + garbled + ": â€“ → – | Text – and `cafÃ©` here",
                           "4:18 " + inCode + ": Ã© → é | "};
        QTest::newRow("fenced code")
            << "---\ntitle: T\n---\n```\ncafÃ©\n```\n" << QStringList{"5:4 " + inCode + ": Ã© → é | "};
        QTest::newRow("attribute value")
            << "---\ntitle: T\n---\n<img src=\"cafÃ©.png\">\n" << QStringList{"4:14 " + inCode + ": Ã© → é | "};
        QTest::newRow("image destination")
            << "---\ntitle: T\n---\n![p](img/cafÃ©.png)\n" << QStringList{"4:13 " + inCode + ": Ã© → é | "};
        QTest::newRow("inline <code>")
            << "---\ntitle: T\n---\n<code>cafÃ©</code>\n" << QStringList{"4:10 " + inCode + ": Ã© → é | "};
        QTest::newRow("BOM inside the text")
            << "---\ntitle: T\n---\nA\nï»¿B\n"
            << QStringList{"5:1 a byte-order mark read as text (ï»¿) in the middle of the file: it is not repaired; "
                           "delete it unless it is meant | "};
    }
    void findingsInCode()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const Result<Post> post = Post::fromBytes(text.toUtf8(), QStringLiteral("post.md"));
        QVERIFY(post.ok());
        QStringList found;
        for (const Finding &f : checkPost(post.value())) {
            if (f.code == QLatin1String("mojibake")) {
                QCOMPARE(f.severity, Severity::Warning);
                found.append(QStringLiteral("%1:%2 %3 | %4").arg(f.line).arg(f.column).arg(f.message, f.fix));
            }
        }
        QCOMPARE(found, expected);
    }
};

QTEST_GUILESS_MAIN(TestMojibakeCode)
#include "tst_mojibakecode.moc"
