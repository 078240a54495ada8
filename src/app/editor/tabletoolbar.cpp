// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/tabletoolbar.h"

#include "editor/markdownhighlighter.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolButton>

namespace postwright {

using markdown::TableAction;

TableToolBar::TableToolBar(QPlainTextEdit *editor, QWidget *parent)
    : QToolBar(tr("Table"), parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("tableToolBar"));
    setAccessibleName(tr("Table tools"));
    setIconSize(QSize(16, 16));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addWidget(new QLabel(tr("Table:"), this));
    // Grouped so that the strip fits a narrow editor: a click does the
    // common action, the arrow offers the others.
    addGroup(QStringLiteral("rowButton"), tr("Add Row"), "edit-table-insert-row-below", TableAction::RowBelow,
             {{TableAction::RowAbove, tr("Add Row &Above")},
              {TableAction::RowBelow, tr("Add Row &Below")},
              {TableAction::RemoveRow, tr("&Delete Row")}});
    addGroup(QStringLiteral("columnButton"), tr("Add Column"), "edit-table-insert-column-right", TableAction::ColumnRight,
             {{TableAction::ColumnLeft, tr("Add Column &Left")},
              {TableAction::ColumnRight, tr("Add Column &Right")},
              {TableAction::RemoveColumn, tr("&Delete Column")}});
    addGroup(QStringLiteral("alignButton"), tr("Align"), "format-justify-center", std::nullopt,
             {{TableAction::AlignLeft, tr("Align &Left")},
              {TableAction::AlignCenter, tr("Align &Centre")},
              {TableAction::AlignRight, tr("Align &Right")},
              {TableAction::AlignNone, tr("&No Alignment")}});
    QAction *format = addAction(QIcon::fromTheme(QStringLiteral("format-justify-fill")), tr("Format Table"));
    format->setToolTip(tr("Line the table's pipes up"));
    connect(format, &QAction::triggered, this, [this] { apply(TableAction::Format); });
    m_actions.insert(int(TableAction::Format), format);
    m_tooLarge = new QLabel(tr("This table is too large for the table tools (over %L1 rows or %L2 columns).")
                                .arg(markdown::kMaxTableRows)
                                .arg(markdown::kMaxTableColumns),
                            this);
    m_tooLargeAction = addWidget(m_tooLarge);
    hide();
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &TableToolBar::updateForCursor);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &TableToolBar::updateForCursor);
}

void TableToolBar::addGroup(const QString &name, const QString &text, const char *icon,
                            std::optional<TableAction> click, const QList<std::pair<TableAction, QString>> &entries)
{
    auto *menu = new QMenu(this);
    for (const auto &[action, entryText] : entries) {
        QAction *entry = menu->addAction(entryText);
        connect(entry, &QAction::triggered, this, [this, action] { apply(action); });
        m_actions.insert(int(action), entry);
    }
    auto *button = new QToolButton(this);
    button->setObjectName(name);
    button->setText(text);
    button->setIcon(QIcon::fromTheme(QString::fromLatin1(icon)));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setMenu(menu);
    button->setAccessibleName(text);
    if (click) {
        button->setPopupMode(QToolButton::MenuButtonPopup);
        button->setToolTip(m_actions.value(int(*click))->text().remove(QLatin1Char('&')));
        connect(button, &QToolButton::clicked, this, [this, action = *click] { apply(action); });
    } else {
        button->setPopupMode(QToolButton::InstantPopup);
    }
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
    if (!MarkdownHighlighter::startsInMarkdown(document->findBlockByNumber(table->firstLine)))
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
    // A toolbar shows and hides its widgets through their actions.
    m_tooLargeAction->setVisible(table->tooLarge);
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
