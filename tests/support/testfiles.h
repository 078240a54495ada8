// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// File helpers the tests share: fixtures are copied into a QTemporaryDir
// before anything changes them, and results are read back as bytes.

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QTest>

// The first line of a test function that reads ../shared/corpus. Such a
// function runs only in the test's corpus-labelled twin (NAME_corpus, see
// tests/CMakeLists.txt), which fails clearly when the corpus is missing;
// everywhere else it is skipped, so a lone clone passes.
#define POSTWRIGHT_CORPUS_TEST()                                                                                   \
    do {                                                                                                           \
        if (qEnvironmentVariableIsEmpty("POSTWRIGHT_CORPUS_RUN"))                                                  \
            QSKIP("reads ../shared/corpus: runs in the corpus-labelled test");                                     \
        if (!QFileInfo(QStringLiteral(POSTWRIGHT_CORPUS)).isDir())                                                 \
            QFAIL("the shared corpus is missing: " POSTWRIGHT_CORPUS " (clone the steering repository beside this one)"); \
    } while (false)

namespace postwright::testing {

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Writes bytes to path, creating its folder; a failure fails the test.
inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Copies every file below from into to (hidden ones too), writable by the
// owner even when the source is read-only.
inline void copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(path);
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        QVERIFY2(QFile::copy(path, target), qPrintable(target));
        QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
}

// The files below root whose names match nameFilter ("*.html",
// "index.xml"), as paths relative to root, sorted.
inline QStringList filesBelow(const QString &root, const QString &nameFilter)
{
    QStringList files;
    QDirIterator it(root, {nameFilter}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

// Every page (an index.html) below root as its URL path ("/", "/posts/a/"), sorted.
inline QStringList pageUrlsBelow(const QString &root)
{
    QStringList urls;
    for (const QString &file : filesBelow(root, QStringLiteral("index.html"))) {
        const QString folder = QFileInfo(file).path();
        urls.append(folder == QLatin1String(".") ? QStringLiteral("/") : QLatin1Char('/') + folder + QLatin1Char('/'));
    }
    urls.sort();
    return urls;
}

// Every file below root (relative path → bytes), to compare before/after.
inline QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(root).relativeFilePath(path), readAll(path));
    }
    return files;
}

// Runs a site generator (hugo, jekyll) in folder; its output when it
// fails, empty when it succeeds.
inline QString runGenerator(const QString &program, const QStringList &arguments, const QString &folder)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return QStringLiteral("did not finish");
    return process.exitCode() == 0 ? QString() : QString::fromUtf8(process.readAll());
}

} // namespace postwright::testing
