// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "page/mustacherender.h"

#include <memory>
#include <utility>
#include <string>
#include <vector>

namespace postwright {
namespace {

using Mustache = kainjow::mustache::mustache;

struct Parsed
{
    QString source;   // keeps the text's shared data alive
    std::unique_ptr<Mustache> tmpl;
};

Mustache &parsed(const QString &source)
{
    // A thread sees a handful of templates. Their owners pass the same
    // QString every time, so its shared data is recognised without
    // converting, hashing or comparing the text on every render.
    thread_local std::vector<Parsed> cache;
    for (const Parsed &entry : cache) {
        if ((entry.source.constData() == source.constData() && entry.source.size() == source.size())
            || entry.source == source)
            return *entry.tmpl;
    }
    cache.push_back({source, std::make_unique<Mustache>(source.toStdString())});
    return *cache.back().tmpl;
}

} // namespace

QString renderMustache(const QString &source, const MustacheData &data, qsizetype sizeHint)
{
    Mustache &tmpl = parsed(source);
    if (!tmpl.is_valid())
        return {};
    std::string out;
    out.reserve(std::size_t(source.size() + sizeHint) + 8192);
    tmpl.render(data, [&out](const std::string &chunk) { out += chunk; });
    return QString::fromStdString(out);
}

MustacheHoles renderMustacheWithHoles(const QString &source, MustacheData &data, const QList<std::string> &slotNames,
                                      qsizetype sizeHint)
{
    MustacheHoles result;
    Mustache &tmpl = parsed(source);
    if (!tmpl.is_valid())
        return result;
    std::string out;
    out.reserve(std::size_t(source.size() + sizeHint) + 8192);
    // A lambda variable is called where it stands, after everything before
    // it went to the handler: out's size then is the hole's place.
    std::vector<std::pair<std::size_t, int>> places;
    for (qsizetype i = 0; i < slotNames.size(); ++i) {
        data.set(slotNames.at(i), kainjow::mustache::lambda{[&out, &places, i](const std::string &) {
                     places.emplace_back(out.size(), int(i));
                     return std::string();
                 }});
    }
    tmpl.render(data, [&out](const std::string &chunk) { out += chunk; });
    std::size_t from = 0;
    for (const auto &[at, slot] : places) {
        result.pieces.append(QString::fromUtf8(out.data() + from, qsizetype(at - from)));
        result.holes.append(slot);
        from = at;
    }
    result.pieces.append(QString::fromUtf8(out.data() + from, qsizetype(out.size() - from)));
    return result;
}

} // namespace postwright
