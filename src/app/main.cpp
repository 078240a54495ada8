// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    // WebEngine shares OpenGL contexts with the widgets; it must be said first.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    return postwright::runApplication(app);
}
