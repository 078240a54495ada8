// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a post's front matter means to its site's generator: the site's
// field names, terms of a field, the post record the index keeps, and
// whether a post is published. The listing of post files is in
// sitelisting.cpp.
#include "site/siterules.h"

#include "export/exportsettings.h"
#include "frontmatter/quickfrontmatter.h"
#include "liquid/jekylltime.h"
#include "site/configfile.h"
#include "site/hugovalues.h"
#include "site/zolasite.h"
#include "text/textcodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace postwright {
namespace {

// The translation context of this file's messages, shared with
// sitelisting.cpp (lupdate reads "SiteRulesText::tr").
struct SiteRulesText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::SiteRules)
};

// The date a field holds, with its text as written.
struct FieldDate
{
    QString text;
    QDateTime dateTime;
};

// hugo's timeZone, the zone of a date written without one: an IANA name or
// "Local"; none, or one this system does not know: UTC. Read once per site
// config (its fingerprint changes with the config files) and thread.
QTimeZone hugoTimeZone(const SiteConfig &config)
{
    thread_local QString readFor;
    thread_local QTimeZone zone = QTimeZone::utc();
    const QString key = config.root + QLatin1Char('\n') + config.fingerprint;
    if (key != readFor) {
        readFor = key;
        const Result<QVariantMap> settings = readHugoSettings(config);
        const QString name = settings ? configValue(settings.value(), u"timeZone").toString().trimmed() : QString();
        const QTimeZone named(name.toUtf8());
        if (name.compare(QLatin1String("Local"), Qt::CaseInsensitive) == 0)
            zone = QTimeZone::systemTimeZone();
        else
            zone = name.isEmpty() || !named.isValid() ? QTimeZone::utc() : named;
    }
    return zone;
}

std::optional<FieldDate> dateOf(const Field *field, const SiteConfig &config, FrontMatterFormat format)
{
    const SiteKind kind = config.kind;
    if (!field)
        return std::nullopt;
    // hugo reads RFC 1123, "02 Jan 2006", a Unix time... (cast.ToTime), and
    // no date in "2099-1-1".
    const ValueType type = field->value.type;
    if (kind == SiteKind::Hugo && (type == ValueType::String || type == ValueType::Number || type == ValueType::Date)) {
        const QDateTime dateTime = hugoDate(*field, format, hugoTimeZone(config));
        if (dateTime.isValid() || type != ValueType::Number)
            return FieldDate{type == ValueType::Date ? field->value.date.text : field->value.displayText(), dateTime};
    }
    // Jekyll's YAML reads a timestamp written without a zone in UTC; a
    // quoted one is a string, read as local time.
    if (kind == SiteKind::Jekyll && field->value.type == ValueType::Date && field->style == ValueStyle::Plain) {
        if (const std::optional<QDateTime> time = jekyllYamlTime(field->value.date.text, QTimeZone::utc()))
            return FieldDate{field->value.date.text, *time};
    }
    if (field->value.type == ValueType::Date)
        return FieldDate{field->value.date.text, field->value.date.toDateTime()};
    if (field->value.type == ValueType::String && !field->value.text.trimmed().isEmpty()) {
        const auto parsed = DateTimeValue::parse(field->value.text.trimmed());
        return FieldDate{field->value.text, parsed ? parsed->toDateTime() : QDateTime()};
    }
    return std::nullopt;
}

std::optional<bool> boolOf(const Field *field)
{
    if (!field)
        return std::nullopt;
    if (field->value.type == ValueType::Bool)
        return field->value.boolean;
    if (field->value.type == ValueType::String) {
        const QString text = field->value.text.trimmed().toLower();
        if (text == QLatin1String("true"))
            return true;
        if (text == QLatin1String("false"))
            return false;
    }
    return std::nullopt;
}

const Field *firstSiteField(const SiteConfig &config, const FrontMatter &fm, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        if (const Field *f = siteField(config, fm, QString::fromLatin1(key)))
            return f;
    }
    return nullptr;
}

void appendUnique(QStringList &list, const QStringList &items)
{
    for (const QString &item : items) {
        if (!item.isEmpty() && !list.contains(item))
            list.append(item);
    }
}

// The start of bytes that holds the whole front-matter block, up to and
// with its closing delimiter line; empty when there is no block. Only that
// much is decoded and parsed: posts are mostly body. When unsure (JSON,
// UTF-16, no closing line) the whole file.
QByteArray frontMatterBytes(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return bytes;
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const QByteArrayView rest = QByteArrayView(bytes).sliced(start);
    QByteArrayView closers[2];
    if (rest.startsWith("---"))
        closers[0] = "---", closers[1] = "...";
    else if (rest.startsWith("+++"))
        closers[0] = closers[1] = "+++";
    else if (rest.startsWith("{"))
        return bytes;
    else
        return bytes.left(start);
    bool firstLine = true;
    qsizetype lineStart = start;
    for (qsizetype i = start; i <= bytes.size(); ++i) {
        const bool end = i == bytes.size();
        const char c = end ? '\n' : bytes.at(i);
        if (c != '\n' && c != '\r')
            continue;
        const QByteArrayView line = QByteArrayView(bytes).sliced(lineStart, i - lineStart);
        qsizetype next = i + 1;
        if (c == '\r' && next < bytes.size() && bytes.at(next) == '\n')
            ++next;
        // As the parser: the delimiter starts the line, blanks may follow.
        const auto closes = [&line](QByteArrayView closer) {
            return line.startsWith(closer) && line.sliced(closer.size()).trimmed().isEmpty();
        };
        if (!firstLine && (closes(closers[0]) || closes(closers[1])))
            return bytes.left(std::min(next, bytes.size()));
        firstLine = false;
        lineStart = next;
        i = next - 1;
    }
    return bytes;
}

} // namespace

const Field *siteField(const SiteConfig &config, const FrontMatter &frontMatter, const QString &key)
{
    if (const Field *f = frontMatter.field(key))
        return f;
    if (config.kind != SiteKind::Hugo)
        return nullptr;
    for (const Field &f : frontMatter.fields) {
        if (f.key.compare(key, Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

QStringList taxonomyKeys(const SiteConfig &config, const QString &taxonomy)
{
    if (config.kind == SiteKind::Zola)
        return {QStringLiteral("taxonomies.") + taxonomy};
    QStringList keys;
    if (config.kind == SiteKind::Jekyll) {
        for (const Taxonomy &t : config.taxonomies) {
            if (t.plural == taxonomy && t.singular != taxonomy)
                keys.append(t.singular);
        }
    }
    keys.append(taxonomy);
    return keys;
}

QStringList termsOfField(const SiteConfig &config, const Field &field)
{
    const Value &value = field.value;
    if (value.type == ValueType::List)
        return value.list;
    if (value.type == ValueType::Null || value.type == ValueType::Map)
        return {};
    const QString text = value.type == ValueType::String || value.type == ValueType::Text ? value.text
                                                                                          : value.displayText();
    const bool singular = std::any_of(config.taxonomies.cbegin(), config.taxonomies.cend(), [&](const Taxonomy &t) {
        return t.singular == field.key && t.singular != t.plural;
    });
    if (config.kind == SiteKind::Jekyll && !singular)
        return text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    const QString term = text.trimmed();
    return term.isEmpty() ? QStringList() : QStringList{term};
}

Value termsFieldValue(const SiteConfig &config, const Value &old, const QStringList &terms)
{
    if (old.type == ValueType::List || old.type == ValueType::Null)
        return Value::fromList(terms);
    if (config.kind == SiteKind::Jekyll || terms.size() <= 1)
        return Value::fromString(terms.join(QLatin1Char(' ')));
    return Value::fromList(terms);
}

namespace {

// What a record knows of its file before reading it: path, kind and the
// cache key (size, modification and change times).
PostRecord recordOfFile(const SiteFile &file)
{
    PostRecord record;
    record.path = file.path;
    record.size = file.size;
    record.modified = file.modified;
    record.changed = file.changed;
    record.kind = file.kind;
    return record;
}

// What a post's path says: slug, section, and for Jekyll the date in the
// file name and the categories of the folders above _posts.
PostRecord recordOfPath(const SiteConfig &config, const SiteFile &file)
{
    PostRecord record = recordOfFile(file);
    const QStringList parts = file.path.split(QLatin1Char('/'));
    const QString fileName = parts.last();
    const QString baseName = fileName.left(fileName.lastIndexOf(QLatin1Char('.')));
    record.slug = file.kind == PostKind::Bundle && parts.size() > 1 ? parts.at(parts.size() - 2) : baseName;

    std::optional<JekyllFileName> jekyllName;
    QStringList folderCategories;
    if (config.hasContentTree()) {
        const QStringList contentParts =
            QDir(config.contentDir).relativeFilePath(config.absolutePath(file.path)).split(QLatin1Char('/'));
        record.section = contentParts.size() > 1 ? contentParts.first() : QString();
    } else if (config.kind == SiteKind::Jekyll) {
        const qsizetype marker = std::max(parts.indexOf(QStringLiteral("_posts")), parts.indexOf(QStringLiteral("_drafts")));
        folderCategories = parts.mid(0, std::max<qsizetype>(marker, 0));
        record.section = folderCategories.join(QLatin1Char('/'));
        if (!file.jekyllDraft) {
            jekyllName = parseJekyllFileName(fileName);
            if (jekyllName) {
                record.slug = jekyllName->slug;
                record.dateText = jekyllName->dateText;
                record.date = QDateTime(jekyllName->date, QTime(0, 0));
            }
        }
        record.draft = file.jekyllDraft;
    } else {
        record.section = parts.size() > 1 ? parts.mid(0, parts.size() - 1).join(QLatin1Char('/')) : QString();
    }
    record.title = record.slug;
    if (!folderCategories.isEmpty())
        record.terms.insert(QStringLiteral("categories"), folderCategories);
    return record;
}

// The front matter of a post's bytes, decoded and parsed: only the block's
// bytes when that is enough.
struct FrontMatterRead
{
    std::optional<Error> decodeError;   // the file is not text
    QString text;
    FrontMatter frontMatter;
};

FrontMatterRead readFrontMatterOf(const QByteArray &bytes)
{
    const QByteArray head = frontMatterBytes(bytes);
    Result<DecodedText> decoded = decodeText(head);
    // Only the front matter is decoded here, but a file that is not text at
    // all (an image named .md, a stray binary, a file of zeros, UTF-16
    // without a BOM) is an error, not a post. Qt's validator and a NUL are
    // fast to find; decodeText then says what is wrong and where.
    if (decoded && decoded.value().encoding == Encoding::Utf8
        && (!QByteArrayView(bytes).isValidUtf8() || bytes.contains('\0')))
        decoded = decodeText(bytes);
    FrontMatterRead read;
    if (!decoded) {
        read.decodeError = decoded.error();
        return read;
    }
    read.text = decoded.value().text;
    read.frontMatter = readFrontMatter(read.text);
    // The cut was too early for the parser's own rules: read it all.
    if (head.size() != bytes.size() && read.frontMatter.format() != FrontMatterFormat::None
        && !read.frontMatter.block.closed) {
        decoded = decodeText(bytes);
        if (decoded) {
            read.text = decoded.value().text;
            read.frontMatter = parseFrontMatter(read.text);
        }
    }
    return read;
}

// Hugo's weight (a number, or text of one, as cast.ToInt) and linkTitle.
void applyHugoListKeys(const SiteConfig &config, const FrontMatter &fm, PostRecord &record)
{
    if (const Field *weight = siteField(config, fm, QStringLiteral("weight"))) {
        if (weight->value.type == ValueType::Number)
            record.weight = int(std::clamp(weight->value.number, -1e9, 1e9));
        else if (weight->value.type == ValueType::String)
            record.weight = weight->value.text.trimmed().toInt();
    }
    if (const Field *linkTitle = siteField(config, fm, QStringLiteral("linkTitle")))
        record.linkTitle = linkTitle->value.displayText().trimmed();
}

// What the front matter (fm, parsed from postText) says, in the site's rules.
void applyFrontMatter(const SiteConfig &config, const FrontMatter &fm, const QString &postText, PostRecord &record)
{
    record.format = fm.format();
    if (fm.error) {
        Error error = *fm.error;
        error.path = record.path;
        record.error = error;
        return;
    }
    if (const Field *title = siteField(config, fm, QStringLiteral("title"))) {
        const QString text = title->value.displayText().trimmed();
        if (!text.isEmpty())
            record.title = text;
    }
    record.ownUrl = ownUrlOf(config, fm);
    if (const Field *slug = siteField(config, fm, QStringLiteral("slug"))) {
        const QString text = slug->value.displayText().trimmed();
        if (!text.isEmpty())
            record.slug = text;
    }
    if (const auto date = dateOf(siteField(config, fm, QStringLiteral("date")), config, fm.format())) {
        record.dateText = date->text;
        record.date = date->dateTime;
    }
    if (config.kind == SiteKind::Jekyll) {
        if (boolOf(siteField(config, fm, QStringLiteral("published"))) == false)
            record.draft = true;
    } else {
        const Field *draft = siteField(config, fm, QStringLiteral("draft"));
        record.draft = (config.kind == SiteKind::Hugo && draft ? hugoBool(*draft, fm.format()) : boolOf(draft)).value_or(false);
        if (config.kind == SiteKind::Plain && boolOf(siteField(config, fm, QStringLiteral("published"))) == false)
            record.draft = true;
        // Hugo's aliases: pubdate and published for publishDate, unpublishdate for expiryDate.
        if (const auto d = dateOf(firstSiteField(config, fm, {"publishDate", "pubdate", "published"}), config, fm.format()))
            record.publishDate = d->dateTime;
        if (const auto d = dateOf(firstSiteField(config, fm, {"expiryDate", "unpublishdate"}), config, fm.format()))
            record.expiryDate = d->dateTime;
    }
    if (config.kind == SiteKind::Hugo) {
        record.build = readBuildFrontMatter(fm, postText, config.newerBuildKey);
        record.build.hasDraft = siteField(config, fm, QStringLiteral("draft")) != nullptr;
        applyHugoListKeys(config, fm, record);
    }
    if (config.kind == SiteKind::Zola)
        applyZolaPageRules(config, fm, record);
    for (const Taxonomy &taxonomy : config.taxonomies) {
        QStringList terms = record.terms.value(taxonomy.plural);
        for (const QString &key : taxonomyKeys(config, taxonomy.plural)) {
            if (const Field *f = siteField(config, fm, key)) {
                appendUnique(terms, termsOfField(config, *f));
                break;   // Jekyll: the singular key, when there is one, wins
            }
        }
        if (!terms.isEmpty())
            record.terms.insert(taxonomy.plural, terms);
    }
}

} // namespace

QString ownUrlOf(const SiteConfig &config, const FrontMatter &frontMatter)
{
    const QString key = config.kind == SiteKind::Jekyll ? QStringLiteral("permalink")
                        : config.kind == SiteKind::Zola ? QStringLiteral("path")
                                                        : QStringLiteral("url");
    const Field *field = siteField(config, frontMatter, key);
    return field && field->value.isScalar() ? field->value.displayText() : QString();
}

PostRecord readPostRecord(const SiteConfig &config, const SiteFile &file, const QByteArray &bytes)
{
    PostRecord record = recordOfPath(config, file);
    const FrontMatterRead read = readFrontMatterOf(bytes);
    if (read.decodeError) {
        Error error = *read.decodeError;
        error.path = file.path;
        record.error = error;
        return record;
    }
    applyFrontMatter(config, read.frontMatter, read.text, record);
    return record;
}

PostRecord readPostRecord(const SiteConfig &config, const SiteFile &file, const FrontMatter &frontMatter, const QString &text)
{
    PostRecord record = recordOfPath(config, file);
    applyFrontMatter(config, frontMatter, text, record);
    return record;
}

PostRecord readPostRecord(const SiteConfig &config, const SiteFile &file, PostRead scope)
{
    QFile in(config.absolutePath(file.path));
    // Unbuffered: a front-matter read asks the system for one page, not
    // for QFile's 16 KB buffer.
    if (!in.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        PostRecord record = recordOfFile(file);
        record.title = file.path;
        record.error = Error{file.path, 0, 0, SiteRulesText::tr("cannot read: %1").arg(in.errorString())};
        return record;
    }
    if (scope == PostRead::FrontMatter) {
        // Most front matter fits in the first page; a longer one, or one
        // that only ends with the file (JSON, UTF-16), is read whole.
        const QByteArray start = in.read(4096);
        const QByteArray head = frontMatterBytes(start);
        if (head.size() < start.size() || in.atEnd()) {
            PostRecord record = readPostRecord(config, file, head);
            // The whole file has the last word on anything the head got
            // wrong (a front matter the cut left unclosed).
            if (!record.error || in.atEnd())
                return record;
        }
        return readPostRecord(config, file, start + in.readAll());
    }
    return readPostRecord(config, file, in.readAll());
}

bool isPublished(const SiteConfig &config, const PostRecord &record, const QDateTime &now)
{
    if (record.error)
        return false;
    if (record.isDraft() && !config.buildDrafts)
        return false;
    if (record.isFuture(now) && !config.buildFuture)
        return false;
    if (record.isExpired(now) && !config.buildExpired)
        return false;
    return true;
}

QStringList jekyllPostUrlNames(const QString &path)
{
    const QStringList folders = QFileInfo(path).path().split(QLatin1Char('/'));
    const qsizetype posts = folders.lastIndexOf(QStringLiteral("_posts"));
    if (posts < 0)
        return {};
    const QString name = QFileInfo(path).completeBaseName();
    QStringList names;
    for (const QStringList &around : {folders.mid(posts + 1), folders.first(posts)}) {
        if (!around.isEmpty())
            names.append(around.join(QLatin1Char('/')) + QLatin1Char('/') + name);
    }
    names.append(name);
    return names;
}

} // namespace postwright
