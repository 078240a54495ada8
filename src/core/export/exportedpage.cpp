// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportedpage.h"

#include "export/exportertext.h"
#include "export/htmltext.h"
#include "markdown/markdownlinks.h"
#include "render/htmltags.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

namespace postwright {
namespace {

Error errorAtOffset(const QString &text, const QString &path, qsizetype offset, const QString &message)
{
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

std::optional<Error> templateTagWarning(const QString &text, qsizetype bodyStart, const QString &reportedPath,
                                        bool hugoShortcodes)
{
    // Only the text a reader sees: template syntax in code is an example.
    // A body without "{{" or "{%" has none (most posts): no scan.
    const QStringView body = QStringView(text).sliced(bodyStart);
    if (!hasTemplateOpener(body))
        return std::nullopt;
    const std::optional<TemplateText> found = scanMarkdown(body, hugoShortcodes).firstTemplate;
    if (!found)
        return std::nullopt;
    const QString &snippet = found->snippet;
    const char *what = snippet.startsWith(QLatin1String("{%"))
                           ? QT_TRANSLATE_NOOP("postwright::Exporter", "Liquid tag")
                       : snippet.startsWith(QLatin1String("{{<")) || snippet.startsWith(QLatin1String("{{%"))
                           ? QT_TRANSLATE_NOOP("postwright::Exporter", "Hugo shortcode")
                           : QT_TRANSLATE_NOOP("postwright::Exporter", "Liquid or Hugo template tag");
    return errorAtOffset(text, reportedPath, bodyStart + found->start,
                         ExporterText::tr("%1 left as text (Postwright does not run templates): %2")
                             .arg(ExporterText::tr(what), snippet));
}

Error errorAt(const QString &text, qsizetype bodyStart, const QString &reportedPath, const QString &needle,
              const QString &message)
{
    qsizetype at = text.indexOf(needle, bodyStart);
    if (at < 0)
        at = text.indexOf(QString::fromLatin1(QUrl::toPercentEncoding(needle, "/")), bodyStart);
    if (at < 0) {
        // Written with character references ("javascript&colon;"): the
        // first attribute of the body's HTML that a browser reads as needle.
        forEachStartTag(QStringView(text).sliced(bodyStart), [&](const HtmlStartTag &tag) {
            for (const HtmlAttribute &attribute : tag.attributes) {
                if (at < 0 && attribute.valueStart >= 0
                    && decodeHtmlCharacters(QStringView(text).sliced(bodyStart + attribute.valueStart,
                                                                     attribute.valueEnd - attribute.valueStart),
                                            true) == needle)
                    at = bodyStart + attribute.valueStart;
            }
        });
    }
    if (at < 0)
        return Error{reportedPath, 0, 0, message};
    return errorAtOffset(text, reportedPath, at, message);
}

QList<Error> removedTagWarnings(const QString &text, qsizetype bodyStart, const QString &reportedPath,
                                const QStringList &removedTags)
{
    QList<Error> warnings;
    qsizetype from = bodyStart;
    for (const QString &tag : removedTags) {
        const QString firstLine = tag.section(QLatin1Char('\n'), 0, 0);
        const QString shown = firstLine.size() > 80 ? firstLine.left(80) + QStringLiteral("…") : firstLine;
        const QString message = ExporterText::tr("%1 removed: a post may not redirect its page or set its headers "
                                                 "(a redirect belongs in the front matter's aliases)").arg(shown);
        const qsizetype at = text.indexOf(firstLine, from);
        if (at < 0) {
            warnings.append(errorAt(text, bodyStart, reportedPath, firstLine, message));
            continue;
        }
        warnings.append(errorAtOffset(text, reportedPath, at, message));
        from = at + firstLine.size();
    }
    return warnings;
}

BodyLocator::BodyLocator(const QString &text, qsizetype bodyStart)
    : m_text(text)
    , m_bodyStart(bodyStart)
    , m_from(bodyStart)
{
}

BodyLocator::~BodyLocator() = default;

qsizetype BodyLocator::find(const QString &needle)
{
    for (const QString &form : {needle, QString::fromLatin1(QUrl::toPercentEncoding(needle, "/"))}) {
        qsizetype at = m_text.indexOf(form, m_from);
        if (at < 0 && m_from > m_bodyStart)
            at = m_text.indexOf(form, m_bodyStart);
        if (at >= 0) {
            m_from = at + form.size();
            return at;
        }
    }
    return findDecoded(needle);
}

qsizetype BodyLocator::findDecoded(const QString &needle)
{
    if (!m_decoded) {
        m_decoded = std::make_unique<QHash<QString, QList<qsizetype>>>();
        const QStringView body = QStringView(m_text).sliced(m_bodyStart);
        forEachStartTag(body, [&](const HtmlStartTag &tag) {
            for (const HtmlAttribute &attribute : tag.attributes) {
                if (attribute.valueStart < 0)
                    continue;
                const QString value = decodeHtmlCharacters(
                    body.sliced(attribute.valueStart, attribute.valueEnd - attribute.valueStart), true);
                (*m_decoded)[value].append(m_bodyStart + attribute.valueStart);
            }
        });
    }
    const auto found = m_decoded->constFind(needle);
    if (found == m_decoded->constEnd())
        return -1;
    const QList<qsizetype> &starts = found.value();
    const auto next = std::lower_bound(starts.cbegin(), starts.cend(), m_from);
    const qsizetype at = next != starts.cend() ? *next : starts.first();
    m_from = at + 1;
    return at;
}

Error BodyLocator::errorAt(const QString &reportedPath, const QString &needle, const QString &message)
{
    const qsizetype at = find(needle);
    if (at < 0)
        return Error{reportedPath, 0, 0, message};
    if (!m_lines)
        m_lines = std::make_unique<LineIndex>(m_text);
    const qsizetype line = m_lines->lineAt(at);
    return Error{reportedPath, int(line) + 1, int(at - m_lines->line(line).start) + 1, message};
}

} // namespace postwright
