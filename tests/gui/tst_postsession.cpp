// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The open post's life without a window: load, edit, save byte for byte,
// autosave and recovery, outside changes, encodings, and failures that keep
// the edit.
#include "document/postsession.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

#include <unistd.h>

#include "support/testfiles.h"

using namespace postwright;
using namespace postwright::testing;

namespace {

struct Question
{
    QString title;
    QString text;
};

// Types text at the end of the document, as the editor would.
void typeAtEnd(PostSession &session, const QString &text)
{
    QTextCursor cursor(session.document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
}

} // namespace

class tst_PostSession final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<Question> m_questions;
    QList<QMessageBox::StandardButton> m_answers;

    std::unique_ptr<PostSession> makeSession()
    {
        auto session = std::make_unique<PostSession>();
        session->setRecoveryFolder(m_dir.filePath("recovery"));
        session->setAsker([this](const QString &title, const QString &text, QMessageBox::StandardButtons) {
            m_questions.append({title, text});
            return m_answers.isEmpty() ? QMessageBox::Cancel : m_answers.takeFirst();
        });
        return session;
    }

    QStringList titles() const
    {
        QStringList list;
        for (const Question &q : m_questions)
            list.append(q.title);
        return list;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("PostwrightTests");
        QCoreApplication::setApplicationName("tst_postsession");
    }

    void init()
    {
        m_questions.clear();
        m_answers.clear();
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void roundTripIsByteExact_data()
    {
        QTest::addColumn<QByteArray>("original");
        QTest::addColumn<QByteArray>("edited");
        QTest::newRow("yaml lf") << QByteArray("---\ntitle: \"Hi\"  # note\n---\n\nBody\n")
                                 << QByteArray("---\ntitle: \"Hi\"  # note\n---\n\nBody\nMore\nlines");
        QTest::newRow("toml crlf bom") << QByteArray("\xEF\xBB\xBF+++\r\ntitle = 'Hi'\r\n+++\r\nBody\r\n")
                                       << QByteArray("\xEF\xBB\xBF+++\r\ntitle = 'Hi'\r\n+++\r\nBody\r\nMore\r\nlines");
        QTest::newRow("utf-16le crlf") << QByteArray::fromRawData("\xFF\xFE-\0-\0-\0\r\0\n\0-\0-\0-\0\r\0\n\0B\0\r\0\n\0", 28)
                                       << QByteArray::fromRawData("\xFF\xFE-\0-\0-\0\r\0\n\0-\0-\0-\0\r\0\n\0B\0\r\0\n\0"
                                                                  "M\0o\0r\0e\0\r\0\n\0l\0i\0n\0e\0s\0", 50);
    }

    void roundTripIsByteExact()
    {
        QFETCH(QByteArray, original);
        QFETCH(QByteArray, edited);
        const QString path = m_dir.filePath("post.md");
        writeFile(path, original);
        auto session = makeSession();
        QVERIFY(session->open(path));
        QVERIFY(!session->isModified());
        QCOMPARE(session->knownDiskBytes(), original);
        QVERIFY(session->save());
        QCOMPARE(readAll(path), original);

        typeAtEnd(*session, "More\nlines");
        QVERIFY(session->isModified());
        QVERIFY(session->save());
        QVERIFY(!session->isModified());
        QCOMPARE(readAll(path), edited);
        QCOMPARE(session->knownDiskBytes(), edited);
    }

    void formEditIsOnePatchAndOneUndoStep()
    {
        const QString path = m_dir.filePath("post.md");
        writeFile(path, "---\ntitle: Old\ntags: [a]\nparams:\n  x: 1\n---\nBody\n");
        auto session = makeSession();
        QVERIFY(session->open(path));
        QSignalSpy patches(session->document(), &QTextDocument::contentsChanged);
        QSignalSpy edits(session.get(), &PostSession::edited);
        QVERIFY(session->setField("title", Value::fromString("New")).ok());
        QCOMPARE(session->post().text(), QString("---\ntitle: New\ntags: [a]\nparams:\n  x: 1\n---\nBody\n"));
        QCOMPARE(session->document()->toPlainText(), session->post().text());
        QCOMPARE(patches.size(), 1);
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits.first().first().value<PostSession::Origin>(), PostSession::Origin::Form);
        session->document()->undo();
        const QString before("---\ntitle: Old\ntags: [a]\nparams:\n  x: 1\n---\nBody\n");
        QCOMPARE(session->post().text(), before);
        QVERIFY(!session->isModified());

        // A refused edit (a nested map is kept as written) changes nothing and says why.
        const auto refused = session->setField("params", Value::fromString("x"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().path, path);
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(session->post().text(), before);
        QCOMPARE(session->document()->toPlainText(), before);
    }

    void autosaveWritesRecoveryAndItIsOffered()
    {
        const QString path = m_dir.filePath("post.md");
        writeFile(path, "---\ntitle: A\n---\nSaved.\n");
        {
            auto session = makeSession();
            QVERIFY(session->open(path));
            typeAtEnd(*session, "Unsaved.");
            session->autosave();
            const std::optional<RecoveryStore::Entry> entry = RecoveryStore(m_dir.filePath("recovery")).find(path);
            QVERIFY(entry);
            QCOMPARE(entry->text, QString("---\ntitle: A\n---\nSaved.\nUnsaved."));
        }
        QCOMPARE(readAll(path), QByteArray("---\ntitle: A\n---\nSaved.\n"));
        m_answers = {QMessageBox::Yes};
        auto session = makeSession();
        QVERIFY(session->open(path));
        QCOMPARE(titles(), QStringList({"Recover unsaved changes?"}));
        QCOMPARE(session->document()->toPlainText(), QString("---\ntitle: A\n---\nSaved.\nUnsaved."));
        QVERIFY(session->isModified());
        QVERIFY(session->save());
        QVERIFY(!RecoveryStore(m_dir.filePath("recovery")).find(path));
    }

    void untitledPostIsRecoveredUnderItsKey()
    {
        auto session = makeSession();
        QVERIFY(session->isUntitled());
        QVERIFY(session->untitledKey().startsWith("untitled:"));
        QCOMPARE(session->recoveryKey(), session->untitledKey());
        QVERIFY(!session->save());   // no path: save as
        typeAtEnd(*session, "Draft words");
        session->autosave();
        const RecoveryStore store(m_dir.filePath("recovery"));
        QVERIFY(store.find(session->untitledKey()));
        const QString path = m_dir.filePath("new.md");
        QSignalSpy moved(session.get(), &PostSession::pathChanged);
        QVERIFY(session->saveAs(path));
        QCOMPARE(moved.size(), 1);
        QVERIFY(!store.find(session->untitledKey()));
        QVERIFY(readAll(path).endsWith("Draft words"));
    }

    // The watcher notices a change made by another program; without local
    // edits the post reloads, with them the user is asked.
    void outsideChangeIsNoticedAndReloaded()
    {
        const QString path = m_dir.filePath("post.md");
        writeFile(path, "---\ntitle: A\n---\nOne\n");
        auto session = makeSession();
        QVERIFY(session->open(path));
        QTest::qWait(50);
        writeFile(path, "---\ntitle: A\n---\nTwo\n");
        QTRY_COMPARE(session->post().text(), QString("---\ntitle: A\n---\nTwo\n"));
        QVERIFY(m_questions.isEmpty());
        QVERIFY(!session->isModified());
        QCOMPARE(session->knownDiskBytes(), QByteArray("---\ntitle: A\n---\nTwo\n"));
    }

    void outsideChangeWithLocalEditsAsks_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("mineKept");
        QTest::newRow("keep mine") << int(QMessageBox::Save) << true;
        QTest::newRow("load theirs") << int(QMessageBox::Discard) << false;
    }

    void outsideChangeWithLocalEditsAsks()
    {
        QFETCH(int, answer);
        QFETCH(bool, mineKept);
        const QString path = m_dir.filePath("post.md");
        writeFile(path, "---\ntitle: A\n---\nOne\n");
        auto session = makeSession();
        QVERIFY(session->open(path));
        typeAtEnd(*session, "Mine");
        QSignalSpy compared(session.get(), &PostSession::compareRequested);
        // Compare first, then decide.
        m_answers = {QMessageBox::Apply, QMessageBox::StandardButton(answer)};
        QTest::qWait(50);
        writeFile(path, "---\ntitle: A\n---\nTheirs\n");
        QTRY_COMPARE(m_questions.size(), 2);
        QCOMPARE(titles(), QStringList({"The post changed on disk", "The post changed on disk"}));
        QCOMPARE(compared.size(), 1);
        QCOMPARE(compared.first().at(0).toString(), QString("---\ntitle: A\n---\nOne\nMine"));
        QCOMPARE(compared.first().at(1).toString(), QString("---\ntitle: A\n---\nTheirs\n"));
        QCOMPARE(readAll(path), QByteArray("---\ntitle: A\n---\nTheirs\n"));   // never overwritten unasked
        if (mineKept) {
            QCOMPARE(session->post().text(), QString("---\ntitle: A\n---\nOne\nMine"));
            QVERIFY(session->isModified());
            QVERIFY(session->save());
            QCOMPARE(readAll(path), QByteArray("---\ntitle: A\n---\nOne\nMine"));
        } else {
            QCOMPARE(session->post().text(), QString("---\ntitle: A\n---\nTheirs\n"));
            QVERIFY(!session->isModified());
        }
    }

    void deletedFileKeepsTheText()
    {
        const QString path = m_dir.filePath("post.md");
        writeFile(path, "---\ntitle: A\n---\nOne\n");
        auto session = makeSession();
        QVERIFY(session->open(path));
        QVERIFY(QFile::remove(path));
        session->checkExternalChange();
        QVERIFY(session->isModified());
        QCOMPARE(session->post().text(), QString("---\ntitle: A\n---\nOne\n"));
        QVERIFY(session->save());
        QCOMPARE(readAll(path), QByteArray("---\ntitle: A\n---\nOne\n"));
    }

    void encodingAndLineEndingsChangeOnlyWhenAsked()
    {
        const QString path = m_dir.filePath("post.md");
        writeFile(path, QByteArray::fromRawData("\xFF\xFE-\0-\0-\0\r\0\n\0-\0-\0-\0\r\0\n\0B\0\r\0\n\0", 28));
        auto session = makeSession();
        QVERIFY(session->open(path));
        QCOMPARE(session->post().encoding(), Encoding::Utf16LE);
        QCOMPARE(session->post().lineEnding(), LineEnding::CRLF);
        QSignalSpy changed(session.get(), &PostSession::encodingChanged);
        session->setEncoding(Encoding::Utf8, false);
        session->setLineEnding(LineEnding::LF);
        QCOMPARE(changed.size(), 2);
        QVERIFY(session->isModified());
        QVERIFY(session->save());
        QCOMPARE(readAll(path), QByteArray("---\n---\nB\n"));
    }

    // A save that fails keeps the edit, leaves the file alone and says why.
    void failedSaveKeepsTheEdit()
    {
        const QString path = m_dir.filePath("post.md");
        const QString twin = m_dir.filePath("twin.md");
        writeFile(path, "---\ntitle: A\n---\nOne\n");
        QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(twin).constData()), 0);
        auto session = makeSession();
        QVERIFY(session->open(path));
        typeAtEnd(*session, "Two");
        QSignalSpy saved(session.get(), &PostSession::saved);
        QVERIFY(!session->save());
        QCOMPARE(titles(), QStringList({"Cannot save the post"}));
        QVERIFY2(m_questions.first().text.contains("hard links"), qPrintable(m_questions.first().text));
        QCOMPARE(saved.size(), 0);
        QVERIFY(session->isModified());
        QCOMPARE(session->post().text(), QString("---\ntitle: A\n---\nOne\nTwo"));
        QCOMPARE(readAll(path), QByteArray("---\ntitle: A\n---\nOne\n"));

        // Save as into a folder that cannot be made: the post stays where it was.
        writeFile(m_dir.filePath("file"), "not a folder");
        QVERIFY(!session->saveAs(m_dir.filePath("file/post.md")));
        QCOMPARE(session->path(), path);
        QVERIFY(session->isModified());
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    tst_PostSession test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_postsession.moc"
