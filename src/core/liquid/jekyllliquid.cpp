// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Jekyll site cache, the Liquid step of a post rendered on its own,
// and the highlight tag's markup.
#include "jekyllsite.h"

#include "frontmatter/frontmatter.h"
#include "render/codehighlighter.h"
#include "site/sitelookup.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutex>

namespace postwright {

namespace {

struct CacheEntry
{
    std::shared_ptr<const JekyllSite> site;
    QByteArray fingerprint;
    QElapsedTimer checked;
};

// What says the site changed: the names, sizes and times of the config,
// data and post files.
QByteArray fingerprintOf(const SiteConfig &config)
{
    QByteArray stamp = config.fingerprint.toUtf8();
    const QFileInfo configFile(QDir(config.root).filePath(QStringLiteral("_config.yml")));
    stamp += QByteArray::number(configFile.lastModified().toMSecsSinceEpoch());
    for (const char *folder : {"_data", "_posts", "_drafts"}) {
        QDirIterator it(QDir(config.root).filePath(QLatin1String(folder)), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            const QFileInfo info = it.fileInfo();
            stamp += info.filePath().toUtf8() + QByteArray::number(info.size())
                     + QByteArray::number(info.lastModified().toMSecsSinceEpoch());
        }
    }
    return stamp;
}

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

std::shared_ptr<const JekyllSite> JekyllSite::cached(const SiteConfig &config)
{
    static QMutex mutex;
    static QHash<QString, CacheEntry> cache;
    {
        QMutexLocker lock(&mutex);
        const auto found = cache.constFind(config.root);
        if (found != cache.constEnd() && found->checked.isValid() && found->checked.elapsed() < 1000)
            return found->site;
    }
    const QByteArray fingerprint = fingerprintOf(config);
    {
        QMutexLocker lock(&mutex);
        auto found = cache.find(config.root);
        if (found != cache.end() && found->fingerprint == fingerprint) {
            found->checked.start();
            return found->site;
        }
    }
    std::shared_ptr<const JekyllSite> site = load(config);
    QMutexLocker lock(&mutex);
    CacheEntry &entry = cache[config.root];
    entry.site = site;
    entry.fingerprint = fingerprint;
    entry.checked.start();
    return site;
}

std::function<LiquidResult(QStringView, int)> jekyllLiquidFor(const SiteConfig &site, const QString &postPath,
                                                              QStringView postText)
{
    if (site.kind != SiteKind::Jekyll || postPath.isEmpty())
        return {};
    return JekyllSite::cached(site)->liquidStep(QFileInfo(postPath).absoluteFilePath(), jekyllFrontMatterYaml(postText));
}

std::function<LiquidResult(QStringView, int)> jekyllLiquidFor(const QString &postPath, QStringView postText)
{
    if (postPath.isEmpty())
        return {};
    const SiteLocation location = locateSite(postPath);
    if (location.kind != SiteKind::Jekyll || location.root.isEmpty())
        return {};
    const Result<SiteConfig> config = detectSite(location.root, location.kind);
    if (!config)
        return {};
    return jekyllLiquidFor(config.value(), postPath, postText);
}

QString jekyllHighlight(const QString &code, const QString &language, bool lineNumbers)
{
    const QByteArray utf8 = code.toUtf8();
    const std::optional<std::string> highlighted =
        codehighlight::highlight(language.toStdString(), std::string_view(utf8.constData(), std::size_t(utf8.size())));
    QString body = highlighted ? QString::fromStdString(*highlighted) : htmlEscaped(code);
    if (lineNumbers) {
        QStringList numbers;
        const qsizetype lines = code.count(QLatin1Char('\n')) + 1;
        for (qsizetype i = 1; i <= lines; ++i)
            numbers << QString::number(i);
        body = QStringLiteral("<table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">")
               + numbers.join(QLatin1Char('\n'))
               + QStringLiteral("\n</pre></td><td class=\"code\"><pre>") + body
               + QStringLiteral("\n</pre></td></tr></tbody></table>");
    }
    const QString lang = htmlEscaped(language);
    QString html = QStringLiteral("<figure class=\"highlight\"><pre><code class=\"language-%1\" data-lang=\"%1\">")
                       .arg(lang)
                   + body + QStringLiteral("</code></pre></figure>");
    // One line: a blank line in the code must not end Markdown's HTML block.
    html.replace(QLatin1Char('\n'), QLatin1String("&#10;"));
    return html + QLatin1Char('\n');
}

} // namespace postwright
