// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exporttemplates.h"

#include "export/posturl.h"
#include "page/mustacherender.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace postwright {
namespace {

using Data = MustacheData;
using Mustache = kainjow::mustache::mustache;

// The translation context of this file's messages (lupdate reads "ExportTemplatesText::tr").
struct ExportTemplatesText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::ExportTemplates)
};

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void setText(Data &data, const char *key, const QString &value)
{
    if (!value.isEmpty())
        setMoved(data, key, value.toStdString());
}

void setText(Data &data, const char *key, const std::string &value)
{
    if (!value.empty())
        setMoved(data, key, value);
}

// XML 1.0 has no place for most control characters (text pasted from a PDF
// brings them): one would make the whole feed unreadable, so they go. In
// UTF-8, such a character is one byte below 0x20, and U+FFFE and U+FFFF
// are EF BF BE and EF BF BF (no other sequence has those bytes in a row).
QByteArray withoutXmlInvalidCharacters(QByteArray xml)
{
    const auto invalidAt = [&xml](qsizetype i) -> qsizetype {
        const auto c = static_cast<unsigned char>(xml.at(i));
        if (c < 0x20)
            return c == '\t' || c == '\n' || c == '\r' ? 0 : 1;
        if (c == 0xEF && i + 2 < xml.size() && static_cast<unsigned char>(xml.at(i + 1)) == 0xBF) {
            const auto last = static_cast<unsigned char>(xml.at(i + 2));
            return last == 0xBE || last == 0xBF ? 3 : 0;
        }
        return 0;
    };
    // Most bytes are neither: the scan looks at each for those two only.
    const auto *bytes = reinterpret_cast<const unsigned char *>(xml.constData());
    qsizetype i = 0;
    for (; i < xml.size(); ++i) {
        if ((bytes[i] < 0x20 || bytes[i] == 0xEF) && invalidAt(i) != 0)
            break;
    }
    if (i == xml.size())
        return xml;
    QByteArray kept;
    kept.reserve(xml.size());
    kept.append(xml.constData(), i);
    while (i < xml.size()) {
        if (const qsizetype skip = invalidAt(i); skip > 0) {
            i += skip;
        } else {
            kept.append(xml.at(i));
            ++i;
        }
    }
    return kept;
}

// What a list shows of an entry whatever the page: ListEntry::shared.
void setSharedData(Data &item, const ListEntry &entry)
{
    setText(item, "readingTime", entry.readingTime);
    setText(item, "title", entry.title);
    setText(item, "dateText", entry.dateText);
    setText(item, "dateTime", entry.dateTime);
    setText(item, "pubDate", entry.rssDate);
    setText(item, "summary", entry.summary);
}

// The entry's tags as a list's page shows them, linking the term pages
// relative to pageUrl; a feed (no page): unlinked.
void setTags(Data &item, const ListEntry &entry, const QString &pageUrl)
{
    Data tags{Data::type::list};
    for (const auto &[name, url] : entry.tags) {
        Data tag;
        setMoved(tag, "name", name);
        if (!url.isEmpty() && !pageUrl.isEmpty())
            setMoved(tag, "url", relativeUrl(pageUrl, url).toStdString());
        appendMoved(tags, std::move(tag));
    }
    setMoved(item, "tags", std::move(tags));
    setMoved(item, "hasTags", entry.tags.isEmpty() || pageUrl.isEmpty() ? Data::type::bool_false : Data::type::bool_true);
}

// A list's entry; its tags link the term pages relative to pageUrl (the
// feed: no page, no tags). With the entry's shared data below it: only
// what depends on the page; else all of it.
MustacheItem entryItem(const ListedEntry &listed, const QString &pageUrl)
{
    const ListEntry &entry = *listed.entry;
    MustacheItem item;
    if (pageUrl.isEmpty() && entry.shared && entry.sharedInFeeds) {
        item.shared = entry.sharedInFeeds.get();
        item.under = entry.shared.get();
    } else {
        item.shared = entry.shared.get();
        if (!item.shared)
            setSharedData(item.data, entry);
        setTags(item.data, entry, pageUrl);
    }
    setText(item.data, "url", listed.url);
    setText(item.data, "link", listed.url);
    return item;
}

// The head and navigation of a list or terms page; the page runs no script.
void setHead(Data &data, const ListHeadData &head, const QString &css, const ChromePartials &partials)
{
    setChromeData(data, head.chrome ? &*head.chrome : nullptr, partials);
    setMoved(data, "tagsListLabel", ExportTemplatesText::tr("Tags").toStdString());
    setMoved(data, "pagerLabel", ExportTemplatesText::tr("Pages").toStdString());
    setMoved(data, "lang", (head.lang.isEmpty() ? QStringLiteral("en") : head.lang).toStdString());
    setText(data, "siteTitle", head.siteTitle);
    setText(data, "title", head.title);
    setText(data, "listFeedUrl", head.listFeedUrl);
    setText(data, "description", head.description);
    setText(data, "canonicalUrl", head.canonicalUrl);
    setText(data, "stylesheetUrl", head.stylesheetUrl);
    // As in the page template: {{{csp}}} is the whole <meta> element.
    static const std::string csp =
        PageTemplate::contentSecurityPolicyElement(PageTemplate::scriptlessContentSecurityPolicy()).toStdString();
    setMoved(data, "csp", csp);
    if (head.stylesheetUrl.isEmpty())
        setMoved(data, "css", css.toStdString());
    setText(data, "homeUrl", head.homeUrl);
    setText(data, "tagsUrl", head.tagsUrl);
    setText(data, "categoriesUrl", head.categoriesUrl);
    setMoved(data, "homeLabel", ExportTemplatesText::tr("Home").toStdString());
    setMoved(data, "tagsLabel", ExportTemplatesText::tr("Tags").toStdString());
    setMoved(data, "categoriesLabel", ExportTemplatesText::tr("Categories").toStdString());
}

} // namespace

void ListEntry::share()
{
    auto data = std::make_shared<Data>();
    setSharedData(*data, *this);
    auto inFeeds = std::make_shared<Data>();
    setTags(*inFeeds, *this, QString());
    shared = std::move(data);
    sharedInFeeds = std::move(inFeeds);
}

Result<ExportTemplates> ExportTemplates::load(const QString &overrideFolder)
{
    ExportTemplates templates;
    QString pageSource = readFile(QStringLiteral(":/template/page.html"));
    QString css = readFile(QStringLiteral(":/template/style.css"));
    templates.m_list = readFile(QStringLiteral(":/export/list.html"));
    templates.m_terms = readFile(QStringLiteral(":/export/terms.html"));
    templates.m_feed = readFile(QStringLiteral(":/export/rss.xml"));
    templates.m_sitemap = readFile(QStringLiteral(":/export/sitemap.xml"));
    templates.m_script = readFile(QStringLiteral(":/template/copy.js"));
    QString header = readFile(QStringLiteral(":/template/site-header.html"));
    QString footer = readFile(QStringLiteral(":/template/site-footer.html"));

    const std::pair<const char *, QString *> files[] = {
        {"page.html", &pageSource},         {"style.css", &css},
        {"list.html", &templates.m_list},   {"terms.html", &templates.m_terms},
        {"rss.xml", &templates.m_feed},     {"sitemap.xml", &templates.m_sitemap},
        {"site-header.html", &header},      {"site-footer.html", &footer},
        {"postwright.js", &templates.m_script},
    };
    if (!overrideFolder.isEmpty() && QFileInfo(overrideFolder).isDir()) {
        const QDir dir(overrideFolder);
        for (const auto &[name, source] : files) {
            const QString path = dir.filePath(QString::fromLatin1(name));
            if (!QFileInfo(path).isFile())
                continue;
            const QString text = readFile(path);
            if (!path.endsWith(QLatin1String(".css")) && !path.endsWith(QLatin1String(".js"))) {
                const Mustache tmpl(text.toStdString());
                if (!tmpl.is_valid())
                    return Error{path, 0, 0, ExportTemplatesText::tr("not a valid Mustache template: %1")
                                                 .arg(QString::fromStdString(tmpl.error_message()))};
            }
            *source = text;
            templates.m_overrides.append(QString::fromLatin1(name));
        }
    }
    const ChromePartials chrome{header.toStdString(), footer.toStdString()};
    templates.m_page = PageTemplate(pageSource, css, chrome);
    templates.m_list = inlineChromePartials(templates.m_list, chrome);
    templates.m_terms = inlineChromePartials(templates.m_terms, chrome);
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const auto &[name, source] : files) {
        hash.addData(QByteArray(name));
        hash.addData(source->toUtf8());
    }
    templates.m_fingerprint = hash.result().toHex();
    return templates;
}

namespace {

// A paginated page's links to the pages before and after it, and "Page 2 of 5".
void setPager(Data &data, const QString &prevUrl, const QString &nextUrl, int n, int count)
{
    setText(data, "prevUrl", prevUrl);
    setText(data, "nextUrl", nextUrl);
    setMoved(data, "pageNumber", std::to_string(n));
    setMoved(data, "pageCount", std::to_string(count));
    setMoved(data, "pageLabel", ExportTemplatesText::tr("Page %1 of %2").arg(n).arg(count).toStdString());
    setMoved(data, "hasPager", count > 1 ? Data::type::bool_true : Data::type::bool_false);
}

} // namespace

QByteArray ExportTemplates::renderList(const ListPageData &page) const
{
    Data data;
    setHead(data, page, css(), m_page.partials());
    setText(data, "feedUrl", page.feedUrl);
    setPager(data, page.prevUrl, page.nextUrl, page.pageNumber, page.pageCount);
    setMoved(data, "prevLabel", ExportTemplatesText::tr("← Newer").toStdString());
    setMoved(data, "nextLabel", ExportTemplatesText::tr("Older →").toStdString());
    setMoved(data, "isTerm", page.isTerm ? Data::type::bool_true : Data::type::bool_false);
    setMoved(data, "isHome", page.isHome ? Data::type::bool_true : Data::type::bool_false);
    if (page.isHome && page.description != page.title)
        setText(data, "lead", page.description);
    return renderMustacheUtf8(m_list, std::move(data), "entries", page.entries.size(), [&page](qsizetype i) {
        return entryItem(page.entries.at(i), page.pageUrl);
    });
}

QByteArray ExportTemplates::renderTerms(const TermsPageData &page) const
{
    Data data;
    setHead(data, page, css(), m_page.partials());
    Data list{Data::type::list};
    for (const TermEntry &term : page.terms) {
        Data item;
        setMoved(item, "name", term.name.toStdString());
        setMoved(item, "url", term.url.toStdString());
        setMoved(item, "count", std::to_string(term.count));
        appendMoved(list, std::move(item));
    }
    setMoved(data, "terms", std::move(list));
    setPager(data, page.prevUrl, page.nextUrl, page.pageNumber, page.pageCount);
    setMoved(data, "prevLabel", ExportTemplatesText::tr("← Previous").toStdString());
    setMoved(data, "nextLabel", ExportTemplatesText::tr("Next →").toStdString());
    return renderMustacheUtf8(m_terms, data);
}

QByteArray ExportTemplates::renderFeed(const FeedData &feed) const
{
    Data data;
    setMoved(data, "lang", (feed.lang.isEmpty() ? QStringLiteral("en") : feed.lang).toStdString());
    setText(data, "siteTitle", feed.siteTitle);
    setText(data, "siteUrl", feed.siteUrl);
    setText(data, "feedTitle", feed.title);
    setText(data, "feedLink", feed.url);
    setText(data, "feedUrl", feed.feedUrl);
    setText(data, "description", feed.description);
    setText(data, "lastBuildDate", feed.lastBuildDate);
    // Each post's data only while its item is written.
    return withoutXmlInvalidCharacters(renderMustacheUtf8(m_feed, std::move(data), "items", feed.items.size(),
                                                          [&feed](qsizetype i) { return entryItem(feed.items.at(i), QString()); }));
}

QByteArray ExportTemplates::renderSitemap(const QList<SitemapEntry> &urls) const
{
    return withoutXmlInvalidCharacters(renderMustacheUtf8(m_sitemap, Data(), "urls", urls.size(), [&urls](qsizetype i) {
        Data item;
        setMoved(item, "loc", urls.at(i).loc.toStdString());
        setText(item, "lastmod", urls.at(i).lastmod);
        return item;
    }));
}

} // namespace postwright
