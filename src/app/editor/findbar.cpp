// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/findbar.h"

#include "editor/markdowneditor.h"
#include "ui_findbar.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace postwright {
namespace {

// A post shorter than this is searched again at every keystroke.
constexpr int instantSearchLength = 100000;

bool startsBefore(const TextMatch &match, qsizetype position)
{
    return match.start < position;
}

} // namespace

FindBar::FindBar(MarkdownEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FindBar>())
    , m_editor(editor)
{
    m_ui->setupUi(this);
    m_ui->replaceInSiteButton->setVisible(false);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(150);
    connect(&m_searchTimer, &QTimer::timeout, this, &FindBar::search);
    connect(m_ui->findEdit, &QLineEdit::textChanged, this, &FindBar::searchSoon);
    connect(m_ui->findEdit, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    connect(m_ui->replaceEdit, &QLineEdit::returnPressed, this, &FindBar::replaceCurrent);
    connect(m_ui->nextButton, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(m_ui->previousButton, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(m_ui->replaceButton, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(m_ui->replaceAllButton, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(m_ui->replaceInSiteButton, &QPushButton::clicked, this, [this] { emit replaceInSiteRequested(query()); });
    connect(m_ui->closeButton, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    for (QCheckBox *box : {m_ui->caseBox, m_ui->wordBox, m_ui->regexBox})
        connect(box, &QCheckBox::toggled, this, &FindBar::search);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (isVisible())
            searchSoon();
    });
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (isVisible())
            updateCount();
    });
    connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { updateHighlights(); });
    m_editor->viewport()->installEventFilter(this);
}

FindBar::~FindBar() = default;

void FindBar::showFind(bool withReplace)
{
    m_ui->replaceEdit->setVisible(withReplace);
    m_ui->replaceButton->setVisible(withReplace);
    m_ui->replaceAllButton->setVisible(withReplace);
    m_ui->replaceInSiteButton->setVisible(withReplace && m_siteAvailable);
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_ui->findEdit->setText(selected);
    show();
    (withReplace && !m_ui->findEdit->text().isEmpty() ? m_ui->replaceEdit : m_ui->findEdit)->setFocus();
    m_ui->findEdit->selectAll();
    search();
}

void FindBar::setSiteAvailable(bool available)
{
    m_siteAvailable = available;
    m_ui->replaceInSiteButton->setVisible(available && m_ui->replaceEdit->isVisible() && isVisible());
}

void FindBar::setQuery(const QString &text, bool caseSensitive, bool wholeWord, bool regex)
{
    m_ui->caseBox->setChecked(caseSensitive);
    m_ui->wordBox->setChecked(wholeWord);
    m_ui->regexBox->setChecked(regex);
    m_ui->findEdit->setText(text);
    search();
}

void FindBar::setReplacement(const QString &text)
{
    m_ui->replaceEdit->setText(text);
}

SearchQuery FindBar::query() const
{
    SearchQuery query;
    query.text = m_ui->findEdit->text();
    query.caseSensitive = m_ui->caseBox->isChecked();
    query.wholeWord = m_ui->wordBox->isChecked();
    query.regex = m_ui->regexBox->isChecked();
    query.replacement = m_ui->replaceEdit->text();
    return query;
}

void FindBar::search()
{
    m_searchTimer.stop();
    const SearchQuery current = query();
    const TextMatches found = current.text.isEmpty() ? TextMatches{}
                                                      : findMatches(m_editor->toPlainText(), searchPattern(current), maxMatches);
    m_matches = found.matches;
    m_truncated = found.truncated;
    m_gaveUp = found.gaveUp;
    updateCount();
    updateHighlights(true);
}

void FindBar::searchSoon()
{
    // In a long post, typing (in the post or the field) searches once it pauses.
    if (m_editor->document()->characterCount() < instantSearchLength)
        search();
    else
        m_searchTimer.start();
}

void FindBar::searchIfDue()
{
    if (m_searchTimer.isActive() || !isVisible())
        search();
}

int FindBar::matchCount() const
{
    return int(m_matches.size());
}

int FindBar::currentMatch() const
{
    const QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection())
        return 0;
    const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), cursor.selectionStart(), startsBefore);
    if (it == m_matches.cend() || it->start != cursor.selectionStart() || it->start + it->length != cursor.selectionEnd())
        return 0;
    return int(it - m_matches.cbegin()) + 1;
}

QString FindBar::countText() const
{
    if (m_ui->findEdit->text().isEmpty())
        return QString();
    const QRegularExpression re = searchPattern(query());
    if (!re.isValid())
        return tr("Invalid pattern");
    // The matches after the place where the search gave up are unknown:
    // the count must not look like all of them (gaveUpLabel says why).
    const QString total = m_truncated || m_gaveUp ? tr("%1+").arg(matchCount()) : QString::number(matchCount());
    if (const int current = currentMatch(); current > 0)
        return tr("%1 of %2", "the match selected of all matches").arg(current).arg(total);
    if (m_truncated || m_gaveUp)
        return tr("%1 matches").arg(total);
    return tr("%n matches", nullptr, matchCount());
}

void FindBar::updateCount()
{
    const QRegularExpression re = searchPattern(query());
    m_ui->countLabel->setToolTip(re.isValid() ? QString() : re.errorString());
    m_ui->countLabel->setText(countText());
    const bool gaveUp = m_gaveUp && !m_ui->findEdit->text().isEmpty() && re.isValid();
    m_ui->gaveUpLabel->setText(gaveUp ? searchGaveUpMessage() : QString());
    m_ui->gaveUpLabel->setVisible(gaveUp);
}

void FindBar::updateHighlights(bool force)
{
    QList<QTextEdit::ExtraSelection> highlights;
    if (isVisible() && !m_matches.isEmpty()) {
        // Only the matches in view are painted (each highlight costs every
        // repaint; pw-bench-find): a scroll that stays within the same lines
        // paints nothing new.
        const QRect view = m_editor->viewport()->rect();
        const int top = m_editor->cursorForPosition(view.topLeft()).block().position();
        const QTextBlock bottom = m_editor->cursorForPosition(view.bottomRight()).block();
        const int end = bottom.position() + bottom.length();
        if (!force && top >= m_painted.first && end <= m_painted.second)
            return;
        m_painted = {top, end};
        QColor color(255, 190, 0);
        color.setAlpha(110);
        auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), m_painted.first, startsBefore);
        for (; it != m_matches.cend() && it->start < m_painted.second && highlights.size() < maxHighlights; ++it) {
            QTextEdit::ExtraSelection selection;
            selection.format.setBackground(color);
            selection.cursor = QTextCursor(m_editor->document());
            selection.cursor.setPosition(int(it->start));
            selection.cursor.setPosition(int(it->start + it->length), QTextCursor::KeepAnchor);
            highlights.append(selection);
        }
    } else {
        m_painted = {};
    }
    m_highlightCount = int(highlights.size());
    m_editor->setFindHighlights(highlights);
}

void FindBar::selectMatch(qsizetype index)
{
    const TextMatch &match = m_matches.at(index);
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(int(match.start));
    cursor.setPosition(int(match.start + match.length), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    updateCount();
}

bool FindBar::findNext(bool backward)
{
    searchIfDue();
    if (m_matches.isEmpty())
        return false;
    const QTextCursor cursor = m_editor->textCursor();
    qsizetype index = 0;
    if (backward) {
        const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), cursor.selectionStart(), startsBefore);
        index = it == m_matches.cbegin() ? m_matches.size() - 1 : (it - m_matches.cbegin()) - 1;
    } else {
        // From the end of the selection: a selected match is passed over.
        const qsizetype from = cursor.hasSelection() ? cursor.selectionStart() + 1 : cursor.position();
        const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), from, startsBefore);
        index = it == m_matches.cend() ? 0 : it - m_matches.cbegin();
    }
    selectMatch(index);
    return true;
}

void FindBar::replaceCurrent()
{
    searchIfDue();
    // Read-only (a bulk edit is writing the post): find only.
    if (m_editor->isReadOnly()) {
        findNext(false);
        return;
    }
    if (const int current = currentMatch(); current > 0) {
        const SearchQuery now = query();
        const TextMatch &match = m_matches.at(current - 1);
        const QRegularExpressionMatch found = searchPattern(now).match(m_editor->toPlainText(), match.start,
                                                                       QRegularExpression::NormalMatch,
                                                                       QRegularExpression::AnchorAtOffsetMatchOption);
        if (found.hasMatch()) {
            QTextCursor cursor = m_editor->textCursor();
            cursor.insertText(expandReplacement(now, found));
            search();
        }
    }
    findNext(false);
}

int FindBar::replaceAll()
{
    const SearchQuery now = query();
    const QRegularExpression re = searchPattern(now);
    if (now.text.isEmpty() || !re.isValid() || m_editor->isReadOnly())
        return 0;
    const QString text = m_editor->toPlainText();
    const TextMatches found = findMatches(text, re, std::numeric_limits<qsizetype>::max(), &now);
    // Replacing only the matches before the place it gave up would look
    // like all of them (the count says why nothing happens).
    if (found.matches.isEmpty() || found.gaveUp)
        return 0;
    // One undo step for the whole replacement.
    m_editor->replaceTextMinimally(replaceMatches(text, found.matches));
    search();
    return int(found.matches.size());
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && (event->modifiers() & Qt::ShiftModifier)) {
        findNext(true);
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_searchTimer.stop();
    m_highlightCount = 0;
    m_painted = {};
    m_editor->setFindHighlights({});
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor->viewport() && event->type() == QEvent::Resize && isVisible())
        updateHighlights(true);
    return QWidget::eventFilter(watched, event);
}

} // namespace postwright
