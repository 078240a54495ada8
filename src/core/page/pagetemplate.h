// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page/pagechrome.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>

namespace postwright {

struct MustacheHoles;

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
    // Set: the page links this stylesheet (the exported site's one file)
    // instead of inlining css.
    QString stylesheetUrl;

    // Math with KaTeX. When true the page links mathAssetsUrl + katex.min.css
    // and katex.min.js (which loads its fonts from fonts/ beside the CSS)
    // and typesets the .math elements of the body on load; when false the
    // page has no KaTeX at all.
    // - Export: set it to RenderResult::hasMath, copy katexAssetFiles()
    //   from katexDirectory() into the output (keeping their relative
    //   paths), and point mathAssetsUrl at that folder, relative to the page.
    // - Preview: set it always (the post may get math while it is typed),
    //   with mathAssetsUrl = katexAssetsUrl() or a qrc copy, and after
    //   patching blocks call `window.pwRenderMath(element)` in the page (it
    //   typesets .math elements in or at element not yet typeset; nothing
    //   happens before katex.min.js has loaded). The script that defines it
    //   is inline in the page head: a Content-Security-Policy must allow it.
    bool math = false;
    // Folder URL of the KaTeX files, ending in '/' ("katex/",
    // "../assets/katex/", "file:///usr/share/javascript/katex/"). Empty:
    // katexAssetsUrl().
    QString mathAssetsUrl;
    // Set (standalone export): the page carries KaTeX itself, this
    // stylesheet and script inline (inlineKatex()), and mathAssetsUrl is
    // not used.
    QString inlineMathCss;
    QString inlineMathScript;

    // The site around the post (header, footer); none: the page shows the
    // post alone (a standalone export).
    std::optional<PageChrome> chrome;
    // The term page of each of tags and categories, relative to the page
    // (same order; empty or shorter: the chips link nothing).
    QStringList tagUrls;
    QStringList categoryUrls;
    // The posts before and after this one by date, and those sharing the
    // most tags; URLs relative to the page.
    std::optional<PageLink> newerPost;
    std::optional<PageLink> olderPost;
    QList<PageLink> relatedPosts;
    // The copy-button script for code blocks (an external file, so that
    // the policy needs no inline exception); empty: no button.
    QString scriptUrl;
};

class PageTemplate final
{
public:
    // The bundled default template and stylesheet (resources/template).
    static PageTemplate defaultTemplate();
    PageTemplate(QString mustacheSource, QString css, ChromePartials partials = ChromePartials::bundled());

    // The whole HTML page; empty when the template does not parse. Where
    // the template writes {{{csp}}} the page gets a <meta> Content-Security-
    // Policy (see contentSecurityPolicy); a template without it opts out.
    QString render(const PageData &page) const;
    // The policy for page: no script runs but the template's own inline
    // scripts (allowed by their SHA-256 hash, so a script in the post never
    // matches) and KaTeX from page.mathAssetsUrl; images, styles, fonts and
    // media from anywhere; no plugins, frames, forms or <base> from the post.
    QString contentSecurityPolicy(const PageData &page) const;
    // The same policy for a page that runs no script at all (the exported
    // site's list pages).
    static QString scriptlessContentSecurityPolicy();
    // What {{{csp}}} becomes: a line break and the <meta> element for policy.
    static QString contentSecurityPolicyElement(const QString &policy);
    // Why the Mustache source does not parse; empty when it does.
    QString error() const;
    QString css() const { return m_css; }
    const ChromePartials &partials() const { return m_partials; }

private:
    // The page with holes for the body and the policy; no pieces when the
    // template does not parse.
    MustacheHoles renderSkeleton(const PageData &page) const;
    // contentSecurityPolicy for the skeleton already rendered for page.
    QString policyFor(const PageData &page, const QString &skeleton) const;

    QString m_source;
    QString m_css;
    ChromePartials m_partials;
    // What every page has alike (the stylesheet, the labels), made on the
    // first render and shared by every render after it; copies of the
    // template share it too.
    struct Shared;
    std::shared_ptr<Shared> m_shared;
};

} // namespace postwright
