// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "liquid/liquid.h"

#include <functional>
#include <optional>

namespace postwright {

struct Heading
{
    int level = 0;
    QString text;   // plain text of the heading
    QString id;     // unique GitHub-style anchor, also in the HTML
    int line = 0;   // 1-based line in the file (lineOffset applied)
};

// Hugo shortcodes ({{< name >}}, {{% name %}}): rendered only on Hugo
// sites (see render/shortcodehtml.h for what each built-in becomes).
struct ShortcodeOptions
{
    bool enabled = false;
    // The preview: video embeds are click-to-load placeholders (the page's
    // script loads them when remote content is allowed).
    bool embedPlaceholders = false;
    // With embedPlaceholders: remote content is blocked, so the placeholder
    // says so and offers no button.
    bool embedsBlocked = false;
    // ref/relref: the URL of the post a target names, nullopt when there is
    // none. absolute: ref (a permalink), else relref; language: its `lang`
    // (empty: the page's own). Unset: the target is shown as written and
    // not reported.
    std::function<std::optional<QString>(const QString &target, bool absolute, const QString &language)> resolveRef;
    // param: the page's parameter, else the site's; nullopt when neither
    // has it. Unset: nothing is reported.
    std::function<std::optional<QString>(const QString &key)> param;
    // How deep inside other shortcodes' inner content this render is;
    // deeper than a few levels, shortcodes stay text (linear time).
    int depth = 0;
};

// A shortcode the page cannot show as Hugo would.
struct ShortcodeFinding
{
    // Syntax: a tag Hugo cannot read (it stops the build there).
    enum class Kind { Unknown, UnresolvedRef, MissingParam, Invalid, Syntax };
    Kind kind = Kind::Unknown;
    QString name;     // the shortcode's name
    QString detail;   // the ref target, the param key, what is wrong
    int line = 0;     // file line of its opening tag
    int column = 0;   // and its column (characters, from 1; 0: not known)
    // Unknown: opened, but neither closed nor self-closed; hugo stops the
    // build when the site's template of it uses .Inner.
    bool unclosed = false;
};

struct RenderOptions
{
    bool sourcePos = true;   // data-sourcepos on block elements
    bool footnotes = true;
    // Line of the file on which the Markdown body starts (1-based), so that
    // data-sourcepos and Heading::line refer to lines of the whole file.
    int firstLine = 1;
    // Count words and reading time (a pass over the HTML); callers that only
    // want the HTML turn it off.
    bool statistics = true;
    // $…$, $$…$$, \(…\) and \[…\] outside code become
    // <span class="math math-inline">\(…\)</span> and
    // <span|div class="math math-display">\[…\]</…> for KaTeX in the page.
    bool math = true;
    // Fenced code blocks in a known language are highlighted with CSS
    // classes (hl-keyword, hl-string...); others stay plain <pre><code>.
    bool highlightCode = true;
    // Also say where each top-level block of the HTML starts
    // (RenderResult::blockStarts), for the preview's patches.
    bool blocks = false;
    ShortcodeOptions shortcodes;
    // Jekyll: the body runs through Liquid first, then Markdown
    // (liquid/jekyllsite.h makes the step). data-sourcepos and heading lines
    // still name lines of the Markdown as written: what a loop or an include
    // expands to points at the line of its tag.
    std::function<LiquidResult(QStringView body, int firstLine)> liquid;
};

struct RenderResult
{
    QString html;            // body HTML fragment
    QList<Heading> outline;
    // Words a reader sees: paragraphs, headings, lists, tables, footnotes,
    // inline code and the text of raw HTML; not code blocks, image
    // descriptions or HTML comments. A Chinese or Japanese character is a word.
    int words = 0;
    int readingMinutes = 0;  // rounded up, 0 for an empty post
    // The HTML has math elements: the page needs KaTeX (PageData::math).
    bool hasMath = false;
    // <meta http-equiv> elements of the post's own HTML, taken out of html
    // as written (filterRawHtml): the export warns about each.
    QStringList removedTags;
    // Shortcodes that are not built in (each shown as a box), ref targets
    // that name no post, missing params, invalid ids: in the order written.
    QList<ShortcodeFinding> shortcodes;
    // Liquid syntax and render errors (RenderOptions::liquid), with file lines.
    QList<LiquidError> liquidErrors;
    // With RenderOptions::blocks: where each top-level block of html starts
    // (render/renderblocks.h), and its first file line (0: raw HTML that
    // opens the body, or the footnotes section).
    QList<qsizetype> blockStarts;
    QList<int> blockLines;
};

// Pure and thread-safe: render Markdown (GFM + footnotes) to HTML. Raw HTML
// is kept (GFM's tagfilter still disarms <script>, <iframe>, <style>...,
// and filterRawHtml <noscript> and CDATA; <meta http-equiv> is removed).
// Every heading gets a unique GitHub-style id. Math and highlighted code as
// set in RenderOptions; a formula counts as one word.
RenderResult render(QStringView markdown, const RenderOptions &options = {});

} // namespace postwright
