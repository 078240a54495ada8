// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vcs/gitrepository.h"

#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace postwright {

// The open site's Git state: is it in a repository, its branch with the
// commits ahead of and behind its upstream, and each changed file's state.
// Read off the GUI thread (a big repository takes a while); a refresh asked
// for while one runs is run once when it ends. The repository's own files
// (HEAD, the index, the branches) are watched: a commit, checkout or fetch
// made in a terminal is read shortly after.
class SiteGitState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteGitState)

public:
    struct Snapshot
    {
        QString site;                            // the site folder this was read for
        bool repository = false;                 // false: the site is in no Git repository
        QString workdir;                         // the repository's folder
        QStringList gitFolders;                  // what a change in .git touches (watched)
        GitBranch branch;
        QHash<QString, GitFileState> files;      // site-relative path → state (changed files only)
        QString error;                           // why it could not be read (empty: fine)
    };

    explicit SiteGitState(QObject *parent = nullptr);
    ~SiteGitState() override;

    // Reads the state of the site at root (empty: none) now and from now on.
    void setSite(const QString &root);
    QString site() const { return m_site; }
    // Reads it again (after a save, a publish, a change on disk).
    void refresh();
    bool isBusy() const { return m_watcher.isRunning(); }

    const Snapshot &snapshot() const { return m_snapshot; }
    // A changed file's state (site-relative or absolute); Unchanged otherwise.
    GitFileState stateOf(const QString &path) const;
    // "main ↑1 ↓2" and the like, for the project panel; empty outside Git.
    QString branchText() const;

    // Reads it here, on the calling thread (the worker's function).
    static Snapshot read(const QString &root);

    // How long a change in .git settles before it is read (default 300 ms).
    void setGitDelay(int milliseconds) { m_gitTimer.setInterval(milliseconds); }
    QStringList watchedGitFolders() const { return m_gitWatcher.directories(); }

signals:
    // A new snapshot is there.
    void changed();

private:
    void start();
    void watchGitFolders();

    QString m_site;
    QFileSystemWatcher m_gitWatcher;
    QTimer m_gitTimer;
    Snapshot m_snapshot;
    QFutureWatcher<Snapshot> m_watcher;
    bool m_again = false;
};

} // namespace postwright
