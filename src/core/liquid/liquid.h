// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "liquiderror.h"
#include "liquidvalue.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace postwright {

// What one render may cost, so that a hostile template cannot hang the
// preview or the export nor fill the memory. Past a cap the render stops
// with an error and keeps the output so far.
struct LiquidLimits
{
    // Loop iterations (for, tablerow) in one render, all loops together.
    int maxIterations = 200000;
    // Characters of output, and the largest string or array a filter may make.
    qsizetype maxOutput = 8 * 1024 * 1024;
    // Items of an array a filter (concat) may make.
    qsizetype maxArray = 1'000'000;
    // Work: nodeWork per node rendered, one unit per character a filter or a
    // comparison reads and a filter makes, itemWork per item of an array
    // (an item costs about what 64 characters do), half of it per
    // comparison a sort makes. Charged as the values grow, before a filter
    // builds a large one: 100 million units take about half a second.
    qint64 maxWork = 100'000'000;
    qint64 itemWork = 64;
    // A node rendered costs about what 16 characters do (an include of
    // 3,000 {{ x }} in a loop of 10,000 ran 30 million of them).
    qint64 nodeWork = 16;
    // include inside include.
    int maxIncludeDepth = 16;
};

// A file an include names, as the site gives it.
struct LiquidInclude
{
    QString text;
    QString path;     // for errors in it
    QString error;    // not found or not readable: the message
    // The file looked at (absolute), also when it is missing: a render
    // depends on it.
    QString source;
};

// Jekyll's tags and filters reach the site through these; unset means the
// tag is an error (Liquid without Jekyll has none of them).
struct LiquidSiteHooks
{
    // include (relative = false: from _includes/) and include_relative.
    std::function<LiquidInclude(const QString &name, bool relative)> include;
    // highlight: the <figure class="highlight"> markup of code in a language.
    std::function<QString(const QString &code, const QString &language, bool lineNumbers)> highlight;
    // link (a source path) and post_url (a post's name): the URL, nullopt when
    // nothing has that name.
    std::function<std::optional<QString>(const QString &path)> link;
    std::function<std::optional<QString>(const QString &name)> postUrl;
    // markdownify
    std::function<QString(const QString &markdown)> markdownify;
};

struct LiquidOptions
{
    QString file;          // named in errors
    int firstLine = 1;     // the file line of the template's first line
    // Top-level variables: site, page, jekyll...
    LiquidHash globals;
    // Jekyll's filters (relative_url, date_to_string...) and tags.
    bool jekyll = false;
    LiquidSiteHooks site;
    LiquidLimits limits;
    // "now" for site.time and the date filter; unset: the current time.
    QDateTime now;
};

struct LiquidResult
{
    QString output;
    // Syntax errors (unknown tag, bad expression) and render errors
    // (unknown post, a cap reached), in the order of the file.
    QList<LiquidError> errors;
    // For each line of the output, the file line it comes from: a loop's or
    // an include's output maps to the line of its tag.
    QList<int> sourceLines;
    // What the render read besides the template, so that a cache of its
    // output knows when to render again: the files includes looked at
    // (absolute, also missing ones), and what it looked up in the site:
    // "site.KEY" for a member of site ("site" for site as a whole), the
    // same for page, "post_url:NAME" and "link:PATH" for the targets of
    // those tags. Each once.
    QStringList files;
    QStringList siteReads;
    // The work the render charged (LiquidLimits::maxWork).
    qint64 work = 0;
};

// Pure and thread-safe: renders a Liquid template. An unknown variable
// renders as nothing; an unknown filter leaves its input as it is.
LiquidResult renderLiquid(QStringView source, const LiquidOptions &options);

} // namespace postwright
