// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: The post doctor (postwright-cli check); the input is a post file's bytes.
#include "invariants.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString failure = postwright::fuzz::checkDoctor(bytes);
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "invariant broken: %s\n", qUtf8Printable(failure));
        std::abort();
    }
    return 0;
}
