// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markdown/markdownediting.h"

#include <QPlainTextEdit>

namespace postwright {

class MarkdownHighlighter;

// The Markdown pane: highlighting, current-line highlight, list-aware Enter
// and Tab, zoom, formatting commands, and image drop/paste handed to the
// window. The document holds the whole file; the front-matter lines can be
// hidden so that only the body shows.
class MarkdownEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownEditor)

public:
    explicit MarkdownEditor(QWidget *parent = nullptr);

    // Replaces the text as one undo step touching only what changed, so an
    // edit made elsewhere (the form) is one Undo in the editor.
    void replaceTextMinimally(const QString &newText);
    void applyEdit(const markdown::TextEdit &edit);

    // Lines [0, lineCount) are the front matter; hidden unless shown.
    void setFrontMatterLines(int lineCount);
    void setFrontMatterVisible(bool visible);
    bool isFrontMatterVisible() const { return m_frontMatterVisible; }

    void zoomBy(int steps);
    void resetZoom();
    int firstVisibleLine() const;     // 0-based block number at the top
    void scrollToLine(int line);      // 0-based, puts line at the top
    void goToLine(int line);          // 0-based, moves the cursor there

    MarkdownHighlighter *highlighter() const { return m_highlighter; }

    // Formatting commands on the selection or the current lines.
    void toggleInline(const QString &marker);
    void setHeading(int level);
    void toggleLines(markdown::LineKind kind);
    void insertCodeBlock();
    void insertTable(int columns, int rows);
    void insertLink(const QString &label, const QString &url, bool image);

signals:
    void imageDropped(const QString &localFile);
    void imagePasted(const QImage &image);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void highlightCurrentLine();
    QString lineBreak() const;
    // Replaces the selected lines (whole lines) with the given ones.
    void replaceSelectedLines(const std::function<QStringList(const QStringList &)> &change);

    MarkdownHighlighter *m_highlighter = nullptr;
    int m_frontMatterLines = 0;
    bool m_frontMatterVisible = false;
    qreal m_baseFontSize = 0;
};

} // namespace postwright
