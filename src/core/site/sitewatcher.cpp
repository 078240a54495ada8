// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/sitewatcher.h"

#include <QDirIterator>
#include <QSet>
#include <QtConcurrent>

namespace postwright {
namespace {

// Folders that can hold posts: the content folder and every folder below it
// except hidden ones and generated output.
QStringList foldersToWatch(const SiteConfig &config)
{
    QStringList folders;
    if (!QFileInfo(config.contentDir).isDir())
        return folders;
    folders.append(config.contentDir);
    QDirIterator it(config.contentDir, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(config.contentDir).relativeFilePath(path);
        const QStringList parts = relative.split(QLatin1Char('/'));
        const bool skip = std::any_of(parts.cbegin(), parts.cend(), [](const QString &part) {
            return part.startsWith(QLatin1Char('.')) || part == QLatin1String("_site")
                   || part == QLatin1String("node_modules");
        });
        if (!skip)
            folders.append(path);
    }
    return folders;
}

} // namespace

SiteWatcher::SiteWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &SiteWatcher::startRefresh);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &SiteWatcher::schedule);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &SiteWatcher::schedule);
    connect(&m_future, &QFutureWatcherBase::finished, this, &SiteWatcher::onRefreshed);
}

SiteWatcher::~SiteWatcher()
{
    m_future.waitForFinished();
}

void SiteWatcher::setIndex(const SiteIndex &index, const IndexOptions &options)
{
    m_index = index;
    m_options = options;
    m_active = true;
    updateWatchedPaths();
}

void SiteWatcher::clear()
{
    m_active = false;
    m_timer.stop();
    m_pending = false;
    const QStringList watched = watchedPaths();
    if (!watched.isEmpty())
        m_watcher.removePaths(watched);
    m_index = SiteIndex();
}

void SiteWatcher::refresh()
{
    schedule();
}

QStringList SiteWatcher::watchedPaths() const
{
    return m_watcher.directories() + m_watcher.files();
}

void SiteWatcher::schedule()
{
    if (m_active)
        m_timer.start();
}

void SiteWatcher::startRefresh()
{
    if (!m_active)
        return;
    if (m_future.isRunning()) {
        m_pending = true;
        return;
    }
    m_future.setFuture(QtConcurrent::run(
        [index = m_index, options = m_options] { return refreshSiteIndex(index, options); }));
}

void SiteWatcher::onRefreshed()
{
    if (!m_active)
        return;
    const QFuture<Result<SiteIndex>> future = m_future.future();
    if (future.resultCount() > 0) {
        const Result<SiteIndex> result = future.result();
        if (!result) {
            emit failed(result.error());
        } else {
            const SiteIndex &next = result.value();
            QStringList added;
            QStringList changed;
            QStringList removed;
            for (const PostRecord &record : next.posts()) {
                const PostRecord *old = m_index.post(record.path);
                if (!old)
                    added.append(record.path);
                else if (old->size != record.size || old->modified != record.modified || old->changed != record.changed)
                    changed.append(record.path);
            }
            for (const PostRecord &record : m_index.posts()) {
                if (!next.post(record.path))
                    removed.append(record.path);
            }
            m_index = next;
            updateWatchedPaths();
            if (!added.isEmpty() || !changed.isEmpty() || !removed.isEmpty())
                emit indexChanged(m_index, added, changed, removed);
        }
    }
    if (m_pending) {
        m_pending = false;
        startRefresh();
    }
}

void SiteWatcher::updateWatchedPaths()
{
    const SiteConfig &config = m_index.config();
    QStringList wanted = foldersToWatch(config);
    if (!config.configFile.isEmpty())
        wanted.append(config.configFile);
    // Files too: a post rewritten in place does not change its folder.
    for (const PostRecord &record : m_index.posts())
        wanted.append(config.absolutePath(record.path));

    const QStringList current = watchedPaths();
    const QSet<QString> wantedSet(wanted.cbegin(), wanted.cend());
    const QSet<QString> currentSet(current.cbegin(), current.cend());
    QStringList toRemove;
    for (const QString &path : current) {
        if (!wantedSet.contains(path))
            toRemove.append(path);
    }
    QStringList toAdd;
    for (const QString &path : std::as_const(wanted)) {
        if (!currentSet.contains(path))
            toAdd.append(path);
    }
    if (!toRemove.isEmpty())
        m_watcher.removePaths(toRemove);
    // Paths the system will not watch (over the inotify limit) are only
    // picked up with their folder's next change.
    if (!toAdd.isEmpty())
        m_watcher.addPaths(toAdd);
}

} // namespace postwright
