// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/error.h"

#include <QString>
#include <QUrl>

namespace postwright {

// What one line of `hugo server`'s output says (hugo 0.111).
struct HugoLine
{
    enum class Kind {
        Other,
        Serving,         // "Web Server is available at http://127.0.0.1:PORT/..."
        ChangeDetected,  // "Change detected, rebuilding site."
        Built,           // "Total in 115 ms" (a rebuild) or "Built in 402 ms" (the first build)
        Error,           // "ERROR 2026/12/07 00:25:32 ...", "Error: ..."
    };
    Kind kind = Kind::Other;
    QUrl url;            // Serving
    int milliseconds = 0; // Built
    // Error: the file, line and column hugo names ("/site/layouts/x.html:4:1")
    // when it names one, and its message.
    Error error;
};

// Reads one line of hugo's output (without its line break). Pure.
HugoLine parseHugoLine(QStringView line);

} // namespace postwright
