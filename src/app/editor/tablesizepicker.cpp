// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/tablesizepicker.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>

namespace postwright {
namespace {

constexpr int kCell = 22;     // pixels, a cell with its gap
constexpr int kMargin = 4;

} // namespace

TableSizePicker::TableSizePicker(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("tableSizePicker"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Table size"));
    setSize(3, 3);
}

QSize TableSizePicker::sizeHint() const
{
    return {2 * kMargin + kColumns * kCell, 2 * kMargin + kRows * kCell};
}

void TableSizePicker::setSize(int columns, int rows)
{
    columns = std::clamp(columns, 1, kColumns);
    rows = std::clamp(rows, 1, kRows);
    const bool changed = columns != m_columns || rows != m_rows;
    m_columns = columns;
    m_rows = rows;
    //: The table size picker's size as a screen reader says it.
    setAccessibleDescription(tr("%n column(s)", nullptr, columns) + QStringLiteral(" × ") + tr("%n row(s)", nullptr, rows));
    update();
    if (changed)
        emit sizeChanged(columns, rows);
}

QPoint TableSizePicker::cellCentre(int column, int row) const
{
    return {kMargin + (column - 1) * kCell + kCell / 2, kMargin + (row - 1) * kCell + kCell / 2};
}

bool TableSizePicker::cellAt(const QPoint &point, int &column, int &row) const
{
    column = (point.x() - kMargin) / kCell + 1;
    row = (point.y() - kMargin) / kCell + 1;
    return point.x() >= kMargin && point.y() >= kMargin && column <= kColumns && row <= kRows;
}

void TableSizePicker::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &colours = palette();
    for (int r = 1; r <= kRows; ++r) {
        for (int c = 1; c <= kColumns; ++c) {
            const QRect cell(kMargin + (c - 1) * kCell + 1, kMargin + (r - 1) * kCell + 1, kCell - 3, kCell - 3);
            const bool chosen = c <= m_columns && r <= m_rows;
            painter.fillRect(cell, chosen ? colours.color(QPalette::Highlight) : colours.color(QPalette::Base));
            painter.setPen(chosen ? colours.color(QPalette::Highlight).darker(130) : colours.color(QPalette::Mid));
            painter.drawRect(cell);
        }
    }
    if (hasFocus()) {
        painter.setPen(QPen(colours.color(QPalette::Highlight), 1, Qt::DotLine));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void TableSizePicker::mouseMoveEvent(QMouseEvent *event)
{
    int column = 0, row = 0;
    if (cellAt(event->position().toPoint(), column, row))
        setSize(column, row);
}

void TableSizePicker::mouseReleaseEvent(QMouseEvent *event)
{
    int column = 0, row = 0;
    if (event->button() == Qt::LeftButton && cellAt(event->position().toPoint(), column, row)) {
        setSize(column, row);
        emit picked(m_columns, m_rows);
    }
}

void TableSizePicker::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left: setSize(m_columns - 1, m_rows); break;
    case Qt::Key_Right: setSize(m_columns + 1, m_rows); break;
    case Qt::Key_Up: setSize(m_columns, m_rows - 1); break;
    case Qt::Key_Down: setSize(m_columns, m_rows + 1); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        emit picked(m_columns, m_rows);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

TableSizeDialog::TableSizeDialog(QWidget *parent)
    : QDialog(parent)
    , m_picker(new TableSizePicker(this))
    , m_label(new QLabel(this))
{
    setWindowTitle(tr("Insert Table"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picker, 0, Qt::AlignHCenter);
    m_label->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_label);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_picker, &TableSizePicker::picked, this, &QDialog::accept);
    connect(m_picker, &TableSizePicker::sizeChanged, this, &TableSizeDialog::showSize);
    showSize(m_picker->columns(), m_picker->rows());
    m_picker->setFocus();
}

void TableSizeDialog::showSize(int columns, int rows)
{
    //: The size chosen in the table picker; rows include the header row.
    m_label->setText(tr("%1 × %2 (columns × rows, header included)").arg(columns).arg(rows));
}

} // namespace postwright
