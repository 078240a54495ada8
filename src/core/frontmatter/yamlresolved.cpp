// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What each key of a YAML block means once its aliases are resolved: the
// writer's check that an edit leaves every other key as it was sees a value
// that changes through an alias ("by: *me" inside a map) this way.
#include "frontmatter/formats.h"

#include <yaml-cpp/yaml.h>

#include <string>

namespace postwright::detail {
namespace {

constexpr int maxDepth = 256;

// Appends node (aliases followed) to out; false when it nests deeper than
// maxDepth or out would grow past limit (aliases of aliases multiply).
bool appendResolved(const YAML::Node &node, int depth, std::size_t limit, std::string &out)
{
    if (depth > maxDepth || out.size() > limit)
        return false;
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        out += '~';
        return true;
    case YAML::NodeType::Scalar:
        // The tag tells a quoted "5" ("!") from a plain 5 ("?").
        out += node.Tag() + ':' + std::to_string(node.Scalar().size()) + ':' + node.Scalar();
        return out.size() <= limit;
    case YAML::NodeType::Sequence:
        out += '[';
        for (const auto &item : node) {
            if (!appendResolved(item, depth + 1, limit, out))
                return false;
            out += ',';
        }
        out += ']';
        return true;
    case YAML::NodeType::Map:
        out += '{';
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (!appendResolved(it->first, depth + 1, limit, out))
                return false;
            out += '=';
            if (!appendResolved(it->second, depth + 1, limit, out))
                return false;
            out += ',';
        }
        out += '}';
        return true;
    }
    return false;
}

} // namespace

std::optional<QList<ResolvedEntry>> resolvedYamlEntries(const QString &content)
{
    YAML::Node root;
    try {
        root = YAML::Load(content.toStdString());
    } catch (const YAML::Exception &) {
        return std::nullopt;
    }
    QList<ResolvedEntry> entries;
    if (root.IsNull())
        return entries;
    if (!root.IsMap())
        return std::nullopt;
    // Room for every value written out in full, and then some: only
    // aliases that multiply run past it.
    const std::size_t limit = 16 * std::size_t(content.size()) + (1u << 20);
    std::size_t total = 0;
    for (auto it = root.begin(); it != root.end(); ++it) {
        std::string value;
        if (!appendResolved(it->second, 0, limit - total, value))
            return std::nullopt;
        total += value.size();
        const QString key = it->first.IsScalar() ? QString::fromStdString(it->first.Scalar()) : QStringLiteral("?");
        entries.append({key, QByteArray::fromStdString(value)});
    }
    return entries;
}

} // namespace postwright::detail
