// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "page/mustacherender.h"

#include "page/mustacheprogram.h"

#include <memory>
#include <utility>
#include <string>
#include <vector>

namespace postwright {
namespace {

struct Parsed
{
    QString source;   // keeps the text's shared data alive
    std::unique_ptr<MustacheProgram> program;
};

const MustacheProgram &parsed(const QString &source)
{
    // A thread sees a handful of templates. Their owners pass the same
    // QString every time, so its shared data is recognised without
    // converting, hashing or comparing the text on every render.
    thread_local std::vector<Parsed> cache;
    for (const Parsed &entry : cache) {
        if ((entry.source.constData() == source.constData() && entry.source.size() == source.size())
            || entry.source == source)
            return *entry.program;
    }
    cache.push_back({source, std::make_unique<MustacheProgram>(source.toStdString())});
    return *cache.back().program;
}

} // namespace

void setMoved(MustacheData &object, const std::string &key, MustacheData &&value)
{
    if (object.is_object())
        object[key] = std::move(value);
}

void appendMoved(MustacheData &list, MustacheData &&item)
{
    // kainjow gives its list only as const; the vector itself is no const
    // object (the data made it with new), so adding to it is sound.
    if (list.is_list())
        const_cast<kainjow::mustache::list &>(list.list_value()).push_back(std::move(item));
}

QByteArray renderMustacheUtf8(const QString &source, MustacheData data, const std::string &listName, qsizetype count,
                              const std::function<MustacheItem(qsizetype)> &item, qsizetype sizeHint)
{
    const MustacheProgram &program = parsed(source);
    if (!program.isValid())
        return {};
    // Stand-ins that cost no allocation; each becomes its item when entered.
    MustacheData list{MustacheData::type::list};
    for (qsizetype i = 0; i < count; ++i)
        appendMoved(list, MustacheData{MustacheData::type::bool_true});
    setMoved(data, listName, std::move(list));
    const std::function<MustacheItem(std::ptrdiff_t)> make = [&item](std::ptrdiff_t i) { return item(qsizetype(i)); };
    std::string out;
    out.reserve(std::size_t(source.size() + sizeHint) + 8192);
    if (!program.render(data, out, MustacheProgram::LazyList{data.get(listName), &make}))
        return {};
    return QByteArray(out.data(), qsizetype(out.size()));
}

QByteArray renderMustacheUtf8(const QString &source, MustacheData data, const std::string &listName, qsizetype count,
                              const std::function<MustacheData(qsizetype)> &item, qsizetype sizeHint)
{
    return renderMustacheUtf8(source, std::move(data), listName, count,
                              std::function<MustacheItem(qsizetype)>([&item](qsizetype i) { return MustacheItem{item(i)}; }),
                              sizeHint);
}

QByteArray renderMustacheUtf8(const QString &source, const MustacheData &data, qsizetype sizeHint)
{
    const MustacheProgram &program = parsed(source);
    if (!program.isValid())
        return {};
    std::string out;
    out.reserve(std::size_t(source.size() + sizeHint) + 8192);
    if (!program.render(data, out))
        return {};
    return QByteArray(out.data(), qsizetype(out.size()));
}

QString renderMustache(const QString &source, const MustacheData &data, qsizetype sizeHint)
{
    return QString::fromUtf8(renderMustacheUtf8(source, data, sizeHint));
}

MustacheHoles renderMustacheWithHoles(const QString &source, MustacheData &data, const QList<std::string> &slotNames,
                                      qsizetype sizeHint, const MustacheData *shared)
{
    MustacheHoles result;
    const MustacheProgram &program = parsed(source);
    if (!program.isValid())
        return result;
    std::string out;
    out.reserve(std::size_t(source.size() + sizeHint) + 8192);
    // A lambda variable is called where it stands, after everything before
    // it went out: out's size then is the hole's place.
    std::vector<std::pair<std::size_t, int>> places;
    for (qsizetype i = 0; i < slotNames.size(); ++i) {
        data.set(slotNames.at(i), kainjow::mustache::lambda{[&out, &places, i](const std::string &) {
                     places.emplace_back(out.size(), int(i));
                     return std::string();
                 }});
    }
    if (!program.render(data, out, MustacheProgram::LazyList{nullptr, nullptr}, shared))
        return result;
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
