// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// An image pasted or dropped into the editor, as a writer does it: the
// image dialog asks for alt text, scales down, converts to WebP, and the
// post gets "![alt](path)".
#include "editor/imageimportdialog.h"
#include "editor/markdowneditor.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "settings/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QDropEvent>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QLabel>
#include <QStatusBar>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

#include "support/testfiles.h"

using namespace postwright;
using namespace postwright::testing;

namespace {

QImage redImage(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(200, 30, 30));
    return image;
}

// Drags a file from the file manager and drops it at the end of the editor.
void dropFile(MarkdownEditor *editor, const QString &file)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    QWidget *viewport = editor->viewport();
    const QPoint at(5, viewport->height() - 5);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
}

} // namespace

class TestImageInsert final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_post;
    bool m_dialogSeen = false;

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->setRecoveryFolder(m_dir.filePath("recovery"));
        window->setAsker([](const QString &, const QString &, QMessageBox::StandardButtons) { return QMessageBox::Discard; });
        window->show();
        if (!window->openPost(m_post))
            return {};
        return window;
    }

    // Runs fill on the image dialog when it opens, then presses Insert.
    void whenDialogOpens(std::function<void(ImageImportDialog *)> fill)
    {
        m_dialogSeen = false;
        QTimer::singleShot(0, this, [this, fill] {
            auto *dialog = qobject_cast<ImageImportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            m_dialogSeen = true;
            fill(dialog);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("PostwrightTests");
        QCoreApplication::setApplicationName("tst_imageinsert");
    }

    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        writeFile(m_dir.filePath("site/hugo.toml"), "title = 'Blog'\n");
        m_post = m_dir.filePath("site/content/posts/cats.md");
        writeFile(m_post, "---\ntitle: Cats\n---\nA photo:\n");
    }

    void pastedImageAsksForAltTextAndScalesDown()
    {
        auto window = openWindow();
        QVERIFY(window);
        QApplication::clipboard()->setImage(redImage({1200, 600}));
        window->editor()->moveCursor(QTextCursor::End);
        QString shownAlt = QStringLiteral("unset");
        whenDialogOpens([&](ImageImportDialog *dialog) {
            auto *alt = dialog->findChild<QLineEdit *>("altText");
            shownAlt = alt->text();
            QVERIFY(!alt->placeholderText().isEmpty());
            QTest::keyClicks(alt, "A red field [at noon]");
            QCOMPARE(dialog->findChild<QLineEdit *>("fileName")->text(), QString("a-red-field-at-noon"));
            dialog->findChild<QCheckBox *>("scaleDown")->setChecked(true);
            dialog->findChild<QSpinBox *>("maxWidth")->setValue(800);
            dialog->findChild<QCheckBox *>("convertWebp")->setChecked(false);
        });
        window->editor()->paste();
        QVERIFY(m_dialogSeen);
        // A pasted image has no name to make alt text of, and none is made up.
        QCOMPARE(shownAlt, QString());
        const QString text = window->editor()->toPlainText();
        QVERIFY2(text.endsWith("A photo:\n![A red field \\[at noon\\]](/images/a-red-field-at-noon.png)"),
                 qPrintable(text));
        QVERIFY(!text.contains("Pasted image"));
        const QString saved = m_dir.filePath("site/static/images/a-red-field-at-noon.png");
        QCOMPARE(QImageReader(saved).size(), QSize(800, 400));
        // The width is remembered for the next image.
        QCOMPARE(AppSettings::imageOption("maxWidth", 0).toInt(), 800);
    }

    void droppedFileGetsAltTextFromItsName()
    {
        const QString source = m_dir.filePath("my-cat_photo.png");
        QVERIFY(redImage({400, 300}).save(source));
        auto window = openWindow();
        QVERIFY(window);
        const bool webp = QImageWriter::supportedImageFormats().contains("webp");
        QString shownAlt;
        bool webpEnabled = false;
        whenDialogOpens([&](ImageImportDialog *dialog) {
            shownAlt = dialog->findChild<QLineEdit *>("altText")->text();
            auto *convert = dialog->findChild<QCheckBox *>("convertWebp");
            webpEnabled = convert->isEnabled();
            convert->setChecked(true);
            dialog->findChild<QCheckBox *>("keepOriginal")->setChecked(true);
        });
        dropFile(window->editor(), source);
        QVERIFY(m_dialogSeen);
        QCOMPARE(shownAlt, QString("My cat photo"));
        QCOMPARE(webpEnabled, webp);
        const QString text = window->editor()->toPlainText();
        const QString suffix = webp ? "webp" : "png";
        QVERIFY2(text.contains("![My cat photo](/images/my-cat-photo." + suffix + ")"), qPrintable(text));
        const QString saved = m_dir.filePath("site/static/images/my-cat-photo." + suffix);
        QVERIFY(QFile::exists(saved));
        if (webp) {
            QCOMPARE(QImageReader(saved).format(), QByteArray("webp"));
            // The original was kept beside the WebP copy, byte for byte.
            QCOMPARE(readAll(m_dir.filePath("site/static/images/my-cat-photo.png")), readAll(source));
        }
    }

    // Red team: a name the user types with "#", "(" and a space, and alt
    // text with a backslash and brackets: the inserted Markdown is one image
    // whose path leads to the saved file (a "#" would start a fragment, an
    // unbalanced "(" would end the link).
    void typedNameWithHashAndParenthesisIsOneImage()
    {
        auto window = openWindow();
        QVERIFY(window);
        QApplication::clipboard()->setImage(redImage({100, 50}));
        window->editor()->moveCursor(QTextCursor::End);
        whenDialogOpens([&](ImageImportDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>("altText"), "C:\\cats [1]");
            auto *name = dialog->findChild<QLineEdit *>("fileName");
            name->clear();
            QTest::keyClicks(name, "cat#1 (best");
            dialog->findChild<QCheckBox *>("scaleDown")->setChecked(false);
            dialog->findChild<QCheckBox *>("convertWebp")->setChecked(false);
        });
        window->editor()->paste();
        QVERIFY(m_dialogSeen);
        QVERIFY(QFile::exists(m_dir.filePath("site/static/images/cat#1 (best.png")));
        const QString text = window->editor()->toPlainText();
        QVERIFY2(text.endsWith("![C:\\\\cats \\[1\\]](/images/cat%231%20%28best.png)"), qPrintable(text));
    }

    // A file that declares 100,000 × 100,000 pixels: a clear error, nothing inserted or saved.
    void hostileImageIsRefused()
    {
        const QString source = m_dir.filePath("huge.png");
        writeFile(source, readAll(POSTWRIGHT_TEST_DATA "/images/declared-100000x100000.png"));
        auto window = openWindow();
        QVERIFY(window);
        const QString before = window->editor()->toPlainText();
        QString preview;
        whenDialogOpens([&](ImageImportDialog *dialog) {
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                preview += label->text();
        });
        dropFile(window->editor(), source);
        QVERIFY(m_dialogSeen);
        QVERIFY(preview.contains("No preview"));
        QCOMPARE(window->editor()->toPlainText(), before);
        QVERIFY2(window->statusBar()->currentMessage().contains("huge.png: the image is too large to process"),
                 qPrintable(window->statusBar()->currentMessage()));
        QVERIFY(!QDir(m_dir.filePath("site/static/images")).exists()
                || QDir(m_dir.filePath("site/static/images")).isEmpty());
    }

    // Not a check: pictures of the dialog, light and dark, for a person to look at.
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("POSTWRIGHT_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("set POSTWRIGHT_SCREENSHOT_DIR to take screenshots");
        const QString source = m_dir.filePath("my-cat_photo.png");
        QImage image = redImage({1200, 800});
        image.fill(QColor(90, 140, 200));
        QVERIFY(image.save(source));
        for (const bool dark : {false, true}) {
            theme::applyUiTheme(dark ? ThemeChoice::Dark : ThemeChoice::Light);
            ImageImportDialog dialog(readAll(source), source, "my-cat_photo");
            dialog.show();
            QTest::qWait(200);
            dialog.grab().save(QDir(folder).filePath(dark ? "image-dialog-dark.png" : "image-dialog.png"));
        }
        theme::applyUiTheme(ThemeChoice::System);
    }
};

QTEST_MAIN(TestImageInsert)
#include "tst_imageinsert.moc"
