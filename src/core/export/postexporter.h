// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportoptions.h"
#include "text/error.h"

namespace postwright {

// One post as a self-contained HTML file: the preview's page template with
// its stylesheet inlined and every local image embedded as a data: URI (or,
// with options.assets, copied into FILE_files/ beside it). Images are only
// read from inside the post's site (its Hugo/Jekyll root, else its folder);
// a missing image or one outside is a warning. Fails when the post cannot
// be read or the file cannot be written.
Result<PostExportReport> exportPost(const QString &postPath, const PostExportOptions &options);

} // namespace postwright
