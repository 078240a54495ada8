// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

#include <functional>
#include <optional>

class QApplication;

namespace postwright {

class MainWindow;

// What a caller adds to the start of the app. The shipped app adds nothing;
// the test app (tests/support/testapp.cpp) adds its testing aids here, so
// they never reach the shipped binary.
struct StartHooks
{
    QList<QCommandLineOption> options;
    // Runs once the window exists, before it opens the first post or site.
    std::function<void(MainWindow &window, const QCommandLineParser &parser)> beforeOpen;
    // Runs once it is open: an exit code ends the app there.
    std::function<std::optional<int>(MainWindow &window, const QCommandLineParser &parser)> afterOpen;
};

// The app's start: names the application, installs the translators, moves
// the data of older versions, reads the command line (--sample, PATH), shows
// the window on the post or site asked for (else the last post, else the
// bundled sample blog) and runs the event loop. Returns the exit code.
int runApplication(QApplication &app, const StartHooks &hooks = {});

} // namespace postwright
