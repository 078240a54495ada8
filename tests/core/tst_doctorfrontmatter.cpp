// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the post doctor says about front matter that Hugo's and Jekyll's
// parsers read differently from us: characters YAML 1.1 takes for line
// breaks, and keys written more than once.
#include "doctor/postdoctor.h"
#include "post/post.h"

#include <QTest>

using namespace postwright;

class TestDoctorFrontMatter final : public QObject
{
    Q_OBJECT

private slots:
    void findings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");   // "line:column severity code message"
        const auto lineBreak = [](const char *code, const char *name, const char *escape) {
            return QStringLiteral("warning yaml-unsafe-character U+%1 (%2) is a line break to Jekyll's and Hugo's YAML "
                                  "parsers; write it as \"%3\" inside double quotes")
                .arg(QLatin1String(code), QLatin1String(name), QLatin1String(escape));
        };
        QTest::newRow("line separator in a value")
            << QString("---\ntitle: A\u2028B\n---\n") << QStringList{"2:9 " + lineBreak("2028", "line separator", "\\L")};
        QTest::newRow("next line in a comment")
            << QString("---\ntitle: A\n# note\u0085draft: true\n---\n")
            << QStringList{"3:7 " + lineBreak("0085", "next line", "\\N")};
        QTest::newRow("paragraph separator in a list item")
            << QString("---\ntitle: A\ntags:\n  - a\u2029b\n---\n")
            << QStringList{"4:6 " + lineBreak("2029", "paragraph separator", "\\P")};
        QTest::newRow("two on one line")
            << QString("---\ntitle: A\u2028B\u2028C\n---\n")
            << QStringList{"2:9 " + lineBreak("2028", "line separator", "\\L"),
                           "2:11 " + lineBreak("2028", "line separator", "\\L")};
        QTest::newRow("byte-order mark")
            << QString("---\ntitle: A\uFEFFB\n---\n")
            << QStringList{"2:9 warning yaml-unsafe-character U+FEFF (byte-order mark) is invisible, and YAML "
                           "emitters always escape it; write it as \"\\uFEFF\" inside double quotes"};
        QTest::newRow("after a wide character")
            << QString("---\ntitle: 🚀\u2028x\n---\n") << QStringList{"2:9 " + lineBreak("2028", "line separator", "\\L")};
        QTest::newRow("CRLF block")
            << QString("---\r\ntitle: A\r\nsummary: B\u2028C\r\n---\r\n")
            << QStringList{"3:11 " + lineBreak("2028", "line separator", "\\L")};
        QTest::newRow("escaped: nothing to say") << QString("---\ntitle: \"A\\LB\\N\\P\"\n---\n") << QStringList{};
        QTest::newRow("TOML is not YAML") << QString("+++\ntitle = \"A\u2028B\"\n+++\n") << QStringList{};
        QTest::newRow("the body is not front matter") << QString("---\ntitle: A\n---\nText\u2028more\n") << QStringList{};
        QTest::newRow("a key twice")
            << QString("---\ntitle: A\ndraft: true\ntitle: B\n---\n")
            << QStringList{"4:1 error duplicate-key \"title\" appears 2 times (lines 2, 4); Hugo and Jekyll use only "
                           "the last one"};
        QTest::newRow("a key three times")
            << QString("---\ntitle: A\ntitle: B\ntitle: C\n---\n")
            << QStringList{"4:1 error duplicate-key \"title\" appears 3 times (lines 2, 3, 4); Hugo and Jekyll use "
                           "only the last one"};
    }
    void findings()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const Result<Post> post = Post::fromBytes(text.toUtf8(), QStringLiteral("post.md"));
        QVERIFY(post.ok());
        QStringList found;
        for (const Finding &f : checkPost(post.value())) {
            if (f.code == QLatin1String("yaml-unsafe-character") || f.code == QLatin1String("duplicate-key")) {
                QCOMPARE(f.path, QStringLiteral("post.md"));
                found.append(QStringLiteral("%1:%2 %3 %4 %5").arg(f.line).arg(f.column).arg(severityName(f.severity), f.code, f.message));
            }
        }
        QCOMPARE(found, expected);
    }
};

QTEST_GUILESS_MAIN(TestDoctorFrontMatter)
#include "tst_doctorfrontmatter.moc"
