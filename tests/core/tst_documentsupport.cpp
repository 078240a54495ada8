// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Core pieces behind the editor: line endings of edited text, recovery
// files, outside changes, word counts, image import, the sample site.
#include "documentsupport/externalchange.h"
#include "documentsupport/imageimport.h"
#include "documentsupport/recoverystore.h"
#include "documentsupport/textstats.h"
#include "site/samplesite.h"
#include "text/lineendings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "support/testfiles.h"

using namespace postwright;
using namespace postwright::testing;

class TestDocumentSupport final : public QObject
{
    Q_OBJECT

private slots:
    void lineEndings_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("edited");
        QTest::addColumn<QString>("expected");
        QTest::newRow("lf stays lf") << "a\nb\n" << "a\nB\n" << "a\nB\n";
        QTest::newRow("crlf file") << "a\r\nb\r\n" << "a\nb\nc\n" << "a\r\nb\r\nc\r\n";
        QTest::newRow("cr file") << "a\rb" << "a\rx\nb" << "a\rx\rb";
        QTest::newRow("mixed keeps unchanged lines") << "a\r\nb\nc\r\nd\n" << "a\nb\nC\nd\n" << "a\r\nb\nC\r\nd\n";
        QTest::newRow("mixed new line gets the common ending") << "a\r\nb\nc\r\n" << "a\nnew\nb\nc\n"
                                                                 << "a\r\nnew\r\nb\nc\r\n";
    }
    void lineEndings()
    {
        QFETCH(QString, original);
        QFETCH(QString, edited);
        QFETCH(QString, expected);
        QString lf = edited;
        lf.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        QCOMPARE(restoreLineEndings(original, lf), expected);
    }

    void recovery()
    {
        QTemporaryDir dir;
        RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
        QVERIFY(!store.find(QStringLiteral("/posts/a.md")));
        QVERIFY(store.write(QStringLiteral("/posts/a.md"), QStringLiteral("draft ✍️\r\n")).ok());
        const auto entry = store.find(QStringLiteral("/posts/a.md"));
        QVERIFY(entry.has_value());
        QCOMPARE(entry->text, QStringLiteral("draft ✍️\r\n"));
        QCOMPARE(entry->postPath, QStringLiteral("/posts/a.md"));
        QVERIFY(entry->savedAt.isValid());
        // A second store on the same folder (the next start) sees it.
        QCOMPARE(RecoveryStore(store.folder()).entries().size(), 1);
        store.remove(QStringLiteral("/posts/a.md"));
        QVERIFY(!store.find(QStringLiteral("/posts/a.md")));
    }

    void externalChange_data()
    {
        QTest::addColumn<bool>("exists");
        QTest::addColumn<QByteArray>("onDisk");
        QTest::addColumn<bool>("modified");
        QTest::addColumn<int>("expected");
        QTest::newRow("own save") << true << QByteArray("known") << false << int(ExternalChange::Ignore);
        QTest::newRow("own save while editing") << true << QByteArray("known") << true << int(ExternalChange::Ignore);
        QTest::newRow("changed, no edits") << true << QByteArray("theirs") << false << int(ExternalChange::Reload);
        QTest::newRow("changed, with edits") << true << QByteArray("theirs") << true << int(ExternalChange::Ask);
        QTest::newRow("deleted") << false << QByteArray() << false << int(ExternalChange::Deleted);
    }
    void externalChange()
    {
        QFETCH(bool, exists);
        QFETCH(QByteArray, onDisk);
        QFETCH(bool, modified);
        QFETCH(int, expected);
        QCOMPARE(int(classifyExternalChange(QByteArray("known"), exists, onDisk, modified)), expected);
    }

    void statistics()
    {
        const TextStats s = textStats(QStringLiteral("# Title\n\nOne two. Three four!\nFive 🚀\n\n\nLast paragraph without a stop"));
        QCOMPARE(s.words, 11);
        QCOMPARE(s.paragraphs, 3);
        QCOMPARE(s.sentences, 5);   // "# Title", "One two.", "Three four!", "Five 🚀", the last paragraph
        QCOMPARE(s.characters, 62);
    }

    void wordCount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("words");
        QTest::addColumn<int>("minutes");
        QTest::newRow("empty") << "" << 0 << 0;
        QTest::newRow("markdown marks are not words") << "## Hello, *world*! — it's **fine**" << 4 << 1;
        QTest::newRow("hebrew") << "שלום עולם" << 2 << 1;
        QTest::newRow("cjk characters") << "日本語" << 3 << 1;
        QTest::newRow("231 words is two minutes") << QString(QStringLiteral("w ").repeated(231)) << 231 << 2;
    }
    void wordCount()
    {
        QFETCH(QString, text);
        QFETCH(int, words);
        QFETCH(int, minutes);
        const TextStats stats = textStats(text);
        QCOMPARE(stats.words, words);
        QCOMPARE(stats.readingMinutes, minutes);
    }

    void imageFolders()
    {
        QTemporaryDir dir;
        const QDir root(dir.path());
        writeFile(root.filePath(QStringLiteral("hugo/hugo.toml")), "title = 'x'\n");
        writeFile(root.filePath(QStringLiteral("hugo/content/posts/a.md")), "# a\n");
        writeFile(root.filePath(QStringLiteral("hugo/content/posts/b/index.md")), "# b\n");
        writeFile(root.filePath(QStringLiteral("jekyll/_config.yml")), "title: x\n");
        writeFile(root.filePath(QStringLiteral("jekyll/_posts/2024-01-01-a.md")), "# a\n");
        writeFile(root.filePath(QStringLiteral("plain/notes/a.md")), "# a\n");
        QCOMPARE(imageFolderFor(root.filePath(QStringLiteral("hugo/content/posts/a.md"))),
                 root.filePath(QStringLiteral("hugo/static/images")));
        QCOMPARE(imageFolderFor(root.filePath(QStringLiteral("hugo/content/posts/b/index.md"))),
                 root.filePath(QStringLiteral("hugo/content/posts/b")));
        QCOMPARE(imageFolderFor(root.filePath(QStringLiteral("jekyll/_posts/2024-01-01-a.md"))),
                 root.filePath(QStringLiteral("jekyll/assets/images")));
        QCOMPARE(imageFolderFor(root.filePath(QStringLiteral("plain/notes/a.md"))),
                 root.filePath(QStringLiteral("plain/notes/images")));
    }

    void importImage()
    {
        QTemporaryDir dir;
        const QDir root(dir.path());
        writeFile(root.filePath(QStringLiteral("site/hugo.toml")), "title = 'x'\n");
        const QString post = root.filePath(QStringLiteral("site/content/posts/a.md"));
        writeFile(post, "# a\n");
        writeFile(root.filePath(QStringLiteral("pic.png")), "PNG-1");
        const auto first = importImageFile(post, root.filePath(QStringLiteral("pic.png")));
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
        QCOMPARE(first.value().markdownPath, QStringLiteral("/images/pic.png"));
        QCOMPARE(readAll(first.value().file), QByteArray("PNG-1"));
        // The same bytes again: the same file; other bytes: a new name.
        QCOMPARE(importImageFile(post, root.filePath(QStringLiteral("pic.png"))).value().file, first.value().file);
        writeFile(root.filePath(QStringLiteral("other/pic.png")), "PNG-2");
        const auto second = importImageFile(post, root.filePath(QStringLiteral("other/pic.png")));
        QCOMPARE(second.value().markdownPath, QStringLiteral("/images/pic-2.png"));
        QCOMPARE(readAll(first.value().file), QByteArray("PNG-1"));

        const auto pasted = saveImageBytes(post, "PNG-3", QStringLiteral("my-post"),
                                           QDateTime(QDate(2026, 11, 28), QTime(10, 5, 7)));
        QCOMPARE(pasted.value().markdownPath, QStringLiteral("/images/my-post-20261128-100507.png"));
        QVERIFY(!importImageFile(post, root.filePath(QStringLiteral("missing.png"))).ok());
        // A page bundle's image lies beside its index.md, linked so.
        const QString bundle = root.filePath(QStringLiteral("site/content/posts/b/index.md"));
        writeFile(bundle, "# b\n");
        QCOMPARE(importImageFile(bundle, root.filePath(QStringLiteral("pic.png"))).value().markdownPath, QStringLiteral("pic.png"));
    }

    void sampleSite()
    {
        QTemporaryDir dir;
        const auto installed = installSampleSite(dir.path());
        QVERIFY(installed.ok());
        // Byte for byte what the corpus holds, mojibake included.
        const QString original = QStringLiteral(POSTWRIGHT_SAMPLE "/content/posts/why-open-source-ai-is-the-future.md");
        QCOMPARE(readAll(installed.value()), readAll(original));
        QVERIFY(readAll(installed.value()).contains("\xC3\xA2\xE2\x82\xAC\xE2\x80\x9C"));   // "â€“"
        QCOMPARE(readAll(sampleSiteFolder(dir.path()) + QStringLiteral("/hugo.toml")),
                 readAll(QStringLiteral(POSTWRIGHT_SAMPLE "/hugo.toml")));
        // Installing again keeps the user's edits.
        writeFile(installed.value(), "edited");
        QVERIFY(installSampleSite(dir.path()).ok());
        QCOMPARE(readAll(installed.value()), QByteArray("edited"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentSupport)
#include "tst_documentsupport.moc"
