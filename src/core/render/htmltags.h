// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <functional>

namespace postwright {

// One attribute of a start tag, as offsets into the HTML it was read from.
struct HtmlAttribute
{
    QString name;                 // lower case (ASCII), as a browser compares it; see forEachStartTag
    qsizetype valueStart = -1;    // the value's first character (inside quotes); -1: no value
    qsizetype valueEnd = -1;      // one past its last character
    QChar quote;                  // '"', '\'' or null when unquoted
};

// A start tag: '<' at start, '>' just before end (end is the text's size
// when the tag is not closed: in a page, the rest would be inside it).
struct HtmlStartTag
{
    QString name;                 // lower case (ASCII)
    qsizetype start = 0;
    qsizetype end = 0;
    QList<HtmlAttribute> attributes;
};

// Calls visit for every start tag of html, read as a browser's tokenizer
// reads it from the data state: comments (<!-- -->, <!-->, --!>), bogus
// comments (<!...>, <?...>, </ ...>) and end tags are skipped; names are
// case-insensitive; values may be double-quoted, single-quoted or unquoted;
// "/" and missing blanks between attributes are what browsers make of them.
// The rendered body has no raw-text elements (script, style, noscript...:
// disarmed) and no CDATA: that is what keeps this exact without a tree.
// The tag passed to visit is only valid during the call: it is reused for
// the next tag, and its names may refer to html's own characters (copy
// what outlives html with QString(name.constData(), name.size())).
void forEachStartTag(QStringView html, const std::function<void(const HtmlStartTag &)> &visit);

// text with its character references decoded as a browser decodes them in
// an attribute value (inAttribute: a named reference without ';' before a
// letter, digit or '=' stays as written) or in text: numeric ones (any
// number of leading zeros, ';' optional, Windows-1252 for 0x80-0x9F, U+FFFD
// for 0, surrogates and beyond U+10FFFF), and the named ones whose value is
// in Latin-1 (every one that gives an ASCII character: &colon; &Tab;
// &NewLine; &sol;...). Other named ones stay as written.
QString decodeHtmlCharacters(QStringView text, bool inAttribute);

} // namespace postwright
