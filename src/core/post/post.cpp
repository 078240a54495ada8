// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "post/post.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace postwright {
namespace {

// The translation context of this file's messages (lupdate reads "PostText::tr").
struct PostText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::Post)
};

// QSaveFile syncs the new file's data before it renames it over the old one
// (Qt 6.4 on Linux: O_TMPFILE, fdatasync, linkat, rename), but not the
// directory that holds the name: until that is synced, a power cut can
// bring the old file back after the editor said "saved".
void syncDirectoryOf(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray directory = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(directory.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
#else
    Q_UNUSED(path);
#endif
}

} // namespace

Result<Post> Post::fromBytes(const QByteArray &bytes, const QString &path)
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
    post.m_frontMatter = parseFrontMatter(post.m_decoded.text);
    if (post.m_frontMatter.error)
        post.m_frontMatter.error->path = path;
    return post;
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

Result<Success> Post::save(const QString &path) const
{
    if (path.isEmpty())
        return Error{path, 0, 0, PostText::tr("the post has no file name yet")};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{path, 0, 0, PostText::tr("cannot write: %1").arg(file.errorString())};
    const QByteArray bytes = toBytes();
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return Error{path, 0, 0, PostText::tr("cannot write: %1").arg(file.errorString())};
    }
    if (!file.commit())
        return Error{path, 0, 0, PostText::tr("cannot save: %1").arg(file.errorString())};
    // A symlinked post is saved through the link: sync the real directory.
    // The new bytes are in place either way; only durability is at stake,
    // and some file systems cannot sync a directory, so this is no error.
    const QString saved = QFileInfo(path).canonicalFilePath();
    syncDirectoryOf(saved.isEmpty() ? path : saved);
    return Success{};
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
