// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/configfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <toml++/toml.h>
#include <yaml-cpp/yaml.h>

#include <sstream>
#include <vector>

namespace postwright {
namespace {

// The translation context of this file's messages (lupdate reads "SiteConfigText::tr").
struct SiteConfigText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::SiteConfig)
};

QVariant fromToml(const toml::node &node)
{
    if (const auto *table = node.as_table()) {
        QVariantMap map;
        for (const auto &[key, value] : *table)
            map.insert(QString::fromUtf8(key.str().data(), qsizetype(key.str().size())), fromToml(value));
        return map;
    }
    if (const auto *array = node.as_array()) {
        QVariantList list;
        for (const auto &value : *array)
            list.append(fromToml(value));
        return list;
    }
    if (const auto *s = node.as_string())
        return QString::fromStdString(s->get());
    if (const auto *b = node.as_boolean())
        return b->get();
    if (const auto *i = node.as_integer())
        return qlonglong(i->get());
    if (const auto *f = node.as_floating_point())
        return f->get();
    // Dates and times as their RFC 3339 text, as YAML's reach us.
    std::ostringstream text;
    if (const auto *date = node.as_date())
        text << date->get();
    else if (const auto *time = node.as_time())
        text << time->get();
    else if (const auto *dateTime = node.as_date_time())
        text << dateTime->get();
    if (!text.str().empty())
        return QString::fromStdString(text.str());
    return {};
}

// A scalar as hugo's go-yaml v2 reads it: a plain YAML 1.1 boolean (yes,
// on, y...) is one, and a plain integer (a Unix time for a date) is one;
// quoted, each stays text.
QVariant yamlScalar(const YAML::Node &node)
{
    const QString text = QString::fromStdString(node.Scalar());
    if (node.Tag() != "?")
        return text;
    static const QRegularExpression yes(QStringLiteral("^(y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON)$"));
    static const QRegularExpression no(QStringLiteral("^(n|N|no|No|NO|false|False|FALSE|off|Off|OFF)$"));
    if (yes.match(text).hasMatch())
        return true;
    if (no.match(text).hasMatch())
        return false;
    static const QRegularExpression integer(QStringLiteral("^-?[0-9]+$"));
    bool ok = false;
    if (integer.match(text).hasMatch()) {
        if (const qlonglong number = text.toLongLong(&ok); ok)
            return number;
    }
    return text;
}

// Thrown when aliases expand a config beyond any real site's size.
struct YamlTooLarge
{
    YAML::Mark mark;
};

// yaml-cpp shares the node an alias refers to, so an alias inside what it
// names ("foo: &x [*x]") is a cycle: Jekyll builds such a site and only fails
// when the value is printed, so the cycle is cut there (an empty value).
// Aliases of aliases ("billion laughs") stop at a node budget.
class YamlReader final
{
public:
    QVariant read(const YAML::Node &node)
    {
        for (const YAML::Node &open : m_open) {
            if (open.is(node))
                return {};
        }
        if (--m_budget < 0)
            throw YamlTooLarge{node.Mark()};
        m_open.push_back(node);
        QVariant value;
        switch (node.Type()) {
        case YAML::NodeType::Map: {
            QVariantMap map;
            for (const auto &entry : node)
                map.insert(QString::fromStdString(entry.first.Scalar()), read(entry.second));
            value = map;
            break;
        }
        case YAML::NodeType::Sequence: {
            QVariantList list;
            for (const auto &item : node)
                list.append(read(item));
            value = list;
            break;
        }
        case YAML::NodeType::Scalar:
            value = yamlScalar(node);
            break;
        default:
            break;
        }
        m_open.pop_back();
        return value;
    }

private:
    std::vector<YAML::Node> m_open;
    qint64 m_budget = 2'000'000;
};

} // namespace

// One config file as a map; the format follows the extension.
Result<QVariantMap> readConfigFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path, 0, 0, SiteConfigText::tr("cannot read: %1").arg(file.errorString())};
    return parseConfigText(file.readAll(), QFileInfo(path).suffix().toLower(), path);
}

Result<QVariantMap> parseConfigText(const QByteArray &bytes, QStringView format, const QString &path)
{
    if (format == QLatin1String("toml")) {
        try {
            const toml::table table = toml::parse(std::string_view(bytes.constData(), size_t(bytes.size())));
            return fromToml(table).toMap();
        } catch (const toml::parse_error &e) {
            return Error{path, int(e.source().begin.line), int(e.source().begin.column),
                         QString::fromUtf8(e.description().data(), qsizetype(e.description().size()))};
        }
    }
    if (format == QLatin1String("json")) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError) {
            const QByteArray before = bytes.left(error.offset);
            const int line = int(before.count('\n')) + 1;
            const int column = int(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
            return Error{path, line, column, error.errorString()};
        }
        return doc.object().toVariantMap();
    }
    try {
        const YAML::Node root = YAML::Load(bytes.toStdString());
        return YamlReader().read(root).toMap();
    } catch (const YamlTooLarge &e) {
        return Error{path, e.mark.line + 1, e.mark.column + 1,
                     SiteConfigText::tr("aliases expand to more than 2,000,000 values")};
    } catch (const YAML::Exception &e) {
        return Error{path, e.mark.line + 1, e.mark.column + 1, QString::fromStdString(e.msg)};
    }
}

// Hugo's keys are case-insensitive.
QVariant configValue(const QVariantMap &map, QStringView key)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

} // namespace postwright
