// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doctor/postdoctor.h"
#include "documentsupport/readability.h"
#include "markdown/markdownlinks.h"

#include <QList>
#include <QString>

#include <functional>
#include <utility>

namespace postwright {

// Where a place of the body is in the file: {line, column}, both 1-based.
using BodyPlace = std::function<std::pair<int, int>(qsizetype bodyOffset)>;

// What a careful publisher checks for readers, from the tree's scan of the
// body: images without alt text [missing-alt], heading levels that skip
// (the page's title counts as its h1) [heading-skip], a second h1 or one
// that repeats the title [duplicate-title], link text that says nothing
// [vague-link-text], and a very low readability score for the post's
// language [hard-to-read]. All warnings.
void checkForReaders(const Post &post, const MarkdownScan &scan, const BodyPlace &place, QList<Finding> &out);
// The readability part, from the readability of the body's prose
// (proseReadability of MarkdownScan::prose).
void checkReadability(const Post &post, const std::optional<Readability> &score, QList<Finding> &out);
std::optional<Readability> proseReadability(const QString &prose, const QString &language);

// The language the post is written in: its own (lang or language in the
// front matter), else the site's, else empty (read as English).
QString postTextLanguage(const Post &post, const CheckContext &context);

} // namespace postwright
