// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the deploy tests share: a small Hugo site written into a temporary
// folder, postwright-cli run on it, the files of a destination.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QTest>

#include "support/testfiles.h"

namespace postwright::testing {

struct DeployRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QString lastLine() const { return out.trimmed().section(QLatin1Char('\n'), -1); }
    // The files a deploy reports, "uploaded (new): x" and "uploaded (changed): y" -> x, y (sorted).
    QStringList listed(const QString &prefix) const
    {
        QStringList files;
        for (const QString &line : out.split(QLatin1Char('\n'))) {
            for (const QString &kind : {QStringLiteral(" (new): "), QStringLiteral(" (changed): "), QStringLiteral(": ")}) {
                if (line.startsWith(prefix + kind)) {
                    files.append(line.mid(prefix.size() + kind.size()));
                    break;
                }
            }
        }
        files.sort();
        return files;
    }
};

inline DeployRun runCli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                        const QString &folder = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (!folder.isEmpty())
        process.setWorkingDirectory(folder);
    process.start(QStringLiteral(POSTWRIGHT_CLI), args);
    process.waitForFinished(300000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

inline QByteArray deployPost(const QByteArray &title, const QByteArray &tags, const QByteArray &date)
{
    return "---\ntitle: \"" + title + "\"\ndate: " + date + "\ntags: [" + tags + "]\n---\n\nSome words about " + title + ".\n";
}

// Four posts, two of them tagged garden, one astro.
inline void writeDeploySite(const QString &root)
{
    writeFile(root + "/hugo.toml", "baseURL = \"https://blog.example.org/\"\ntitle = \"Deploy Fixture\"\nlanguageCode = \"en-us\"\n");
    writeFile(root + "/content/posts/one.md", deployPost("One", "astro", "2024-01-01"));
    writeFile(root + "/content/posts/two.md", deployPost("Two", "garden", "2024-02-01"));
    writeFile(root + "/content/posts/three.md", deployPost("Three", "garden", "2024-03-01"));
    writeFile(root + "/content/posts/four.md", deployPost("Four", "astro", "2024-04-01"));
}

// Every file below root, relative, with its bytes (symbolic links and
// folders left out).
inline QMap<QString, QByteArray> filesBelow(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(root).relativeFilePath(path), readAll(path));
    }
    return files;
}

} // namespace postwright::testing
