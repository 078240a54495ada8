// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportedpage.h"

#include "export/htmltext.h"

#include <QCoreApplication>
#include <QUrl>

namespace postwright {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright::Exporter", text);
}

Error errorAtOffset(const Post &post, const QString &path, qsizetype offset, const QString &message)
{
    const QString &text = post.text();
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\n')) {
            ++line;
            lineStart = i + 1;
        }
    }
    return Error{path, line, int(offset - lineStart) + 1, message};
}

} // namespace

QString completeHead(const QString &html, const QString &description, const QString &canonicalUrl)
{
    const qsizetype headEnd = html.indexOf(QLatin1String("</head>"));
    if (headEnd < 0)
        return html;
    const QStringView head = QStringView(html).first(headEnd);
    QString extra;
    if (!head.contains(QLatin1String("name=\"description\"")))
        extra += QStringLiteral("<meta name=\"description\" content=\"%1\">\n").arg(escapeHtml(description));
    if (!canonicalUrl.isEmpty() && !head.contains(QLatin1String("rel=\"canonical\"")))
        extra += QStringLiteral("<link rel=\"canonical\" href=\"%1\">\n").arg(escapeHtml(canonicalUrl));
    if (extra.isEmpty())
        return html;
    QString out = html;
    out.insert(headEnd, extra);
    return out;
}

std::optional<Error> templateTagWarning(const Post &post, const QString &reportedPath)
{
    const QString &text = post.text();
    const qsizetype bodyStart = post.frontMatter().block.bodyStart;
    struct Marker
    {
        const char *open;
        const char *what;
    };
    static const Marker markers[] = {
        {"{{<", QT_TRANSLATE_NOOP("postwright::Exporter", "Hugo shortcode")},
        {"{{%", QT_TRANSLATE_NOOP("postwright::Exporter", "Hugo shortcode")},
        {"{%", QT_TRANSLATE_NOOP("postwright::Exporter", "Liquid tag")},
        {"{{", QT_TRANSLATE_NOOP("postwright::Exporter", "Liquid or Hugo template tag")},
    };
    qsizetype first = -1;
    const Marker *found = nullptr;
    for (const Marker &marker : markers) {
        const qsizetype at = text.indexOf(QLatin1String(marker.open), bodyStart);
        if (at >= 0 && (first < 0 || at < first)) {
            first = at;
            found = &marker;
        }
    }
    if (!found)
        return std::nullopt;
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), first);
    const QString snippet = text.mid(first, std::min<qsizetype>(lineEnd < 0 ? 60 : lineEnd - first, 60)).trimmed();
    return errorAtOffset(post, reportedPath, first,
                         tr("%1 left as text (Postwright does not run templates): %2")
                             .arg(QCoreApplication::translate("postwright::Exporter", found->what), snippet));
}

Error errorAt(const Post &post, const QString &reportedPath, const QString &needle, const QString &message)
{
    const qsizetype bodyStart = post.frontMatter().block.bodyStart;
    qsizetype at = post.text().indexOf(needle, bodyStart);
    if (at < 0)
        at = post.text().indexOf(QString::fromLatin1(QUrl::toPercentEncoding(needle, "/")), bodyStart);
    if (at < 0)
        return Error{reportedPath, 0, 0, message};
    return errorAtOffset(post, reportedPath, at, message);
}

} // namespace postwright
