// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "post/post.h"

#include "frontmatter/quickfrontmatter.h"

#include "files/atomicwrite.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace postwright {
namespace {

// The translation context of this file's messages (lupdate reads "PostText::tr").
struct PostText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::Post)
};

} // namespace

Result<Post> Post::decoded(const QByteArray &bytes, const QString &path, FrontMatter (*parse)(QStringView))
{
    Result<DecodedText> decoded = decodeText(bytes);
    if (!decoded) {
        Error error = decoded.error();
        error.path = path;
        return error;
    }
    Post post;
    post.m_path = path;
    post.m_decoded = std::move(decoded).value();
    post.m_frontMatter = parse(post.m_decoded.text);
    if (post.m_frontMatter.error)
        post.m_frontMatter.error->path = path;
    return post;
}

Result<Post> Post::fromBytes(const QByteArray &bytes, const QString &path)
{
    return decoded(bytes, path, &parseFrontMatter);
}

Result<Post> Post::read(const QByteArray &bytes, const QString &path)
{
    return decoded(bytes, path, &readFrontMatter);
}

Result<Post> Post::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path, 0, 0, PostText::tr("cannot read: %1").arg(file.errorString())};
    return fromBytes(file.readAll(), path);
}

QByteArray Post::toBytes() const
{
    return encodeText(m_decoded);
}

WriteOptions Post::writeOptions(const SaveOptions &options)
{
    WriteOptions write;
    write.followSymlink = true;
    write.refuseHardLinks = true;
    write.replaceReadOnly = options.replaceReadOnly;
    write.createOnly = options.createOnly;
    return write;
}

Result<Success> Post::save(const QString &path, const SaveOptions &options) const
{
    if (path.isEmpty())
        return Error{path, 0, 0, PostText::tr("the post has no file name yet")};
    Result<Success> saved = writeFileAtomically(path, toBytes(), writeOptions(options));
    if (!saved) {
        Error error = saved.error();
        error.path = path;
        return error;
    }
    return saved;
}

void Post::setText(const QString &text)
{
    m_decoded.text = text;
    m_frontMatter = parseFrontMatter(m_decoded.text);
    if (m_frontMatter.error)
        m_frontMatter.error->path = m_path;
}

void Post::setEncoding(Encoding encoding, bool bom)
{
    m_decoded.encoding = encoding;
    // UTF-16 without a BOM cannot be told from binary when read back.
    m_decoded.bom = encoding == Encoding::Utf8 ? bom : true;
}

void Post::setLineEnding(LineEnding ending)
{
    const char *newline = ending == LineEnding::CRLF ? "\r\n" : ending == LineEnding::CR ? "\r" : "\n";
    setText(convertLineEndings(m_decoded.text, QString::fromLatin1(newline)));
}

QStringView Post::body() const
{
    return QStringView(m_decoded.text).sliced(m_frontMatter.block.bodyStart);
}

Result<Success> Post::setField(const QString &key, const Value &value, WriteMode mode)
{
    return applyEdit(setFrontMatterField(m_decoded.text, key, value, mode));
}

Result<Success> Post::setFields(const QList<FieldChange> &changes, WriteMode mode)
{
    return applyEdit(setFrontMatterFields(m_decoded.text, changes, mode));
}

Result<Success> Post::removeField(const QString &key)
{
    return applyEdit(removeFrontMatterField(m_decoded.text, key));
}

Result<Success> Post::applyEdit(Result<QString> written)
{
    if (!written) {
        Error error = written.error();
        error.path = m_path;
        return error;
    }
    setText(written.value());
    return Success{};
}

QString Post::title() const
{
    const QString title = m_frontMatter.string(QStringLiteral("title")).trimmed();
    if (!title.isEmpty())
        return title;
    return QFileInfo(m_path).completeBaseName();
}

} // namespace postwright
