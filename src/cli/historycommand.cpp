// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commands.h"
#include "output.h"

#include "vcs/posthistory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace postwright::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright::cli", text);
}

QJsonObject jsonRevision(const PostRevision &revision)
{
    return {{QStringLiteral("commit"), revision.commit},
            {QStringLiteral("date"), revision.date.toString(Qt::ISODate)},
            {QStringLiteral("author"), revision.author},
            {QStringLiteral("message"), revision.message},
            {QStringLiteral("changedKeys"), QJsonArray::fromStringList(revision.changedKeys)},
            {QStringLiteral("bodyChanged"), revision.bodyChanged}};
}

// "abc1234 2025-06-03 10:00 Ada <ada@example.org>  Subject"
// "        title, tags, body (renamed from OLD)": what changed.
void printRevision(const PostRevision &revision)
{
    out(QStringLiteral("%1 %2 %3  %4")
            .arg(revision.commit.left(7), revision.date.toString(QStringLiteral("yyyy-MM-dd HH:mm")), revision.author,
                 revision.message.section(QLatin1Char('\n'), 0, 0)));
    QStringList changed = revision.changedKeys;
    if (revision.bodyChanged)
        changed.append(tr("body"));
    QString line = QStringLiteral("        ") + (changed.isEmpty() ? tr("content unchanged") : changed.join(QStringLiteral(", ")));
    if (!revision.renamedFrom.isEmpty())
        line += tr(" (renamed from %1)").arg(revision.renamedFrom);
    out(line);
}

} // namespace

int historyCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(
        QStringLiteral("json"), tr("One JSON record per commit: {commit, date, author, message, changedKeys, bodyChanged}."));
    parser.addOption(json);
    if (!parseCommand(parser, args, 1, QStringLiteral("POST [--json]")))
        return Usage;
    const QString post = parser.positionalArguments().at(1);
    const Result<QList<PostRevision>> history = postHistory(post);
    if (!history) {
        err(history.error());
        return Usage;
    }
    if (parser.isSet(json)) {
        QJsonArray records;
        for (const PostRevision &revision : history.value())
            records.append(jsonRevision(revision));
        writeStdout(QJsonDocument(records).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const PostRevision &revision : history.value())
        printRevision(revision);
    if (history.value().isEmpty())
        out(tr("no commit has this post"));
    return Ok;
}

} // namespace postwright::cli
