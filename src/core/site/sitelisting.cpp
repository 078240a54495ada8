// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The post files of a site as its generator would read them
// (listSiteFiles): the walk over content/, _posts/ and _drafts/ or a plain
// folder, with symbolic links followed only inside the site. What a post's
// front matter means is in siterules.cpp.
#include "site/siterules.h"

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
} // namespace postwright
