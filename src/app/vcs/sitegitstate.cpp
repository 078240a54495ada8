// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcs/sitegitstate.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent>

namespace postwright {
namespace {

// HEAD and the index live in the git folder; branches in refs/heads and
// the remotes' in refs/remotes/NAME (a fetch); packed-refs in the common
// folder. A handful of folders, whatever the repository's size.
QStringList gitFoldersOf(const GitRepository &repository)
{
    QStringList folders{repository.gitDir()};
    const QString common = repository.commonDir();
    if (common != repository.gitDir())
        folders.append(common);
    for (const QString &refs : {QStringLiteral("refs/heads"), QStringLiteral("refs/remotes")}) {
        const QString folder = common + QLatin1Char('/') + refs;
        if (!QFileInfo(folder).isDir())
            continue;
        folders.append(folder);
        if (refs.endsWith(QLatin1String("remotes"))) {
            const QStringList remotes = QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            for (const QString &remote : remotes)
                folders.append(folder + QLatin1Char('/') + remote);
        }
    }
    return folders;
}

} // namespace

SiteGitState::SiteGitState(QObject *parent) : QObject(parent)
{
    // git writes index.lock, then renames it over index: a burst of changes
    // in .git (and a file replaced is no longer watched), so the folders are
    // watched and a burst is read once.
    m_gitTimer.setSingleShot(true);
    m_gitTimer.setInterval(300);
    connect(&m_gitTimer, &QTimer::timeout, this, &SiteGitState::refresh);
    connect(&m_gitWatcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_gitTimer.start(); });
    connect(&m_watcher, &QFutureWatcher<Snapshot>::finished, this, [this] {
        const Snapshot result = m_watcher.result();
        // A snapshot of a site closed meanwhile is dropped.
        if (result.site == m_site) {
            m_snapshot = result;
            watchGitFolders();
            emit changed();
        }
        if (m_again) {
            m_again = false;
            start();
        }
    });
}

SiteGitState::~SiteGitState()
{
    m_watcher.waitForFinished();
}

void SiteGitState::watchGitFolders()
{
    const QStringList wanted = m_snapshot.gitFolders;
    const QStringList watched = m_gitWatcher.directories();
    if (wanted == watched)
        return;
    if (!watched.isEmpty())
        m_gitWatcher.removePaths(watched);
    if (!wanted.isEmpty())
        m_gitWatcher.addPaths(wanted);
}

void SiteGitState::setSite(const QString &root)
{
    m_site = root;
    m_snapshot = Snapshot{root, false, {}, {}, {}, {}, {}};
    m_gitTimer.stop();
    watchGitFolders();
    emit changed();
    refresh();
}

void SiteGitState::refresh()
{
    if (m_site.isEmpty())
        return;
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    start();
}

void SiteGitState::start()
{
    if (m_site.isEmpty())
        return;
    m_watcher.setFuture(QtConcurrent::run(&SiteGitState::read, m_site));
}

SiteGitState::Snapshot SiteGitState::read(const QString &root)
{
    Snapshot snapshot;
    snapshot.site = root;
    const Result<GitRepository> repository = GitRepository::open(root);
    if (!repository) {
        if (repository.error().code != QLatin1String("no-repository"))
            snapshot.error = repository.error().toString();
        return snapshot;
    }
    snapshot.repository = true;
    snapshot.workdir = repository.value().workdir();
    snapshot.gitFolders = gitFoldersOf(repository.value());
    const Result<GitBranch> branch = repository.value().branch();
    if (branch)
        snapshot.branch = branch.value();
    else
        snapshot.error = branch.error().toString();
    const Result<QList<GitFileStatus>> status = repository.value().status(root);
    if (!status) {
        snapshot.error = status.error().toString();
        return snapshot;
    }
    for (const GitFileStatus &file : status.value())
        snapshot.files.insert(file.path, file.state);
    return snapshot;
}

GitFileState SiteGitState::stateOf(const QString &path) const
{
    QString relative = path;
    if (QDir::isAbsolutePath(path))
        relative = QDir(m_snapshot.site).relativeFilePath(path);
    return m_snapshot.files.value(relative, GitFileState::Unchanged);
}

QString SiteGitState::branchText() const
{
    if (!m_snapshot.repository)
        return {};
    const GitBranch &branch = m_snapshot.branch;
    QString text = branch.detached ? tr("detached HEAD") : branch.name;
    if (branch.unborn)
        return tr("%1 (no commit yet)").arg(text);
    if (branch.upstream.isEmpty())
        return tr("%1 (no upstream)").arg(text);
    if (branch.ahead == 0 && branch.behind == 0)
        return tr("%1, up to date with %2").arg(text, branch.upstream);
    if (branch.ahead > 0)
        text += QStringLiteral(" ↑%1").arg(branch.ahead);
    if (branch.behind > 0)
        text += QStringLiteral(" ↓%1").arg(branch.behind);
    return text;
}

} // namespace postwright
