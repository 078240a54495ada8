// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/posturl.h"

#include "export/localreference.h"
#include "liquid/jekylldefaults.h"
#include "liquid/jekylltime.h"
#include "site/slug.h"
#include "site/zolasite.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

namespace postwright {
namespace {

QString baseNameOf(const QString &path)
{
    const QString name = path.section(QLatin1Char('/'), -1);
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? name.left(dot) : name;
}

// The post's date for URL placeholders, in the zone it was written in.
QDate urlDate(const PostRecord &record)
{
    if (record.date.isValid())
        return record.date.date();
    if (record.publishDate.isValid())
        return record.publishDate.date();
    return QDateTime::fromMSecsSinceEpoch(record.modified).date();
}

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

// Hugo lower-cases paths and turns spaces into hyphens unless told not to.
QString hugoPathPart(const ExportSettings &settings, const QString &part)
{
    QString out = part;
    out.replace(QLatin1Char(' '), QLatin1Char('-'));
    return settings.hugoPathToLower ? out.toLower() : out;
}

bool hasExtension(const QString &urlPath)
{
    const QString last = urlPath.section(QLatin1Char('/'), -1);
    return last.contains(QLatin1Char('.'));
}

QString expand(QString pattern, const QList<std::pair<QString, QString>> &values)
{
    // Longest placeholder first, so ":title" does not eat ":titles".
    QList<std::pair<QString, QString>> sorted = values;
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    for (const auto &[key, value] : sorted)
        pattern.replace(QLatin1Char(':') + key, value);
    return pattern;
}

QString hugoUrl(const SiteConfig &config, const ExportSettings &settings, const PostRecord &record,
                const UrlOverrides &overrides)
{
    if (!overrides.url.trimmed().isEmpty())
        return overrides.url.trimmed();
    const QString inContent = QDir(config.contentDir).relativeFilePath(config.absolutePath(record.path));
    QStringList folders = inContent.split(QLatin1Char('/'));
    folders.removeLast();
    // A section's list page: its folder's path ([permalinks] move its pages only).
    if (record.kind == PostKind::Section)
        return hugoSectionUrl(settings, folders.join(QLatin1Char('/')));
    const QString fileName = record.kind == PostKind::Bundle && !folders.isEmpty() ? folders.takeLast()
                                                                                   : baseNameOf(record.path);
    const bool hasSlug = record.slug != fileName;
    const QString section = folders.value(0);
    const QString pattern = settings.hugoPermalinks.value(section);
    if (!pattern.isEmpty() && !section.isEmpty()) {
        const QDate date = urlDate(record);
        const QString titleSlug = urlize(record.title);
        return expand(pattern, {{QStringLiteral("year"), QString::number(date.year())},
                                {QStringLiteral("month"), twoDigits(date.month())},
                                {QStringLiteral("day"), twoDigits(date.day())},
                                {QStringLiteral("title"), titleSlug},
                                {QStringLiteral("slug"), hasSlug ? urlize(record.slug) : titleSlug},
                                {QStringLiteral("filename"), hugoPathPart(settings, fileName)},
                                {QStringLiteral("contentbasename"), hugoPathPart(settings, fileName)},
                                {QStringLiteral("section"), hugoPathPart(settings, section)},
                                {QStringLiteral("sections"), hugoPathPart(settings, folders.join(QLatin1Char('/')))}});
    }
    QString url = QStringLiteral("/");
    for (const QString &folder : std::as_const(folders))
        url += hugoPathPart(settings, folder) + QLatin1Char('/');
    return url + hugoPathPart(settings, hasSlug ? record.slug : fileName) + QLatin1Char('/');
}

// slug, unless it is empty (a title of nothing but punctuation).
QString orRaw(const QString &slug, const QString &raw)
{
    return slug.isEmpty() ? raw : slug;
}

// Jekyll's Utils.slugify: a run of characters outside letters, marks and
// digits (pretty: also ._~!$&'()+,;=@) becomes one hyphen, hyphens at the
// ends go, lower case unless cased.
QString jekyllSlugify(const QString &text, bool pretty, bool cased)
{
    QString out;
    out.reserve(text.size());
    bool run = false;
    for (const char32_t c : text.toUcs4()) {
        const bool kept = QChar::isLetterOrNumber(c) || QChar::isMark(c)
                          || (pretty && c < 0x80 && QByteArrayView("._~!$&'()+,;=@").contains(char(c)));
        if (!kept) {
            run = true;
            continue;
        }
        if (run && !out.isEmpty())
            out += QLatin1Char('-');
        run = false;
        out += QString::fromUcs4(&c, 1);
    }
    return cased ? out : out.toLower();
}

// A post's categories as Jekyll has them: the folders above _posts, the
// front-matter defaults', the post's own.
QStringList jekyllPostCategories(const ExportSettings &settings, const PostRecord &record)
{
    if (!settings.jekyllDefaults.isValid())
        return record.categories();
    const LiquidValue defaults = JekyllDefaults::fromVariant(settings.jekyllDefaults)
                                     .find(record.path, QStringLiteral("posts"), QStringLiteral("categories"));
    if (defaults.isNil())
        return record.categories();
    const QStringList parts = record.path.split(QLatin1Char('/'));
    const qsizetype marker = std::max(parts.indexOf(QStringLiteral("_posts")), parts.indexOf(QStringLiteral("_drafts")));
    QStringList categories = parts.mid(0, std::max<qsizetype>(marker, 0));
    for (const QString &category : jekyllTermWords(defaults) + record.categories()) {
        if (!categories.contains(category))
            categories << category;
    }
    return categories;
}

QString jekyllUrl(const ExportSettings &settings, const PostRecord &record, const UrlOverrides &overrides)
{
    QString permalink = overrides.permalink.trimmed();
    // The permalink the site's front-matter defaults give the post.
    if (permalink.isEmpty() && settings.jekyllDefaults.isValid())
        permalink = JekyllDefaults::fromVariant(settings.jekyllDefaults)
                        .find(record.path, QStringLiteral("posts"), QStringLiteral("permalink"))
                        .toString()
                        .trimmed();
    const QString pattern = permalink.isEmpty() ? settings.jekyllPermalink : expandJekyllPermalinkStyle(permalink);
    QDate date = urlDate(record);
    QDateTime time = record.date.isValid() ? record.date : QDateTime::fromMSecsSinceEpoch(record.modified);
    // Jekyll reads each date in _config.yml's timezone, else in the
    // system's: a date with another offset may fall on another day there.
    if (record.date.isValid() && record.date.timeSpec() != Qt::LocalTime) {
        time = jekyllInZone(record.date, jekyllTimeZone(settings.jekyllTimeZone));
        date = time.date();
    }
    QStringList categories;
    QStringList slugifiedCategories;
    for (const QString &category : jekyllPostCategories(settings, record)) {
        const QString lower = category.toLower();
        if (!categories.contains(lower))
            categories.append(lower);
        const QString slug = jekyllSlugify(category, false, false);
        if (!slugifiedCategories.contains(slug))
            slugifiedCategories.append(slug);
    }
    const QLocale c = QLocale::c();
    int weekYear = 0;
    const int week = date.weekNumber(&weekYear);
    QString url = expand(pattern, {{QStringLiteral("year"), QString::number(date.year())},
                                   {QStringLiteral("short_year"), twoDigits(date.year() % 100)},
                                   {QStringLiteral("month"), twoDigits(date.month())},
                                   {QStringLiteral("i_month"), QString::number(date.month())},
                                   {QStringLiteral("day"), twoDigits(date.day())},
                                   {QStringLiteral("i_day"), QString::number(date.day())},
                                   {QStringLiteral("y_day"), QStringLiteral("%1").arg(date.dayOfYear(), 3, 10, QLatin1Char('0'))},
                                   {QStringLiteral("hour"), twoDigits(time.time().hour())},
                                   {QStringLiteral("minute"), twoDigits(time.time().minute())},
                                   {QStringLiteral("second"), twoDigits(time.time().second())},
                                   {QStringLiteral("short_month"), c.monthName(date.month(), QLocale::ShortFormat)},
                                   {QStringLiteral("long_month"), c.monthName(date.month(), QLocale::LongFormat)},
                                   {QStringLiteral("w_year"), QString::number(weekYear)},
                                   {QStringLiteral("week"), twoDigits(week)},
                                   {QStringLiteral("w_day"), QString::number(date.dayOfWeek())},
                                   {QStringLiteral("short_day"), c.dayName(date.dayOfWeek(), QLocale::ShortFormat)},
                                   {QStringLiteral("long_day"), c.dayName(date.dayOfWeek(), QLocale::LongFormat)},
                                   {QStringLiteral("title"), orRaw(jekyllSlugify(record.slug, true, true), record.slug)},
                                   {QStringLiteral("slug"), orRaw(jekyllSlugify(record.slug, false, false), record.slug)},
                                   {QStringLiteral("name"), record.slug},
                                   {QStringLiteral("categories"), categories.join(QLatin1Char('/'))},
                                   {QStringLiteral("slugified_categories"), slugifiedCategories.join(QLatin1Char('/'))},
                                   {QStringLiteral("output_ext"), QStringLiteral(".html")}});
    return url;
}

QString plainUrl(const PostRecord &record)
{
    QStringList folders = record.path.split(QLatin1Char('/'));
    folders.removeLast();
    const QString slug = slugify(record.slug).isEmpty() ? record.slug : slugify(record.slug);
    QString url = QStringLiteral("/");
    for (const QString &folder : std::as_const(folders))
        url += folder + QLatin1Char('/');
    // A folder's index.md is the folder's page (the site's own index.md
    // stays apart from the post list at /).
    if (slug == QLatin1String("index") && !folders.isEmpty())
        return url;
    return url + slug + QLatin1Char('/');
}

} // namespace

QString hugoSectionUrl(const ExportSettings &settings, const QString &folder)
{
    QString url = QStringLiteral("/");
    for (const QString &part : folder.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        url += hugoPathPart(settings, part) + QLatin1Char('/');
    return url;
}

UrlPath postUrl(const SiteConfig &config, const ExportSettings &settings, const PostRecord &record,
                const UrlOverrides &overrides)
{
    QString url;
    switch (config.kind) {
    case SiteKind::Hugo:
        url = hugoUrl(config, settings, record, overrides);
        break;
    case SiteKind::Jekyll:
        url = jekyllUrl(settings, record, overrides);
        break;
    case SiteKind::Zola:
        url = zolaPageUrl(config, record, overrides.url);
        break;
    case SiteKind::Plain:
        url = overrides.url.trimmed().isEmpty() ? plainUrl(record) : overrides.url.trimmed();
        break;
    }
    UrlPath path = sanitizeUrlPath(url);
    path.path = canonicalUrlPath(path.path);
    return path;
}

namespace {

// A file name holds at most 255 bytes on the usual file systems: a longer
// part keeps its start and its extension, with a hash of the whole between
// them so that two long names stay apart. nullopt when part fits.
std::optional<QString> shortenedName(const QString &part)
{
    constexpr qsizetype maxBytes = 255;
    if (part.size() * 3 <= maxBytes || part.toUtf8().size() <= maxBytes)
        return std::nullopt;
    const qsizetype dot = part.lastIndexOf(QLatin1Char('.'));
    const QString extension = dot > 0 && part.size() - dot <= 12 ? part.mid(dot) : QString();
    const QString tag = QStringLiteral("-%1").arg(qHash(part), 16, 16, QLatin1Char('0')) + extension;
    qsizetype budget = maxBytes - tag.toUtf8().size();
    QString out;
    for (const char32_t c : part.first(part.size() - extension.size()).toUcs4()) {
        const qsizetype bytes = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (bytes > budget)
            break;
        budget -= bytes;
        out += QString::fromUcs4(&c, 1);
    }
    return out + tag;
}

// One path segment as a file name every system takes: no leading dots
// ("..", ".htaccess", ".git"), no trailing dots or blanks (Windows drops
// them), not a reserved device name (CON, PRN, AUX, NUL, COM1-9, LPT1-9,
// with or without an extension). No longer than a file name may be
// (shortenedName). Empty when nothing is left.
QString safeSegment(QString part, bool &changed)
{
    if (std::optional<QString> shortened = shortenedName(part)) {
        changed = true;
        part = std::move(*shortened);
    }
    qsizetype dots = 0;
    while (dots < part.size() && part.at(dots) == QLatin1Char('.'))
        ++dots;
    qsizetype end = part.size();
    while (end > dots && (part.at(end - 1) == QLatin1Char('.') || part.at(end - 1).isSpace()))
        --end;
    if (dots > 0 || end < part.size()) {
        changed = true;
        part = part.mid(dots, end - dots);
    }
    static const QRegularExpression reserved(QStringLiteral("^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\\..*)?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(part).hasMatch()) {
        changed = true;
        const qsizetype dot = part.indexOf(QLatin1Char('.'));
        part.insert(dot < 0 ? part.size() : dot, QLatin1Char('_'));
    }
    return part;
}

} // namespace

QString urlize(const QString &text)
{
    // Hugo's UnicodeSanitize, then lower case: letters, digits, marks and
    // . / _ + ~ - @ stay; a run of white space is one hyphen, but only
    // between kept characters and not next to a hyphen; anything else goes
    // without a trace ("Launch day 🚀" -> "launch-day"). Hugo also keeps
    // # \ and %XX, which break links; they go here.
    QString out;
    out.reserve(text.size());
    bool pendingHyphen = false;
    bool lastHyphen = false;
    for (const char32_t c : text.toUcs4()) {
        const bool kept = QChar::isLetter(c) || QChar::isDigit(c) || QChar::isMark(c) || c == U'.' || c == U'/'
                          || c == U'_' || c == U'+' || c == U'~' || c == U'-' || c == U'@';
        if (kept) {
            lastHyphen = c == U'-';
            if (pendingHyphen && !lastHyphen)
                out += QLatin1Char('-');
            pendingHyphen = false;
            out += QString::fromUcs4(&c, 1).toLower();
        } else if (QChar::isSpace(c) && !out.isEmpty() && !lastHyphen) {
            pendingHyphen = true;
        }
    }
    return out;
}

QString termSlug(const QString &term)
{
    // A site's few hundred terms are slugged again for every post and list
    // page that shows them: each once per thread (the slug is the term's
    // alone).
    thread_local QHash<QString, QString> made;
    if (const auto it = made.constFind(term); it != made.cend())
        return it.value();
    QString slug = urlize(term);
    slug.replace(QLatin1Char('/'), QLatin1Char('-'));
    bool changed = false;
    slug = safeSegment(slug, changed);
    if (slug.isEmpty())
        slug = QStringLiteral("term-") + QString::number(qHash(term), 16);
    if (made.size() >= 4096)
        made.clear();
    made.insert(term, slug);
    return slug;
}

QString termSlug(const SiteConfig &config, const QString &term)
{
    if (config.kind != SiteKind::Zola)
        return termSlug(term);
    // zolaTermUrl's last segment, made a safe file name as termSlug does.
    const QString url = zolaTermUrl(config, QStringLiteral("t"), term);
    QString slug = url.section(QLatin1Char('/'), -2, -2);
    bool changed = false;
    slug = safeSegment(slug, changed);
    return slug.isEmpty() ? termSlug(term) : slug;
}

QString taxonomyUrl(const SiteConfig &config, const QString &taxonomy)
{
    if (config.kind != SiteKind::Zola)
        return QLatin1Char('/') + termSlug(taxonomy) + QLatin1Char('/');
    const QString url = zolaTermUrl(config, taxonomy, QStringLiteral("t"));
    return sanitizeUrlPath(url.left(url.size() - 2)).path;
}

QString termUrl(const QString &taxonomy, const QString &term)
{
    return QLatin1Char('/') + termSlug(taxonomy) + QLatin1Char('/') + termSlug(term) + QLatin1Char('/');
}

UrlPath sanitizeUrlPath(const QString &path)
{
    UrlPath result;
    QString cleaned;
    cleaned.reserve(path.size());
    // Characters no file name may hold on some system, or that would make a
    // relative link a scheme ("javascript:x/index.html").
    static const QString forbidden = QStringLiteral("\\?#:*\"<>|");
    for (const QChar c : path) {
        if (forbidden.contains(c) || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            result.sanitized = true;
            continue;
        }
        cleaned += c;
    }
    const QStringList parts = cleaned.split(QLatin1Char('/'));
    QStringList kept;
    for (QString part : parts) {
        if (part.isEmpty() || part == QLatin1String("."))
            continue;
        part = safeSegment(part, result.sanitized);
        if (part.isEmpty())
            continue;
        kept.append(part);
    }
    result.path = QLatin1Char('/') + kept.join(QLatin1Char('/'));
    if (!kept.isEmpty() && cleaned.endsWith(QLatin1Char('/')))
        result.path += QLatin1Char('/');
    return result;
}

QString canonicalUrlPath(const QString &urlPath)
{
    if (urlPath.endsWith(QLatin1Char('/')) || hasExtension(urlPath))
        return urlPath;
    return urlPath + QLatin1Char('/');
}

QString outputFileForUrl(const QString &urlPath)
{
    const QString path = canonicalUrlPath(urlPath).mid(1);
    return path.isEmpty() || path.endsWith(QLatin1Char('/')) ? path + QStringLiteral("index.html") : path;
}

namespace {

// RFC 3986 pchar and '/'; ':' too is encoded, so that no first segment of a
// relative link reads as a scheme.
constexpr char keptInUrlPath[] = "/!$&'()*+,;=@-._~";

bool plainInUrlPath(QChar c)
{
    // ASCII letters, digits and keptInUrlPath, as a table: every link of
    // every list page passes here character by character.
    static constexpr auto plain = [] {
        std::array<bool, 128> table{};
        for (char u = 'a'; u <= 'z'; ++u)
            table[std::size_t(u)] = table[std::size_t(u - 'a' + 'A')] = true;
        for (char u = '0'; u <= '9'; ++u)
            table[std::size_t(u)] = true;
        for (const char u : std::string_view(keptInUrlPath))
            table[std::size_t(u)] = true;
        return table;
    }();
    const char16_t u = c.unicode();
    return u < 0x80 && plain[u];
}

// Appends path to out, percent-encoded as encodeUrlPath does.
void appendUrlPath(QString &out, QStringView path)
{
    if (std::all_of(path.cbegin(), path.cend(), plainInUrlPath))
        out += path;
    else
        out += QString::fromLatin1(QUrl::toPercentEncoding(path.toString(), keptInUrlPath));
}

// The non-empty segments of a URL path, as views into it.
using UrlSegments = QVarLengthArray<QStringView, 16>;
UrlSegments urlSegments(QStringView path)
{
    UrlSegments segments;
    for (qsizetype start = 0; start < path.size();) {
        qsizetype slash = path.indexOf(u'/', start);
        if (slash < 0)
            slash = path.size();
        if (slash > start)
            segments.append(path.sliced(start, slash - start));
        start = slash + 1;
    }
    return segments;
}

} // namespace

QString encodeUrlPath(const QString &path)
{
    if (std::all_of(path.cbegin(), path.cend(), plainInUrlPath))
        return path;
    return QString::fromLatin1(QUrl::toPercentEncoding(path, keptInUrlPath));
}

// On views of the two paths, without a list or string per segment: the
// lists' pages make hundreds of thousands of these links.
QString relativeUrl(const QString &fromUrl, const QString &toUrl)
{
    const QString fromPath = canonicalUrlPath(fromUrl);
    UrlSegments from = urlSegments(fromPath);
    if (!fromPath.endsWith(QLatin1Char('/')) && !from.isEmpty())
        from.removeLast();   // the page's own file name
    // A query or fragment the link had stays as it was written.
    const qsizetype cut = queryOrFragmentStart(toUrl);
    const QStringView target = QStringView(toUrl).left(cut);
    const QStringView tail = QStringView(toUrl).mid(cut);
    const bool folder = target.endsWith(u'/');
    const UrlSegments to = urlSegments(target);
    qsizetype common = 0;
    while (common < from.size() && common < to.size() && from.at(common) == to.at(common)
           && (common + 1 < to.size() || folder))
        ++common;
    QString out;
    out.reserve(3 * (from.size() - common) + target.size() + tail.size() + 10);
    for (qsizetype i = common; i < from.size(); ++i)
        out += QLatin1String("../");
    for (qsizetype i = common; i < to.size(); ++i) {
        appendUrlPath(out, to.at(i));
        if (i + 1 < to.size() || folder)
            out += QLatin1Char('/');
    }
    if (folder)
        out += QLatin1String("index.html");
    out += tail;
    return out;
}

QString absoluteUrl(const QString &baseUrl, const QString &urlPath)
{
    if (baseUrl.isEmpty())
        return encodeUrlPath(urlPath);
    return baseUrl + encodeUrlPath(urlPath.startsWith(QLatin1Char('/')) ? urlPath.mid(1) : urlPath);
}

} // namespace postwright
