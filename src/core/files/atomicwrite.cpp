// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/atomicwrite.h"

namespace postwright {

Result<Success> writeFileAtomically(const QString &path, QByteArrayView bytes, const WriteOptions &options)
{
    Result<StagedFile> staged = StagedFile::write(path, bytes, options);
    if (!staged)
        return staged.error();
    return staged.value().commit();
}

Result<Success> copyFileAtomically(const QString &source, const QString &path, const WriteOptions &options)
{
    Result<StagedFile> staged = StagedFile::copy(source, path, options);
    if (!staged)
        return staged.error();
    return staged.value().commit();
}

} // namespace postwright
