// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the GUI benchmarks read from a folder made by
//   gen_corpus.py --posts 0 --big-doc 1000000 --out DIR

#include <QDir>
#include <QStringList>

#include <cstdio>
#include <cstdlib>

namespace postwright::bench {

// DIR itself, or DIR/bench when there is one.
inline QDir corpusBenchFolder(const QString &path)
{
    QDir dir(path);
    if (dir.exists(QStringLiteral("bench")))
        dir.cd(QStringLiteral("bench"));
    return dir;
}

// The smallest big-*.body.md of the folder (the 1 MB one); exits with a
// message naming tool when there is none.
inline QString smallestBigBody(const QDir &dir, const char *tool)
{
    const QStringList big = dir.entryList({QStringLiteral("big-*.body.md")}, QDir::Files, QDir::Size | QDir::Reversed);
    if (big.isEmpty()) {
        std::fprintf(stderr, "%s: no big-*.body.md in %s\n", tool, qPrintable(dir.path()));
        std::exit(2);
    }
    return dir.filePath(big.first());
}

} // namespace postwright::bench
