// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markdown/markdowncommands.h"

#include <QPlainTextEdit>

#include <memory>

class QMenu;

namespace postwright::spelling {
class SpellChecker;
class SpellDictionary;
} // namespace postwright::spelling

namespace postwright {

class MarkdownHighlighter;

// The Markdown pane: highlighting, current-line highlight, list-aware Enter
// and Tab, zoom, formatting commands, and image drop/paste handed to the
// window. The document holds the whole file; the front-matter lines can be
// hidden so that only the body shows. Spell checking underlines unknown
// words and offers suggestions in the context menu.
class MarkdownEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownEditor)

public:
    enum class SpellStatus {
        Off,            // no language
        Loading,        // the dictionary is being read
        Active,
        NoDictionary,   // none installed for the language: no underlines
    };
    Q_ENUM(SpellStatus)

    explicit MarkdownEditor(QWidget *parent = nullptr);

    // Shows (and edits) a document kept elsewhere, the open post's
    // (PostSession::document()); the highlighter moves with it.
    void showDocument(QTextDocument *document);

    // Replaces the text as one undo step touching only what changed, so an
    // edit made elsewhere (the form) is one Undo in the editor.
    void replaceTextMinimally(const QString &newText);
    void applyEdit(const markdown::TextEdit &edit);

    // Lines [0, lineCount) are the front matter; hidden unless shown.
    void setFrontMatterLines(int lineCount);
    void setFrontMatterVisible(bool visible);
    bool isFrontMatterVisible() const { return m_frontMatterVisible; }

    // The font at zoom 0 (the settings' editor font); resets the zoom.
    void setEditorFont(const QFont &font);
    void zoomBy(int steps);
    void resetZoom();
    // Empty space left and right of the text (focus mode's centred column).
    void setColumnMargins(int left, int right) { setViewportMargins(left, 0, right, 0); }
    int firstVisibleLine() const;     // 0-based block number at the top
    void scrollToLine(int line);      // 0-based, puts line at the top
    void goToLine(int line);          // 0-based, moves the cursor there

    MarkdownHighlighter *highlighter() const { return m_highlighter; }

    // The find bar's match highlights, shown beside the current line's tint.
    void setFindHighlights(const QList<QTextEdit::ExtraSelection> &highlights);

    // Spell checks in a BCP-47 language ("en-US", "de", "fr_FR"); empty turns
    // spell checking off. The window picks it: the post's lang/language key,
    // else the site's language, else the editor/spellLanguage setting (see
    // spelling::resolveSpellLanguage).
    void setSpellLanguage(const QString &language);
    QString spellLanguage() const { return m_spellLanguage; }
    SpellStatus spellStatus() const { return m_spellStatus; }
    // The dictionary in use ("en_US"), or empty.
    QString spellDictionaryName() const;
    // One line for the status bar ("Spell check: en_US", "No spelling
    // dictionary for xx").
    QString spellStatusText() const;
    // The dictionaries, personal word list and ignored words (default: the
    // application's shared SpellChecker::instance()).
    void setSpellChecker(spelling::SpellChecker *checker);
    spelling::SpellChecker *spellChecker() const { return m_spellChecker; }

    // The context menu for a document position: suggestions, "Add to
    // Dictionary" and "Ignore" when a misspelled word is there, then the
    // standard entries. The caller owns the menu.
    QMenu *createContextMenuAt(int position);

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
    void spellStatusChanged(MarkdownEditor::SpellStatus status);
    // Something to tell the user (the personal word list cannot be written).
    void spellMessage(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void changeEvent(QEvent *event) override;

private:
    void highlightCurrentLine();
    void updateSpelling();
    void updateVisibleBlocks();
    // Replaces document[start, start + word.size()) if it still reads word.
    void replaceWord(int start, const QString &word, const QString &replacement);
    QString lineBreak() const;
    // Replaces the selected lines (whole lines) with the given ones.
    void replaceSelectedLines(const std::function<QStringList(const QStringList &)> &change);

    MarkdownHighlighter *m_highlighter = nullptr;
    int m_frontMatterLines = 0;
    bool m_frontMatterVisible = false;
    qreal m_baseFontSize = 0;
    spelling::SpellChecker *m_spellChecker = nullptr;
    QMetaObject::Connection m_loadedConnection;
    std::shared_ptr<spelling::SpellDictionary> m_dictionary;
    QString m_spellLanguage;
    SpellStatus m_spellStatus = SpellStatus::Off;
    QList<QTextEdit::ExtraSelection> m_findHighlights;
};

} // namespace postwright
