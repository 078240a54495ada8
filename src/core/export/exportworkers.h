// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

} // namespace postwright
