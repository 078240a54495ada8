// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The editor window as a writer uses it: form and raw text are two views of
// one document, nothing is lost to a crash or an outside change.
#include "editor/markdowneditor.h"
#include "form/chipeditor.h"
#include "form/frontmatterform.h"
#include "insights/findingsmodel.h"
#include "insights/insightspanel.h"
#include "snapshot/snapshotbuilder.h"
#include "mainwindow.h"
#include "preview/previewview.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPushButton>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTextBlock>
#include <QWebEnginePage>

#include "support/testfiles.h"

using namespace postwright;
using namespace postwright::testing;

namespace {

const char *const samplePost = POSTWRIGHT_SAMPLE "/content/posts/why-open-source-ai-is-the-future.md";

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'));
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_post;
    QList<QString> m_questions;

    std::unique_ptr<MainWindow> makeWindow(QMessageBox::StandardButton answer)
    {
        auto window = std::make_unique<MainWindow>();
        window->setRecoveryFolder(m_dir.filePath("recovery"));
        window->setAsker([this, answer](const QString &title, const QString &, QMessageBox::StandardButtons) {
            m_questions.append(title);
            return answer;
        });
        return window;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("PostwrightTests");
        QCoreApplication::setApplicationName("tst_mainwindow");
    }

    void init()
    {
        // A fresh copy of the sample site for every test.
        m_questions.clear();
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        writeFile(m_dir.filePath("site/hugo.toml"), readAll(POSTWRIGHT_SAMPLE "/hugo.toml"));
        m_post = m_dir.filePath("site/content/posts/why-open-source-ai-is-the-future.md");
        writeFile(m_post, readAll(samplePost));
    }

    void formEditChangesOnlyItsLineAndUndoReverts()
    {
        auto window = makeWindow(QMessageBox::Discard);
        QVERIFY(window->openPost(m_post));
        const QString before = window->post().text();
        auto *title = qobject_cast<QLineEdit *>(window->form()->editorFor("title"));
        QVERIFY(title);
        QCOMPARE(title->text(), QString("Why Open-Source AI is the Future of Technology"));
        title->setText("Open AI: \"why\" it matters #1");
        emit title->editingFinished();

        const QString after = window->post().text();
        const QStringList a = lines(before), b = lines(after);
        QCOMPARE(b.size(), a.size());
        for (int i = 0; i < a.size(); ++i) {
            if (i == 1)
                QCOMPARE(b.at(i), QString("title: \"Open AI: \\\"why\\\" it matters #1\""));
            else
                QCOMPARE(b.at(i), a.at(i));
        }
        QCOMPARE(window->post().frontMatter().string("title"), QString("Open AI: \"why\" it matters #1"));
        QVERIFY(window->isModified());
        // One Undo in the editor takes the form edit back.
        window->editor()->undo();
        QCOMPARE(window->post().text(), before);
        QTRY_COMPARE(title->text(), QString("Why Open-Source AI is the Future of Technology"));
    }

    void windowTitleNamesThePostOnce()
    {
        auto window = makeWindow(QMessageBox::Discard);
        window->newPost();
        QCOMPARE(window->windowTitle(), QString("Untitled[*] — Postwright"));
        QVERIFY(window->openPost(m_post));
        QCOMPARE(window->windowTitle(),
                 QString("Why Open-Source AI is the Future of Technology — why-open-source-ai-is-the-future.md[*] — Postwright"));
    }

    void chipEditorAddsATagInTheFilesStyle()
    {
        auto window = makeWindow(QMessageBox::Discard);
        QVERIFY(window->openPost(m_post));
        auto *tags = qobject_cast<ChipEditor *>(window->form()->editorFor("tags"));
        QVERIFY(tags);
        QCOMPARE(tags->items(), QStringList({"AI", "OpenSource", "MachineLearning", "TechFreedom"}));
        tags->lineEdit()->setText("Hugo, Qt");
        emit tags->lineEdit()->returnPressed();
        QCOMPARE(lines(window->post().text()).at(4),
                 QString("tags: [\"AI\", \"OpenSource\", \"MachineLearning\", \"TechFreedom\", \"Hugo\", \"Qt\"]"));
        auto *draft = qobject_cast<QCheckBox *>(window->form()->editorFor("draft"));
        draft->setChecked(true);
        QVERIFY(window->post().text().contains("\ndraft: true\n---\n"));
    }

    void rawEditUpdatesTheForm()
    {
        auto window = makeWindow(QMessageBox::Discard);
        QVERIFY(window->openPost(m_post));
        auto *author = qobject_cast<QLineEdit *>(window->form()->editorFor("author"));
        QCOMPARE(author->text(), QString("Buma"));
        QTextCursor c = window->editor()->document()->find("\"Buma\"");
        QVERIFY(!c.isNull());
        c.insertText("\"Ada Lovelace\"");
        QTRY_COMPARE(author->text(), QString("Ada Lovelace"));
    }

    void invalidFrontMatterShowsTheErrorAndKeepsTheText()
    {
        auto window = makeWindow(QMessageBox::Discard);
        QVERIFY(window->openPost(m_post));
        QTextCursor c = window->editor()->document()->find("categories: [\"Tech\"]");
        QVERIFY(!c.isNull());
        c.insertText("categories: [\"Tech\"");
        QTRY_VERIFY(!window->form()->errorText().isEmpty());
        // yaml-cpp notices the open list where the next key starts.
        QVERIFY2(window->form()->errorText().contains("line 7, column 1"), qPrintable(window->form()->errorText()));
        QVERIFY(!window->form()->editorFor("title")->isEnabled());
        // The broken block is visible in the editor and saves exactly as typed.
        QVERIFY(window->editor()->document()->findBlockByNumber(5).isVisible());
        QVERIFY(window->save());
        QVERIFY(readAll(m_post).contains("categories: [\"Tech\"\nsummary:"));
    }

    void autosaveSurvivesACrash()
    {
        {
            auto window = makeWindow(QMessageBox::Discard);
            QVERIFY(window->openPost(m_post));
            window->editor()->moveCursor(QTextCursor::End);
            QTest::keyClicks(window->editor(), "Words typed before the crash.");
            window->autosave();
            // The process dies here: no close, no prompt, nothing saved.
        }
        QCOMPARE(readAll(m_post), readAll(samplePost));
        auto window = makeWindow(QMessageBox::Yes);
        QVERIFY(window->openPost(m_post));
        QCOMPARE(m_questions, QList<QString>({"Recover unsaved changes?"}));
        QVERIFY(window->post().text().endsWith("Words typed before the crash."));
        QVERIFY(window->isModified());
        QVERIFY(window->save());
        QVERIFY(readAll(m_post).endsWith("Words typed before the crash."));
        // After a save there is nothing left to recover.
        auto again = makeWindow(QMessageBox::Yes);
        QVERIFY(again->openPost(m_post));
        QCOMPARE(m_questions.size(), 1);
    }

    void outsideChangeReloadsOrAsks()
    {
        auto window = makeWindow(QMessageBox::Save);
        QVERIFY(window->openPost(m_post));
        // No local edits: reload silently.
        QByteArray theirs = readAll(m_post);
        theirs.replace("Buma", "Somebody Else");
        writeFile(m_post, theirs);
        window->checkExternalChange();
        QVERIFY(m_questions.isEmpty());
        QVERIFY(window->post().text().contains("Somebody Else"));
        QVERIFY(!window->isModified());

        // Local edits: ask; "keep mine" keeps them.
        window->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window->editor(), "mine");
        theirs.replace("Somebody Else", "Third Party");
        writeFile(m_post, theirs);
        window->checkExternalChange();
        QCOMPARE(m_questions, QList<QString>({"The post changed on disk"}));
        QVERIFY(window->post().text().endsWith("mine"));
        QVERIFY(window->post().text().contains("Somebody Else"));
        QCOMPARE(readAll(m_post), theirs);   // nothing overwritten behind the user's back
    }

    void pastedImageIsSavedAndLinked()
    {
        auto window = makeWindow(QMessageBox::Discard);
        QVERIFY(window->openPost(m_post));
        QImage image(8, 6, QImage::Format_RGB32);
        image.fill(Qt::red);
        QApplication::clipboard()->setImage(image);
        window->editor()->moveCursor(QTextCursor::End);
        // The image dialog opens; Insert with no description (tst_imageinsert covers the alt text).
        QTimer::singleShot(0, this, [] {
            if (auto *dialog = QApplication::activeModalWidget())
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        window->editor()->paste();
        const QString text = window->post().text();
        const QRegularExpression link(R"(!\[[^\]]*\]\((/images/why-open-source-ai-is-the-future-\d{8}-\d{6}\.png)\))");
        const auto m = link.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text.right(200)));
        // Where hugo publishes it from: the site's static folder.
        const QString file = m_dir.filePath("site/static" + m.captured(1));
        QImage saved(file);
        QCOMPARE(saved.size(), QSize(8, 6));
    }

    void repairEncodingIsOneUndoStep()
    {
        auto window = makeWindow(QMessageBox::Discard);
        QVERIFY(window->openPost(m_post));
        window->snapshots()->setDebounceInterval(0);
        // The doctor finds the garbled lines of the sample on its own (and
        // its h1 that repeats the title, issue 17 §3).
        QTRY_COMPARE(window->insights()->findingsModel()->rowCount(), 10);
        QVERIFY(window->insights()->repairButton()->isEnabled());
        const QString before = window->post().text();
        QCOMPARE(window->repairEncoding(), 11);
        const QString after = window->post().text();
        QVERIFY(after.contains("✅ **Auditable** – Anyone can inspect the code"));
        QVERIFY(after.contains("🚀 Liked this post?"));
        QVERIFY(after.contains("ðŸ” **Transparency**"));   // lost a byte: left for the user
        QCOMPARE(lines(after).size(), lines(before).size());
        QTRY_COMPARE(window->insights()->findingsModel()->rowCount(), 2);
        window->editor()->undo();
        QCOMPARE(window->post().text(), before);
    }

    // A key written twice: the form shows and edits the occurrence Hugo and
    // Jekyll use (the last), once.
    void formUsesTheLastOfADuplicatedKey()
    {
        writeFile(m_post, "---\ntitle: First\nseries: one\ndraft: false\ntitle: Second\nseries: two\n---\nBody\n");
        auto window = makeWindow(QMessageBox::Discard);
        QVERIFY(window->openPost(m_post));
        auto *title = qobject_cast<QLineEdit *>(window->form()->editorFor("title"));
        QVERIFY(title);
        QCOMPARE(title->text(), QString("Second"));
        QList<QLineEdit *> series;
        for (QLineEdit *edit : window->form()->findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == "series")
                series.append(edit);
        }
        QCOMPARE(series.size(), 1);
        QCOMPARE(series.first()->text(), QString("two"));
        title->setText("Third");
        emit title->editingFinished();
        QCOMPARE(window->post().text(),
                 QString("---\ntitle: First\nseries: one\ndraft: false\ntitle: Third\nseries: two\n---\nBody\n"));
    }

    // Edit → Repair Encoding leaves code as written, and a BOM read as text
    // at the start becomes the file's BOM again.
    void repairEncodingLeavesCode()
    {
        writeFile(m_post, "\xC3\xAF\xC2\xBB\xC2\xBF---\ntitle: Caf\xC3\x83\xC2\xA9\n---\n"
                          "Prose \xC3\xA2\xE2\x82\xAC\xE2\x80\x9C and `caf\xC3\x83\xC2\xA9`.\n");
        auto window = makeWindow(QMessageBox::Discard);
        QVERIFY(window->openPost(m_post));
        QVERIFY(!window->post().hasBom());
        QCOMPARE(window->repairEncoding(), 3);
        QCOMPARE(window->post().text(), QString("---\ntitle: Café\n---\nProse – and `cafÃ©`.\n"));
        QVERIFY(window->post().hasBom());
        QCOMPARE(window->post().frontMatter().string("title"), QString("Café"));
    }

    void doctorFindingMovesTheCursor()
    {
        auto window = makeWindow(QMessageBox::Discard);
        QVERIFY(window->openPost(m_post));
        window->snapshots()->setDebounceInterval(0);
        QTRY_COMPARE(window->insights()->findingsModel()->rowCount(), 10);
        emit window->insights()->lineActivated(81, 56);
        QCOMPARE(window->editor()->textCursor().blockNumber(), 80);
        QCOMPARE(window->editor()->textCursor().positionInBlock(), 55);
    }

    // A new post has no title yet: the doctor says nothing until the writer
    // types, then names what is missing.
    void doctorWaitsForTheNewPostsText()
    {
        auto window = makeWindow(QMessageBox::Discard);
        window->snapshots()->setDebounceInterval(0);
        QVERIFY(window->openPost(m_post));
        QTRY_COMPARE(window->insights()->findingsModel()->rowCount(), 10);
        window->newPost();
        QTRY_COMPARE(window->insights()->findingsModel()->rowCount(), 0);
        QTest::qWait(300);
        QCOMPARE(window->insights()->findingsModel()->rowCount(), 0);
        window->editor()->moveCursor(QTextCursor::End);
        window->editor()->insertPlainText("Some words.");
        const auto codes = [&] {
            QStringList out;
            for (const Finding &f : window->insights()->findingsModel()->findings())
                out << f.code;
            return out;
        };
        QTRY_VERIFY(codes().contains("missing-title"));
    }

    void typingUpdatesThePreview()
    {
        auto window = makeWindow(QMessageBox::Discard);
        window->resize(1200, 800);
        window->show();
        QVERIFY(window->openPost(m_post));
        window->editor()->moveCursor(QTextCursor::End);
        QTest::keyClick(window->editor(), Qt::Key_Return);
        QTest::keyClick(window->editor(), Qt::Key_Return);
        QTest::keyClicks(window->editor(), "Zebra crossing paragraph");
        // Callbacks may still run while the page is torn down: share, don't reference.
        auto body = std::make_shared<QString>();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                window->preview()->page()->runJavaScript("document.body ? document.body.innerText : ''",
                                                         [body](const QVariant &v) { *body = v.toString(); });
                return body->contains("Zebra crossing paragraph");
            }(),
            20000);
        QVERIFY(body->contains("Why Open-Source AI is the Future of Technology"));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_mainwindow.moc"
