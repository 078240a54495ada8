// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/samplesite.h"

#include "files/atomicwrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace postwright {
namespace {

const char *const samplePost = "content/posts/why-open-source-ai-is-the-future.md";

// The translation context of this file's messages (lupdate reads "SampleSiteText::tr").
struct SampleSiteText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::SampleSite)
};

} // namespace

QString sampleSiteFolder(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("sample-blog"));
}

Result<QString> installSampleSite(const QString &dataDir)
{
    const QDir target(sampleSiteFolder(dataDir));
    const QString post = target.filePath(QString::fromLatin1(samplePost));
    // Once installed the sample is the user's: never overwrite their edits.
    if (target.exists())
        return post;
    const QString resourceRoot = QStringLiteral(":/sample");
    QDirIterator it(resourceRoot, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString destination = target.filePath(source.mid(resourceRoot.size() + 1));
        if (!QDir().mkpath(QFileInfo(destination).path()))
            return Error{destination, 0, 0, SampleSiteText::tr("cannot create the folder for the sample blog")};
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly))
            return Error{source, 0, 0, SampleSiteText::tr("cannot copy the sample blog: %1").arg(in.errorString())};
        WriteOptions options;
        options.createOnly = true;
        if (Result<Success> written = writeFileAtomically(destination, in.readAll(), options); !written)
            return Error{destination, 0, 0, SampleSiteText::tr("cannot copy the sample blog: %1").arg(written.error().message)};
    }
    return post;
}

} // namespace postwright
