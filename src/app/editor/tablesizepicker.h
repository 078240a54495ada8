// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QWidget>

class QLabel;

namespace postwright {

// A grid of cells to choose a table's size, as word processors have:
// hover or move with the arrow keys, click or Enter to choose. Rows count
// the header row.
class TableSizePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableSizePicker)

public:
    static constexpr int kColumns = 10;
    static constexpr int kRows = 8;

    explicit TableSizePicker(QWidget *parent = nullptr);

    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    void setSize(int columns, int rows);
    // The cell (1-based column and row) under a point, for tests and clicks.
    QPoint cellCentre(int column, int row) const;
    QSize sizeHint() const override;

signals:
    void sizeChanged(int columns, int rows);
    void picked(int columns, int rows);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool cellAt(const QPoint &point, int &column, int &row) const;

    int m_columns = 3;
    int m_rows = 3;
};

// Format → Table: the picker with its size spelled out below it.
class TableSizeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableSizeDialog)

public:
    explicit TableSizeDialog(QWidget *parent = nullptr);
    TableSizePicker *picker() const { return m_picker; }

private:
    void showSize(int columns, int rows);

    TableSizePicker *m_picker = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace postwright
