// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Links between the posts of a site: the link the editor inserts for
// Format → Link to Post and the "[" completion, and which posts a typed
// text names.

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace postwright {

struct PostRecord;
struct SiteConfig;

namespace markdown {

enum class PostLinkStyle {
    Relative,     // a relative link to the post's source file ("../b.md")
    HugoRef,      // {{< ref "/posts/b.md" >}} (Hugo sites only)
    HugoRelref,   // {{< relref "/posts/b.md" >}} (Hugo sites only)
};

// The URL of a link from the file fromFile (absolute; empty: not saved
// yet) to the post target (site-relative, as the index has it), the one
// the site's generator publishes as a link to the post's page:
// - Hugo: style (a setting). Relative: the path from fromFile's folder to
//   target's file, percent-encoded, which the doctor resolves to that file
//   and the export rewrites to its page. The ref styles name the page from
//   the content folder, a bundle by its folder, as Hugo looks it up.
// - Zola (style ignored): its internal link, "@/blog/a.md".
// - Jekyll (style ignored): "{% post_url 2024-01-02-a %}" for a post below
//   _posts/ (with the folders between: "trips/2024-01-02-a"), else
//   "{% link about/team.md %}".
// - A plain folder: Relative.
// nullopt: a relative link from a post not saved yet.
std::optional<QString> postLinkUrl(const SiteConfig &config, const QString &fromFile, const QString &target,
                                   PostLinkStyle style);

// text with its brackets, backslashes, "<" and "|" escaped, the "{" of "{{" and
// "{%" (a generator's template tags) an entity, and its line breaks made
// spaces, for a link's text.
QString escapeLinkText(const QString &text);
// "[title](url)", the title escaped.
QString postLinkMarkdown(const QString &title, const QString &url);

// The posts (indexes into posts) whose title, or else path, holds typed,
// ignoring case: titles that start with it first, then a word of the
// title, then anywhere, then the path; at most limit. Section pages and
// the file fromFile (site-relative) are left out.
QList<qsizetype> matchPosts(const QList<PostRecord> &posts, const QString &typed, const QString &fromFile, int limit);

// What the user asks for by typing "[" and a text: where the "[" is in the
// line and the text after it, up to the cursor.
struct PostLinkQuery
{
    qsizetype bracket = 0;
    QString text;
};

// The query of a line typed up to the cursor (lineBeforeCursor); nullopt
// when it is none: fewer than 2 characters after the "[", a space first
// (a task box "[ ]"), a footnote "[^", an image "![", an escaped "\[", a
// bracket closed already, more than 80 characters, or in a code span; or
// the rest of the line (lineAfterCursor) closes the bracket: the cursor is
// in the text of a link there is already ("[Sec|nd post](b.md)").
// Code blocks are the caller's to rule out.
std::optional<PostLinkQuery> postLinkQuery(QStringView lineBeforeCursor, QStringView lineAfterCursor = {});

} // namespace markdown
} // namespace postwright
