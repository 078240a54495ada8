// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/postrecord.h"

namespace postwright {
namespace {

// Dates as ms since the epoch: QDataStream's QDateTime form carries its
// time zone and costs several times more to read back.
void writeDate(QDataStream &stream, const QDateTime &date)
{
    stream << date.isValid() << (date.isValid() ? date.toMSecsSinceEpoch() : qint64(0));
}

QDateTime readDate(QDataStream &stream)
{
    bool valid = false;
    qint64 ms = 0;
    stream >> valid >> ms;
    return valid ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

} // namespace

PostState PostRecord::state(const QDateTime &now) const
{
    if (draft)
        return PostState::Draft;
    if ((date.isValid() && date > now) || (publishDate.isValid() && publishDate > now))
        return PostState::Scheduled;
    if (expiryDate.isValid() && expiryDate <= now)
        return PostState::Expired;
    return PostState::Published;
}

QString postKindName(PostKind kind)
{
    switch (kind) {
    case PostKind::Bundle:
        return QStringLiteral("bundle");
    case PostKind::Section:
        return QStringLiteral("section");
    case PostKind::Post:
        break;
    }
    return QStringLiteral("post");
}

QString postStateName(PostState state)
{
    switch (state) {
    case PostState::Draft:
        return QStringLiteral("draft");
    case PostState::Scheduled:
        return QStringLiteral("scheduled");
    case PostState::Expired:
        return QStringLiteral("expired");
    case PostState::Published:
        break;
    }
    return QStringLiteral("published");
}

QDataStream &operator<<(QDataStream &stream, const PostRecord &record)
{
    stream << record.path << record.size << record.modified << qint32(record.kind) << record.title << record.slug
           << record.section << record.dateText.has_value() << record.dateText.value_or(QString());
    writeDate(stream, record.date);
    writeDate(stream, record.publishDate);
    writeDate(stream, record.expiryDate);
    stream << record.draft << record.terms << qint32(record.format) << record.error.has_value();
    if (record.error)
        stream << record.error->line << record.error->column << record.error->message;
    return stream;
}

QDataStream &operator>>(QDataStream &stream, PostRecord &record)
{
    qint32 kind = 0;
    qint32 format = 0;
    bool hasDate = false;
    QString dateText;
    bool hasError = false;
    stream >> record.path >> record.size >> record.modified >> kind >> record.title >> record.slug >> record.section
        >> hasDate >> dateText;
    record.date = readDate(stream);
    record.publishDate = readDate(stream);
    record.expiryDate = readDate(stream);
    stream >> record.draft >> record.terms >> format >> hasError;
    record.kind = PostKind(kind);
    record.format = FrontMatterFormat(format);
    record.dateText = hasDate ? std::optional<QString>(dateText) : std::nullopt;
    record.error.reset();
    if (hasError) {
        Error error;
        stream >> error.line >> error.column >> error.message;
        error.path = record.path;
        record.error = error;
    }
    return stream;
}

} // namespace postwright
