// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/postrecord.h"
#include "frontmatter/wallclock.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>

namespace postwright {
namespace {

// Dates keep their kind, so that a record from the cache prints its date
// exactly as one read from the file: a fixed offset (what a zone in the
// text gives), UTC, or local time (no zone in the text). QDataStream's own
// QDateTime form costs several times more to read back (a time zone by ID).
enum class DateKind : quint8 { Invalid, Utc, Offset, Local };

void writeDate(QDataStream &stream, const QDateTime &date)
{
    if (!date.isValid()) {
        stream << quint8(DateKind::Invalid);
    } else if (date.timeSpec() == Qt::UTC) {
        stream << quint8(DateKind::Utc) << date.toMSecsSinceEpoch();
    } else if (date.timeSpec() == Qt::LocalTime) {
        stream << quint8(DateKind::Local) << date.date().toJulianDay() << date.time().msecsSinceStartOfDay();
    } else {
        stream << quint8(DateKind::Offset) << date.toMSecsSinceEpoch() << qint32(date.offsetFromUtc());
    }
}

QDateTime readDate(QDataStream &stream)
{
    quint8 kind = 0;
    stream >> kind;
    qint64 number = 0;
    switch (DateKind(kind)) {
    case DateKind::Utc:
        stream >> number;
        return QDateTime::fromMSecsSinceEpoch(number, Qt::UTC);
    case DateKind::Offset: {
        qint32 offset = 0;
        stream >> number >> offset;
        // Posts share a handful of offsets: one zone object each.
        thread_local QHash<qint32, QTimeZone> zones;
        auto zone = zones.constFind(offset);
        if (zone == zones.cend())
            zone = zones.insert(offset, QTimeZone(offset));
        return QDateTime::fromMSecsSinceEpoch(number, zone.value());
    }
    case DateKind::Local: {
        int msecs = 0;
        stream >> number >> msecs;
        return wallClockTime(QDate::fromJulianDay(number), QTime::fromMSecsSinceStartOfDay(msecs));
    }
    case DateKind::Invalid:
        break;
    }
    return {};
}

void writeBuild(QDataStream &stream, const std::optional<BuildOptions> &build)
{
    stream << build.has_value();
    if (build)
        stream << quint8(build->render) << quint8(build->list) << build->publishResources;
}

std::optional<BuildOptions> readBuild(QDataStream &stream)
{
    bool has = false;
    stream >> has;
    if (!has)
        return std::nullopt;
    quint8 render = 0;
    quint8 list = 0;
    BuildOptions build;
    stream >> render >> list >> build.publishResources;
    build.render = RenderOption(std::min<quint8>(render, quint8(RenderOption::Never)));
    build.list = ListOption(std::min<quint8>(list, quint8(ListOption::Never)));
    return build;
}

// An optional bool as one byte: 0 unset, 1 false, 2 true.
quint8 optionalBool(const std::optional<bool> &value)
{
    return value ? (*value ? 2 : 1) : 0;
}

std::optional<bool> optionalBool(quint8 value)
{
    return value == 0 ? std::nullopt : std::optional<bool>(value == 2);
}

void writeCascade(QDataStream &stream, const QList<CascadeEntry> &cascade)
{
    stream << qint32(cascade.size());
    for (const CascadeEntry &entry : cascade) {
        const CascadeTarget &t = entry.target;
        const CascadeValues &v = entry.values;
        stream << t.path << t.kind << t.lang << t.environment << optionalBool(v.draft) << optionalBool(v.headless);
        writeDate(stream, v.publishDate);
        writeDate(stream, v.expiryDate);
        writeDate(stream, v.date);
        writeBuild(stream, v.build);
    }
}

QList<CascadeEntry> readCascadeEntries(QDataStream &stream)
{
    qint32 count = 0;
    stream >> count;
    QList<CascadeEntry> cascade;
    for (qint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        CascadeEntry entry;
        CascadeTarget &t = entry.target;
        CascadeValues &v = entry.values;
        quint8 draft = 0;
        quint8 headless = 0;
        stream >> t.path >> t.kind >> t.lang >> t.environment >> draft >> headless;
        v.draft = optionalBool(draft);
        v.headless = optionalBool(headless);
        v.publishDate = readDate(stream);
        v.expiryDate = readDate(stream);
        v.date = readDate(stream);
        v.build = readBuild(stream);
        cascade.append(entry);
    }
    return cascade;
}

} // namespace

QDateTime PostRecord::effectivePublishDate() const
{
    if (publishDate.isValid())
        return publishDate;
    if (inherited.publishDate.isValid())
        return inherited.publishDate;
    // hugo: the date, the page's own or handed down by a cascade.
    return date.isValid() ? date : inherited.date;
}

bool PostRecord::isFuture(const QDateTime &now) const
{
    const QDateTime published = effectivePublishDate();
    return published.isValid() && published > now;
}

PostState PostRecord::state(const QDateTime &now) const
{
    return unbuiltAs(BuildStates{}, now).value_or(PostState::Published);
}

std::optional<PostState> PostRecord::unbuiltAs(const BuildStates &states, const QDateTime &now) const
{
    if (isDraft() && !states.drafts)
        return PostState::Draft;
    if (isFuture(now) && !states.future)
        return PostState::Scheduled;
    if (isExpired(now) && !states.expired)
        return PostState::Expired;
    return std::nullopt;
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
    stream << record.path << record.size << record.modified << record.changed << qint32(record.kind) << record.title << record.slug
           << record.section << record.dateText.has_value() << record.dateText.value_or(QString());
    writeDate(stream, record.date);
    writeDate(stream, record.publishDate);
    writeDate(stream, record.expiryDate);
    stream << record.draft << record.terms << qint32(record.format) << record.error.has_value();
    if (record.error)
        stream << record.error->line << record.error->column << record.error->message;
    writeBuild(stream, record.build.build);
    stream << optionalBool(record.build.headless) << record.build.hasDraft;
    writeCascade(stream, record.build.cascade);
    stream << qint32(record.weight) << record.linkTitle << record.ownUrl;
    return stream;
}

QDataStream &operator>>(QDataStream &stream, PostRecord &record)
{
    qint32 kind = 0;
    qint32 format = 0;
    bool hasDate = false;
    QString dateText;
    bool hasError = false;
    stream >> record.path >> record.size >> record.modified >> record.changed >> kind >> record.title >> record.slug >> record.section
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
    record.build.build = readBuild(stream);
    quint8 headless = 0;
    stream >> headless >> record.build.hasDraft;
    record.build.headless = optionalBool(headless);
    record.build.cascade = readCascadeEntries(stream);
    qint32 weight = 0;
    stream >> weight >> record.linkTitle >> record.ownUrl;
    record.weight = weight;
    record.inherited = {};
    return stream;
}

} // namespace postwright
