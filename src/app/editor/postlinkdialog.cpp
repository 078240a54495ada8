// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/postlinkdialog.h"

#include "editor/markdowneditor.h"
#include "editor/postlinker.h"
#include "markdown/postlink.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace postwright {
namespace {

constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kMaxListed = 500;

} // namespace

PostLinkDialog::PostLinkDialog(PostLinker *linker, QWidget *parent)
    : QDialog(parent)
    , m_linker(linker)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Link to Post"));
    setObjectName(QStringLiteral("postLinkDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Find a post by title or path:"), this);
    label->setBuddy(m_filter);
    layout->addWidget(label);
    m_filter->setAccessibleName(tr("Post title or path"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_list->setAccessibleName(tr("Posts"));
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Insert Link"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_filter, &QLineEdit::textChanged, this, &PostLinkDialog::showMatches);
    connect(m_list, &QListWidget::currentRowChanged, buttons->button(QDialogButtonBox::Ok),
            [this, buttons](int row) { buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    m_filter->installEventFilter(this);
    resize(480, 420);
    showMatches();
    m_filter->setFocus();
}

void PostLinkDialog::showMatches()
{
    m_list->clear();
    for (const PostRecord &post : m_linker->matches(m_filter->text(), kMaxListed)) {
        auto *item = new QListWidgetItem(post.title + QStringLiteral("  —  ") + post.path, m_list);
        item->setData(kPathRole, post.path);
    }
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
}

bool PostLinkDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the search field move through the list.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

std::optional<PostRecord> PostLinkDialog::chosen() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? m_linker->post(item->data(kPathRole).toString()) : std::nullopt;
}

void PostLinkDialog::insertInto(MarkdownEditor *editor, PostLinker *linker, QWidget *parent,
                                const std::function<void(const QString &)> &message)
{
    if (!linker->hasPosts()) {
        message(tr("Open a site folder to link to its posts."));
        return;
    }
    PostLinkDialog dialog(linker, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<PostRecord> post = dialog.chosen();
    if (!post)
        return;
    const PostLink link = linker->linkTo(*post);
    if (!link.problem.isEmpty()) {
        message(link.problem);
        return;
    }
    // The selection (on one line) is the link's text, else the title.
    const QTextCursor cursor = editor->textCursor();
    const QString selected = cursor.selectedText();
    markdown::TextEdit edit;
    edit.start = cursor.selectionStart();
    edit.end = cursor.selectionEnd();
    edit.replacement = selected.isEmpty() || selected.contains(QChar::ParagraphSeparator)
                           ? markdown::postLinkMarkdown(link.title, link.url)
                           : QLatin1Char('[') + selected + QStringLiteral("](") + link.url + QLatin1Char(')');
    edit.selectionStart = edit.selectionEnd = edit.start + edit.replacement.size();
    editor->applyEdit(edit);
    if (!link.note.isEmpty())
        message(link.note);
}

} // namespace postwright
