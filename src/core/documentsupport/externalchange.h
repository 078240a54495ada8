// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace postwright {

enum class ExternalChange {
    Ignore,   // the disk holds what we know (our own save, a touch)
    Reload,   // changed outside, no local edits: load it silently
    Ask,      // changed outside while the user has edits: never overwrite silently
    Deleted,  // the file is gone: keep the text, tell the user
};

// What to do when the watched file changes. known: the bytes last loaded or
// saved; onDisk: nullopt-like empty + exists=false when the file is gone.
ExternalChange classifyExternalChange(const QByteArray &known, bool exists, const QByteArray &onDisk,
                                      bool locallyModified);

} // namespace postwright
