// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "page/mustacherender.h"

#include <memory>
#include <string>
#include <unordered_map>

namespace postwright {
namespace {

using Mustache = kainjow::mustache::mustache;

Mustache &parsed(const QString &source)
{
    thread_local std::unordered_map<std::string, std::unique_ptr<Mustache>> cache;
    std::string text = source.toStdString();
    auto it = cache.find(text);
    if (it == cache.end())
        it = cache.emplace(text, std::make_unique<Mustache>(text)).first;
    return *it->second;
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

} // namespace postwright
