// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/tabletoolbar.h"

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolButton>

namespace postwright {

using markdown::TableAction;

namespace {

// The highlighter's state of a line that ends in plain Markdown (not in
// front matter, a fence, an HTML comment or display math).
constexpr int kNormalState = -1;

} // namespace

TableToolBar::TableToolBar(QPlainTextEdit *editor, QWidget *parent)
    : QToolBar(tr("Table"), parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("tableToolBar"));
    setAccessibleName(tr("Table tools"));
    setIconSize(QSize(16, 16));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addWidget(new QLabel(tr("Table:"), this));
    addTableAction(TableAction::RowAbove, tr("Row Above"), tr("Add a row above this one"), "edit-table-insert-row-above");
    addTableAction(TableAction::RowBelow, tr("Row Below"), tr("Add a row below this one"), "edit-table-insert-row-below");
    addTableAction(TableAction::RemoveRow, tr("Delete Row"), tr("Delete this row"), "edit-table-delete-row");
    addSeparator();
    addTableAction(TableAction::ColumnLeft, tr("Column Left"), tr("Add a column left of this one"),
                   "edit-table-insert-column-left");
    addTableAction(TableAction::ColumnRight, tr("Column Right"), tr("Add a column right of this one"),
                   "edit-table-insert-column-right");
    addTableAction(TableAction::RemoveColumn, tr("Delete Column"), tr("Delete this column"), "edit-table-delete-column");
    addSeparator();
    createAlignMenu();
    addTableAction(TableAction::Format, tr("Format Table"), tr("Line the table's pipes up"), "format-justify-fill");
    m_tooLarge = new QLabel(tr("This table is too large for the table tools (over %L1 rows or %L2 columns).")
                                .arg(markdown::kMaxTableRows)
                                .arg(markdown::kMaxTableColumns),
                            this);
    addWidget(m_tooLarge);
    hide();
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &TableToolBar::updateForCursor);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &TableToolBar::updateForCursor);
}

void TableToolBar::addTableAction(TableAction action, const QString &text, const QString &toolTip, const char *icon)
{
    QAction *entry = addAction(QIcon::fromTheme(QString::fromLatin1(icon)), text);
    entry->setToolTip(toolTip);
    connect(entry, &QAction::triggered, this, [this, action] { apply(action); });
    m_actions.insert(int(action), entry);
}

void TableToolBar::createAlignMenu()
{
    auto *menu = new QMenu(this);
    const std::pair<TableAction, QString> aligns[] = {{TableAction::AlignLeft, tr("Align &Left")},
                                                      {TableAction::AlignCenter, tr("Align &Centre")},
                                                      {TableAction::AlignRight, tr("Align &Right")},
                                                      {TableAction::AlignNone, tr("&No Alignment")}};
    for (const auto &[action, text] : aligns) {
        QAction *entry = menu->addAction(text);
        connect(entry, &QAction::triggered, this, [this, action] { apply(action); });
        m_actions.insert(int(action), entry);
    }
    auto *button = new QToolButton(this);
    button->setText(tr("Align Column"));
    button->setToolTip(tr("Align this column's cells (the delimiter row's colons)"));
    button->setIcon(QIcon::fromTheme(QStringLiteral("format-justify-center")));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setMenu(menu);
    button->setObjectName(QStringLiteral("alignColumnButton"));
    addWidget(button);
}

std::optional<markdown::TableLines> TableToolBar::tableAtCursor() const
{
    QTextDocument *document = m_editor->document();
    const QTextCursor cursor = m_editor->textCursor();
    if (cursor.hasSelection() && document->findBlock(cursor.anchor()) != cursor.block())
        return std::nullopt;
    const markdown::LineSource lines = [document](int line) -> std::optional<QString> {
        const QTextBlock block = document->findBlockByNumber(line);
        if (!block.isValid())
            return std::nullopt;
        return block.text();
    };
    const std::optional<markdown::TableLines> table = markdown::findTable(lines, cursor.blockNumber());
    if (!table)
        return std::nullopt;
    // A table-looking text inside a code block or the front matter is none.
    const QTextBlock before = document->findBlockByNumber(table->firstLine - 1);
    if (before.isValid() && before.userState() != kNormalState)
        return std::nullopt;
    return table;
}

void TableToolBar::updateForCursor()
{
    const std::optional<markdown::TableLines> table = tableAtCursor();
    setVisible(table.has_value());
    if (!table)
        return;
    const int line = m_editor->textCursor().blockNumber() - table->firstLine;
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const auto action = TableAction(it.key());
        const bool header = line <= 1;
        const bool rowAction = action == TableAction::RowAbove || action == TableAction::RemoveRow;
        it.value()->setEnabled(!table->tooLarge && !(header && rowAction));
    }
    m_tooLarge->setVisible(table->tooLarge);
}

bool TableToolBar::apply(TableAction action)
{
    const std::optional<markdown::TableLines> table = tableAtCursor();
    if (!table || table->tooLarge)
        return false;
    QTextDocument *document = m_editor->document();
    const QTextBlock first = document->findBlockByNumber(table->firstLine);
    const QTextBlock last = document->findBlockByNumber(table->firstLine + table->lineCount - 1);
    QStringList lines;
    for (QTextBlock block = first; block.isValid() && block.blockNumber() <= last.blockNumber(); block = block.next())
        lines.append(block.text());
    const QTextCursor cursor = m_editor->textCursor();
    const std::optional<markdown::TableEdit> edit =
        markdown::editTable(lines, cursor.blockNumber() - table->firstLine, cursor.positionInBlock(), action);
    if (!edit)
        return false;
    QTextCursor change(document);
    if (edit->lines != lines) {
        change.beginEditBlock();
        change.setPosition(first.position());
        change.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
        change.insertText(edit->lines.join(QLatin1Char('\n')));
        change.endEditBlock();
    }
    const QTextBlock target = document->findBlockByNumber(table->firstLine + edit->cursorLine);
    change.setPosition(target.position() + std::min(edit->cursorColumn, target.length() - 1));
    m_editor->setTextCursor(change);
    m_editor->ensureCursorVisible();
    m_editor->setFocus();
    return true;
}

} // namespace postwright
