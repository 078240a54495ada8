// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctor/mojibake.h"
#include "doctor/postdoctor.h"
#include "post/post.h"

#include <QTest>

using namespace postwright;

namespace {
const char *const samplePost = POSTWRIGHT_CORPUS "/sample/content/posts/why-open-source-ai-is-the-future.md";
}

class TestMojibake final : public QObject
{
    Q_OBJECT

private slots:
    void repair_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("lost");
        QTest::newRow("en dash") << "a â€“ b" << "a – b" << 0;
        QTest::newRow("check mark") << "âœ… done" << "✅ done" << 0;
        QTest::newRow("rocket") << "ðŸš€" << "🚀" << 0;
        QTest::newRow("open lock") << "ðŸ”“ free" << "🔓 free" << 0;
        QTest::newRow("laptop") << "ðŸ’»" << "💻" << 0;
        QTest::newRow("e acute") << "cafÃ©" << "café" << 0;
        QTest::newRow("copyright") << "Â© 2024" << "© 2024" << 0;
        QTest::newRow("emoji lost a byte") << "ðŸ” x" << "ðŸ” x" << 1;
        QTest::newRow("quote lost a byte") << "â€ x" << "â€ x" << 1;
        QTest::newRow("legit circumflex") << "château" << "château" << 0;
        QTest::newRow("legit euro") << "5 € or â€" << "5 € or â€" << 1;
        QTest::newRow("legit czech") << "Tomáš Hübelbauer" << "Tomáš Hübelbauer" << 0;
        QTest::newRow("legit french") << "Ça va, élève ?" << "Ça va, élève ?" << 0;
        QTest::newRow("real emoji untouched") << "🚀 – ✅" << "🚀 – ✅" << 0;
        QTest::newRow("mixed") << "â€œquotedâ€\u009d and â€˜singleâ€™" << "“quoted” and ‘single’" << 0;
    }
    void repair()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(int, lost);
        const MojibakeRepair r = repairMojibake(text);
        QCOMPARE(r.text, expected);
        QCOMPARE(r.unrepairable.size(), lost);
    }

    void samplePostFindings()
    {
        const Result<Post> post = Post::load(samplePost);
        QVERIFY(post.ok());
        QList<int> lines;
        for (const Finding &f : checkPost(post.value())) {
            if (f.code == QLatin1String("mojibake")) {
                lines.append(f.line);
                QCOMPARE(f.severity, Severity::Warning);
            }
        }
        // Exactly the lines that have it.
        QCOMPARE(lines, QList<int>({30, 44, 45, 46, 77, 78, 79, 81, 86}));
    }

    void samplePostRepair()
    {
        const Result<Post> post = Post::load(samplePost);
        const MojibakeRepair r = repairMojibake(post.value().text());
        QCOMPARE(r.repaired, 11);
        QCOMPARE(r.unrepairable.size(), 1);
        const QStringList lines = r.text.split(QLatin1Char('\n'));
        QVERIFY(lines.at(29).endsWith("*\"If you don't control the software, the software controls you.\"* – Richard Stallman"));
        QCOMPARE(lines.at(43), QString("✅ **Auditable** – Anyone can inspect the code  "));
        QCOMPARE(lines.at(76), QString("🔓 **No monopolies**  "));
        QCOMPARE(lines.at(77), QString("ðŸ” **Transparency**  "));   // lost a byte: kept for the user
        QCOMPARE(lines.at(78), QString("💻 **User freedom**  "));
        QCOMPARE(lines.at(85), QString("**🚀 Liked this post? Share it with fellow tech enthusiasts!**  "));
        QVERIFY(!r.text.contains(QString("â€")));
        // Repairing twice changes nothing more.
        QCOMPARE(repairMojibake(r.text).text, r.text);
        QCOMPARE(repairMojibake(r.text).repaired, 0);
    }

    void findingCarriesTheRepairedLine()
    {
        const Result<Post> post = Post::load(samplePost);
        for (const Finding &f : checkPost(post.value())) {
            if (f.code == QLatin1String("mojibake") && f.line == 78) {
                QVERIFY(f.fix.isEmpty());
                QVERIFY(f.message.contains("ðŸ”"));
            }
            if (f.code == QLatin1String("mojibake") && f.line == 44)
                QCOMPARE(f.fix, QString("✅ **Auditable** – Anyone can inspect the code  "));
        }
    }
};

QTEST_GUILESS_MAIN(TestMojibake)
#include "tst_mojibake.moc"
