// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vcs/posthistory.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace postwright {

// The History of a post: every commit that changed it (following renames),
// newest first; the one selected shown as what it changed: the front matter
// by key ("title: old → new") and the body by words. "Restore This
// Version" hands that version's text to restoreRequested (the window puts
// it into the editor as one undoable edit).
class HistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)

public:
    explicit HistoryDialog(const QString &postPath, QWidget *parent = nullptr);
    ~HistoryDialog() override;

    QString postPath() const { return m_postPath; }
    bool isLoading() const { return m_loading; }
    const QList<PostRevision> &revisions() const { return m_revisions; }
    QListWidget *revisionList() const { return m_list; }
    QTextBrowser *diffView() const { return m_diff; }
    // The version of the post in the revision at row (its bytes).
    Result<QByteArray> versionAt(int row) const;

signals:
    void loaded();
    // The user chose to restore this version (its text, decoded).
    void restoreRequested(const QString &text, const QString &commit);

private:
    void showRevisions();
    void showRevision(int row);
    void restoreSelected();

    QString m_postPath;
    QList<PostRevision> m_revisions;
    QFutureWatcher<Result<QList<PostRevision>>> m_watcher;
    QLabel *m_status = nullptr;
    QListWidget *m_list = nullptr;
    QTextBrowser *m_diff = nullptr;
    QPushButton *m_restore = nullptr;
    bool m_loading = true;
};

} // namespace postwright
