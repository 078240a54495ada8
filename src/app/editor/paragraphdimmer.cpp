// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/paragraphdimmer.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QPainter>
#include <QPlainTextEdit>

namespace postwright {
namespace {

// More lines than any screen shows: the walks over blocks stop there.
constexpr int maxScreenBlocks = 1000;

bool isBlank(const QTextBlock &block)
{
    return block.text().trimmed().isEmpty();
}

} // namespace

ParagraphDimmer::ParagraphDimmer(QPlainTextEdit *editor)
    : QWidget(editor)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("paragraphDimmer"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    // A sibling above the viewport (not its child: the viewport scrolls its children).
    editor->viewport()->installEventFilter(this);
    connect(editor, &QPlainTextEdit::updateRequest, this, [this] { update(); });
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, [this] { update(); });
    followViewport();
}

void ParagraphDimmer::followViewport()
{
    setGeometry(m_editor->viewport()->geometry());
    raise();
}

bool ParagraphDimmer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor->viewport() && (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        followViewport();
    return QWidget::eventFilter(watched, event);
}

std::pair<QTextBlock, QTextBlock> ParagraphDimmer::currentParagraph() const
{
    const QTextBlock current = m_editor->textCursor().block();
    if (isBlank(current))
        return {current, current};
    QTextBlock first = current;
    QTextBlock last = current;
    for (int n = 0; n < maxScreenBlocks && first.previous().isValid() && !isBlank(first.previous()); ++n)
        first = first.previous();
    for (int n = 0; n < maxScreenBlocks && last.next().isValid() && !isBlank(last.next()); ++n)
        last = last.next();
    return {first, last};
}

void ParagraphDimmer::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QColor veil = m_editor->palette().color(QPalette::Base);
    veil.setAlpha(170);
    const auto [first, last] = currentParagraph();
    QAbstractTextDocumentLayout *layout = m_editor->document()->documentLayout();
    QTextBlock block = m_editor->cursorForPosition(QPoint(0, 0)).block();
    for (int n = 0; n < maxScreenBlocks && block.isValid(); ++n, block = block.next()) {
        if (!block.isVisible())
            continue;
        const int top = m_editor->cursorRect(QTextCursor(block)).top();
        if (top > height())
            break;
        const bool inParagraph = block.blockNumber() >= first.blockNumber() && block.blockNumber() <= last.blockNumber();
        if (!inParagraph)
            painter.fillRect(QRectF(0, top, width(), layout->blockBoundingRect(block).height()), veil);
    }
}

} // namespace postwright
