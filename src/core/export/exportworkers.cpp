// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportworkers.h"

#include <QFile>
#include <QThread>

#include <algorithm>
#include <climits>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace postwright {
namespace {

// Descriptors a worker may hold at once, and those kept for the rest of
// the process (standard streams, libraries, the main thread's own files).
constexpr long filesPerWorker = 4;
constexpr long filesKept = 32;
// Threads the rest of the process may want, kept out of the thread limit.
constexpr long threadsKept = 16;
// Workers beyond a few per core only wait for each other.
constexpr long workersPerCore = 4;

// A soft resource limit, or LONG_MAX when there is none.
long softLimit([[maybe_unused]] int resource)
{
#ifdef Q_OS_UNIX
    struct rlimit limit;
    if (::getrlimit(resource, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        return long(std::min<rlim_t>(limit.rlim_cur, LONG_MAX));
#endif
    return LONG_MAX;
}

long kernelThreadsMax()
{
    QFile file(QStringLiteral("/proc/sys/kernel/threads-max"));
    if (!file.open(QIODevice::ReadOnly))
        return LONG_MAX;
    bool ok = false;
    const long value = file.readAll().trimmed().toLong(&ok);
    return ok && value > 0 ? value : LONG_MAX;
}

} // namespace

int exportWorkerCount(int requested)
{
    const long cores = std::max(1, QThread::idealThreadCount());
    long workers = requested > 0 ? std::min<long>(requested, workersPerCore * cores) : cores;
#ifdef Q_OS_UNIX
    const long files = softLimit(RLIMIT_NOFILE);
    if (files != LONG_MAX)
        workers = std::min(workers, (files - filesKept) / filesPerWorker);
    const long threads = std::min(softLimit(RLIMIT_NPROC), kernelThreadsMax());
    if (threads != LONG_MAX)
        workers = std::min(workers, threads / 2 - threadsKept);
#endif
    return int(std::clamp<long>(workers, 1, INT_MAX));
}

} // namespace postwright
