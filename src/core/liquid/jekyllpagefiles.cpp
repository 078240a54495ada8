// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Which files a Jekyll site publishes as pages (lib/jekyll/entry_filter.rb,
// reader.rb, utils.rb's has_yaml_header?) and what extension they get.
#include "jekyllpagefiles.h"

#include "export/localreference.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace postwright {

namespace {

// Folders deeper than this are not walked, nor more entries than this.
constexpr int kMaxDepth = 32;
constexpr int kMaxEntries = 200000;

// Jekyll's Configuration::DEFAULTS exclude.
const QStringList &defaultExcludes()
{
    static const QStringList excludes{QStringLiteral(".sass-cache"),   QStringLiteral(".jekyll-cache"),
                                      QStringLiteral("gemfiles"),      QStringLiteral("Gemfile"),
                                      QStringLiteral("Gemfile.lock"),  QStringLiteral("node_modules"),
                                      QStringLiteral("vendor/bundle/"), QStringLiteral("vendor/cache/"),
                                      QStringLiteral("vendor/gems/"),  QStringLiteral("vendor/ruby/")};
    return excludes;
}

QStringList stringsOf(const LiquidValue &value)
{
    QStringList items;
    if (value.type() == LiquidValue::Type::Array) {
        for (const LiquidValue &item : value.array())
            items << item.toString();
    } else if (!value.isNil()) {
        items << value.toString();
    }
    return items;
}

// EntryFilter#glob_include?: a pattern matches the path (File.fnmatch, '*'
// crossing '/'), is a prefix of it, or names the folder with a '/'.
bool globIncludes(const QStringList &patterns, const QString &relative, bool isDir)
{
    for (const QString &pattern : patterns) {
        if (pattern.isEmpty())
            continue;
        if (relative.startsWith(pattern) || (isDir && pattern == relative + QLatin1Char('/')))
            return true;
        const QRegularExpression glob(QRegularExpression::wildcardToRegularExpression(
            pattern, QRegularExpression::UnanchoredWildcardConversion));
        if (QRegularExpression(QLatin1Char('^') + glob.pattern() + QLatin1Char('$')).match(relative).hasMatch())
            return true;
    }
    return false;
}

struct PageWalk
{
    QString root;
    QStringList include;
    QStringList exclude;
    int maxFiles = 0;
    int entries = 0;
    QStringList found;
};

// EntryFilter#filter: special names (_x, .x, #x, x~) unless included,
// excluded names unless included.
bool filtered(const PageWalk &walk, const QString &name, const QString &relative, bool isDir)
{
    if (globIncludes(walk.include, relative, isDir))
        return false;
    const bool special = name.startsWith(QLatin1Char('_')) || name.startsWith(QLatin1Char('.'))
                         || name.startsWith(QLatin1Char('#')) || name.endsWith(QLatin1Char('~'));
    return special || globIncludes(walk.exclude, relative, isDir);
}

// Utils.has_yaml_header?: the first line is "---" and blanks.
bool hasYamlHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static const QRegularExpression header(QStringLiteral("^---[ \\t]*\\r?\\n"));
    return header.match(QString::fromLatin1(file.readLine(256))).hasMatch();
}

void walkFolder(PageWalk &walk, const QString &folder, int depth)
{
    if (depth > kMaxDepth)
        return;
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (++walk.entries > kMaxEntries || walk.found.size() >= walk.maxFiles)
            return;
        const QString relative = QDir(walk.root).relativeFilePath(entry.absoluteFilePath());
        if (filtered(walk, entry.fileName(), relative, entry.isDir()))
            continue;
        // A link out of the site is not read (the trust rules).
        if (entry.isSymLink() && !isInsideFolder(entry.absoluteFilePath(), walk.root))
            continue;
        if (entry.isDir()) {
            if (!entry.isSymLink())
                walkFolder(walk, entry.absoluteFilePath(), depth + 1);
        } else if (entry.isFile() && hasYamlHeader(entry.absoluteFilePath())) {
            walk.found << relative;
        }
    }
}

} // namespace

QStringList jekyllPageFiles(const QString &root, const LiquidHash &siteConfig, int maxFiles)
{
    PageWalk walk;
    walk.root = root;
    walk.include = stringsOf(siteConfig.value(QStringLiteral("include")));
    walk.exclude = defaultExcludes() + stringsOf(siteConfig.value(QStringLiteral("exclude")));
    walk.maxFiles = maxFiles;
    walkFolder(walk, root, 0);
    std::sort(walk.found.begin(), walk.found.end());
    return walk.found;
}

QString jekyllOutputExt(const QString &relativePath, const LiquidHash &siteConfig)
{
    const QString suffix = QFileInfo(relativePath).suffix();
    QString markdown = siteConfig.value(QStringLiteral("markdown_ext")).toString();
    if (markdown.isEmpty())
        markdown = QStringLiteral("markdown,mkdown,mkdn,mkd,md");
    const QStringList markdownExts = markdown.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (std::any_of(markdownExts.begin(), markdownExts.end(),
                    [&suffix](const QString &ext) { return ext.trimmed().compare(suffix, Qt::CaseInsensitive) == 0; }))
        return QStringLiteral(".html");
    if (suffix == QLatin1String("scss") || suffix == QLatin1String("sass"))
        return QStringLiteral(".css");
    return suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix;
}

} // namespace postwright
