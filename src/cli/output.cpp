// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"

#include <cstdio>

namespace postwright::cli {

void writeStdout(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void out(const QString &line)
{
    writeStdout(line.toUtf8() + '\n');
}

void err(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fflush(stdout);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

void err(const Error &error)
{
    err(error.toString());
}

} // namespace postwright::cli
