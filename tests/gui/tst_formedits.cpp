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
#include <QLineEdit>
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
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_FormEdits test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_formedits.moc"
