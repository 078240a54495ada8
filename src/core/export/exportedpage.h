// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/error.h"
#include "text/lineindex.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace postwright {

// Adds <meta name="description"> and <link rel="canonical"> before </head>
// when the template did not write them (the preview's template shows the
// summary only when the front matter has one). Pure.
QString completeHead(const QString &html, const QString &description, const QString &canonicalUrl);

// The first Hugo shortcode ({{< >}}, {{% %}}) or Liquid tag ({% %}, {{ }})
// in a post's body (text from bodyStart on), as a warning at its line and
// column: we do not run them, they stay in the page as text. On a Hugo site
// (hugoShortcodes) shortcodes are rendered, so only {{ }} counts.
std::optional<Error> templateTagWarning(const QString &text, qsizetype bodyStart, const QString &reportedPath,
                                        bool hugoShortcodes = false);

// Where needle first appears in the post's body, as an Error at that line
// and column (line 0 when it does not appear) carrying message.
Error errorAt(const QString &text, qsizetype bodyStart, const QString &reportedPath, const QString &needle,
              const QString &message);

// A warning for each element the renderer took out of the post's HTML
// (RenderResult::removedTags), at the line where it is written.
QList<Error> removedTagWarnings(const QString &text, qsizetype bodyStart, const QString &reportedPath,
                                const QStringList &removedTags);

// errorAt for the links of one page, asked in the order they appear: each
// search goes on from the last match (and starts over from the body once
// when the needle is not further on), and the lines are counted once, so a
// page with 20,000 missing images costs one pass over its text instead of
// 20,000. A needle written with character references ("javascript&colon;")
// is found as the attribute value a browser reads as it; the body's tags
// are read for that once. The text must outlive the locator.
class BodyLocator final
{
public:
    BodyLocator(const QString &text, qsizetype bodyStart);
    ~BodyLocator();
    Q_DISABLE_COPY_MOVE(BodyLocator)

    Error errorAt(const QString &reportedPath, const QString &needle, const QString &message);

private:
    qsizetype find(const QString &needle);
    qsizetype findDecoded(const QString &needle);

    const QString &m_text;
    qsizetype m_bodyStart;
    qsizetype m_from;
    std::unique_ptr<LineIndex> m_lines;   // made at the first error
    // Decoded attribute value -> where each such value starts, in order;
    // made at the first needle not found as written.
    std::unique_ptr<QHash<QString, QList<qsizetype>>> m_decoded;
};

} // namespace postwright
