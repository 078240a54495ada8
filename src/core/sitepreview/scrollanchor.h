// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace postwright {

// Where a page rendered by the site's generator (whose HTML has no source
// lines) should scroll to show a line of the Markdown: the text of the
// nearest heading at or above it, and a few words of the block at or
// below it as they read on the page (Markdown marks and link targets
// removed).
struct ScrollAnchor
{
    QString heading;
    QString block;
};

// line: 1-based line of the whole file (front matter included). Pure.
ScrollAnchor scrollAnchorAt(const QString &text, int line);

} // namespace postwright
