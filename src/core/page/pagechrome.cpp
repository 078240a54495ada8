// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "page/pagechrome.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace postwright {
namespace {

// The translation context of this file's messages (lupdate reads "PageChromeText::tr").
struct PageChromeText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::PageChrome)
};

std::string readResource(const char *path)
{
    QFile file(QString::fromLatin1(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll().toStdString() : std::string();
}

void setIfAny(MustacheData &data, const char *key, const QString &value)
{
    if (!value.isEmpty())
        setMoved(data, key, value.toStdString());
}

} // namespace

ChromePartials ChromePartials::bundled()
{
    static const ChromePartials partials{readResource(":/template/site-header.html"),
                                         readResource(":/template/site-footer.html")};
    return partials;
}

QString inlineChromePartials(const QString &source, const ChromePartials &partials)
{
    static const QRegularExpression header(QStringLiteral("\\{\\{>\\s*pwSiteHeader\\s*\\}\\}"));
    static const QRegularExpression footer(QStringLiteral("\\{\\{>\\s*pwSiteFooter\\s*\\}\\}"));
    const auto guarded = [](const std::string &text) {
        return QStringLiteral("{{#hasChrome}}") + QString::fromStdString(text) + QStringLiteral("{{/hasChrome}}");
    };
    QString out = source;
    out.replace(header, guarded(partials.header));
    out.replace(footer, guarded(partials.footer));
    return out;
}

MustacheData linkList(const QList<PageLink> &links)
{
    MustacheData list{MustacheData::type::list};
    for (const PageLink &link : links) {
        MustacheData item;
        setMoved(item, "label", link.label.toStdString());
        setMoved(item, "url", link.url.toStdString());
        if (link.current)
            setMoved(item, "current", MustacheData::type::bool_true);
        appendMoved(list, std::move(item));
    }
    return list;
}

void setChromeData(MustacheData &data, const PageChrome *chrome, const ChromePartials &partials)
{
    if (!chrome) {
        setMoved(data, "pwSiteHeader", std::string());
        setMoved(data, "pwSiteFooter", std::string());
        return;
    }
    setMoved(data, "pwSiteHeader", partials.header);
    setMoved(data, "pwSiteFooter", partials.footer);
    setMoved(data, "hasChrome", MustacheData::type::bool_true);
    setMoved(data, "siteName", chrome->siteTitle.toStdString());
    if (chrome->hasHome)
        setMoved(data, "siteHomeUrl", (chrome->homeUrl.isEmpty() ? QStringLiteral("./") : chrome->homeUrl).toStdString());
    if (!chrome->menu.isEmpty())
        setMoved(data, "siteMenu", linkList(chrome->menu));
    setIfAny(data, "siteTagsUrl", chrome->tagsUrl);
    setIfAny(data, "siteCategoriesUrl", chrome->categoriesUrl);
    setIfAny(data, "siteFeedUrl", chrome->feedUrl);
    setIfAny(data, "siteCopyright", chrome->copyright);
    setIfAny(data, "siteAuthor", chrome->author);
    if (chrome->madeWith)
        setMoved(data, "siteMadeWith", MustacheData::type::bool_true);
    setMoved(data, "siteSkipLabel", PageChromeText::tr("Skip to content").toStdString());
    setMoved(data, "siteNavLabel", PageChromeText::tr("Site").toStdString());
    setMoved(data, "siteTagsLabel", PageChromeText::tr("Tags").toStdString());
    setMoved(data, "siteCategoriesLabel", PageChromeText::tr("Categories").toStdString());
    setMoved(data, "siteFeedLabel", PageChromeText::tr("RSS feed").toStdString());
    setMoved(data, "siteMadeWithLabel", PageChromeText::tr("Made with %1").arg(QStringLiteral("Postwright")).toStdString());
}

} // namespace postwright
