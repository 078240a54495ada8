// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/postlink.h"

#include "markdown/coderanges.h"
#include "site/postrecord.h"
#include "site/siteconfig.h"
#include "site/siterules.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

namespace postwright::markdown {
namespace {

// Hugo's name for a page: from the content folder, a bundle by its folder.
QString hugoRefPath(const SiteConfig &config, const QString &target)
{
    // From the content folder of the page's language (hugo looks a ref up
    // among the pages of the post's own language).
    const QString absolute = config.absolutePath(target);
    QString path = QDir(config.contentFolderOf(absolute).first).relativeFilePath(absolute);
    if (QFileInfo(path).fileName() == QLatin1String("index.md"))
        path = QFileInfo(path).path();
    return QLatin1Char('/') + path;
}

// Zola's internal link: "@/" and the path from the content folder
// (percent-decoded by zola), a bundle by its index.md.
QString zolaInternalLink(const SiteConfig &config, const QString &target)
{
    const QString path = QDir(config.contentDir).relativeFilePath(config.absolutePath(target));
    return QStringLiteral("@/") + QString::fromLatin1(QUrl::toPercentEncoding(path, "/"));
}

// Jekyll's tags, whose URL Jekyll writes with the baseurl: a post (in a
// _posts folder) by the name Jekyll 4 asks for (jekyllPostUrlNames), any
// other page by its path in the site.
QString jekyllLinkTag(const QString &target)
{
    const QStringList names = jekyllPostUrlNames(target);
    if (names.isEmpty())
        return QStringLiteral("{% link %1 %}").arg(target);
    return QStringLiteral("{% post_url %1 %}").arg(names.first());
}

// How well title (lower case) matches typed (lower case): lower is better, -1 none.
int titleRank(const QString &title, const QString &typed)
{
    const qsizetype at = title.indexOf(typed);
    if (at < 0)
        return -1;
    if (at == 0)
        return 0;
    for (qsizetype from = at; from >= 0; from = title.indexOf(typed, from + 1)) {
        if (!title.at(from - 1).isLetterOrNumber())
            return 1;
    }
    return 2;
}

} // namespace

std::optional<QString> postLinkUrl(const SiteConfig &config, const QString &fromFile, const QString &target,
                                   PostLinkStyle style)
{
    if (config.kind == SiteKind::Zola)
        return zolaInternalLink(config, target);
    if (config.kind == SiteKind::Jekyll)
        return jekyllLinkTag(target);
    if (style != PostLinkStyle::Relative && config.kind == SiteKind::Hugo) {
        QString path = hugoRefPath(config, target);
        // hugo reads the target as a URL: "#" would start a fragment, "?" a query.
        path.replace(QLatin1Char('%'), QLatin1String("%25"))
            .replace(QLatin1Char('#'), QLatin1String("%23"))
            .replace(QLatin1Char('?'), QLatin1String("%3F"));
        path.replace(QLatin1Char('"'), QLatin1String("\\\""));
        const QLatin1String name(style == PostLinkStyle::HugoRef ? "ref" : "relref");
        return QStringLiteral("{{< %1 \"%2\" >}}").arg(name, path);
    }
    if (fromFile.isEmpty())
        return std::nullopt;
    const QString relative = QDir(QFileInfo(fromFile).absolutePath()).relativeFilePath(config.absolutePath(target));
    return QString::fromLatin1(QUrl::toPercentEncoding(relative, "/"));
}

QString escapeLinkText(const QString &text)
{
    QString escaped;
    // A title's line breaks (a YAML block scalar) would end the link.
    const QString simplified = text.simplified();
    for (qsizetype i = 0; i < simplified.size(); ++i) {
        const QChar c = simplified.at(i);
        const QChar next = i + 1 < simplified.size() ? simplified.at(i + 1) : QChar();
        // "{{" and "{%" start Hugo shortcodes, Liquid and Zola tags, read
        // before the Markdown; Markdown makes the entity a "{" again
        // (kramdown keeps the backslash of "\%").
        if (c == QLatin1Char('{') && (next == QLatin1Char('{') || next == QLatin1Char('%'))) {
            escaped += QLatin1String("&#123;");
            continue;
        }
        // "<" would start raw HTML, which the renderer drops ("Why <div> fails");
        // "|" would end a table's cell ("Vim | Emacs" in a table row).
        if (c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char('\\') || c == QLatin1Char('<')
            || c == QLatin1Char('|'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

QString postLinkMarkdown(const QString &title, const QString &url)
{
    return QLatin1Char('[') + escapeLinkText(title) + QStringLiteral("](") + url + QLatin1Char(')');
}

QList<qsizetype> matchPosts(const QList<PostRecord> &posts, const QString &typed, const QString &fromFile, int limit)
{
    const QString needle = typed.trimmed().toLower();
    QList<std::pair<int, qsizetype>> ranked;
    for (qsizetype i = 0; i < posts.size(); ++i) {
        const PostRecord &post = posts.at(i);
        if (post.kind == PostKind::Section || post.path == fromFile)
            continue;
        int rank = titleRank(post.title.toLower(), needle);
        if (rank < 0 && post.path.toLower().contains(needle))
            rank = 3;
        if (rank >= 0)
            ranked.append({rank, i});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [&posts](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return QString::localeAwareCompare(posts.at(a.second).title, posts.at(b.second).title) < 0;
    });
    QList<qsizetype> result;
    for (qsizetype i = 0; i < ranked.size() && i < limit; ++i)
        result.append(ranked.at(i).second);
    return result;
}

std::optional<PostLinkQuery> postLinkQuery(QStringView lineBeforeCursor, QStringView lineAfterCursor)
{
    const qsizetype bracket = lineBeforeCursor.lastIndexOf(QLatin1Char('['));
    if (bracket < 0)
        return std::nullopt;
    const qsizetype closing = lineAfterCursor.indexOf(QLatin1Char(']'));
    if (closing >= 0 && !lineAfterCursor.first(closing).contains(QLatin1Char('[')))
        return std::nullopt;
    const QStringView text = lineBeforeCursor.sliced(bracket + 1);
    if (text.size() < 2 || text.size() > 80 || text.front().isSpace() || text.front() == QLatin1Char('^')
        || text.contains(QLatin1Char(']')))
        return std::nullopt;
    if (bracket > 0 && lineBeforeCursor.at(bracket - 1) == QLatin1Char('!'))
        return std::nullopt;
    qsizetype backslashes = 0;
    while (backslashes < bracket && lineBeforeCursor.at(bracket - 1 - backslashes) == QLatin1Char('\\'))
        ++backslashes;
    if (backslashes % 2 == 1)
        return std::nullopt;
    const auto inCode = [](const QList<TextRange> &ranges, qsizetype at) {
        return std::any_of(ranges.cbegin(), ranges.cend(), [at](const TextRange &r) { return r.start <= at && at < r.end; });
    };
    if (inCode(markdownCodeRanges(lineBeforeCursor), bracket))
        return std::nullopt;
    // A backtick before the "[" that nothing closes yet: a code span being typed.
    const QStringView before = lineBeforeCursor.first(bracket);
    const QList<TextRange> closed = markdownCodeRanges(before);
    for (qsizetype i = before.indexOf(QLatin1Char('`')); i >= 0; i = before.indexOf(QLatin1Char('`'), i + 1)) {
        if (!inCode(closed, i))
            return std::nullopt;
    }
    return PostLinkQuery{bracket, text.toString()};
}

} // namespace postwright::markdown
