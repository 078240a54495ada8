// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "files/stagedfile.h"
#include "frontmatter/frontmatter.h"
#include "text/error.h"
#include "text/textcodec.h"

#include <QString>

namespace postwright {

struct SaveOptions
{
    // Save a read-only (0444) post all the same: the user confirmed, or
    // gave --force. It stays read-only.
    bool replaceReadOnly = false;
    // A new post: fails when anything has its name (a dangling link too).
    bool createOnly = false;
};

// One post file: front matter + Markdown body, kept as the decoded text with
// its original line endings, encoding and BOM, so that saving an unmodified
// post writes back the identical bytes.
class Post final
{
public:
    Post() = default;

    // Never guesses an encoding: undecodable bytes are an error.
    static Result<Post> fromBytes(const QByteArray &bytes, const QString &path = {});
    static Result<Post> load(const QString &path);
    // fromBytes for a post that is only read (the site export reads
    // thousands): the front matter through readFrontMatter, whose values
    // are parseFrontMatter's without the source layout the form shows.
    // Edits still work: the writer reads the text again.
    static Result<Post> read(const QByteArray &bytes, const QString &path);

    QByteArray toBytes() const;
    // Atomic and durable (writeFileAtomically), in the post's own
    // encoding, BOM and line endings. A symbolic link is followed and its
    // file replaced; a read-only post (code "read-only") and one with
    // other names, hard links (code "hard-links"), are refused.
    Result<Success> save(const QString &path, const SaveOptions &options = {}) const;
    Result<Success> save() const { return save(m_path); }
    // The rules above, for writers that stage a post themselves.
    static WriteOptions writeOptions(const SaveOptions &options = {});

    QString path() const { return m_path; }
    void setPath(const QString &path) { m_path = path; }

    // The whole text, front matter included.
    const QString &text() const { return m_decoded.text; }
    void setText(const QString &text);

    Encoding encoding() const { return m_decoded.encoding; }
    bool hasBom() const { return m_decoded.bom; }
    void setEncoding(Encoding encoding, bool bom);
    LineEnding lineEnding() const { return detectLineEnding(m_decoded.text); }
    // Rewrites every line break as the given one.
    void setLineEnding(LineEnding ending);

    const FrontMatter &frontMatter() const { return m_frontMatter; }
    // The Markdown after the front matter (what the renderer sees).
    QStringView body() const;
    int bodyFirstLine() const { return m_frontMatter.block.bodyFirstLine; }

    // Edit front matter through the one writer (only that key's lines change).
    Result<Success> setField(const QString &key, const Value &value, WriteMode mode = WriteMode::KeepEqual);
    Result<Success> setFields(const QList<FieldChange> &changes, WriteMode mode = WriteMode::KeepEqual);
    Result<Success> removeField(const QString &key);

    // Title from the front matter, else the file name without extension.
    QString title() const;

private:
    static Result<Post> decoded(const QByteArray &bytes, const QString &path, FrontMatter (*parse)(QStringView));
    // Takes the writer's new text, or its error with this post's path.
    Result<Success> applyEdit(Result<QString> written);

    QString m_path;
    DecodedText m_decoded;
    FrontMatter m_frontMatter;
};

} // namespace postwright
