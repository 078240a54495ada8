// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The post the Git tests edit on two sides (publish, merge view, word diff):
// front matter with a title and tags, and two paragraphs.

#include <QByteArray>
#include <QtGlobal>

namespace postwright::testing {

inline const QByteArray nightSkyPost = "---\n"
                                       "title: \"Night sky\"\n"
                                       "tags: [astro, night]\n"
                                       "draft: false\n"
                                       "---\n"
                                       "\n"
                                       "The first paragraph.\n"
                                       "\n"
                                       "The second paragraph.\n";

// text with `from` replaced by `to`; a fixture that lacks `from` is a bug
// in the test, so it stops there.
inline QByteArray edited(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    if (!text.contains(from))
        qFatal("fixture: \"%s\" is not in the text", from.constData());
    return text.replace(from, to);
}

} // namespace postwright::testing
