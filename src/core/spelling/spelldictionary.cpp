// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/spelldictionary.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QStringEncoder>

#include <hunspell.hxx>

namespace postwright::spelling {
namespace {

// The region a language is written in when the tag names none.
QString mainRegion(const QString &language)
{
    static const QHash<QString, QString> regions = {
        {QStringLiteral("en"), QStringLiteral("US")}, {QStringLiteral("sv"), QStringLiteral("SE")},
        {QStringLiteral("da"), QStringLiteral("DK")}, {QStringLiteral("nb"), QStringLiteral("NO")},
        {QStringLiteral("nn"), QStringLiteral("NO")}, {QStringLiteral("cs"), QStringLiteral("CZ")},
        {QStringLiteral("el"), QStringLiteral("GR")}, {QStringLiteral("uk"), QStringLiteral("UA")},
        {QStringLiteral("ca"), QStringLiteral("ES")}, {QStringLiteral("gl"), QStringLiteral("ES")},
        {QStringLiteral("eu"), QStringLiteral("ES")}, {QStringLiteral("ko"), QStringLiteral("KR")},
        {QStringLiteral("he"), QStringLiteral("IL")}, {QStringLiteral("vi"), QStringLiteral("VN")},
    };
    return regions.value(language, language.toUpper());
}

bool hasDictionary(const QString &basePath)
{
    return QFileInfo(basePath + QStringLiteral(".dic")).isFile() && QFileInfo(basePath + QStringLiteral(".aff")).isFile();
}

} // namespace

SpellDictionary::~SpellDictionary() = default;

QStringList SpellDictionary::defaultSearchPaths()
{
    QStringList paths;
    const QString env = qEnvironmentVariable("DICPATH");
    if (!env.isEmpty())
        paths += env.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    const QString user = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (!user.isEmpty())
        paths.append(user + QStringLiteral("/hunspell"));
    paths += {QStringLiteral("/usr/share/hunspell"), QStringLiteral("/usr/share/myspell"),
              QStringLiteral("/usr/share/myspell/dicts")};
    return paths;
}

QString SpellDictionary::find(const QString &language, const QStringList &searchPaths)
{
    // Only letters and digits reach the file system ("../x" is no tag).
    static const QRegularExpression tag(QStringLiteral(R"(^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{4}))?(?:[-_]([A-Za-z]{2}|[0-9]{3}))?(?:[-_.@].*)?$)"));
    const auto m = tag.match(language.trimmed());
    if (!m.hasMatch())
        return {};
    const QString lang = m.captured(1).toLower();
    const QString region = m.captured(3).toUpper();
    QStringList names;
    if (!region.isEmpty())
        names.append(lang + QLatin1Char('_') + region);
    names.append(lang);
    names.append(lang + QLatin1Char('_') + mainRegion(lang));
    for (const QString &name : std::as_const(names)) {
        for (const QString &dir : searchPaths) {
            const QString base = QDir(dir).filePath(name);
            if (hasDictionary(base))
                return base;
        }
    }
    for (const QString &dir : searchPaths) {
        const QStringList any = QDir(dir).entryList({lang + QStringLiteral("_*.dic")}, QDir::Files, QDir::Name);
        for (const QString &file : any) {
            const QString base = QDir(dir).filePath(QFileInfo(file).completeBaseName());
            if (hasDictionary(base))
                return base;
        }
    }
    return {};
}

QStringList SpellDictionary::installed(const QStringList &searchPaths)
{
    QStringList names;
    for (const QString &dir : searchPaths) {
        const QStringList files = QDir(dir).entryList({QStringLiteral("*.dic")}, QDir::Files);
        for (const QString &file : files) {
            const QString name = QFileInfo(file).completeBaseName();
            if (!names.contains(name) && hasDictionary(QDir(dir).filePath(name)))
                names.append(name);
        }
    }
    names.sort();
    return names;
}

std::unique_ptr<SpellDictionary> SpellDictionary::load(const QString &basePath)
{
    if (!hasDictionary(basePath))
        return nullptr;
    std::unique_ptr<SpellDictionary> dictionary(new SpellDictionary);
    const QByteArray aff = QFile::encodeName(basePath + QStringLiteral(".aff"));
    const QByteArray dic = QFile::encodeName(basePath + QStringLiteral(".dic"));
    dictionary->m_hunspell = std::make_unique<Hunspell>(aff.constData(), dic.constData());
    dictionary->m_name = QFileInfo(basePath).fileName();
    const std::string encoding = dictionary->m_hunspell->get_dict_encoding();
    dictionary->m_utf8 = QByteArray::fromStdString(encoding).toUpper().replace('-', "") == "UTF8";
    return dictionary;
}

std::string SpellDictionary::encode(const QString &word) const
{
    if (m_utf8)
        return word.toStdString();
    QStringEncoder encoder(m_hunspell->get_dict_encoding().c_str());
    if (!encoder.isValid())
        return word.toLatin1().toStdString();
    const QByteArray bytes = encoder.encode(word);
    return bytes.toStdString();
}

QString SpellDictionary::decode(const std::string &word) const
{
    if (m_utf8)
        return QString::fromStdString(word);
    QStringDecoder decoder(m_hunspell->get_dict_encoding().c_str());
    const QByteArray bytes = QByteArray::fromStdString(word);
    if (!decoder.isValid())
        return QString::fromLatin1(bytes);
    return decoder.decode(bytes);
}

bool SpellDictionary::isCorrect(const QString &word) const
{
    return m_hunspell->spell(encode(word));
}

QStringList SpellDictionary::suggestions(const QString &word, int max) const
{
    QStringList out;
    const std::vector<std::string> found = m_hunspell->suggest(encode(word));
    for (const std::string &s : found) {
        if (out.size() >= max)
            break;
        out.append(decode(s));
    }
    return out;
}

} // namespace postwright::spelling
