// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/backgroundindexer.h"

namespace postwright {

BackgroundIndexer::BackgroundIndexer(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { emit progress(value, m_watcher.progressMaximum()); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BackgroundIndexer::onFinished);
}

BackgroundIndexer::~BackgroundIndexer()
{
    cancel();
    waitForFinished();
}

void BackgroundIndexer::start(const QString &root, const IndexOptions &options)
{
    // setFuture() drops whatever the old run still had to report.
    cancel();
    m_watcher.setFuture(indexSiteInBackground(root, options));
}

void BackgroundIndexer::cancel()
{
    if (isRunning())
        m_watcher.cancel();
}

bool BackgroundIndexer::isRunning() const
{
    return m_watcher.isRunning();
}

void BackgroundIndexer::waitForFinished()
{
    m_watcher.waitForFinished();
}

void BackgroundIndexer::onFinished()
{
    const QFuture<Result<SiteIndex>> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        emit canceled();
        return;
    }
    const Result<SiteIndex> result = future.result();
    if (result)
        emit finished(result.value());
    else
        emit failed(result.error());
}

} // namespace postwright
