// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/markdowneditor.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "settings/uilanguage.h"

#include "files/datafolder.h"
#include "site/samplesite.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTextCursor>
#include <QTimer>

#include <cstdio>

namespace {

// Earlier versions kept the data in ~/.local/share/Postwright/Postwright/:
// it moves to the folder the README names, and the session's paths follow.
void moveOldData()
{
    const QString from = postwright::oldDataFolder();
    if (!QFileInfo(from).isDir())
        return;
    const QString to = postwright::dataFolder();
    for (const postwright::Error &error : postwright::moveDataFolder(from, to))
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
    const auto moved = [&from, &to](const QString &path) {
        const QString newPath = to + path.mid(from.size());
        return path.startsWith(from + QLatin1Char('/')) && QFileInfo::exists(newPath) ? newPath : path;
    };
    QSettings settings;
    const QString last = settings.value(QStringLiteral("session/lastPost")).toString();
    if (!last.isEmpty())
        settings.setValue(QStringLiteral("session/lastPost"), moved(last));
    QStringList recent = settings.value(QStringLiteral("session/recent")).toStringList();
    if (!recent.isEmpty()) {
        for (QString &path : recent)
            path = moved(path);
        settings.setValue(QStringLiteral("session/recent"), recent);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // WebEngine shares OpenGL contexts with the widgets; it must be said first.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Postwright"));
    QApplication::setOrganizationName(QStringLiteral("Postwright"));
    QApplication::setApplicationVersion(QStringLiteral(POSTWRIGHT_VERSION));
    postwright::installUiTranslators(app, postwright::AppSettings::load().uiLanguage);
    moveOldData();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A blog editor for Hugo, Jekyll and Markdown folders."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sample(QStringLiteral("sample"), QApplication::translate("main", "Open the bundled sample blog."));
    parser.addOption(sample);
    // Testing aids (tests/gui/tst_crashrecovery.cpp drives the real binary),
    // hidden from --help and so not translated:
    // type text as a user would, and answer the recovery question.
    QCommandLineOption testType(QStringLiteral("test-type"),
                                      QStringLiteral("Testing aid: type TEXT at the end of the post once it is open."),
                                      QStringLiteral("TEXT"));
    QCommandLineOption testRecover(QStringLiteral("test-auto-recover"),
                                         QStringLiteral("Testing aid: answer Yes to every question, print the editor's text once the post is open, and quit."));
    testType.setFlags(QCommandLineOption::HiddenFromHelp);
    testRecover.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(testType);
    parser.addOption(testRecover);
    parser.addPositionalArgument(QStringLiteral("PATH"), QApplication::translate("main", "A post or a site folder to open."),
                                 QStringLiteral("[PATH]"));
    parser.process(app);

    // No argument: the last post, else (first start) the sample blog.
    QString path = parser.positionalArguments().value(0);
    // The post of the last session or the sample: not a choice for Open Recent.
    const auto openedBy = path.isEmpty() ? postwright::MainWindow::OpenedBy::App : postwright::MainWindow::OpenedBy::User;
    if (path.isEmpty() && !parser.isSet(sample)) {
        const QString last = QSettings().value(QStringLiteral("session/lastPost")).toString();
        if (QFileInfo::exists(last))
            path = last;
    }
    if (path.isEmpty()) {
        const auto installed = postwright::installSampleSite(postwright::dataFolder());
        if (!installed) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Postwright"), installed.error().toString());
            return 1;
        }
        path = installed.value();
    }

    postwright::MainWindow window;
    if (parser.isSet(testRecover))
        window.setAsker([](const QString &, const QString &, QMessageBox::StandardButtons) { return QMessageBox::Yes; });
    window.show();
    window.openPath(path, openedBy);
    if (parser.isSet(testRecover)) {
        std::fputs(window.editor()->toPlainText().toUtf8().constData(), stdout);
        std::fflush(stdout);
        return 0;
    }
    if (parser.isSet(testType)) {
        const QString text = parser.value(testType);
        QTimer::singleShot(0, &window, [&window, text] {
            QTextCursor cursor = window.editor()->textCursor();
            cursor.movePosition(QTextCursor::End);
            window.editor()->setTextCursor(cursor);
            window.editor()->insertPlainText(text);
        });
    }
    return QApplication::exec();
}
