// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// deploySite (issue 16 §2) canceled once the upload has begun: it stops
// with the destination as the earlier deploy left it.
#include "deploy/sitedeployer.h"

#include <QTemporaryDir>
#include <QTest>

#include "../cli/deployfixture.h"

using namespace postwright;
using namespace postwright::testing;

class tst_SiteDeployer final : public QObject
{
    Q_OBJECT

private slots:
    void canceledUploadLeavesTheOldSiteWhole()
    {
        QTemporaryDir dir;
        qputenv("POSTWRIGHT_CACHE_DIR", dir.filePath("cache").toUtf8());
        writeDeploySite(dir.filePath("site"));
        DeployOptions options;
        options.dest = dir.filePath("www");
        const Result<DeployReport> first = deploySite(dir.filePath("site"), options);
        QVERIFY(first && !first.value().failure);
        const QMap<QString, QByteArray> v1 = filesBelow(dir.filePath("www"));
        QVERIFY(!v1.isEmpty());

        writeFile(dir.filePath("site/content/posts/five.md"), deployPost("Five", "garden", "2024-05-01"));
        bool uploading = false;
        DeployProgress progress;
        progress.step = [&](const QString &line) { uploading = uploading || line.startsWith("uploading"); };
        progress.canceled = [&] { return uploading; };
        const Result<DeployReport> canceled = deploySite(dir.filePath("site"), options, progress);
        QVERIFY(canceled);
        QVERIFY(canceled.value().failure);
        QCOMPARE(canceled.value().failure->message, QString("canceled"));
        QCOMPARE(filesBelow(dir.filePath("www")), v1);

        const Result<DeployReport> again = deploySite(dir.filePath("site"), options);
        QVERIFY(again && !again.value().failure);
        QVERIFY(readAll(dir.filePath("www/index.html")).contains("Five"));
    }
};

QTEST_GUILESS_MAIN(tst_SiteDeployer)
#include "tst_sitedeployer.moc"
