// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitepreview/hugooutput.h"

#include <QRegularExpression>

namespace postwright {
namespace {

// hugo's own prefixes of an error line: "ERROR 2026/12/07 00:25:32 " and
// the messages it wraps around the cause.
QString errorText(QStringView line)
{
    static const QRegularExpression prefix(QStringLiteral(R"(^(?:ERROR\s+(?:\d{4}/\d\d/\d\d\s+\d\d:\d\d:\d\d\s+)?|Error:\s*))"));
    QString text = line.toString();
    text.remove(prefix);
    return text.trimmed();
}

Error locatedError(const QString &text)
{
    Error error;
    error.message = text;
    // "/path/file.html:4:1": message; the path is absolute, quoted.
    static const QRegularExpression located(QStringLiteral(R"x("(/[^"]+?):(\d+):(\d+)":?\s*(.*)$)x"));
    const QRegularExpressionMatch match = located.match(text);
    if (!match.hasMatch())
        return error;
    error.path = match.captured(1);
    error.line = match.captured(2).toInt();
    error.column = match.captured(3).toInt();
    QString message = match.captured(4).trimmed();
    // "parse failed: template: _default/single.html:4: unexpected ..." says
    // the file again: keep what is wrong.
    static const QRegularExpression templateEcho(QStringLiteral(R"(template: \S+:\d+(?::\d+)?: )"));
    message.replace(templateEcho, QString());
    error.message = message.isEmpty() ? text : message;
    return error;
}

} // namespace

ServerLine parseHugoLine(QStringView line)
{
    ServerLine result;
    const QStringView text = line.trimmed();
    static const QRegularExpression serving(QStringLiteral(R"(Web Server is available at (http://\S+))"));
    static const QRegularExpression built(QStringLiteral(R"(^(?:Total|Built) in (\d+) ms$)"));
    if (text.startsWith(u"ERROR") || text.startsWith(u"Error:")) {
        result.kind = ServerLine::Kind::Error;
        result.error = locatedError(errorText(text));
        return result;
    }
    if (text.startsWith(u"Change detected")) {
        result.kind = ServerLine::Kind::ChangeDetected;
        return result;
    }
    if (const QRegularExpressionMatch match = built.match(text); match.hasMatch()) {
        result.kind = ServerLine::Kind::Built;
        result.milliseconds = match.captured(1).toInt();
        return result;
    }
    if (const QRegularExpressionMatch match = serving.match(text); match.hasMatch()) {
        result.kind = ServerLine::Kind::Serving;
        result.url = QUrl(match.captured(1));
    }
    return result;
}

} // namespace postwright
