// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/indexbuilder.h"

#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace postwright {

// Keeps a site's index in step with the disk: watches the site's folders and
// post files, and after a change (coalesced over a short delay) re-reads the
// files whose size or modification time changed, in the background. Posts
// added, changed or removed outside the app show up in indexChanged.
class SiteWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteWatcher)

public:
    explicit SiteWatcher(QObject *parent = nullptr);
    ~SiteWatcher() override;

    // Starts watching index's site; index is the state changes are reported against.
    void setIndex(const SiteIndex &index, const IndexOptions &options = {});
    const SiteIndex &index() const { return m_index; }
    // Stops watching.
    void clear();

    // How long to wait after a change for more (default 150 ms).
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    // Checks the disk now, as after a change (e.g. after the app saved a post).
    void refresh();

    QStringList watchedPaths() const;

signals:
    // Paths relative to the site root.
    void indexChanged(const postwright::SiteIndex &index, const QStringList &added, const QStringList &changed,
                      const QStringList &removed);
    void failed(const postwright::Error &error);

private:
    void schedule();
    void startRefresh();
    void onRefreshed();
    void updateWatchedPaths();

    QFileSystemWatcher m_watcher;
    QTimer m_timer;
    QFutureWatcher<Result<SiteIndex>> m_future;
    SiteIndex m_index;
    IndexOptions m_options;
    bool m_active = false;
    bool m_pending = false;   // a change came while a refresh ran
};

} // namespace postwright
