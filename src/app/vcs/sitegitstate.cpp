// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcs/sitegitstate.h"

#include <QDir>
#include <QtConcurrent>

namespace postwright {

SiteGitState::SiteGitState(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Snapshot>::finished, this, [this] {
        const Snapshot result = m_watcher.result();
        // A snapshot of a site closed meanwhile is dropped.
        if (result.site == m_site) {
            m_snapshot = result;
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

void SiteGitState::setSite(const QString &root)
{
    m_site = root;
    m_snapshot = Snapshot{root, false, {}, {}, {}, {}};
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
