// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "page/katexassets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace postwright {

QString katexDirectory()
{
    const QString custom = qEnvironmentVariable("POSTWRIGHT_KATEX_DIR");
    return custom.isEmpty() ? QStringLiteral("/usr/share/javascript/katex") : QDir::cleanPath(custom);
}

QString katexAssetsUrl()
{
    return QUrl::fromLocalFile(katexDirectory() + QLatin1Char('/')).toString(QUrl::FullyEncoded);
}

QStringList katexAssetFiles()
{
    const QDir dir(katexDirectory());
    const QStringList core{QStringLiteral("katex.min.css"), QStringLiteral("katex.min.js")};
    for (const QString &file : core) {
        if (!QFileInfo(dir.filePath(file)).isFile())
            return {};
    }
    QStringList files = core;
    const QDir fonts(dir.filePath(QStringLiteral("fonts")));
    const QStringList fontFiles = fonts.entryList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &font : fontFiles)
        files.append(QStringLiteral("fonts/") + font);
    return files;
}

std::optional<InlineKatex> inlineKatex()
{
    const QDir dir(katexDirectory());
    const auto read = [&](const QString &name) -> std::optional<QByteArray> {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        return file.readAll();
    };
    const std::optional<QByteArray> css = read(QStringLiteral("katex.min.css"));
    const std::optional<QByteArray> script = read(QStringLiteral("katex.min.js"));
    if (!css || !script)
        return std::nullopt;
    InlineKatex katex;
    katex.script = QString::fromUtf8(*script);
    // An inline script ends at the first "</script": KaTeX has none, but a
    // future copy that had one would break the page.
    if (katex.script.contains(QLatin1String("</script"), Qt::CaseInsensitive))
        return std::nullopt;
    // "src:url(fonts/X.woff2) format('woff2'),url(fonts/X.woff) format('woff'),..."
    // becomes "src:url(data:font/woff2;base64,...) format('woff2')".
    static const QRegularExpression fontSources(
        QStringLiteral(R"(url\((fonts/[^)]+\.woff2)\)\s*format\(['"]woff2['"]\)(?:\s*,\s*url\([^)]*\)\s*format\(['"][^'"]*['"]\))*)"));
    const QString text = QString::fromUtf8(*css);
    qsizetype last = 0;
    for (const QRegularExpressionMatch &match : fontSources.globalMatch(text)) {
        const std::optional<QByteArray> font = read(match.captured(1));
        if (!font)
            return std::nullopt;
        katex.css += QStringView(text).sliced(last, match.capturedStart() - last);
        katex.css += QStringLiteral("url(data:font/woff2;base64,") + QString::fromLatin1(font->toBase64())
                     + QStringLiteral(") format('woff2')");
        last = match.capturedEnd();
    }
    katex.css += QStringView(text).sliced(last);
    if (katex.css.contains(QLatin1String("url(fonts/")))
        return std::nullopt;   // a font this did not recognise would be missing
    return katex;
}

} // namespace postwright
