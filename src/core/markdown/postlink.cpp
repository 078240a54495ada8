// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/postlink.h"

#include "site/postrecord.h"
#include "site/siteconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

namespace postwright::markdown {
namespace {

// Hugo's name for a page: from the content folder, a bundle by its folder.
QString hugoRefPath(const SiteConfig &config, const QString &target)
{
    QString path = QDir(config.contentDir).relativeFilePath(config.absolutePath(target));
    if (QFileInfo(path).fileName() == QLatin1String("index.md"))
        path = QFileInfo(path).path();
    return QLatin1Char('/') + path;
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
    if (style != PostLinkStyle::Relative && config.kind == SiteKind::Hugo) {
        QString path = hugoRefPath(config, target);
        path.replace(QLatin1Char('"'), QLatin1String("\\\""));
        const QLatin1String name(style == PostLinkStyle::HugoRef ? "ref" : "relref");
        return QStringLiteral("{{< %1 \"%2\" >}}").arg(name, path);
    }
    if (fromFile.isEmpty())
        return std::nullopt;
    const QString relative = QDir(QFileInfo(fromFile).absolutePath()).relativeFilePath(config.absolutePath(target));
    return QString::fromLatin1(QUrl::toPercentEncoding(relative, "/"));
}

QString postLinkMarkdown(const QString &title, const QString &url)
{
    QString text;
    for (const QChar c : title) {
        if (c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char('\\'))
            text += QLatin1Char('\\');
        text += c;
    }
    return QLatin1Char('[') + text + QStringLiteral("](") + url + QLatin1Char(')');
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

} // namespace postwright::markdown
