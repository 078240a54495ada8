// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// pw-save-loop OLD NEW TARGET: saves the posts OLD and NEW to TARGET in turn,
// through Post::save, until it is killed. Prints "ready" once each version
// has been saved once, so the file has been both. The crash-safety test kills
// it at random moments after that.
#include "post/post.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 4) {
        err << "usage: pw-save-loop OLD NEW TARGET\n";
        return 2;
    }
    QList<postwright::Post> posts;
    for (const QString &path : {args.at(1), args.at(2)}) {
        postwright::Result<postwright::Post> post = postwright::Post::load(path);
        if (!post) {
            err << post.error().toString() << '\n';
            return 2;
        }
        posts.append(std::move(post).value());
    }
    for (quint64 round = 0;; ++round) {
        const postwright::Result<postwright::Success> saved = posts.at(round % 2).save(args.at(3));
        if (!saved) {
            err << saved.error().toString() << '\n';
            return 1;
        }
        if (round == 1) {
            std::fputs("ready\n", stdout);
            std::fflush(stdout);
        }
    }
}
