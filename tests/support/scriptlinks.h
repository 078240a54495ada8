// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a browser would follow as a script link in an exported page: the
// tests read the page's tags as a browser does, so that HTML the page only
// shows as text (a code span, a tag GFM's tagfilter turned into text) is
// not mistaken for a link.

#include "render/htmltags.h"

#include <QStringList>

#include <algorithm>

namespace postwright::testing {

// "tag attribute=value" for each attribute of a tag in html whose value, as
// a browser reads it (references decoded, tabs and line breaks dropped,
// leading blanks and controls skipped), starts with javascript:, vbscript:
// or data:text/html; every candidate of a srcset counts.
inline QStringList scriptLinksIn(const QString &html)
{
    static const QStringList schemes{QStringLiteral("javascript:"), QStringLiteral("vbscript:"),
                                     QStringLiteral("data:text/html")};
    const auto isScript = [](QString url) {
        url.remove(QLatin1Char('\t')).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
        qsizetype i = 0;
        while (i < url.size() && url.at(i).unicode() <= 0x20)
            ++i;
        const QString rest = url.mid(i).toLower();
        return std::any_of(schemes.cbegin(), schemes.cend(), [&](const QString &s) { return rest.startsWith(s); });
    };
    QStringList found;
    forEachStartTag(html, [&](const HtmlStartTag &tag) {
        for (const HtmlAttribute &attribute : tag.attributes) {
            if (attribute.valueStart < 0)
                continue;
            const QString value = decodeHtmlCharacters(
                QStringView(html).sliced(attribute.valueStart, attribute.valueEnd - attribute.valueStart), true);
            const QStringList urls = attribute.name.endsWith(QLatin1String("srcset"))
                                         ? value.split(QLatin1Char(','))
                                         : QStringList{value};
            for (const QString &url : urls) {
                if (isScript(url))
                    found.append(tag.name + QLatin1Char(' ') + attribute.name + QLatin1Char('=') + value);
            }
        }
    });
    return found;
}

} // namespace postwright::testing
