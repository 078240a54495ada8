// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup.h"

#include "mainwindow.h"
#include "settings/appsettings.h"
#include "settings/uilanguage.h"

#include "files/datafolder.h"
#include "site/samplesite.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>

#include <cstdio>

namespace postwright {
namespace {

// Earlier versions kept the data in ~/.local/share/Postwright/Postwright/:
// it moves to the folder the README names, and the session's paths follow.
void moveOldData()
{
    const QString from = oldDataFolder();
    if (!QFileInfo(from).isDir())
        return;
    const QString to = dataFolder();
    for (const Error &error : moveDataFolder(from, to))
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
    const auto moved = [&from, &to](const QString &path) {
        const QString newPath = to + path.mid(from.size());
        return path.startsWith(from + QLatin1Char('/')) && QFileInfo::exists(newPath) ? newPath : path;
    };
    const QString last = AppSettings::lastPost();
    if (!last.isEmpty())
        AppSettings::setLastPost(moved(last));
    QStringList recent = AppSettings::recentPosts();
    if (!recent.isEmpty()) {
        for (QString &path : recent)
            path = moved(path);
        AppSettings::setRecentPosts(recent);
    }
}

} // namespace

int runApplication(QApplication &app, const StartHooks &hooks)
{
    QApplication::setApplicationName(QStringLiteral("Postwright"));
    QApplication::setOrganizationName(QStringLiteral("Postwright"));
    QApplication::setApplicationVersion(QStringLiteral(POSTWRIGHT_VERSION));
    installUiTranslators(app, AppSettings::load().uiLanguage);
    moveOldData();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A blog editor for Hugo, Jekyll and Markdown folders."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sample(QStringLiteral("sample"), QApplication::translate("main", "Open the bundled sample blog."));
    parser.addOption(sample);
    parser.addOptions(hooks.options);
    parser.addPositionalArgument(QStringLiteral("PATH"), QApplication::translate("main", "A post or a site folder to open."),
                                 QStringLiteral("[PATH]"));
    parser.process(app);

    // No argument: the last post, else (first start) the sample blog.
    QString path = parser.positionalArguments().value(0);
    // The post of the last session or the sample: not a choice for Open Recent.
    const auto openedBy = path.isEmpty() ? MainWindow::OpenedBy::App : MainWindow::OpenedBy::User;
    if (path.isEmpty() && !parser.isSet(sample)) {
        const QString last = AppSettings::lastPost();
        if (QFileInfo::exists(last))
            path = last;
    }
    if (path.isEmpty()) {
        const auto installed = installSampleSite(dataFolder());
        if (!installed) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Postwright"), installed.error().toString());
            return 1;
        }
        path = installed.value();
    }

    MainWindow window;
    if (hooks.beforeOpen)
        hooks.beforeOpen(window, parser);
    window.show();
    window.openPath(path, openedBy);
    if (hooks.afterOpen) {
        if (const std::optional<int> exitCode = hooks.afterOpen(window, parser))
            return *exitCode;
    }
    return QApplication::exec();
}

} // namespace postwright
