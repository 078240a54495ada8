// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frontmatter/frontmatter.h"
#include "page/pagetemplate.h"
#include "render/renderer.h"
#include "text/error.h"

#include <QString>

namespace postwright {

// A post as the site export reads it: its text and front matter, for
// reading only. Plain YAML goes through the index's one-pass reader, the
// rest through parseFrontMatter, with the same values a Post has.
struct ExportedPost
{
    QString path;
    QString text;
    FrontMatter frontMatter;

    QStringView body() const { return QStringView(text).sliced(frontMatter.block.bodyStart); }
    qsizetype bodyStart() const { return frontMatter.block.bodyStart; }
    // Front-matter title, else the file name without extension (as Post::title).
    QString title() const;
};

Result<ExportedPost> readExportedPost(const QByteArray &bytes, const QString &path);

// The body rendered with the file's line numbers (as renderPost).
RenderResult renderExportedPost(const ExportedPost &post, RenderOptions options);

// What the page template shows: the same fields pageDataFor gives a Post.
PageData exportedPageData(const ExportedPost &post, const RenderResult &rendered);

} // namespace postwright
