// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// postwright-testapp: the app as shipped (the same start, runApplication)
// plus testing aids that the shipped binary does not have. Tests that drive
// the real process (tst_crashrecovery) start this one.
//   --test-type TEXT     type TEXT at the end of the post once it is open
//   --test-auto-recover  answer Yes to every question, print the editor's
//                        text once the post is open, and quit
//   --test-first-paint   print "first-preview" once the preview has painted
//                        the opened post (two animation frames after the page
//                        took its first full render), and quit
//                        (bench/pw-bench-startup measures up to that line)
//   --test-dashboard     show the dashboard once the site is indexed (for a
//                        screenshot of the real window: docs/dashboard.png)
//   --test-focus LINE    once the post is open, put the cursor on LINE and
//                        enter focus mode (docs/focus.png)
#include "document/postsession.h"
#include "editor/focusmode.h"
#include "editor/markdowneditor.h"
#include "mainwindow.h"
#include "preview/previewview.h"
#include "project/projectpanel.h"
#include "startup.h"

#include <QApplication>
#include <QTextCursor>
#include <QTimer>
#include <QWebEngineScript>

#include <cstdio>

using namespace postwright;

namespace {

// The title the page takes once it has painted the post: set two animation
// frames after the first full render reached the page, so the frame that
// shows it has been drawn.
const QString paintedTitle = QStringLiteral("pw-first-paint");

void reportFirstPaint(MainWindow &window)
{
    PreviewView *preview = window.preview();
    auto *updated = new QMetaObject::Connection;
    *updated = QObject::connect(preview, &PreviewView::pageUpdated, &window, [&window, preview, updated] {
        if (window.session()->path().isEmpty() || !preview->isUpToDate())
            return;
        QObject::disconnect(*updated);
        delete updated;
        preview->page()->runJavaScript(
            QStringLiteral("requestAnimationFrame(() => requestAnimationFrame(() => { document.title = '%1'; }));").arg(paintedTitle),
            QWebEngineScript::ApplicationWorld);
    });
    QObject::connect(preview->page(), &QWebEnginePage::titleChanged, &window, [](const QString &title) {
        if (title != paintedTitle)
            return;
        std::fputs("first-preview\n", stdout);
        std::fflush(stdout);
        QApplication::exit(0);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const QCommandLineOption type(QStringLiteral("test-type"), QStringLiteral("Type TEXT at the end of the post once it is open."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption autoRecover(QStringLiteral("test-auto-recover"),
                                         QStringLiteral("Answer Yes to every question, print the editor's text once the post is open, and quit."));
    const QCommandLineOption firstPaint(QStringLiteral("test-first-paint"),
                                        QStringLiteral("Print first-preview once the preview has painted the post, and quit."));
    const QCommandLineOption dashboard(QStringLiteral("test-dashboard"), QStringLiteral("Show the dashboard once the site is indexed."));
    const QCommandLineOption focus(QStringLiteral("test-focus"), QStringLiteral("Enter focus mode with the cursor on LINE."),
                                   QStringLiteral("LINE"));
    StartHooks hooks;
    hooks.options = {type, autoRecover, firstPaint, dashboard, focus};
    hooks.beforeOpen = [&](MainWindow &window, const QCommandLineParser &parser) {
        if (parser.isSet(firstPaint))
            reportFirstPaint(window);
        if (parser.isSet(autoRecover))
            window.setAsker([](const QString &, const QString &, QMessageBox::StandardButtons) { return QMessageBox::Yes; });
        if (parser.isSet(dashboard))
            QObject::connect(window.projectPanel(), &ProjectPanel::siteOpened, &window, [&window] { window.showDashboard(true); },
                             Qt::QueuedConnection);
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
        if (parser.isSet(focus)) {
            const int line = parser.value(focus).toInt();
            QTimer::singleShot(1500, &window, [&window, line] {
                window.editor()->goToLine(line - 1);
                window.focusMode()->setActive(true);
            });
        }
        return std::nullopt;
    };
    return runApplication(app, hooks);
}
