// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportedpost.h"

#include "post/postpage.h"
#include "site/quickfrontmatter.h"
#include "text/textcodec.h"

#include <QFileInfo>

namespace postwright {

QString ExportedPost::title() const
{
    const QString title = frontMatter.string(QStringLiteral("title")).trimmed();
    return title.isEmpty() ? QFileInfo(path).completeBaseName() : title;
}

Result<ExportedPost> readExportedPost(const QByteArray &bytes, const QString &path)
{
    Result<DecodedText> decoded = decodeText(bytes);
    if (!decoded) {
        Error error = decoded.error();
        error.path = path;
        return error;
    }
    ExportedPost post;
    post.path = path;
    post.text = std::move(decoded.value().text);
    const FrontMatterBlock block = locateFrontMatter(post.text);
    if (block.format == FrontMatterFormat::Yaml && block.closed) {
        const QStringView content = QStringView(post.text).sliced(block.contentStart, block.contentEnd - block.contentStart);
        if (std::optional<QList<Field>> fields = readSimpleYaml(content)) {
            post.frontMatter.block = block;
            post.frontMatter.fields = std::move(*fields);
            return post;
        }
    }
    post.frontMatter = parseFrontMatter(post.text);
    if (post.frontMatter.error)
        post.frontMatter.error->path = path;
    return post;
}

RenderResult renderExportedPost(const ExportedPost &post, RenderOptions options)
{
    options.firstLine = post.frontMatter.block.bodyFirstLine;
    return render(post.body(), options);
}

PageData exportedPageData(const ExportedPost &post, const RenderResult &rendered)
{
    return pageDataFor(post.frontMatter, post.title(), rendered);
}

} // namespace postwright
