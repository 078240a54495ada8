// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jekylldata.h"

#include "export/localreference.h"
#include "liquid/jekylltime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <vector>

namespace postwright {

namespace {

// Folders nest at most this deep in _data/ (a link loop cannot recurse).
constexpr int kMaxDataDepth = 16;
// A data file larger than this is not read, nor more than this in all.
constexpr qint64 kMaxDataFile = 8 * 1024 * 1024;
constexpr qint64 kMaxDataTotal = 32 * 1024 * 1024;
// Values one YAML text may make: aliases (&a, *a) are copied, so a few
// hundred bytes could otherwise expand to billions.
constexpr qint64 kMaxYamlValues = 2'000'000;

struct DataText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::Liquid)
};

struct YamlTooLarge
{
};

LiquidValue scalar(const YAML::Node &node, const QTimeZone &zone)
{
    const QString text = QString::fromStdString(node.Scalar());
    if (node.Tag() == "!")
        return LiquidValue(text);   // quoted: a string
    static const QRegularExpression integer(QStringLiteral("^[-+]?(0|[1-9][0-9_]*)$"));
    static const QRegularExpression decimal(QStringLiteral("^[-+]?([0-9][0-9_]*)?\\.[0-9]+([eE][-+]?[0-9]+)?$"));
    if (text == QLatin1String("~") || text == QLatin1String("null") || text == QLatin1String("Null")
        || text == QLatin1String("NULL"))
        return {};
    const QString lower = text.toLower();
    if (lower == QLatin1String("true") || lower == QLatin1String("yes") || lower == QLatin1String("on"))
        return LiquidValue(true);
    if (lower == QLatin1String("false") || lower == QLatin1String("no") || lower == QLatin1String("off"))
        return LiquidValue(false);
    if (integer.match(text).hasMatch()) {
        // Ruby's YAML reads any integer exactly; one beyond 64 bits keeps
        // every digit (held as its text).
        const QString digits = QString(text).remove(QLatin1Char('_'));
        bool fits = false;
        const qint64 value = digits.toLongLong(&fits);
        return fits ? LiquidValue(value) : LiquidValue(digits);
    }
    if (decimal.match(text).hasMatch())
        return LiquidValue(QString(text).remove(QLatin1Char('_')).toDouble());
    if (const std::optional<QDateTime> time = jekyllYamlTime(text, zone))
        return LiquidValue(*time);
    return LiquidValue(text);
}

// What a YAML node holds. yaml-cpp shares the node an alias names, so an
// alias inside it ("foo: &x {a: *x}") is a cycle: Jekyll reads such a file
// and fails only when the value is printed; the cycle is cut (nil) here.
struct YamlRead
{
    std::vector<YAML::Node> open;
    qint64 budget = 0;
    QTimeZone zone;

    LiquidValue value(const YAML::Node &node)
    {
        if (open.size() > 64)
            return {};
        for (const YAML::Node &outer : open) {
            if (outer.is(node))
                return {};
        }
        if (--budget < 0)
            throw YamlTooLarge{};
        open.push_back(node);
        LiquidValue out;
        switch (node.Type()) {
        case YAML::NodeType::Scalar:
            out = scalar(node, zone);
            break;
        case YAML::NodeType::Sequence: {
            LiquidValue::Array items;
            for (const YAML::Node &item : node)
                items << value(item);
            out = LiquidValue(items);
            break;
        }
        case YAML::NodeType::Map: {
            LiquidHash hash;
            for (const auto &pair : node)
                hash.insert(QString::fromStdString(pair.first.Scalar()), value(pair.second));
            out = LiquidValue(hash);
            break;
        }
        default:
            break;
        }
        open.pop_back();
        return out;
    }
};

QStringList csvRow(const QString &line, QChar separator, qsizetype &at, const QString &text)
{
    Q_UNUSED(line);
    QStringList row;
    QString field;
    bool quoted = false;
    for (; at < text.size(); ++at) {
        const QChar c = text[at];
        if (quoted) {
            if (c == QLatin1Char('"') && at + 1 < text.size() && text[at + 1] == QLatin1Char('"')) {
                field += c;
                ++at;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && separator != QLatin1Char('\t')) {
            quoted = true;
        } else if (c == separator) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            ++at;
            break;
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    row << field;
    return row;
}

// What reading _data/ has used so far.
struct DataWalk
{
    QString siteRoot;
    QSet<QString> folders;   // canonical paths read (a link loop reads each once)
    qint64 bytes = 0;
};

bool readable(const QFileInfo &entry, DataWalk &walk, JekyllData &result)
{
    const QString path = entry.absoluteFilePath();
    if (!isInsideFolder(path, walk.siteRoot)) {
        result.errors << LiquidError{path, 0, 0, DataText::tr("a symbolic link that leads out of the site: not read")};
        return false;
    }
    if (entry.isDir())
        return true;
    if (entry.size() > kMaxDataFile || walk.bytes + entry.size() > kMaxDataTotal) {
        result.errors << LiquidError{path, 0, 0,
                                     DataText::tr("larger than %1 MiB (or the data folder is): not read")
                                         .arg(entry.size() > kMaxDataFile ? kMaxDataFile >> 20 : kMaxDataTotal >> 20)};
        return false;
    }
    walk.bytes += entry.size();
    return true;
}

void readFolder(const QString &folder, LiquidHash &into, JekyllData &result, int depth, DataWalk &walk,
                const QTimeZone &zone)
{
    if (depth > kMaxDataDepth)
        return;
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    if (walk.folders.contains(canonical))
        return;
    walk.folders.insert(canonical);
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                                                             QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (entry.fileName().startsWith(QLatin1Char('.')))
            continue;
        const QString suffix = entry.suffix().toLower();
        const bool dataFile = QStringList{QStringLiteral("yml"), QStringLiteral("yaml"), QStringLiteral("json"),
                                          QStringLiteral("csv"), QStringLiteral("tsv")}
                                  .contains(suffix);
        if ((!entry.isDir() && !dataFile) || !readable(entry, walk, result))
            continue;
        if (entry.isDir()) {
            LiquidHash nested;
            readFolder(entry.absoluteFilePath(), nested, result, depth + 1, walk, zone);
            into.insert(entry.fileName(), LiquidValue(nested));
            continue;
        }
        QFile file(entry.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly)) {
            result.errors << LiquidError{entry.absoluteFilePath(), 0, 0, file.errorString()};
            continue;
        }
        const QByteArray bytes = file.read(kMaxDataFile);
        result.files << entry.absoluteFilePath();
        if (const std::optional<LiquidError> error = jekyllNotUtf8(bytes, entry.absoluteFilePath())) {
            result.errors << *error;
            continue;
        }
        const QString text = QString::fromUtf8(bytes);
        if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv")) {
            into.insert(entry.completeBaseName(),
                        liquidFromCsv(text, suffix == QLatin1String("csv") ? QLatin1Char(',') : QLatin1Char('\t')));
            continue;
        }
        JekyllData parsed = liquidFromYaml(text, entry.absoluteFilePath(), zone);
        result.errors += parsed.errors;
        into.insert(entry.completeBaseName(), parsed.value);
    }
}

} // namespace

JekyllData liquidFromYaml(const QString &text, const QString &file, const QTimeZone &zone)
{
    JekyllData result;
    try {
        YamlRead read;
        read.budget = kMaxYamlValues;
        read.zone = zone;
        result.value = read.value(YAML::Load(text.toStdString()));
    } catch (const YamlTooLarge &) {
        result.errors << LiquidError{file, 0, 0,
                                     DataText::tr("more than %1 values (aliases copy what they name): not read")
                                         .arg(kMaxYamlValues)};
    } catch (const YAML::Exception &error) {
        result.errors << LiquidError{file, error.mark.line + 1, error.mark.column + 1,
                                     QString::fromStdString(error.msg)};
    }
    return result;
}

std::optional<LiquidError> jekyllNotUtf8(const QByteArray &bytes, const QString &file)
{
    if (QByteArrayView(bytes).isValidUtf8())
        return std::nullopt;
    qsizetype at = 0;
    while (at < bytes.size()) {
        const uchar c = uchar(bytes.at(at));
        const int length = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (length == 0 || !QByteArrayView(bytes).sliced(at, std::min<qsizetype>(length, bytes.size() - at)).isValidUtf8())
            break;
        at += length;
    }
    const QByteArray before = bytes.left(at);
    return LiquidError{file, int(before.count('\n')) + 1, int(at - before.lastIndexOf('\n')),
                       DataText::tr("invalid byte sequence in UTF-8 (Jekyll reads its files as UTF-8)")};
}

LiquidValue liquidFromCsv(const QString &text, QChar separator)
{
    qsizetype at = 0;
    const QStringList header = csvRow({}, separator, at, text);
    LiquidValue::Array rows;
    while (at < text.size()) {
        const QStringList row = csvRow({}, separator, at, text);
        if (row.size() == 1 && row.first().isEmpty())
            continue;
        LiquidHash hash;
        for (qsizetype i = 0; i < header.size(); ++i)
            hash.insert(header.at(i), i < row.size() ? LiquidValue(row.at(i)) : LiquidValue());
        rows << LiquidValue(hash);
    }
    return LiquidValue(rows);
}

JekyllData readJekyllDataFolder(const QString &folder, const QTimeZone &zone)
{
    JekyllData result;
    LiquidHash data;
    DataWalk walk;
    walk.siteRoot = QFileInfo(folder).absolutePath();
    readFolder(folder, data, result, 0, walk, zone);
    result.value = LiquidValue(data);
    return result;
}

} // namespace postwright
