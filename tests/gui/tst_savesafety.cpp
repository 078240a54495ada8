// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Saving from the window: a read-only post is saved only when the user says
// so in the dialog (and stays read-only); a post with a second name (hard
// link) is never split; a full disk is named as the cause.
#include "editor/markdowneditor.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

#include "support/testfiles.h"

using namespace postwright;
using namespace postwright::testing;

namespace {

const QByteArray original = "---\ntitle: \"Hello\"\n---\n\nSaved text.\n";

struct Question
{
    QString title;
    QString text;
    QMessageBox::StandardButtons buttons;
};

} // namespace

class tst_SaveSafety final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<Question> m_questions;

    std::unique_ptr<MainWindow> makeWindow(QMessageBox::StandardButton answer)
    {
        auto window = std::make_unique<MainWindow>();
        window->setRecoveryFolder(m_dir.filePath("recovery"));
        window->setAsker([this, answer](const QString &title, const QString &text, QMessageBox::StandardButtons buttons) {
            m_questions.append({title, text, buttons});
            return answer;
        });
        return window;
    }

    // Opens path and types at the end of it.
    void openAndType(MainWindow &window, const QString &path)
    {
        QVERIFY(window.openPost(path));
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.editor(), "New words.");
        QVERIFY(window.isModified());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("PostwrightTests");
        QCoreApplication::setApplicationName("tst_savesafety");
    }

    void init()
    {
        m_questions.clear();
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void readOnlyPostAsksBeforeSaving_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("saved");
        QTest::newRow("cancel") << int(QMessageBox::Cancel) << false;
        QTest::newRow("save anyway") << int(QMessageBox::Save) << true;
    }

    void readOnlyPostAsksBeforeSaving()
    {
        QFETCH(int, answer);
        QFETCH(bool, saved);
        const QString path = m_dir.filePath("post.md");
        writeFile(path, original);
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        auto window = makeWindow(QMessageBox::StandardButton(answer));
        openAndType(*window, path);

        QCOMPARE(window->save(), saved);
        QCOMPARE(m_questions.size(), 1);
        QCOMPARE(m_questions.first().title, QString("The post is read-only"));
        QCOMPARE(m_questions.first().text, QString("\"post.md\" is read-only. Save it anyway? It stays read-only.\n\n")
                                               + path + ": is read-only (mode 0444): not written");
        QCOMPARE(m_questions.first().buttons, QMessageBox::Save | QMessageBox::Cancel);
        QCOMPARE(readAll(path), saved ? original + "New words." : original);
        QCOMPARE(window->isModified(), !saved);
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0444));
    }

    void hardLinkedPostIsNotSplit()
    {
        const QString path = m_dir.filePath("post.md");
        const QString twin = m_dir.filePath("twin.md");
        writeFile(path, original);
        QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(twin).constData()), 0);
        auto window = makeWindow(QMessageBox::Ok);
        openAndType(*window, path);

        QVERIFY(!window->save());
        QCOMPARE(m_questions.size(), 1);
        QCOMPARE(m_questions.first().title, QString("Cannot save the post"));
        QCOMPARE(m_questions.first().text, path + ": has 2 names (hard links); saving would split them, giving only "
                                                  "this name the new text: not written");
        QCOMPARE(readAll(path), original);
        QCOMPARE(readAll(twin), original);
        QVERIFY(window->isModified());   // the text is still there to save elsewhere
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_SaveSafety test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_savesafety.moc"
