// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/siterules.h"

#include "frontmatter/quickfrontmatter.h"
#include "site/zolasite.h"
#include "text/textcodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#endif

namespace postwright {
namespace {

// The translation context of this file's messages (lupdate reads "SiteRulesText::tr").
struct SiteRulesText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::SiteRules)
};

// One directory entry, with what the index keys on.
struct Entry
{
    QString name;
    bool dir = false;
    bool link = false;   // a symbolic link (followed by the stat)
    qint64 size = 0;
    qint64 modified = 0;
    qint64 changed = 0;
};

// One listing of the site's post files. A symbolic link (to a post or to a
// folder) is read only when where it leads lies inside the site; a link to
// a folder the walk reaches anyway, or to one it is in, is not followed (no
// post twice, no loop).
class SiteWalk
{
public:
    SiteWalk(const SiteConfig &config, const QString &tree, SiteListing &listing)
        : config(config)
        , listing(listing)
        , m_root(QFileInfo(config.root).canonicalFilePath())
        , m_tree(QFileInfo(tree).canonicalFilePath())
    {
    }

    // The entries of a folder except hidden ones, sorted by name.
    QList<Entry> readDirectory(const QString &path);

    const SiteConfig &config;
    SiteListing &listing;

private:
    // Whether the walk reads the link path/name, which leads to target
    // (canonical); warns when it leads out of the site.
    bool followLink(const QString &path, const QString &name, const QString &target, bool isDir);

    QString m_root;
    QString m_tree;
    QStringList m_entered;   // canonical folders entered through links, outermost first
};

bool SiteWalk::followLink(const QString &path, const QString &name, const QString &target, bool isDir)
{
    const QString shown = config.relativePath(path + QLatin1Char('/') + name);
    const auto within = [](const QString &inner, const QString &outer) {
        return inner == outer || inner.startsWith(outer + QLatin1Char('/'));
    };
    if (target.isEmpty() || m_root.isEmpty() || !within(target, m_root)) {
        listing.warnings.append(Error{shown, 0, 0, SiteRulesText::tr("a symbolic link that leads out of the site "
                                                                     "(to %1): not read").arg(target)});
        return false;
    }
    if (!isDir)
        return true;
    if (within(target, m_tree) || within(m_tree, target))
        return false;
    for (const QString &entered : std::as_const(m_entered)) {
        if (within(target, entered) || within(entered, target))
            return false;
    }
    m_entered.append(target);
    return true;
}

// On Unix one fstatat() per entry: QFileInfo costs several times more, and
// reopening a 10k-post site is mostly this. Links are looked at in name
// order, so that the same one is followed on every walk. A folder that
// cannot be read is an error in the listing, as a file that cannot be read
// is one in its record.
QList<Entry> SiteWalk::readDirectory(const QString &path)
{
    QList<Entry> entries;
#ifdef Q_OS_UNIX
    DIR *dir = ::opendir(QFile::encodeName(path).constData());
    if (!dir) {
        const QString relative = config.relativePath(path);
        listing.errors.append(Error{relative.isEmpty() ? QStringLiteral(".") : relative, 0, 0,
                                    SiteRulesText::tr("cannot read: %1").arg(qt_error_string(errno))});
        return entries;
    }
    const int fd = ::dirfd(dir);
    while (const dirent *d = ::readdir(dir)) {
        if (d->d_name[0] == '.')
            continue;
        struct stat st;
        if (::fstatat(fd, d->d_name, &st, 0) != 0)
            continue;
        const bool isDir = S_ISDIR(st.st_mode);
        if (!isDir && !S_ISREG(st.st_mode))
            continue;
        struct stat own;
        const bool link = d->d_type == DT_LNK
                          || (d->d_type == DT_UNKNOWN && ::fstatat(fd, d->d_name, &own, AT_SYMLINK_NOFOLLOW) == 0
                              && S_ISLNK(own.st_mode));
        Entry entry;
        entry.name = QFile::decodeName(d->d_name);
        entry.dir = isDir;
        entry.link = link;
        entry.size = qint64(st.st_size);
        entry.modified = qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000;
        entry.changed = qint64(st.st_ctim.tv_sec) * 1000 + st.st_ctim.tv_nsec / 1000000;
        entries.append(entry);
    }
    ::closedir(dir);
#else
    QDirIterator it(path, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.fileName().startsWith(QLatin1Char('.')))
            continue;
        entries.append({info.fileName(), info.isDir(), info.isSymLink(), info.size(),
                        info.lastModified().toMSecsSinceEpoch(), info.metadataChangeTime().toMSecsSinceEpoch()});
    }
#endif
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.name < b.name; });
    QList<Entry> read;
    read.reserve(entries.size());
    for (Entry &entry : entries) {
        const QString full = path + QLatin1Char('/') + entry.name;
        if (!entry.link || followLink(path, entry.name, QFileInfo(full).canonicalFilePath(), entry.dir))
            read.append(std::move(entry));
    }
    return read;
}

SiteFile siteFile(const SiteConfig &config, const QString &dir, const Entry &entry, PostKind kind)
{
    SiteFile file;
    file.path = config.relativePath(dir + QLatin1Char('/') + entry.name);
    file.size = entry.size;
    file.modified = entry.modified;
    file.changed = entry.changed;
    file.kind = kind;
    return file;
}

void listHugo(SiteWalk &walk, const QString &dir)
{
    const QList<Entry> entries = walk.readDirectory(dir);
    // A leaf bundle: its index.md is the post; any other Markdown beside it
    // or below it is a page resource.
    for (const Entry &entry : entries) {
        if (!entry.dir && (entry.name == QLatin1String("index.md") || entry.name == QLatin1String("index.markdown"))) {
            walk.listing.files.append(siteFile(walk.config, dir, entry, PostKind::Bundle));
            return;
        }
    }
    for (const Entry &entry : entries) {
        if (entry.dir || !isMarkdownFileName(entry.name))
            continue;
        const bool section = entry.name.startsWith(QLatin1String("_index."));
        walk.listing.files.append(siteFile(walk.config, dir, entry, section ? PostKind::Section : PostKind::Post));
    }
    for (const Entry &entry : entries) {
        if (entry.dir)
            listHugo(walk, dir + QLatin1Char('/') + entry.name);
    }
}

void listJekyllPosts(SiteWalk &walk, const QString &dir, bool drafts)
{
    for (const Entry &entry : walk.readDirectory(dir)) {
        if (entry.dir) {
            listJekyllPosts(walk, dir + QLatin1Char('/') + entry.name, drafts);
            continue;
        }
        if (!isMarkdownFileName(entry.name))
            continue;
        SiteFile file = siteFile(walk.config, dir, entry, PostKind::Post);
        file.jekyllDraft = drafts;
        if (!drafts && !parseJekyllFileName(entry.name)) {
            walk.listing.warnings.append(Error{file.path, 0, 0,
                                               SiteRulesText::tr("not named YYYY-MM-DD-slug.%1: Jekyll ignores this file")
                                                   .arg(QFileInfo(entry.name).suffix())});
            continue;
        }
        walk.listing.files.append(file);
    }
}

void listJekyll(SiteWalk &walk, const QString &dir)
{
    for (const Entry &entry : walk.readDirectory(dir)) {
        if (!entry.dir)
            continue;
        const QString path = dir + QLatin1Char('/') + entry.name;
        if (entry.name == QLatin1String("_posts"))
            listJekyllPosts(walk, path, false);
        else if (entry.name == QLatin1String("_drafts"))
            listJekyllPosts(walk, path, true);
        // Other _folders (_layouts, _site...) hold no posts; node_modules and
        // vendor (bundler) are never content.
        else if (!entry.name.startsWith(QLatin1Char('_')) && entry.name != QLatin1String("node_modules")
                 && entry.name != QLatin1String("vendor"))
            listJekyll(walk, path);
    }
}

void listPlain(SiteWalk &walk, const QString &dir)
{
    for (const Entry &entry : walk.readDirectory(dir)) {
        if (entry.dir)
            listPlain(walk, dir + QLatin1Char('/') + entry.name);
        else if (isMarkdownFileName(entry.name))
            walk.listing.files.append(siteFile(walk.config, dir, entry, PostKind::Post));
    }
}

// The date a field holds, with its text as written.
struct FieldDate
{
    QString text;
    QDateTime dateTime;
};

std::optional<FieldDate> dateOf(const Field *field)
{
    if (!field)
        return std::nullopt;
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

bool isMarkdownFileName(QStringView fileName)
{
    return fileName.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)
           || fileName.endsWith(QLatin1String(".markdown"), Qt::CaseInsensitive);
}

std::optional<JekyllFileName> parseJekyllFileName(QStringView fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,4})-(\\d{1,2})-(\\d{1,2})-(.+)\\.[^.]+$"));
    const QRegularExpressionMatch match = pattern.match(fileName.toString());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.capturedView(1).toInt(), match.capturedView(2).toInt(), match.capturedView(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    const qsizetype dateEnd = match.capturedEnd(3);
    return JekyllFileName{date, fileName.left(dateEnd).toString(), match.captured(4)};
}

SiteListing listSiteFiles(const SiteConfig &config)
{
    SiteListing listing;
    SiteWalk walk(config, config.hasContentTree() ? config.contentDir : config.root, listing);
    switch (config.kind) {
    case SiteKind::Hugo:
    case SiteKind::Zola:
        if (QFileInfo(config.contentDir).isDir())
            listHugo(walk, config.contentDir);
        break;
    case SiteKind::Jekyll:
        listJekyll(walk, config.root);
        break;
    case SiteKind::Plain:
        listPlain(walk, config.root);
        break;
    }
    std::sort(listing.files.begin(), listing.files.end(),
              [](const SiteFile &a, const SiteFile &b) { return a.path < b.path; });
    std::sort(listing.warnings.begin(), listing.warnings.end(),
              [](const Error &a, const Error &b) { return a.path < b.path; });
    std::sort(listing.errors.begin(), listing.errors.end(),
              [](const Error &a, const Error &b) { return a.path < b.path; });
    return listing;
}

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

// What the path says: slug, section, a Jekyll name's date, folder categories.
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

// What the front matter says (fileText: the decoded file, or its start with
// the whole block).
void applyFrontMatter(const SiteConfig &config, const FrontMatter &fm, const QString &fileText, PostRecord &record)
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
    if (const Field *slug = siteField(config, fm, QStringLiteral("slug"))) {
        const QString text = slug->value.displayText().trimmed();
        if (!text.isEmpty())
            record.slug = text;
    }
    if (const auto date = dateOf(siteField(config, fm, QStringLiteral("date")))) {
        record.dateText = date->text;
        record.date = date->dateTime;
    }
    if (config.kind == SiteKind::Jekyll) {
        if (boolOf(siteField(config, fm, QStringLiteral("published"))) == false)
            record.draft = true;
    } else {
        record.draft = boolOf(siteField(config, fm, QStringLiteral("draft"))).value_or(false);
        if (config.kind == SiteKind::Plain && boolOf(siteField(config, fm, QStringLiteral("published"))) == false)
            record.draft = true;
        // Hugo's aliases: pubdate and published for publishDate, unpublishdate for expiryDate.
        if (const auto d = dateOf(firstSiteField(config, fm, {"publishDate", "pubdate", "published"})))
            record.publishDate = d->dateTime;
        if (const auto d = dateOf(firstSiteField(config, fm, {"expiryDate", "unpublishdate"})))
            record.expiryDate = d->dateTime;
    }
    if (config.kind == SiteKind::Hugo)
        record.build = readBuildFrontMatter(fm, fileText);
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

PostRecord readPostRecord(const SiteConfig &config, const SiteFile &file, const QByteArray &bytes)
{
    PostRecord record = recordOfPath(config, file);
    const QByteArray head = frontMatterBytes(bytes);
    Result<DecodedText> decoded = decodeText(head);
    // Only the front matter is decoded here, but a file that is not text at
    // all (an image named .md, a stray binary, a file of zeros, UTF-16
    // without a BOM) is an error, not a post. Qt's validator and a NUL are
    // fast to find; decodeText then says what is wrong and where.
    if (decoded && decoded.value().encoding == Encoding::Utf8
        && (!QByteArrayView(bytes).isValidUtf8() || bytes.contains('\0')))
        decoded = decodeText(bytes);
    if (!decoded) {
        Error error = decoded.error();
        error.path = file.path;
        record.error = error;
        return record;
    }
    FrontMatter fm = readFrontMatter(decoded.value().text);
    // The cut was too early for the parser's own rules: read it all.
    if (head.size() != bytes.size() && fm.format() != FrontMatterFormat::None && !fm.block.closed) {
        decoded = decodeText(bytes);
        if (decoded)
            fm = parseFrontMatter(decoded.value().text);
    }
    applyFrontMatter(config, fm, decoded.value().text, record);
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
    if (record.draft && !config.buildDrafts)
        return false;
    if (record.isFuture(now) && !config.buildFuture)
        return false;
    if (record.isExpired(now) && !config.buildExpired)
        return false;
    return true;
}

} // namespace postwright
