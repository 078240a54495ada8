// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/error.h"

#include <QUrl>

namespace postwright {

// What one line of a generator server's output says (hugo server, jekyll
// serve), as the live site preview needs it.
struct ServerLine
{
    enum class Kind {
        Other,
        Serving,         // the server listens
        ChangeDetected,  // a rebuild starts
        Built,           // a build finished, in milliseconds
        Error,           // an error, with its file, line and column when named
    };
    Kind kind = Kind::Other;
    QUrl url;             // Serving, when the line names it
    int milliseconds = 0; // Built
    Error error;          // Error
};

} // namespace postwright
