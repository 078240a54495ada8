// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBlock>
#include <QWidget>

class QPlainTextEdit;

namespace postwright {

// Focus mode's dimming: a see-through layer over the editor's text that
// veils every paragraph but the cursor's in the editor's background colour.
// It paints only the blocks on screen and never touches the document's
// formats, so the Markdown highlighter, spelling and find marks stay as
// they are and a large post costs nothing per keystroke.
class ParagraphDimmer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParagraphDimmer)

public:
    explicit ParagraphDimmer(QPlainTextEdit *editor);

    // The blocks of the cursor's paragraph (lines up to a blank line), as
    // far as they are on screen: first and last.
    std::pair<QTextBlock, QTextBlock> currentParagraph() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followViewport();

    QPlainTextEdit *m_editor = nullptr;
};

} // namespace postwright
