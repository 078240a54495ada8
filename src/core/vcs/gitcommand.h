// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace postwright {

struct GitCommandResult
{
    bool started = false;  // false: no git command found
    int exitCode = -1;
    QString errorText;     // what git wrote on stderr
    bool canceled = false; // stopped because canceled() said so
};

// Runs the user's git (fetch, push) in folder, so that their SSH agent,
// SSH config, credential helpers and LFS work as in their terminal. Git
// never waits for an answer on a terminal here: GIT_TERMINAL_PROMPT=0,
// the user's ssh command with -o BatchMode=yes, and a new session without
// a controlling terminal; it fails and says so. A git that writes nothing
// for idleSeconds is stopped with all it started (exitCode -1, errorText
// says so). progress gets git's stderr as it comes. canceled is asked
// while git runs; true stops it with all it started.
GitCommandResult runGit(const QString &folder, const QStringList &args,
                        const std::function<void(const QByteArray &)> &progress = {}, int idleSeconds = 120,
                        const std::function<bool()> &canceled = {});

} // namespace postwright
