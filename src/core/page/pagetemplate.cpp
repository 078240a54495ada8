// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "page/pagetemplate.h"

#include "page/katexassets.h"

#include <kainjow/mustache.hpp>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>

#include <string>

namespace postwright {

namespace {

using Data = kainjow::mustache::data;
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
        data.set(key, value.toStdString());
}

Data nameList(const QStringList &names)
{
    Data list{Data::type::list};
    for (const QString &name : names) {
        if (name.isEmpty())
            continue;
        Data item;
        item.set("name", name.toStdString());
        list.push_back(item);
    }
    return list;
}

struct DisplayDate
{
    QString text;       // what the reader sees
    QString datetime;   // machine-readable value for <time>, empty if none
};

// "2025-06-03", "2025-06-03T10:00:00+02:00" and Jekyll's
// "2025-06-03 10:00:00 +0200" all show as "3 June 2025" (month names in the
// page's language); anything else is shown as written.
DisplayDate displayDate(const QString &written, const QLocale &locale)
{
    const QString value = written.trimmed();
    static const QRegularExpression isoDate(
        QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?=$|[T ])"));
    const QRegularExpressionMatch match = isoDate.match(value);
    if (!match.hasMatch())
        return {written, {}};
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    if (!date.isValid())
        return {written, {}};

    QString datetime = date.toString(Qt::ISODate);
    if (value.size() > match.capturedLength()) {
        const QDateTime full = QDateTime::fromString(value, Qt::ISODate);
        if (full.isValid())
            datetime = full.toString(Qt::ISODate);
    }
    return {locale.toString(date, QStringLiteral("d MMMM yyyy")), datetime};
}

} // namespace

PageTemplate PageTemplate::defaultTemplate()
{
    return PageTemplate(readResource(QStringLiteral(":/template/page.html")),
                        readResource(QStringLiteral(":/template/style.css")));
}

PageTemplate::PageTemplate(QString mustacheSource, QString css)
    : m_source(std::move(mustacheSource))
    , m_css(std::move(css))
{
}

QString PageTemplate::error() const
{
    const Mustache tmpl(m_source.toStdString());
    return QString::fromStdString(tmpl.error_message());
}

QString PageTemplate::render(const PageData &page) const
{
    Mustache tmpl(m_source.toStdString());
    if (!tmpl.is_valid())
        return {};

    const QString lang = page.lang.isEmpty() ? QStringLiteral("en") : page.lang;
    Data data;
    data.set("lang", lang.toStdString());
    setIfAny(data, "title", page.title);
    data.set("untitled",
             QCoreApplication::translate("PageTemplate", "Untitled").toStdString());
    setIfAny(data, "siteTitle", page.siteTitle);
    setIfAny(data, "author", page.author);
    setIfAny(data, "summary", page.summary);
    setIfAny(data, "canonicalUrl", page.canonicalUrl);
    setIfAny(data, "baseHref", page.baseHref);
    data.set("tags", nameList(page.tags));
    data.set("categories", nameList(page.categories));
    if (!page.date.trimmed().isEmpty()) {
        const DisplayDate date = displayDate(page.date, QLocale(lang));
        setIfAny(data, "dateText", date.text);
        setIfAny(data, "dateTime", date.datetime);
    }
    data.set("css", (page.css.isEmpty() ? m_css : page.css).toStdString());
    data.set("bodyHtml", page.bodyHtml.toStdString());
    if (page.math) {
        data.set("math", Data(true));
        data.set("mathAssetsUrl",
                 (page.mathAssetsUrl.isEmpty() ? katexAssetsUrl() : page.mathAssetsUrl).toStdString());
    }

    std::string out;
    out.reserve(std::size_t(m_source.size() + m_css.size() + page.bodyHtml.size()) + 4096);
    tmpl.render(data, [&out](const std::string &chunk) { out += chunk; });
    return QString::fromStdString(out);
}

} // namespace postwright
