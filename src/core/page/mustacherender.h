// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page/mustacheprogram.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <string>

namespace postwright {

using MustacheData = kainjow::mustache::data;

// object's key set to value, and item added to list, moved in: kainjow's
// set() and push_back() copy their argument deep (a list with every item
// in it, each item with every string), and a page's data is built
// thousands of times in an export.
void setMoved(MustacheData &object, const std::string &key, MustacheData &&value);
void appendMoved(MustacheData &list, MustacheData &&item);

// The text of a Mustache template rendered with data; empty when the source
// does not parse or the render stops (MustacheProgram::render: a value
// taken as a partial that does not parse, partials nested too deep). A
// site export renders the same few templates thousands of times, so each
// source is compiled once per thread (found again without a lock).
QString renderMustache(const QString &source, const MustacheData &data, qsizetype sizeHint = 0);
// The same text in UTF-8 (what a template renders to), for a file to write.
QByteArray renderMustacheUtf8(const QString &source, const MustacheData &data, qsizetype sizeHint = 0);

// renderMustacheUtf8 with data's list listName of count items, each made by
// item(i) only while the template renders it and dropped after: the feed of
// a 10,000-post site never holds every post's data at once. The text is the
// same as with the whole list in data.
QByteArray renderMustacheUtf8(const QString &source, MustacheData data, const std::string &listName, qsizetype count,
                              const std::function<MustacheData(qsizetype)> &item, qsizetype sizeHint = 0);

// The same with items that share part of their data with other lists (a
// post in every list it is in): each item is its own data over the shared.
using MustacheItem = MustacheProgram::Item;
QByteArray renderMustacheUtf8(const QString &source, MustacheData data, const std::string &listName, qsizetype count,
                              const std::function<MustacheItem(qsizetype)> &item, qsizetype sizeHint = 0);

// A rendered template with holes where its slot variables stood: the text
// between them, and which slot each hole is. The caller fills the holes,
// so that no value can reach into a slot: no text marks where one is.
struct MustacheHoles
{
    QStringList pieces;   // one more than holes; empty when the source does not parse or the render stops
    QList<int> holes;     // for each hole, its index in slotNames
};

// renderMustache with each variable named in slotNames (set in data as a
// hole, whatever it held) left as a hole.
// shared, when given: data under data, looked in for the names data lacks.
MustacheHoles renderMustacheWithHoles(const QString &source, MustacheData &data, const QList<std::string> &slotNames,
                                      qsizetype sizeHint = 0, const MustacheData *shared = nullptr);

} // namespace postwright
