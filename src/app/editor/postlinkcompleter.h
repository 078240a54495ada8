// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QCompleter;
class QModelIndex;
class QPlainTextEdit;
class QStandardItemModel;

namespace postwright {

class PostLinker;

// Typing "[" and at least two characters of a post's title in the editor
// pops up the site's posts that match (core's postLinkQuery decides when:
// not in code, task boxes, footnotes or images); choosing one replaces
// the typed "[text" with "[Title](link)". Esc, or typing on past any match,
// leaves the text as it is.
class PostLinkCompleter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostLinkCompleter)

public:
    PostLinkCompleter(QPlainTextEdit *editor, PostLinker *linker, QObject *parent = nullptr);

    QCompleter *completer() const { return m_completer; }
    bool isShowing() const;

signals:
    // Something to tell the user (no link can be made).
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void hide();
    void choose(const QModelIndex &index);

    QPlainTextEdit *m_editor = nullptr;
    PostLinker *m_linker = nullptr;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_model = nullptr;
    int m_bracket = -1;             // the document position of the "[" asked about
    int m_dismissedBracket = -1;    // the one Esc dismissed: no popup for it again
    bool m_typed = false;           // a key that types was pressed in the editor
};

} // namespace postwright
