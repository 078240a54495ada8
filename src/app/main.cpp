// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "site/samplesite.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    // WebEngine shares OpenGL contexts with the widgets; it must be said first.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Postwright"));
    QApplication::setOrganizationName(QStringLiteral("Postwright"));
    QApplication::setApplicationVersion(QStringLiteral(POSTWRIGHT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A blog editor for Hugo, Jekyll and Markdown folders."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sample(QStringLiteral("sample"), QApplication::translate("main", "Open the bundled sample blog."));
    parser.addOption(sample);
    parser.addPositionalArgument(QStringLiteral("PATH"), QApplication::translate("main", "A post or a site folder to open."),
                                 QStringLiteral("[PATH]"));
    parser.process(app);

    // No argument: the last post, else (first start) the sample blog.
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty() && !parser.isSet(sample)) {
        const QString last = QSettings().value(QStringLiteral("session/lastPost")).toString();
        if (QFileInfo::exists(last))
            path = last;
    }
    if (path.isEmpty()) {
        const auto installed = postwright::installSampleSite(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        if (!installed) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Postwright"), installed.error().toString());
            return 1;
        }
        path = installed.value();
    }

    postwright::MainWindow window;
    window.show();
    window.openPath(path);
    return QApplication::exec();
}
