// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frontmatter/frontmatter.h"

#include <optional>

namespace postwright {

// The site index reads the front matter of thousands of posts; yaml-cpp
// spends most of that time. This reads the plain YAML most posts have
// (top-level `key: scalar`, flow lists on one line, block lists of scalars,
// comments) in one pass, with the same values parseFrontMatter gives, and
// answers nullopt for anything else (nested maps, block scalars, anchors,
// escapes, tabs, duplicate keys...), which then goes to the real parser.
// content is the block's text between the delimiters. The fields have keys
// and values only, no source layout: they are for reading, not writing.
std::optional<QList<Field>> readSimpleYaml(QStringView content);

// The front matter of text for reading only (the site index, the export):
// plain YAML through readSimpleYaml, anything else through
// parseFrontMatter. The values are parseFrontMatter's; the source layout
// the writer needs may be missing, so edits go through the writer, which
// reads the text again.
FrontMatter readFrontMatter(QStringView text);

} // namespace postwright
