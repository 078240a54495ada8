// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace postwright {

// Everything the page template shows. Plain text fields are escaped by the
// template; bodyHtml is trusted HTML from the renderer.
struct PageData
{
    QString title;
    QString date;          // as written in the front matter (ISO-like)
    QString author;
    QString summary;
    QStringList tags;
    QStringList categories;
    QString bodyHtml;
    QString lang;          // BCP 47, empty = "en"
    QString siteTitle;
    QString canonicalUrl;  // empty: no canonical/og:url
    QString baseHref;      // empty: no <base>
    QString css;           // empty: the default theme's stylesheet is inlined
};

class PageTemplate final
{
public:
    // The bundled default template and stylesheet (resources/template).
    static PageTemplate defaultTemplate();
    PageTemplate(QString mustacheSource, QString css);

    // The whole HTML page; empty when the template does not parse.
    QString render(const PageData &page) const;
    // Why the Mustache source does not parse; empty when it does.
    QString error() const;
    QString css() const { return m_css; }

private:
    QString m_source;
    QString m_css;
};

} // namespace postwright
