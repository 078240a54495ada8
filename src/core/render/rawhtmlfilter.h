// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <string_view>

namespace postwright {

// Makes the HTML rendered from a post safe to read with forEachStartTag
// (render/htmltags.h) and takes out what a post's HTML must not do to the
// page it is shown in. Pure.
// - <noscript> and <![CDATA[ are disarmed as GFM's tagfilter disarms
//   <script> ("&lt;noscript>"): a browser reads what follows them as text or
//   as tags depending on where they stand, and a filter that reads them the
//   other way would miss a tag.
// - Every <meta> with an http-equiv attribute (refresh, set-cookie,
//   content-security-policy...) is removed: a post may not redirect the
//   page or set its headers (a redirect is the front matter's aliases).
// Returns the removed elements, as written.
QStringList filterRawHtml(QString &html);
// The same for HTML in UTF-8; HTML without any of those tags is not copied.
QStringList filterRawHtml(QByteArray &utf8);
// False when filterRawHtml has nothing to do in this UTF-8 HTML (no '<'
// starts a CDATA section, a noscript or a meta tag): one look at each '<'.
bool mayNeedRawHtmlFilter(std::string_view utf8);

} // namespace postwright
