// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's panes around the editor: the sidebar, the status bar and the
// writing tools, and how they follow the editor and each other.
#include "mainwindow.h"

#include "editor/markdowneditor.h"
#include "form/frontmatterform.h"
#include "insights/insightspanel.h"
#include "snapshot/snapshotbuilder.h"
#include "preview/previewview.h"
#include "sitepreview/previewpane.h"
#include "project/projectpanel.h"
#include "project/sitesession.h"
#include "site/sitelanguage.h"

#include <QDockWidget>
#include <QRegularExpression>
#include <QSplitter>
#include <QLabel>
#include <QScrollBar>
#include <QStatusBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>

namespace postwright {

void MainWindow::createProjectPanel()
{
    m_project = new ProjectPanel(m_splitter);
    m_project->setAccessibleName(tr("Site"));
    m_project->setAccessibleDescription(tr("The posts, tags and categories of the open site"));
    m_project->setChangeGuard(
        [this](const QString &path) { return !m_session->isOpen(path) || m_session->confirmDiscardBeforeWrite(); });
    // While a bulk edit writes the open post, it is not edited here: the
    // editor and the form show it, and follow it once written.
    const auto lockWrittenPost = [this] {
        const bool locked = !m_session->isUntitled() && m_project->session()->isBulkEditing(m_session->path());
        m_editor->setReadOnly(locked);
        m_form->setEnabled(!locked);
    };
    connect(m_project->session(), &SiteSession::bulkEditStarted, this, lockWrittenPost);
    connect(m_project->session(), &SiteSession::bulkEditFinished, this, lockWrittenPost);
    connect(m_session, &PostSession::loaded, this, lockWrittenPost);
    connect(m_project, &ProjectPanel::openPostRequested, this, [this](const QString &path) {
        if (!m_session->isOpen(path) && confirmDiscard())
            openPost(path);
    });
    connect(m_project, &ProjectPanel::siteOpened, this, [this] {
        m_siteLanguage = siteLanguage(m_project->config());
        updateSpellLanguage();
        // The preview may load the site's files (static images...), nothing else.
        m_preview->setSiteRoot(m_project->siteRoot());
        // The preview shows the post in the site's header and footer, as export.
        m_preview->setPublishedSite(publishedSite(m_project->index()));
        m_previewPane->setSite(m_project->siteRoot());
        if (!m_session->isUntitled())
            m_project->updateOpenPost(m_session->path(), m_session->lastEdit());
        if (m_startPageWhenIndexed)
            showStartPage();
    });
    connect(m_project, &ProjectPanel::indexFailed, this, [this](const QString &message) {
        m_startPageWhenIndexed = false;
        statusBar()->showMessage(message, 8000);
    });
    connect(m_project, &ProjectPanel::termsChanged, this, [this](const QStringList &tags, const QStringList &categories) {
        m_form->setTermCompletions(tags, categories);
    });
    connect(m_project, &ProjectPanel::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_project, &ProjectPanel::postMoved, this, &MainWindow::followMovedPost);
    connect(m_project, &ProjectPanel::postRemoved, this, &MainWindow::dropRemovedPost);
}

void MainWindow::createStatusBar()
{
    m_wordsLabel = new QLabel(this);
    m_wordsLabel->setObjectName(QStringLiteral("wordsLabel"));
    m_positionLabel = new QLabel(this);
    m_encodingButton = new QToolButton(this);
    m_lineEndingButton = new QToolButton(this);
    for (QToolButton *button : {m_encodingButton, m_lineEndingButton}) {
        button->setAutoRaise(true);
        button->setPopupMode(QToolButton::InstantPopup);
    }
    m_encodingButton->setAccessibleName(tr("Encoding"));
    m_lineEndingButton->setAccessibleName(tr("Line endings"));
    statusBar()->addWidget(m_wordsLabel, 1);
    statusBar()->addPermanentWidget(m_positionLabel);
    statusBar()->addPermanentWidget(m_encodingButton);
    statusBar()->addPermanentWidget(m_lineEndingButton);
    m_spellLabel = new QLabel(this);
    m_spellLabel->setAccessibleName(tr("Spell-check language"));
    statusBar()->addPermanentWidget(m_spellLabel);
    createEncodingMenus();
}

void MainWindow::updateWords()
{
    QString words = tr("%n words", nullptr, m_postStats.words) + QStringLiteral(" · ")
                    + tr("%n min read", nullptr, m_postStats.readingMinutes);
    if (m_selectionStats) {
        words += QStringLiteral("   ") + tr("Selection: %n words", nullptr, m_selectionStats->words) + QStringLiteral(" · ")
                 + tr("%n min", nullptr, m_selectionStats->readingMinutes);
    }
    m_wordsLabel->setText(words);
}

// What follows the cursor, cheap enough for every keystroke: the counts
// come with the snapshot (updateWords).
void MainWindow::updateStatus()
{
    const Post &post = m_session->lastEdit();
    const QTextCursor cursor = m_editor->textCursor();
    m_positionLabel->setText(tr("Line %1, Column %2").arg(cursor.blockNumber() + 1).arg(cursor.positionInBlock() + 1));
    m_encodingButton->setText(encodingName(post.encoding(), post.hasBom()));
    m_lineEndingButton->setText(lineEndingName(post.lineEnding()));
}

int MainWindow::repairEncoding()
{
    const MojibakeRepair repair = m_session->repairEncoding();
    QString message = repair.repaired > 0 ? tr("Repaired %n garbled character(s).", nullptr, repair.repaired)
                                          : tr("No garbled characters to repair.");
    if (!repair.unrepairable.isEmpty())
        message += QLatin1Char(' ') + tr("%n could not be repaired exactly (a byte was lost); the doctor lists them.",
                                         nullptr, int(repair.unrepairable.size()));
    if (!repair.kept.isEmpty())
        message += QLatin1Char(' ') + tr("%n left as written (in code, or a BOM inside the text); the doctor lists them.", nullptr,
                                         int(repair.kept.size()));
    statusBar()->showMessage(message, 10000);
    return repair.repaired;
}

void MainWindow::createWritingTools()
{
    // Writing tools: the doctor, the outline and statistics, in a dock below.
    // One snapshot of each edit (one parse, one render) for the preview
    // and the writing tools.
    m_snapshots = new SnapshotBuilder(this);
    m_preview->setSnapshotBuilder(m_snapshots);
    m_insights = new InsightsPanel(this);
    m_toolsDock = new QDockWidget(tr("Writing Tools"), this);
    m_toolsDock->setObjectName(QStringLiteral("writingToolsDock"));
    m_toolsDock->setWidget(m_insights);
    m_toolsDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea | Qt::LeftDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_toolsDock);
    // A strip under the editor, not half the window (a saved layout wins).
    resizeDocks({m_toolsDock}, {170}, Qt::Vertical);
    connect(m_snapshots, &SnapshotBuilder::snapshotReady, this, [this](const SnapshotPtr &snapshot) {
        if (!snapshot->complete)
            return;
        const PostSnapshot &analysis = *snapshot;
        m_insights->showSnapshot(analysis, m_session->isUntitled() && !m_session->document()->isModified());
        // The status bar's counts come from the snapshot (counted off the GUI thread).
        m_postStats = analysis.statistics;
        updateWords();
        // Point out garbled text once per post: the fix is one click away.
        const bool garbled = std::any_of(analysis.findings.cbegin(), analysis.findings.cend(),
                                         [](const Finding &f) { return f.code == QLatin1String("mojibake"); });
        if (garbled && m_mojibakeNoticeFor != m_session->path()) {
            m_mojibakeNoticeFor = m_session->path();
            m_toolsDock->show();
            statusBar()->showMessage(tr("This post has garbled characters (like â€“ for –): "
                                        "Edit → Repair Encoding fixes them in one step."), 15000);
        }
    });
    connect(m_insights, &InsightsPanel::lineActivated, this, [this](int line, int column) {
        m_editor->goToLine(line - 1);
        QTextCursor cursor = m_editor->textCursor();
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::max(0, column - 1));
        m_editor->setTextCursor(cursor);
        m_preview->scrollToLine(line);
    });
    connect(m_insights, &InsightsPanel::repairEncodingRequested, this, &MainWindow::repairEncoding);
}

void MainWindow::connectEditor()
{
    connect(m_editor, &MarkdownEditor::spellStatusChanged, this, [this] { m_spellLabel->setText(m_editor->spellStatusText()); });
    connect(m_editor, &MarkdownEditor::spellMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_editor, &QPlainTextEdit::selectionChanged, this,
            [this] { m_insights->setSelection(m_editor->textCursor().selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'))); });
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &MainWindow::updateStatus);
    connect(m_editor, &QPlainTextEdit::selectionChanged, this, [this] {
        // Counted when the selection changes, not when the cursor moves.
        const QTextCursor cursor = m_editor->textCursor();
        m_selectionStats = cursor.hasSelection() ? std::optional<TextStats>(textStats(cursor.selectedText())) : std::nullopt;
        updateWords();
    });
    connect(m_form, &FrontMatterForm::fieldEdited, this, &MainWindow::setField);
    connect(m_form, &FrontMatterForm::fieldRemoved, this, &MainWindow::removeField);
    connect(m_editor, &MarkdownEditor::imageDropped, this, &MainWindow::insertImage);
    connect(m_editor, &MarkdownEditor::imagePasted, this, &MainWindow::pasteImage);

    // Scroll sync both ways; the guard stops the two from chasing each other.
    connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (!m_scrollSyncing) {
            m_preview->scrollToLine(m_editor->firstVisibleLine() + 1);
            m_previewPane->scrollToLine(m_editor->firstVisibleLine() + 1);
        }
    });
    connect(m_preview, &PreviewView::topLineChanged, this, [this](int line) {
        m_scrollSyncing = true;
        m_editor->scrollToLine(line - 1);
        QTimer::singleShot(50, this, [this] { m_scrollSyncing = false; });
    });
    connect(m_preview, &PreviewView::lineClicked, this, [this](int line) { m_editor->goToLine(line - 1); });
    connect(m_preview, &PreviewView::taskToggled, this, [this](int line, bool checked) {
        const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
        const qsizetype box = block.text().indexOf(QRegularExpression(QStringLiteral(R"(\[[ xX]\])")));
        if (!block.isValid() || box < 0 || m_editor->isReadOnly())
            return;
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + int(box) + 1);
        cursor.setPosition(block.position() + int(box) + 2, QTextCursor::KeepAnchor);
        cursor.insertText(checked ? QStringLiteral("x") : QStringLiteral(" "));
    });
}

} // namespace postwright
