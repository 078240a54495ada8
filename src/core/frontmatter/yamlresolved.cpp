// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What each key of a YAML block means once its aliases are resolved: the
// writer's check that an edit leaves every other key as it was sees a value
// that changes through an alias ("by: *me" inside a map) this way.
#include "frontmatter/formats.h"

#include <QCryptographicHash>

#include <yaml-cpp/yaml.h>

#include <map>
#include <set>
#include <tuple>

namespace postwright::detail {
namespace {

// A digest of a node's content with aliases followed. An alias is the very
// node it refers to (yaml-cpp shares it), so each node is digested once,
// found again by where it is written: aliases of aliases ("billion laughs")
// cost no more than the text they are written in.
class Digester final
{
public:
    QByteArray digest(const YAML::Node &node)
    {
        const YAML::Mark mark = node.Mark();
        const Key key{mark.pos, mark.line, mark.column, int(node.Type())};
        const bool known = mark.pos >= 0;
        if (known) {
            if (const auto it = m_done.find(key); it != m_done.end())
                return it->second;
            if (!m_open.insert(key).second)
                return QByteArrayLiteral("cycle");   // an alias inside what it refers to
        }
        QCryptographicHash hash(QCryptographicHash::Sha1);
        const auto add = [&](const std::string &s) {
            hash.addData(QByteArray::number(qsizetype(s.size())) + ':');
            hash.addData(QByteArrayView(s.data(), qsizetype(s.size())));
        };
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            hash.addData("~");
            break;
        case YAML::NodeType::Scalar:
            // The tag tells a quoted "5" ("!") from a plain 5 ("?").
            hash.addData("s");
            add(node.Tag());
            add(node.Scalar());
            break;
        case YAML::NodeType::Sequence:
            hash.addData("[");
            for (const auto &item : node)
                hash.addData(digest(item));
            break;
        case YAML::NodeType::Map:
            hash.addData("{");
            for (auto it = node.begin(); it != node.end(); ++it) {
                hash.addData(digest(it->first));
                hash.addData(digest(it->second));
            }
            break;
        }
        QByteArray result = hash.result();
        if (known) {
            m_open.erase(key);
            m_done.emplace(key, result);
        }
        return result;
    }

private:
    using Key = std::tuple<int, int, int, int>;
    std::map<Key, QByteArray> m_done;
    std::set<Key> m_open;
};

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
    Digester digester;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = it->first.IsScalar() ? QString::fromStdString(it->first.Scalar()) : QStringLiteral("?");
        entries.append({key, digester.digest(it->second)});
    }
    return entries;
}

} // namespace postwright::detail
