// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QWidget>

#include <memory>


namespace Ui {
class FindBar;
}

namespace postwright {

class MarkdownEditor;

// Find and replace in the editor: case, whole word, regular expression,
// replace all, and a live match count.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(MarkdownEditor *editor, QWidget *parent = nullptr);
    ~FindBar() override;

    void showFind(bool withReplace);
    bool findNext(bool backward = false);
    void replaceCurrent();
    int replaceAll();
    int matchCount() const;

    // For tests and scripts: set the query directly.
    void setQuery(const QString &text, bool caseSensitive = false, bool wholeWord = false, bool regex = false);
    void setReplacement(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRegularExpression pattern() const;
    void updateCount();

    std::unique_ptr<Ui::FindBar> m_ui;
    MarkdownEditor *m_editor = nullptr;
};

} // namespace postwright
