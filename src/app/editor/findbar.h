// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/textsearch.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <utility>


namespace Ui {
class FindBar;
}

namespace postwright {

class MarkdownEditor;

// Find and replace in the editor: case, whole word, regular expression,
// replace all, every match highlighted (those in view: a post with tens of
// thousands of matches stays fast) and "3 of 15"; Replace in All Posts hands
// the query to the site.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    // Matches counted and navigated at most; more show as "100000+".
    static constexpr qsizetype maxMatches = 100000;
    // Highlights painted at most (the matches in view).
    static constexpr int maxHighlights = 2000;

    explicit FindBar(MarkdownEditor *editor, QWidget *parent = nullptr);
    ~FindBar() override;

    void showFind(bool withReplace);
    bool findNext(bool backward = false);
    void replaceCurrent();
    int replaceAll();
    int matchCount() const;
    // 1-based number of the match selected in the editor; 0: none is.
    int currentMatch() const;
    // The match counter as shown ("3 of 15", "15 matches").
    QString countText() const;
    // The highlights painted now.
    int highlightCount() const { return m_highlightCount; }
    SearchQuery query() const;
    // Offers Replace in All Posts (a site is open).
    void setSiteAvailable(bool available);

    // For tests and scripts: set the query directly.
    void setQuery(const QString &text, bool caseSensitive = false, bool wholeWord = false, bool regex = false);
    void setReplacement(const QString &text);

signals:
    void replaceInSiteRequested(const postwright::SearchQuery &query);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Finds every match again (the query or the text changed).
    void search();
    void searchSoon();
    void searchIfDue();
    // force: also when the view still shows the lines painted.
    void updateHighlights(bool force = false);
    void updateCount();
    void selectMatch(qsizetype index);

    std::unique_ptr<Ui::FindBar> m_ui;
    MarkdownEditor *m_editor = nullptr;
    QList<TextMatch> m_matches;
    bool m_truncated = false;
    bool m_gaveUp = false;   // the pattern was too complex somewhere: matches may be missing
    bool m_siteAvailable = false;
    int m_highlightCount = 0;
    // The stretch of the text (positions) whose matches are painted.
    std::pair<int, int> m_painted;
    // Typing in a long post searches again once the typing pauses.
    QTimer m_searchTimer;
};

} // namespace postwright
