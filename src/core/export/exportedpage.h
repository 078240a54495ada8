// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace postwright {

// Adds <meta name="description"> and <link rel="canonical"> before </head>
// when the template did not write them (the preview's template shows the
// summary only when the front matter has one). Pure.
QString completeHead(const QString &html, const QString &description, const QString &canonicalUrl);

// The first Hugo shortcode ({{< >}}, {{% %}}) or Liquid tag ({% %}, {{ }})
// in a post's body (text from bodyStart on), as a warning at its line and
// column: we do not run them, they stay in the page as text.
std::optional<Error> templateTagWarning(const QString &text, qsizetype bodyStart, const QString &reportedPath);

// Where needle first appears in the post's body, as an Error at that line
// and column (line 0 when it does not appear) carrying message.
Error errorAt(const QString &text, qsizetype bodyStart, const QString &reportedPath, const QString &needle,
              const QString &message);

// A warning for each element the renderer took out of the post's HTML
// (RenderResult::removedTags), at the line where it is written.
QList<Error> removedTagWarnings(const QString &text, qsizetype bodyStart, const QString &reportedPath,
                                const QStringList &removedTags);

} // namespace postwright
