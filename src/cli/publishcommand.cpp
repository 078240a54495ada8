// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commands.h"
#include "output.h"

#include "schedule/duepublish.h"
#include "vcs/publish.h"

#include <QCoreApplication>

#include <cstdio>

namespace postwright::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright::cli", text);
}

void forwardProgress(const QByteArray &chunk)
{
    std::fwrite(chunk.constData(), 1, size_t(chunk.size()), stderr);
    std::fflush(stderr);
}

int dueExitCode(DuePublishResult::Status status)
{
    switch (status) {
    case DuePublishResult::Status::NothingDue:
    case DuePublishResult::Status::Published:
        return Ok;
    case DuePublishResult::Status::Refused:
        return Usage;
    case DuePublishResult::Status::Failed:
    case DuePublishResult::Status::Conflicts:
        break;
    }
    return Findings;
}

} // namespace

int publishCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption message({QStringLiteral("m"), QStringLiteral("message")},
                                     tr("The commit message (default: from the posts' titles)."), QStringLiteral("MSG"));
    const QCommandLineOption noPush(QStringLiteral("no-push"), tr("Commit only: no fetch, merge or push."));
    const QCommandLineOption due(QStringLiteral("due"),
                                 tr("Only the posts that became due since the last run (what the \"Publish when due\" timer runs); "
                                    "a deploy instead when the site has a deploy destination for it."));
    parser.addOptions({message, noPush, due});
    if (!parseCommand(parser, args, 1, QStringLiteral("SITE [-m MSG] [--no-push] [--due]")))
        return Usage;
    PublishRequest request;
    request.site = parser.positionalArguments().at(1);
    request.message = parser.value(message);
    request.push = !parser.isSet(noPush);
    PublishCallbacks callbacks;
    callbacks.line = [](const QString &line) { out(line); };
    callbacks.error = [](const Error &error) { err(error); };
    callbacks.gitOutput = forwardProgress;
    if (parser.isSet(due))
        return dueExitCode(publishDue(request, callbacks, QCoreApplication::applicationFilePath()).status);
    switch (publishSite(request, callbacks).status) {
    case PublishResult::Status::Published:
        return Ok;
    case PublishResult::Status::Refused:
        return Usage;
    case PublishResult::Status::Failed:
    case PublishResult::Status::Conflicts:
    case PublishResult::Status::Canceled:
        break;
    }
    return Findings;
}

} // namespace postwright::cli
