// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace postwright {

// How many threads an export may run for `requested` workers (0: one per
// core): at most four per core, and within what the process may open.
// Each worker holds a few files at once (the post it reads, the page it
// writes and its temporary file, its folder, its thread's event
// dispatcher), so the count stays within the open-file limit
// (RLIMIT_NOFILE) and the thread limit (RLIMIT_NPROC, the kernel's
// threads-max): "--jobs 100000" under "ulimit -n 64" used to abort the
// process when a thread could not get a file descriptor.
int exportWorkerCount(int requested);

// work(item) for each of items: on pool's threads when it has more than one
// and there is more than one item, else on this thread, in order.
template<typename Items, typename Work>
void forEachOn(QThreadPool *pool, Items &items, Work work)
{
    if (pool && pool->maxThreadCount() > 1 && items.size() > 1)
        QtConcurrent::blockingMap(pool, items, work);
    else
        std::for_each(items.begin(), items.end(), work);
}

} // namespace postwright
