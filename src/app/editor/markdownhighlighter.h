// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spelling/spellranges.h"

#include <QHash>
#include <QPointer>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QTimer>

#include <memory>
#include <optional>

namespace postwright::spelling {
class SpellChecker;
class SpellDictionary;
} // namespace postwright::spelling

namespace postwright {

// Markdown highlighting, one line at a time. QSyntaxHighlighter re-runs only
// the edited lines (and the lines after them while their state changes), so
// typing in a 1 MB post does not re-parse the document.
//
// Spelling is part of the same pass, within a time budget: the lines of one
// edit are checked at once, and when a pass runs long (opening a post, a new
// language) the rest is left to a deferred pass that checks the visible
// lines first and then the others in slices of a few milliseconds, so that
// typing never waits for the dictionary.
class MarkdownHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownHighlighter)

public:
    explicit MarkdownHighlighter(QTextDocument *parent = nullptr);

    // Recomputes the colours from the palette (light or dark).
    void setDarkTheme(bool dark);

    // Underlines words the dictionary does not know (nullptr: no spell
    // checking); checker holds the words the user accepted.
    void setSpelling(std::shared_ptr<spelling::SpellDictionary> dictionary, spelling::SpellChecker *checker);
    bool isSpellCheckActive() const { return m_dictionary != nullptr; }
    // The misspelled word at a position of block (offsets in the block).
    std::optional<spelling::WordRange> misspelledWordAt(const QTextBlock &block, int positionInBlock);
    // Block numbers on screen: the deferred pass checks them first.
    void setVisibleBlocks(int first, int last);
    // True when no line waits for the deferred spelling pass.
    bool isSpellingComplete() const { return !m_spellTimer.isActive(); }
    // True when the line before block (none: the first) leaves plain
    // Markdown, not front matter, a fence, an HTML comment or display math:
    // block may start a table or a link.
    static bool startsInMarkdown(const QTextBlock &block);

signals:
    // The deferred spelling pass caught up with the document.
    void spellingComplete();

protected:
    void highlightBlock(const QString &text) override;

private:
    enum State {
        Normal = -1,
        FrontMatter = 1,   // inside the --- / +++ block at the top
        Fence = 2,         // inside a fenced code block; fence length in the high bits
        HtmlComment = 3,
        DisplayMath = 4,   // inside $$…$$ or \[…\] opened on an earlier line
    };
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0;
    };

    void buildFormats(bool dark);
    void highlightMarkdown(const QString &text);
    bool highlightFrontMatterLine(const QString &text, int previousKind);
    bool highlightFenceLine(const QString &text, int previous);
    void highlightInline(const QString &text, int from);
    void highlightSpelling(const QString &text);
    static spelling::LineContext lineContext(int previousState);
    bool isMisspelled(const QString &word);
    bool needsSpelling(const QTextBlock &block) const;
    void checkSpelling(const QTextBlock &block);
    // Lines holding word (all lines when empty) wait for the deferred pass.
    void invalidateSpelling(const QString &word = {});
    void scheduleSpelling();
    void runSpellingSlice();

    QList<Rule> m_inlineRules;
    QTextCharFormat m_heading, m_quote, m_listMarker, m_task, m_fence, m_fenceInfo, m_code, m_frontMatter,
        m_frontMatterKey, m_tablePipe, m_comment, m_rule, m_misspelled;

    std::shared_ptr<spelling::SpellDictionary> m_dictionary;
    QPointer<spelling::SpellChecker> m_checker;
    QMetaObject::Connection m_acceptedConnection;
    QHash<QString, bool> m_wordIsCorrect;   // cache: Hunspell is asked once per word
    int m_spellGeneration = 1;              // a line is checked when its generation matches
    bool m_forceSpelling = false;           // set by the deferred pass
    bool m_inBurst = false;                 // within one event-loop turn of highlighting
    qint64 m_burstNanos = 0;                // spelling time spent in this turn
    QTimer m_spellTimer;
    int m_scanBlock = 0;                    // where the deferred pass resumes
    bool m_rescan = false;                  // a line was marked since the pass began
    int m_visibleFirst = 0;
    int m_visibleLast = -1;
};

} // namespace postwright
