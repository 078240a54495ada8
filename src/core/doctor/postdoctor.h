// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentsupport/readability.h"
#include "export/sitefiles.h"
#include "post/post.h"
#include "render/renderer.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace postwright {

class HugoRefIndex;

enum class Severity { Error, Warning };

// One problem in a post, where it is and (when known) what to put instead.
struct Finding
{
    QString path;
    int line = 0;       // 1-based file line
    int column = 0;     // 1-based character column
    Severity severity = Severity::Warning;
    QString code;       // stable: "front-matter", "missing-title", "broken-link", "mojibake", ...
    QString message;
    QString fix;        // replacement text for the line, or empty
};

struct CheckContext
{
    // The site the post lies in, for the rule that judges its links (the
    // export's); none: only links relative to the post are looked up.
    std::optional<SiteFiles> site;
    // A Zola site: the taxonomies its config.toml declares. A page's
    // [taxonomies] may use no other (zola build fails). nullopt: not Zola.
    std::optional<QStringList> zolaTaxonomies;
    // Hugo sites: the pages ref and relref shortcodes can name; a target
    // that names none is an error ("broken-ref"), as hugo stops there.
    std::shared_ptr<const HugoRefIndex> hugoRefs;
};

// The context of one post, built afresh (CheckContexts in
// doctor/checkcontext.h builds many, walking each Hugo site once).
CheckContext checkContextFor(const QString &postPath, bool withRefs = true);
// The pages a Hugo site's refs may name, for a context made without them
// (none for other sites). Reads every page: call it off the GUI thread.
std::shared_ptr<const HugoRefIndex> hugoRefsFor(const CheckContext &context);

// The post doctor: front matter (syntax, missing title, unparseable dates,
// duplicate keys; Zola: undeclared taxonomies), broken local links and
// images, SEO lengths, mojibake, and what readers need (alt text, heading
// order, one title, telling link texts, readability: doctor/readerchecks.h).
// Pure: reads nothing but the link targets' existence, so it can run off
// the GUI thread while the user types.
QList<Finding> checkPost(const Post &post, const CheckContext &context = {});
// The same from a render of the post the caller made anyway (the snapshot
// of an edit), so that the doctor does not render it again. The render
// must have had shortcodes enabled with doctorRefResolver on a Hugo site
// whose refs the context knows, and a Jekyll post Liquid (jekyllLiquidFor).
QList<Finding> checkPost(const Post &post, const CheckContext &context, const RenderResult &rendered);

// The doctor's findings with the readability of the post's prose (for
// Statistics), from the same scan: what the snapshot of an edit takes.
struct PostExamination
{
    QList<Finding> findings;
    std::optional<Readability> readability;   // none: too little text, or a language no formula fits
};
PostExamination examinePost(const Post &post, const CheckContext &context, const RenderResult &rendered);
// How the doctor looks up ref/relref targets (nothing when the context
// knows no Hugo pages): set it as ShortcodeOptions::resolveRef.
std::function<std::optional<QString>(const QString &, bool, const QString &)> doctorRefResolver(const Post &post,
                                                                             const CheckContext &context);

QString severityName(Severity severity);

} // namespace postwright
