// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The front-matter form as a writer uses it: its tags are the terms the site
// sees (core's rule, per the site's kind), and an edit in it is one step in
// the editor's history that the form itself is not rebuilt by.
#include "editor/markdowneditor.h"
#include "form/chipeditor.h"
#include "form/frontmatterform.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/testfiles.h"

using namespace postwright;
using namespace postwright::testing;

class tst_FormEdits final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->setRecoveryFolder(m_dir.filePath("recovery"));
        window->setAsker([](const QString &, const QString &, QMessageBox::StandardButtons) { return QMessageBox::Discard; });
        return window;
    }

    static ChipEditor *tagsOf(const MainWindow &window)
    {
        return qobject_cast<ChipEditor *>(window.form()->editorFor("tags"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("PostwrightTests");
        QCoreApplication::setApplicationName("tst_formedits");
    }

    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    // Hugo keeps a taxonomy string whole: "machine learning" is one term in
    // the sidebar and the export, so it is one chip, and stays one term.
    void hugoTagStringIsOneChip()
    {
        writeFile(m_dir.filePath("site/hugo.toml"), "title = \"Blog\"\n");
        const QString post = m_dir.filePath("site/content/posts/ml.md");
        writeFile(post, "---\ntitle: ML\ntags: machine learning\n---\nBody\n");
        auto window = makeWindow();
        QVERIFY(window->openPost(post));
        ChipEditor *tags = tagsOf(*window);
        QVERIFY(tags);
        QCOMPARE(tags->items(), QStringList({"machine learning"}));
        tags->lineEdit()->setText("ai");
        emit tags->lineEdit()->returnPressed();
        QCOMPARE(window->post().text(), QString("---\ntitle: ML\ntags: [machine learning, ai]\n---\nBody\n"));
        QCOMPARE(tags->items(), QStringList({"machine learning", "ai"}));
    }

    // Jekyll splits a tags string at spaces: "a b" is two tags, and a chip
    // added keeps the string form.
    void jekyllTagStringIsSplit()
    {
        writeFile(m_dir.filePath("site/_config.yml"), "title: Blog\n");
        const QString post = m_dir.filePath("site/_posts/2024-01-02-hello.md");
        writeFile(post, "---\ntitle: Hello\ntags: a b\n---\nBody\n");
        auto window = makeWindow();
        QVERIFY(window->openPost(post));
        ChipEditor *tags = tagsOf(*window);
        QVERIFY(tags);
        QCOMPARE(tags->items(), QStringList({"a", "b"}));
        tags->lineEdit()->setText("c");
        emit tags->lineEdit()->returnPressed();
        QCOMPARE(window->post().text(), QString("---\ntitle: Hello\ntags: a b c\n---\nBody\n"));
    }

    // The form writes what postwright-cli set writes for the same edits:
    // both go through Post::setField.
    void formWritesWhatTheCliWrites()
    {
        const QByteArray original = "---\ntitle: 'Old'   # keep this comment\ndraft: false\ntags: [a, b]\n---\nBody\n";
        const QString post = m_dir.filePath("blog/post.md");
        const QString twin = m_dir.filePath("cli/post.md");
        writeFile(post, original);
        writeFile(twin, original);
        auto window = makeWindow();
        QVERIFY(window->openPost(post));
        auto *title = qobject_cast<QLineEdit *>(window->form()->editorFor("title"));
        title->setText("It's \"new\": #1");
        emit title->editingFinished();
        qobject_cast<QCheckBox *>(window->form()->editorFor("draft"))->setChecked(true);
        tagsOf(*window)->lineEdit()->setText("c d");
        emit tagsOf(*window)->lineEdit()->returnPressed();
        QVERIFY(window->save());

        QProcess cli;
        cli.start(POSTWRIGHT_CLI, {"set", twin, "title=It's \"new\": #1", "draft=true", "tags=[a, b, c d]"});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(readAll(post), readAll(twin));
        QVERIFY(readAll(post).contains("# keep this comment"));
    }

    // One Ctrl+Z in the editor takes back a form edit, and only it.
    void formEditIsOneUndoStep()
    {
        const QString post = m_dir.filePath("blog/post.md");
        writeFile(post, "---\ntitle: Old\ntags: [a]\n---\nBody\n");
        auto window = makeWindow();
        window->show();
        QVERIFY(window->openPost(post));
        window->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window->editor(), "Typed.");
        const QString typed = window->post().text();
        QCOMPARE(typed, QString("---\ntitle: Old\ntags: [a]\n---\nBody\nTyped."));
        tagsOf(*window)->lineEdit()->setText("new tag, other");
        emit tagsOf(*window)->lineEdit()->returnPressed();
        QCOMPARE(window->post().text(), QString("---\ntitle: Old\ntags: [a, new tag, other]\n---\nBody\nTyped."));

        window->editor()->setFocus();
        QTest::keyClick(window->editor(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window->post().text(), typed);
        QTRY_COMPARE(tagsOf(*window)->items(), QStringList({"a"}));
        QTest::keyClick(window->editor(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window->post().text(), QString("---\ntitle: Old\ntags: [a]\n---\nBody\n"));
    }

    // The form is not given back its own edit: the summary the user just
    // left keeps its cursor and its own undo history, and a field edited
    // with Enter keeps the focus and the cursor.
    void formIsNotEchoedItsOwnEdit()
    {
        const QString post = m_dir.filePath("blog/post.md");
        writeFile(post, "---\ntitle: Old\nseries: one\n---\nBody\n");
        auto window = makeWindow();
        window->show();
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QVERIFY(window->openPost(post));

        auto *summary = qobject_cast<QPlainTextEdit *>(window->form()->editorFor("summary"));
        QVERIFY(summary);
        summary->setFocus();
        QTRY_VERIFY(summary->hasFocus());
        QTest::keyClicks(summary, "A short summary");
        QTextCursor cursor = summary->textCursor();
        cursor.setPosition(7);
        summary->setTextCursor(cursor);
        auto *title = qobject_cast<QLineEdit *>(window->form()->editorFor("title"));
        title->setFocus();   // leaving the summary writes it
        QTRY_VERIFY(window->post().text().contains("summary: A short summary\n"));
        QCOMPARE(summary->textCursor().position(), 7);
        QVERIFY(summary->document()->isUndoAvailable());

        QWidget *series = window->form()->editorFor("series");
        auto *seriesLine = qobject_cast<QLineEdit *>(series);
        QVERIFY(seriesLine);
        seriesLine->setFocus();
        QTRY_VERIFY(seriesLine->hasFocus());
        seriesLine->selectAll();
        QTest::keyClicks(seriesLine, "two parts");
        seriesLine->setCursorPosition(3);
        QTest::keyClick(seriesLine, Qt::Key_Return);
        QVERIFY(window->post().text().contains("series: two parts\n"));
        QCOMPARE(window->form()->editorFor("series"), series);   // not rebuilt
        QVERIFY(seriesLine->hasFocus());
        QCOMPARE(seriesLine->cursorPosition(), 3);
        QVERIFY(seriesLine->isUndoAvailable());
    }

    // The form's rows never overlap: after a post with many tags and fields,
    // a post with few (and back), at a narrow and a wide window, the Draft
    // and Slug row sits below the Summary and above the tags, all visible.
    void switchingPostsShowsEachInFullWithoutOverlap()
    {
        writeFile(m_dir.filePath("site/hugo.toml"), "title = \"Blog\"\n");
        QByteArray many = "---\ntitle: Many\nsummary: A summary\ntags: [";
        for (int i = 0; i < 40; ++i)
            many += (i ? ", " : "") + QByteArray("tag-number-") + QByteArray::number(i);
        many += "]\ncategories: [one, two, three]\n";
        for (int i = 0; i < 12; ++i)
            many += "extra" + QByteArray::number(i) + ": value " + QByteArray::number(i) + "\n";
        many += "---\nBody\n";
        const QString a = m_dir.filePath("site/content/posts/many.md");
        const QString b = m_dir.filePath("site/content/posts/few.md");
        writeFile(a, many);
        writeFile(b, "---\ntitle: Few\n---\nBody\n");
        auto window = makeWindow();
        window->resize(1100, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const auto check = [&](const char *where) {
            QApplication::processEvents();
            QTest::qWait(50);
            QWidget *summary = window->form()->editorFor("summary");
            QWidget *draft = window->form()->editorFor("draft");
            QWidget *slug = window->form()->editorFor("slug");
            QWidget *tags = window->form()->editorFor("tags");
            QVERIFY2(summary && draft && slug && tags, where);
            const auto rect = [&](QWidget *w) { return QRect(w->mapTo(window->form(), QPoint(0, 0)), w->size()); };
            QVERIFY2(rect(draft).top() >= rect(summary).bottom(), where);
            QVERIFY2(rect(slug).top() >= rect(summary).bottom(), where);
            QVERIFY2(rect(tags).top() >= rect(draft).bottom(), where);
            QVERIFY2(rect(tags).top() >= rect(slug).bottom(), where);
        };
        QVERIFY(window->openPost(a));
        check("many");
        // The title field has the focus (as after New Post or a click in
        // it) while another post opens: it shows that post's title.
        auto *title = qobject_cast<QLineEdit *>(window->form()->editorFor("title"));
        title->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return title->hasFocus(); }));
        QCOMPARE(title->text(), QString("Many"));
        QVERIFY(window->openPost(b));
        check("few after many");
        QCOMPARE(title->text(), QString("Few"));
        QVERIFY(window->openPost(a));
        check("many again");
        window->resize(700, 800);
        check("many, narrow");
        QVERIFY(window->openPost(b));
        check("few, narrow");
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_FormEdits test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_formedits.moc"
