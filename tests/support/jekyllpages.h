// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the Jekyll comparison tests share: running jekyll and
// postwright-cli in the same time zone and environment, and the body text
// of a page (tags stripped, whitespace collapsed, typographic quotes made
// plain: kramdown and cmark-gfm differ in markup, not in text).

#include "support/testfiles.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace postwright::testing {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run runProgram(const QString &program, const QStringList &args,
                      const QString &jekyllEnvironment = QStringLiteral("development"),
                      const QString &timeZone = QStringLiteral("UTC"))
{
    QProcess process;
    // Both sides read the posts' dates in the same zone.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TZ"), timeZone);
    environment.insert(QStringLiteral("JEKYLL_ENV"), jekyllEnvironment);
    process.setProcessEnvironment(environment);
    process.start(program, args);
    process.waitForFinished(240000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

inline QString decodeEntities(QString text)
{
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    QString out;
    qsizetype at = 0;
    for (const QRegularExpressionMatch &m : numeric.globalMatch(text)) {
        out += QStringView(text).mid(at, m.capturedStart() - at);
        out += QChar(char16_t(m.captured(2).toUInt(nullptr, m.captured(1).isEmpty() ? 10 : 16)));
        at = m.capturedEnd();
    }
    out += QStringView(text).mid(at);
    const std::pair<const char *, const char *> named[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&nbsp;", " "}, {"&ldquo;", "\""}, {"&rdquo;", "\""},
        {"&lsquo;", "'"}, {"&rsquo;", "'"}, {"&hellip;", "..."}, {"&ndash;", "--"}, {"&mdash;", "---"},
        {"&amp;", "&"}};
    for (const auto &[entity, plain] : named)
        out.replace(QLatin1String(entity), QLatin1String(plain));
    return out;
}

// The text a reader sees in the page's <article id="pw-body">.
inline QString bodyText(const QString &page)
{
    static const QRegularExpression article(QStringLiteral("<article id=\"pw-body\"[^>]*>(.*)</article>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    QString html = article.match(QString::fromUtf8(readAll(page))).captured(1);
    static const QRegularExpression inlineTag(
        QStringLiteral("</?(span|a|em|strong|code|b|i|sup|sub|del|s|mark|abbr)\\b[^>]*>"));
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    html.remove(inlineTag);
    html.replace(tag, QStringLiteral(" "));
    QString text = decodeEntities(html);
    const std::pair<char16_t, const char *> typographic[] = {{u'\u201c', "\""}, {u'\u201d', "\""}, {u'\u2018', "'"},
                                                             {u'\u2019', "'"},  {u'\u2013', "--"}, {u'\u2014', "---"},
                                                             {u'\u2026', "..."}};
    for (const auto &[c, plain] : typographic)
        text.replace(QChar(c), QLatin1String(plain));
    return text.simplified();
}

} // namespace postwright::testing
