// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "page/pagetemplate.h"

#include "page/katexassets.h"
#include "page/mustacherender.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <mutex>
#include <string>

namespace postwright {

namespace {

using Data = MustacheData;
using Mustache = kainjow::mustache::mustache;

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Absent keys are false in a Mustache section, empty strings are not: only
// set what has a value, so {{#summary}}...{{/summary}} means "if summary".
void setIfAny(Data &data, const char *key, const QString &value)
{
    if (!value.isEmpty())
        setMoved(data, key, value.toStdString());
}

// The chips: each name, with its page's URL when urls has one.
Data nameList(const QStringList &names, const QStringList &urls)
{
    Data list{Data::type::list};
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names.at(i).isEmpty())
            continue;
        Data item;
        setMoved(item, "name", names.at(i).toStdString());
        if (i < urls.size() && !urls.at(i).isEmpty())
            setMoved(item, "url", urls.at(i).toStdString());
        appendMoved(list, std::move(item));
    }
    return list;
}

Data linkData(const PageLink &link)
{
    Data item;
    setMoved(item, "label", link.label.toStdString());
    setMoved(item, "url", link.url.toStdString());
    return item;
}

// The translation context of the page's own words ("PageTemplate"), by a
// name lupdate reads: a helper that called translate() with its argument
// left them out of the context, and a translated app wrote them in English.
struct PageTemplateText
{
    Q_DECLARE_TR_FUNCTIONS(PageTemplate)
};

// Around the body: the previous and next posts, the related ones, the
// copy buttons' script and the labels they show.
void setNeighbourData(Data &data, const PageData &page)
{
    if (page.newerPost)
        setMoved(data, "newerPost", linkData(*page.newerPost));
    if (page.olderPost)
        setMoved(data, "olderPost", linkData(*page.olderPost));
    if (page.newerPost || page.olderPost)
        setMoved(data, "hasPostNav", Data::type::bool_true);
    if (!page.relatedPosts.isEmpty()) {
        setMoved(data, "hasRelated", Data::type::bool_true);
        setMoved(data, "relatedPosts", linkList(page.relatedPosts));
    }
    setIfAny(data, "scriptUrl", page.scriptUrl);
}

// The labels every page shows (in the app's language) and the stylesheet.
Data sharedPageData(const QString &css)
{
    Data data;
    setMoved(data, "untitled", PageTemplateText::tr("Untitled").toStdString());
    setMoved(data, "postNavLabel", PageTemplateText::tr("More posts").toStdString());
    setMoved(data, "newerLabel", PageTemplateText::tr("Newer:").toStdString());
    setMoved(data, "olderLabel", PageTemplateText::tr("Older:").toStdString());
    setMoved(data, "relatedLabel", PageTemplateText::tr("Related posts").toStdString());
    setMoved(data, "tagsLabel", PageTemplateText::tr("Tags").toStdString());
    setMoved(data, "categoriesLabel", PageTemplateText::tr("Categories").toStdString());
    setMoved(data, "copyLabel", PageTemplateText::tr("Copy").toStdString());
    setMoved(data, "copiedLabel", PageTemplateText::tr("Copied").toStdString());
    setMoved(data, "css", css.toStdString());
    return data;
}

struct DisplayDate
{
    QString text;       // what the reader sees
    QString datetime;   // machine-readable value for <time>, empty if none
};

// "2025-06-03", "2025-06-03T10:00:00+02:00" and Jekyll's
// "2025-06-03 10:00:00 +0200" all show as "3 June 2025" (month names in the
// page's language); anything else is shown as written.
// The date at the start of value, "YYYY-M-D" with one or two digits each
// for month and day, followed by nothing, 'T' or a space; its length in
// matched (0: none). Every page of an export reads one.
QDate leadingIsoDate(QStringView value, qsizetype &matched)
{
    matched = 0;
    const auto digit = [&](qsizetype i) { return i < value.size() && value[i] >= u'0' && value[i] <= u'9'; };
    const auto number = [&](qsizetype &i, int most) {
        int n = 0;
        const qsizetype from = i;
        while (i - from < most && digit(i))
            n = n * 10 + (value[i++].unicode() - u'0');
        return i > from ? n : -1;
    };
    qsizetype i = 0;
    const int year = number(i, 4);
    if (i != 4 || i >= value.size() || value[i++] != u'-')
        return {};
    const int month = number(i, 2);
    if (month < 0 || i >= value.size() || value[i++] != u'-')
        return {};
    const int day = number(i, 2);
    if (day < 0 || (i < value.size() && value[i] != u'T' && value[i] != u' '))
        return {};
    matched = i;
    return QDate(year, month, day);
}

DisplayDate displayDate(const QString &written, const QLocale &locale)
{
    const QString value = written.trimmed();
    qsizetype matched = 0;
    const QDate date = leadingIsoDate(value, matched);
    if (matched == 0)
        return {written, {}};
    if (!date.isValid())
        return {written, {}};

    QString datetime = date.toString(Qt::ISODate);
    if (value.size() > matched) {
        const QDateTime full = QDateTime::fromString(value, Qt::ISODate);
        if (full.isValid())
            datetime = full.toString(Qt::ISODate);
    }
    return {locale.toString(date, QStringLiteral("d MMMM yyyy")), datetime};
}

// The slots the page fills in after the template has rendered: the body
// and the policy go in last, so that only the template's own scripts are
// hashed. They are holes in the rendered text, not marks in it: no value
// (a title, a summary) can pull the body or the policy into itself.
const QList<std::string> pageSlots{"bodyHtml", "csp"};
enum PageSlot { BodySlot = 0, CspSlot = 1 };

// Where "<script", in any case, next stands in html from from on; -1: nowhere.
// A page is searched for it on every render: '<' is found first (a fast
// search), the name compared only there.
qsizetype scriptTagAt(const QString &html, qsizetype from)
{
    static const QLatin1String name("script");
    for (qsizetype at = html.indexOf(QLatin1Char('<'), from); at >= 0; at = html.indexOf(QLatin1Char('<'), at + 1)) {
        if (QStringView(html).sliced(at + 1).startsWith(name, Qt::CaseInsensitive))
            return at;
    }
    return -1;
}

// 'sha256-...' of a script, as a CSP source. Every page of an export has
// the template's same few scripts: each is hashed once per thread.
QString scriptHash(const QString &script)
{
    thread_local QHash<QString, QString> known;
    if (const auto it = known.constFind(script); it != known.cend())
        return *it;
    const QByteArray digest = QCryptographicHash::hash(script.toUtf8(), QCryptographicHash::Sha256);
    const QString hash = QStringLiteral("'sha256-%1'").arg(QString::fromLatin1(digest.toBase64()));
    if (known.size() >= 64)
        known.clear();
    known.insert(script, hash);
    return hash;
}

// 'sha256-...' of every inline <script> in html, as CSP sources.
QStringList inlineScriptHashes(const QString &html)
{
    static const QRegularExpression script(QStringLiteral("<script\\b([^>]*)>(.*?)</script\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression src(QStringLiteral("\\bsrc\\s*="), QRegularExpression::CaseInsensitiveOption);
    QStringList hashes;
    // The pattern tried only where "<script" stands (what a page has of
    // them is one or two), as globalMatch would find them: after a match,
    // from its end; where none starts, from the next character.
    for (qsizetype from = scriptTagAt(html, 0); from >= 0; from = scriptTagAt(html, from)) {
        const QRegularExpressionMatch match =
            script.match(html, from, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch()) {
            ++from;
            continue;
        }
        from = match.capturedEnd();
        if (src.match(match.captured(1)).hasMatch())
            continue;
        const QString hash = scriptHash(match.captured(2));
        if (!hashes.contains(hash))
            hashes.append(hash);
    }
    return hashes;
}

// The CSP source for a folder of scripts: a file: or web URL as itself
// (file: only as a scheme: host-sources need a host), a relative one as the
// page's own origin.
QString folderSource(const QString &folderUrl)
{
    const QUrl url(folderUrl);
    if (url.scheme() == QLatin1String("file"))
        return QStringLiteral("file:");
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        return url.toString(QUrl::FullyEncoded);
    return QStringLiteral("'self'");
}

// No script but scriptSources, no <base> but baseSource; images, styles,
// fonts and media from anywhere; no plugins or forms; frames only from the
// privacy-enhanced video players the youtube and vimeo shortcodes embed.
QString policy(const QStringList &scriptSources, const QString &baseSource)
{
    const QStringList directives{
        QStringLiteral("default-src 'none'"),
        QStringLiteral("script-src ") + scriptSources.join(QLatin1Char(' ')),
        QStringLiteral("style-src * 'unsafe-inline'"),
        QStringLiteral("img-src * data: blob:"),
        QStringLiteral("font-src * data:"),
        QStringLiteral("media-src * data: blob:"),
        QStringLiteral("object-src 'none'"),
        QStringLiteral("frame-src https://www.youtube-nocookie.com https://player.vimeo.com"),
        QStringLiteral("form-action 'none'"),
        QStringLiteral("base-uri ") + baseSource,
    };
    return directives.join(QStringLiteral("; "));
}

QString escapeAttribute(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&amp;")).replace(QLatin1Char('"'), QLatin1String("&quot;"));
}

} // namespace

PageTemplate PageTemplate::defaultTemplate()
{
    return PageTemplate(readResource(QStringLiteral(":/template/page.html")),
                        readResource(QStringLiteral(":/template/style.css")));
}

struct PageTemplate::Shared
{
    std::once_flag made;
    Data data;
};

PageTemplate::PageTemplate(QString mustacheSource, QString css, ChromePartials partials)
    : m_source(inlineChromePartials(mustacheSource, partials))
    , m_css(std::move(css))
    , m_partials(std::move(partials))
    , m_shared(std::make_shared<Shared>())
{
}

QString PageTemplate::error() const
{
    const Mustache tmpl(m_source.toStdString());
    return QString::fromStdString(tmpl.error_message());
}

QString PageTemplate::render(const PageData &page) const
{
    const MustacheHoles skeleton = renderSkeleton(page);
    if (skeleton.pieces.isEmpty())
        return {};
    QString policyElement;
    if (skeleton.holes.contains(CspSlot))
        policyElement = contentSecurityPolicyElement(policyFor(page, skeleton.pieces.join(QString())));
    QString html;
    html.reserve(page.bodyHtml.size() + 16384);
    for (qsizetype i = 0; i < skeleton.pieces.size(); ++i) {
        html += skeleton.pieces.at(i);
        if (i < skeleton.holes.size())
            html += skeleton.holes.at(i) == BodySlot ? page.bodyHtml : policyElement;
    }
    return html;
}

QString PageTemplate::contentSecurityPolicy(const PageData &page) const
{
    return policyFor(page, renderSkeleton(page).pieces.join(QString()));
}

QString PageTemplate::policyFor(const PageData &page, const QString &skeleton) const
{
    QStringList scripts = inlineScriptHashes(skeleton);
    if (page.math && page.inlineMathScript.isEmpty())
        scripts.append(folderSource(page.mathAssetsUrl.isEmpty() ? katexAssetsUrl() : page.mathAssetsUrl));
    if (!page.scriptUrl.isEmpty() && !scripts.contains(folderSource(page.scriptUrl)))
        scripts.append(folderSource(page.scriptUrl));
    if (scripts.isEmpty())
        scripts.append(QStringLiteral("'none'"));
    QString base = QStringLiteral("'none'");
    if (!page.baseHref.isEmpty()) {
        const QUrl href(page.baseHref);
        base = href.scheme().startsWith(QLatin1String("http")) ? href.toString(QUrl::FullyEncoded)
                                                               : QStringLiteral("'self'");
    }
    return policy(scripts, base);
}

QString PageTemplate::scriptlessContentSecurityPolicy()
{
    return policy({QStringLiteral("'none'")}, QStringLiteral("'none'"));
}

QString PageTemplate::contentSecurityPolicyElement(const QString &policy)
{
    return QStringLiteral("\n<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">").arg(escapeAttribute(policy));
}

MustacheHoles PageTemplate::renderSkeleton(const PageData &page) const
{
    const QString lang = page.lang.isEmpty() ? QStringLiteral("en") : page.lang;
    Data data;
    setMoved(data, "lang", lang.toStdString());
    setIfAny(data, "title", page.title);
    setIfAny(data, "siteTitle", page.siteTitle);
    setIfAny(data, "author", page.author);
    setIfAny(data, "summary", page.summary);
    setIfAny(data, "canonicalUrl", page.canonicalUrl);
    setIfAny(data, "baseHref", page.baseHref);
    setIfAny(data, "stylesheetUrl", page.stylesheetUrl);
    setMoved(data, "tags", nameList(page.tags, page.tagUrls));
    setMoved(data, "categories", nameList(page.categories, page.categoryUrls));
    setChromeData(data, page.chrome ? &*page.chrome : nullptr, m_partials);
    setNeighbourData(data, page);
    if (!page.date.trimmed().isEmpty()) {
        // One locale per thread and language: making one reads Qt's tables.
        thread_local std::optional<std::pair<QString, QLocale>> locale;
        if (!locale || locale->first != lang)
            locale.emplace(lang, QLocale(lang));
        const DisplayDate date = displayDate(page.date, locale->second);
        setIfAny(data, "dateText", date.text);
        setIfAny(data, "dateTime", date.datetime);
    }
    if (!page.css.isEmpty())
        setMoved(data, "css", page.css.toStdString());   // over the template's own
    if (page.math) {
        setMoved(data, "math", Data(true));
        setMoved(data, "mathAssetsUrl", (page.mathAssetsUrl.isEmpty() ? katexAssetsUrl() : page.mathAssetsUrl).toStdString());
        setIfAny(data, "inlineMathCss", page.inlineMathCss);
        setIfAny(data, "inlineMathScript", page.inlineMathScript);
    }

    std::call_once(m_shared->made, [this] { m_shared->data = sharedPageData(m_css); });
    // The page's own data over what every page has: together, the names
    // the template has always been given.
    return renderMustacheWithHoles(m_source, data, pageSlots, m_css.size(), &m_shared->data);
}

} // namespace postwright
