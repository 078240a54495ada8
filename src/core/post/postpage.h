// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page/pagetemplate.h"
#include "post/post.h"
#include "render/renderer.h"
#include "render/renderutf8.h"

namespace postwright {

// What the page template shows for a post: its front matter and body HTML.
PageData pageDataFor(const Post &post, const RenderResult &rendered);
// The same from front matter already parsed (export reads posts its own way).
PageData pageDataFor(const FrontMatter &frontMatter, const QString &title, const RenderResult &rendered);

// The post's body rendered with line numbers of the whole file.
RenderResult renderPost(const Post &post, RenderOptions options = {});
// The same with options.liquid as given: a caller that knows the post's
// site (the site export) saves looking the site up for each post.
RenderResult renderPostInKnownSite(const Post &post, RenderOptions options);
// The same with the HTML as UTF-8 (render/renderutf8.h).
Utf8RenderResult renderPostUtf8(const Post &post, RenderOptions options = {});

} // namespace postwright
