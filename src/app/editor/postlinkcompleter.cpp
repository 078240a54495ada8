// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/postlinkcompleter.h"

#include "editor/postlinker.h"
#include "editor/markdownhighlighter.h"
#include "markdown/postlink.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>

namespace postwright {
namespace {

constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kMaxShown = 20;

} // namespace

PostLinkCompleter::PostLinkCompleter(QPlainTextEdit *editor, PostLinker *linker, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_linker(linker)
    , m_completer(new QCompleter(this))
    , m_model(new QStandardItemModel(this))
{
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(editor);
    m_completer->setMaxVisibleItems(10);
    m_completer->popup()->setAccessibleName(tr("Posts to link to"));
    m_completer->popup()->installEventFilter(this);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &PostLinkCompleter::choose);
    // Typing asks; an edit made elsewhere (the form, an undo, a load) does not.
    m_editor->installEventFilter(this);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &PostLinkCompleter::refresh);
    // The cursor moved away from what was typed (arrow keys, a click).
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (isShowing())
            refresh();
    });
}

bool PostLinkCompleter::isShowing() const
{
    return m_completer->popup()->isVisible();
}

bool PostLinkCompleter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_editor) {
        m_typed = !key->text().isEmpty();
    } else if (watched == m_completer->popup()) {
        // Before QCompleter, which would hand Enter to the editor first
        // (a new line) and only then complete.
        switch (key->key()) {
        case Qt::Key_Escape:
            m_dismissedBracket = m_bracket;
            hide();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Tab:
            choose(m_completer->popup()->currentIndex());
            return true;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void PostLinkCompleter::hide()
{
    m_bracket = -1;
    m_completer->popup()->hide();
}

void PostLinkCompleter::refresh()
{
    if (!m_typed && !isShowing())
        return;
    m_typed = false;
    const QTextCursor cursor = m_editor->textCursor();
    const QTextBlock block = cursor.block();
    const QString line = block.text();
    const auto query = markdown::postLinkQuery(QStringView(line).first(cursor.positionInBlock()),
                                               QStringView(line).sliced(cursor.positionInBlock()));
    if (cursor.hasSelection() || !query || !MarkdownHighlighter::startsInMarkdown(block) || !m_linker->hasPosts())
        return hide();
    const int bracket = block.position() + int(query->bracket);
    if (bracket == m_dismissedBracket)
        return hide();
    const QList<PostRecord> posts = m_linker->matches(query->text, kMaxShown);
    if (posts.isEmpty())
        return hide();
    m_bracket = bracket;
    // Rows replaced in place: emptying the model would hide the popup and
    // show it again at each key.
    m_model->setRowCount(int(posts.size()));
    for (int row = 0; row < posts.size(); ++row) {
        auto *item = new QStandardItem(posts.at(row).title);
        item->setData(posts.at(row).path, kPathRole);
        item->setToolTip(posts.at(row).path);
        m_model->setItem(row, item);
    }
    // Under the "[", as wide as the titles.
    QTextCursor atBracket(m_editor->document());
    atBracket.setPosition(bracket);
    QRect rect = m_editor->cursorRect(atBracket);
    rect.setWidth(std::max(320, m_completer->popup()->sizeHintForColumn(0)
                                    + m_completer->popup()->verticalScrollBar()->sizeHint().width()));
    m_completer->complete(rect);
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void PostLinkCompleter::choose(const QModelIndex &index)
{
    const std::optional<PostRecord> post = m_linker->post(index.data(kPathRole).toString());
    const int bracket = m_bracket;
    hide();
    QTextCursor cursor = m_editor->textCursor();
    if (!post || bracket < 0 || bracket >= cursor.position()
        || m_editor->document()->characterAt(bracket) != QLatin1Char('['))
        return;
    const PostLink link = m_linker->linkTo(*post);
    if (!link.problem.isEmpty()) {
        emit message(link.problem);
        return;
    }
    cursor.beginEditBlock();
    cursor.setPosition(bracket, QTextCursor::KeepAnchor);
    cursor.insertText(markdown::postLinkMarkdown(link.title, link.url));
    cursor.endEditBlock();
    m_editor->setTextCursor(cursor);
    if (!link.note.isEmpty())
        emit message(link.note);
}

} // namespace postwright
