// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sitepreview/serverline.h"

#include <QString>

namespace postwright {

// Reads one line of hugo's output (without its line break). Pure.
// hugo 0.111 says: "Web Server is available at http://127.0.0.1:PORT/..."
// (Serving), "Change detected, rebuilding site.", "Total in 115 ms" (a
// rebuild) or "Built in 402 ms" (the first build), "ERROR 2026/12/07
// 00:25:32 ..." and "Error: ..." with "/site/layouts/x.html:4:1".
ServerLine parseHugoLine(QStringView line);

} // namespace postwright
