// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctor/mojibake.h"
#include "doctor/postdoctor.h"
#include "post/post.h"

#include <QTest>

using namespace postwright;

namespace {
const char *const samplePost = POSTWRIGHT_SAMPLE "/content/posts/why-open-source-ai-is-the-future.md";
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
        // Runs with nothing between them: each one is repaired.
        QTest::newRow("two rockets") << "ðŸš€ðŸš€" << "🚀🚀" << 0;
        QTest::newRow("three e acutes") << "Ã©Ã©Ã©" << "ééé" << 0;
        QTest::newRow("dash then rocket") << "â€“ðŸš€!" << "–🚀!" << 0;
        QTest::newRow("rocket then lost byte") << "ðŸš€ðŸ” x" << "🚀ðŸ” x" << 1;
        QTest::newRow("lost byte then rocket") << "ðŸ”ðŸš€" << "ðŸ”🚀" << 1;
        // "à" is C3 A0: the second byte is the no-break space in Windows-1252.
        QTest::newRow("a grave before a no-break space") << "voilÃ\u00A0!" << "voilà!" << 0;
        QTest::newRow("a grave at the end") << "déjÃ\u00A0" << "déjà" << 0;
        QTest::newRow("no-break space") << "Â\u00A0x" << "\u00A0x" << 0;
        QTest::newRow("plain no-break space untouched") << "100\u00A0km" << "100\u00A0km" << 0;
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

    // Where each run starts, how long it is and what it stands for.
    void find_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");   // "start+length repaired" or "start+length lost"
        QTest::newRow("adjacent four-byte runs") << "xðŸš€ðŸš€y" << QStringList{"1+4 🚀", "5+4 🚀"};
        QTest::newRow("adjacent two-byte runs") << "Ã©Ã©" << QStringList{"0+2 é", "2+2 é"};
        QTest::newRow("three-byte then four-byte") << "â€“ðŸš€" << QStringList{"0+3 –", "3+4 🚀"};
        QTest::newRow("repaired then lost") << "ðŸš€ðŸ” x" << QStringList{"0+4 🚀", "4+3 lost"};
        QTest::newRow("lost then repaired") << "ðŸ”ðŸš€" << QStringList{"0+3 lost", "3+4 🚀"};
        QTest::newRow("no-break space as a second byte") << "voilÃ\u00A0 et Â\u00A0"
                                                         << QStringList{"4+2 à", "10+2 \u00A0"};
        QTest::newRow("nothing") << "château, 5 €, 100\u00A0km" << QStringList{};
    }
    void find()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QStringList found;
        for (const MojibakeSequence &s : findMojibake(text))
            found.append(QStringLiteral("%1+%2 %3").arg(s.start).arg(s.length).arg(s.lostBytes ? QStringLiteral("lost") : s.repaired));
        QCOMPARE(found, expected);
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

    // Every mojibake finding of the sample post: where it is, what it says
    // and the repaired line (none where a byte was lost).
    void findingCarriesTheRepairedLine()
    {
        const Result<Post> post = Post::load(samplePost);
        QVERIFY(post.ok());
        const QString garbled = QStringLiteral("garbled text (UTF-8 once read as Windows-1252)");
        const QStringList expected{
            "30:69 " + garbled + ": â€“ → – | > *\"If you don't control the software, the software controls you.\"* – Richard Stallman",
            "44:1 " + garbled + ": âœ… → ✅, â€“ → – | ✅ **Auditable** – Anyone can inspect the code  ",
            "45:1 " + garbled + ": âœ… → ✅, â€“ → – | ✅ **Modifiable** – Developers can tweak models freely  ",
            "46:1 " + garbled + ": âœ… → ✅, â€“ → – | ✅ **No hidden costs** – Run them on your own hardware  ",
            "77:1 " + garbled + ": ðŸ”“ → 🔓 | 🔓 **No monopolies**  ",
            "78:1 " + garbled + "; cannot be repaired exactly, a byte was lost: ðŸ” | ",
            "79:1 " + garbled + ": ðŸ’» → 💻 | 💻 **User freedom**  ",
            "81:56 " + garbled + ": â€“ → – | > *\"Free software is a matter of liberty, not price.\"* – GNU Manifesto",
            "86:3 " + garbled + ": ðŸš€ → 🚀 | **🚀 Liked this post? Share it with fellow tech enthusiasts!**  ",
        };
        QStringList found;
        for (const Finding &f : checkPost(post.value())) {
            if (f.code == QLatin1String("mojibake"))
                found.append(QStringLiteral("%1:%2 %3 | %4").arg(f.line).arg(f.column).arg(f.message, f.fix));
        }
        QCOMPARE(found, expected);
    }
};

QTEST_GUILESS_MAIN(TestMojibake)
#include "tst_mojibake.moc"
