// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/indexbuilder.h"

#include <QFutureWatcher>
#include <QObject>

namespace postwright {

// Indexes a site in the background (QtConcurrent, all cores) for the GUI:
// progress while it runs, cancel at any time, the index when done. Signals
// arrive in the thread that owns the indexer.
class BackgroundIndexer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundIndexer)

public:
    explicit BackgroundIndexer(QObject *parent = nullptr);
    // Cancels a run in progress and waits for it.
    ~BackgroundIndexer() override;

    // Starts indexing root; a run in progress is canceled first.
    void start(const QString &root, const IndexOptions &options = {});
    void cancel();
    bool isRunning() const;
    // Blocks until the current run is over (tests, shutdown).
    void waitForFinished();

signals:
    void progress(int done, int total);
    void finished(const postwright::SiteIndex &index);
    void failed(const postwright::Error &error);
    void canceled();

private:
    void onFinished();

    QFutureWatcher<Result<SiteIndex>> m_watcher;
};

} // namespace postwright
