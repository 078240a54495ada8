// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// postwright-testapp: the app as shipped (the same start, runApplication)
// plus testing aids that the shipped binary does not have. Tests that drive
// the real process (tst_crashrecovery) start this one.
//   --test-type TEXT     type TEXT at the end of the post once it is open
//   --test-auto-recover  answer Yes to every question, print the editor's
//                        text once the post is open, and quit
#include "editor/markdowneditor.h"
#include "mainwindow.h"
#include "startup.h"

#include <QApplication>
#include <QTextCursor>
#include <QTimer>

#include <cstdio>

using namespace postwright;

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const QCommandLineOption type(QStringLiteral("test-type"), QStringLiteral("Type TEXT at the end of the post once it is open."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption autoRecover(QStringLiteral("test-auto-recover"),
                                         QStringLiteral("Answer Yes to every question, print the editor's text once the post is open, and quit."));
    StartHooks hooks;
    hooks.options = {type, autoRecover};
    hooks.beforeOpen = [&](MainWindow &window, const QCommandLineParser &parser) {
        if (parser.isSet(autoRecover))
            window.setAsker([](const QString &, const QString &, QMessageBox::StandardButtons) { return QMessageBox::Yes; });
    };
    hooks.afterOpen = [&](MainWindow &window, const QCommandLineParser &parser) -> std::optional<int> {
        if (parser.isSet(autoRecover)) {
            std::fputs(window.editor()->toPlainText().toUtf8().constData(), stdout);
            std::fflush(stdout);
            return 0;
        }
        if (parser.isSet(type)) {
            const QString text = parser.value(type);
            QTimer::singleShot(0, &window, [&window, text] {
                QTextCursor cursor = window.editor()->textCursor();
                cursor.movePosition(QTextCursor::End);
                window.editor()->setTextCursor(cursor);
                window.editor()->insertPlainText(text);
            });
        }
        return std::nullopt;
    };
    return runApplication(app, hooks);
}
