// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "post/postpage.h"

#include "liquid/jekyllsite.h"

#include <utility>

namespace postwright {
namespace {

QStringList listOf(const FrontMatter &fm, const char *key)
{
    const Field *f = fm.field(QString::fromLatin1(key));
    if (!f)
        return {};
    if (f->value.type == ValueType::List)
        return f->value.list;
    // Jekyll allows "tags: a b c".
    if (f->value.type == ValueType::String)
        return f->value.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return {};
}

QString scalarOf(const FrontMatter &fm, std::initializer_list<const char *> keys)
{
    const Field *f = fm.firstField(keys);
    return f && f->value.isScalar() ? f->value.displayText() : QString();
}

} // namespace

PageData pageDataFor(const Post &post, const RenderResult &rendered)
{
    return pageDataFor(post.frontMatter(), post.title(), rendered);
}

PageData pageDataFor(const FrontMatter &fm, const QString &title, const RenderResult &rendered)
{
    PageData page;
    page.title = title;
    page.date = scalarOf(fm, {"date", "publishDate", "pubDate"});
    page.author = scalarOf(fm, {"author"});
    if (page.author.isEmpty())
        page.author = listOf(fm, "authors").join(QStringLiteral(", "));
    page.summary = scalarOf(fm, {"summary", "description", "excerpt"});
    page.tags = listOf(fm, "tags");
    page.categories = listOf(fm, "categories");
    page.lang = scalarOf(fm, {"lang", "language"});
    page.bodyHtml = rendered.html;
    return page;
}

namespace {

RenderOptions postOptions(const Post &post, RenderOptions options)
{
    options.firstLine = post.bodyFirstLine();
    // A post of a Jekyll site runs through Liquid first, as Jekyll does.
    if (!options.liquid)
        options.liquid = jekyllLiquidFor(post.path(), post.text());
    return options;
}

} // namespace

RenderResult renderPost(const Post &post, RenderOptions options)
{
    return render(post.body(), postOptions(post, std::move(options)));
}

RenderResult renderPostInKnownSite(const Post &post, RenderOptions options)
{
    options.firstLine = post.bodyFirstLine();
    return render(post.body(), options);
}

Utf8RenderResult renderPostUtf8(const Post &post, RenderOptions options)
{
    return renderUtf8(post.body(), postOptions(post, std::move(options)));
}

} // namespace postwright
