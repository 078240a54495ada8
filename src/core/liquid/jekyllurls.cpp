// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The URLs Jekyll 4.3 gives pages and collections' documents
// (lib/jekyll/page.rb, collection.rb, url.rb, drops/url_drop.rb).
#include "jekyllurls.h"

#include "liquidfilters.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace postwright {

namespace {

// Replaces :key with its value, longest keys first (:short_year before :year).
QString expand(QString url, QList<std::pair<QString, QString>> placeholders)
{
    std::sort(placeholders.begin(), placeholders.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    for (const auto &[key, value] : std::as_const(placeholders))
        url.replace(QLatin1Char(':') + key, value);
    return url;
}

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

} // namespace

QString jekyllPermalinkSuffix(const QString &permalinkStyle)
{
    const QString style = permalinkStyle.trimmed().isEmpty() ? QStringLiteral("date") : permalinkStyle.trimmed();
    if (style == QLatin1String("pretty"))
        return QStringLiteral("/");
    if (style == QLatin1String("date") || style == QLatin1String("ordinal") || style == QLatin1String("none"))
        return QStringLiteral(":output_ext");
    QString suffix;
    if (style.endsWith(QLatin1Char('/')))
        suffix += QLatin1Char('/');
    if (style.endsWith(QLatin1String(":output_ext")))
        suffix += QLatin1String(":output_ext");
    return suffix;
}

QString jekyllSanitizeUrl(const QString &url)
{
    QString result = QLatin1Char('/') + url;
    result.replace(QLatin1String(".."), QLatin1String("/"));
    result.replace(QLatin1String("./"), QString());
    static const QRegularExpression slashes(QStringLiteral("/{2,}"));
    result.replace(slashes, QStringLiteral("/"));
    return result;
}

QString jekyllPageUrl(const QString &relativePath, const QString &permalinkStyle, const QString &permalink,
                      const QString &outputExt)
{
    const QFileInfo info(relativePath);
    QString dir = info.path();
    if (dir == QLatin1String("."))
        dir.clear();
    // Page#process: the name without its extension and trailing dots.
    QString basename = info.fileName().left(info.fileName().size() - info.suffix().size() - (info.suffix().isEmpty() ? 0 : 1));
    while (basename.endsWith(QLatin1Char('.')))
        basename.chop(1);
    QString pattern = permalink.trimmed();
    // Page#html?: what Jekyll writes as HTML gets the style's URLs.
    const bool html = outputExt == QLatin1String(".html") || outputExt == QLatin1String(".xhtml")
                      || outputExt == QLatin1String(".htm");
    if (pattern.isEmpty()) {
        pattern = !html ? QStringLiteral("/:path/:basename:output_ext")
                  : basename == QLatin1String("index")
                      ? QStringLiteral("/:path/")
                      : QStringLiteral("/:path/:basename") + jekyllPermalinkSuffix(permalinkStyle);
    }
    return jekyllSanitizeUrl(expand(pattern, {{QStringLiteral("path"), dir},
                                              {QStringLiteral("basename"), basename},
                                              {QStringLiteral("output_ext"), outputExt}}));
}

QString jekyllDocumentUrl(const JekyllDocument &document, const QString &collectionPermalink,
                          const QString &permalinkStyle, const QDateTime &now)
{
    QString pattern = document.frontMatter.value(QStringLiteral("permalink")).toString().trimmed();
    if (pattern.isEmpty())
        pattern = collectionPermalink.trimmed();
    if (pattern.isEmpty())
        pattern = QStringLiteral("/:collection/:path") + jekyllPermalinkSuffix(permalinkStyle);
    const QFileInfo info(document.pathInCollection);
    QString path = document.pathInCollection;
    path.chop(info.suffix().isEmpty() ? 0 : info.suffix().size() + 1);
    const QString basename = info.completeBaseName();
    const QString slugData = document.frontMatter.value(QStringLiteral("slug")).toString();
    const QString slugSource = slugData.isEmpty() ? basename : slugData;
    QStringList categories;
    for (const LiquidValue &category : document.frontMatter.value(QStringLiteral("categories")).toArray()) {
        if (!categories.contains(category.toString().toLower()))
            categories << category.toString().toLower();
    }
    const LiquidValue dateValue = document.frontMatter.value(QStringLiteral("date"));
    const QDateTime date = dateValue.type() == LiquidValue::Type::Date && dateValue.toDate().isValid()
                               ? dateValue.toDate()
                               : now;
    const QDate day = date.date();
    return jekyllSanitizeUrl(expand(
        pattern, {{QStringLiteral("collection"), document.collection},
                  {QStringLiteral("path"), QLatin1Char('/') + path},
                  {QStringLiteral("name"), jekyllSlugify(basename, QStringLiteral("default"))},
                  {QStringLiteral("title"), jekyllSlugify(slugSource, QStringLiteral("pretty"), true)},
                  {QStringLiteral("slug"), jekyllSlugify(slugSource, QStringLiteral("default"))},
                  {QStringLiteral("categories"), categories.join(QLatin1Char('/'))},
                  {QStringLiteral("output_ext"), document.outputExt},
                  {QStringLiteral("year"), QString::number(day.year())},
                  {QStringLiteral("short_year"), twoDigits(day.year() % 100)},
                  {QStringLiteral("month"), twoDigits(day.month())},
                  {QStringLiteral("i_month"), QString::number(day.month())},
                  {QStringLiteral("day"), twoDigits(day.day())},
                  {QStringLiteral("i_day"), QString::number(day.day())},
                  {QStringLiteral("hour"), twoDigits(date.time().hour())},
                  {QStringLiteral("minute"), twoDigits(date.time().minute())},
                  {QStringLiteral("second"), twoDigits(date.time().second())}}));
}

} // namespace postwright
