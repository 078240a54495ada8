// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "post/postpage.h"
#include "preview/previewview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QUrl>

namespace postwright {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    auto *splitter = new QSplitter(this);
    m_editor = new QPlainTextEdit(splitter);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setAccessibleName(tr("Markdown editor"));
    m_preview = new PreviewView(splitter);
    m_preview->setAccessibleName(tr("Preview"));
    splitter->addWidget(m_editor);
    splitter->addWidget(m_preview);
    splitter->setSizes({600, 600});
    setCentralWidget(splitter);

    m_encodingLabel = new QLabel(this);
    m_frontMatterLabel = new QLabel(this);
    statusBar()->addWidget(m_frontMatterLabel, 1);
    statusBar()->addPermanentWidget(m_encodingLabel);

    // Re-render shortly after typing stops, not at every keystroke.
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(150);
    connect(&m_previewTimer, &QTimer::timeout, this, &MainWindow::updatePreview);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &MainWindow::textEdited);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &MainWindow::updateTitle);

    createActions();
    resize(1280, 800);
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QToolBar *toolBar = addToolBar(tr("File"));
    toolBar->setObjectName(QStringLiteral("fileToolBar"));
    QAction *openAction = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this,
                                              &MainWindow::open);
    openAction->setShortcut(QKeySequence::Open);
    QAction *saveAction = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this,
                                              &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    toolBar->addAction(openAction);
    toolBar->addAction(saveAction);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
}

bool MainWindow::openPost(const QString &path)
{
    Result<Post> loaded = Post::load(path);
    if (!loaded) {
        QMessageBox::warning(this, tr("Cannot open the post"), loaded.error().toString());
        return false;
    }
    m_post = std::move(loaded).value();
    {
        const QSignalBlocker blocker(m_editor);
        m_editor->setPlainText(m_post.text());
    }
    m_editor->document()->setModified(false);
    QSettings().setValue(QStringLiteral("session/lastPost"), QFileInfo(path).absoluteFilePath());
    updateTitle();
    updateStatus();
    updatePreview();
    return true;
}

void MainWindow::open()
{
    if (!confirmDiscard())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a post"), QFileInfo(m_post.path()).path(),
                                                      tr("Markdown posts (*.md *.markdown);;All files (*)"));
    if (!path.isEmpty())
        openPost(path);
}

bool MainWindow::save()
{
    const Result<Success> saved = m_post.save();
    if (!saved) {
        QMessageBox::warning(this, tr("Cannot save the post"), saved.error().toString());
        return false;
    }
    m_editor->document()->setModified(false);
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(m_post.path()).fileName()), 3000);
    return true;
}

bool MainWindow::confirmDiscard()
{
    if (!m_editor->document()->isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                              tr("\"%1\" has changes that are not saved. Save them?").arg(m_post.title()),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmDiscard()) {
        event->ignore();
        return;
    }
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

void MainWindow::textEdited()
{
    m_post.setText(m_editor->toPlainText());
    updateStatus();
    m_previewTimer.start();
}

void MainWindow::updatePreview()
{
    const QString html = PageTemplate::defaultTemplate().render(pageDataFor(m_post, renderPost(m_post)));
    m_preview->showPage(html, QUrl::fromLocalFile(QFileInfo(m_post.path()).absolutePath() + QLatin1Char('/')));
}

void MainWindow::updateTitle()
{
    setWindowTitle(QStringLiteral("%1 — %2[*] — Postwright").arg(m_post.title(), QFileInfo(m_post.path()).fileName()));
    setWindowModified(m_editor->document()->isModified());
}

void MainWindow::updateStatus()
{
    m_encodingLabel->setText(tr("%1 · %2").arg(encodingName(m_post.encoding(), m_post.hasBom()),
                                               lineEndingName(m_post.lineEnding())));
    const FrontMatter &fm = m_post.frontMatter();
    if (fm.error)
        m_frontMatterLabel->setText(tr("Front matter error, line %1, column %2: %3")
                                        .arg(fm.error->line)
                                        .arg(fm.error->column)
                                        .arg(fm.error->message));
    else
        m_frontMatterLabel->setText(tr("%1 front matter, %n field(s)", nullptr, int(fm.fields.size()))
                                        .arg(frontMatterFormatName(fm.format())));
}

} // namespace postwright
