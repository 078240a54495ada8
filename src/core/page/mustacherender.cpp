// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "page/mustacherender.h"

#include "render/htmlescape.h"

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

// kainjow's html_escape (& < > " and ' as entities), with the runs
// between them copied whole instead of one character at a time: the
// export escapes every value of every page.
std::string escapeHtml(const std::string &text)
{
    std::string out;
    out.reserve(text.size() + 16);
    appendHtmlEscaped(out, text, true);
    return out;
}

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
    cache.back().tmpl->set_custom_escape(escapeHtml);
    return *cache.back().tmpl;
}

// The context a template renders in, where an item of the lazy list is
// made when a section enters it and dropped when the section leaves it.
class LazyListContext final : public kainjow::mustache::context<std::string>
{
public:
    LazyListContext(const MustacheData &list, const std::function<MustacheData(qsizetype)> &item)
        : m_list(list.list_value())
        , m_item(item)
    {
    }

    void push(const MustacheData *data) override
    {
        const std::less<const MustacheData *> before;
        const bool listed = !m_list.empty() && !before(data, &m_list.front()) && !before(&m_list.back(), data);
        if (listed) {
            m_made.push_back(std::make_unique<MustacheData>(m_item(qsizetype(data - &m_list.front()))));
            data = m_made.back().get();
        }
        m_pushedMade.push_back(listed);
        context::push(data);
    }

    void pop() override
    {
        context::pop();
        if (m_pushedMade.back())
            m_made.pop_back();
        m_pushedMade.pop_back();
    }

private:
    const kainjow::mustache::list &m_list;
    const std::function<MustacheData(qsizetype)> &m_item;
    std::vector<std::unique_ptr<MustacheData>> m_made;
    std::vector<bool> m_pushedMade;
};

// What kainjow's render into a stream needs of one: the chunks, appended.
struct Utf8Sink
{
    QByteArray &out;
    Utf8Sink &operator<<(const std::string &chunk)
    {
        out.append(chunk.data(), qsizetype(chunk.size()));
        return *this;
    }
};

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
                              const std::function<MustacheData(qsizetype)> &item, qsizetype sizeHint)
{
    Mustache &tmpl = parsed(source);
    if (!tmpl.is_valid())
        return {};
    // Stand-ins that cost no allocation; each becomes its item when entered.
    MustacheData list{MustacheData::type::list};
    for (qsizetype i = 0; i < count; ++i)
        appendMoved(list, MustacheData{MustacheData::type::bool_true});
    setMoved(data, listName, std::move(list));
    LazyListContext context(*data.get(listName), item);
    context.push(&data);
    QByteArray out;
    out.reserve(source.size() + sizeHint + 8192);
    Utf8Sink sink{out};
    tmpl.render(context, sink);
    return out;
}

QByteArray renderMustacheUtf8(const QString &source, const MustacheData &data, qsizetype sizeHint)
{
    Mustache &tmpl = parsed(source);
    if (!tmpl.is_valid())
        return {};
    QByteArray out;
    out.reserve(source.size() + sizeHint + 8192);
    tmpl.render(data, [&out](const std::string &chunk) { out.append(chunk.data(), qsizetype(chunk.size())); });
    return out;
}

QString renderMustache(const QString &source, const MustacheData &data, qsizetype sizeHint)
{
    return QString::fromUtf8(renderMustacheUtf8(source, data, sizeHint));
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
