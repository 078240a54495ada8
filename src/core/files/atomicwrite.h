// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "files/stagedfile.h"

namespace postwright {

// The one way Postwright writes a file: into a temporary file in the same
// folder, fsync, rename over the target, fsync the folder (StagedFile). On
// any failure the old file is untouched and the error names the cause.
Result<Success> writeFileAtomically(const QString &path, QByteArrayView bytes, const WriteOptions &options = {});

// The same for a copy of the file source.
Result<Success> copyFileAtomically(const QString &source, const QString &path, const WriteOptions &options = {});

} // namespace postwright
