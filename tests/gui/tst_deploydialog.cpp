// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Deploy dialog (issue 16 §2): File → Deploy Site…, a destination
// remembered per site, Preview changes nothing, Deploy sends the site.
#include "export/deploydialog.h"
#include "export/exportactions.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../cli/deployfixture.h"

using namespace postwright;
using namespace postwright::testing;

class TestDeployDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("PostwrightTests");
        QCoreApplication::setApplicationName("tst_deploydialog");
    }

    void previewThenDeployAndRemember()
    {
        QTemporaryDir dir;
        writeDeploySite(dir.filePath("site"));
        const QString www = dir.filePath("www");
        {
            DeployDialog dialog(dir.filePath("site"));
            dialog.setDestination(www);
            QSignalSpy finished(&dialog, &DeployDialog::finished);
            dialog.findChild<QPushButton *>("previewButton")->click();
            QVERIFY(finished.wait(120000));
            QCOMPARE(finished.takeFirst().at(0).toBool(), true);
            QVERIFY2(dialog.summary().startsWith("Preview: nothing was changed."), qPrintable(dialog.summary()));
            QVERIFY(!QFileInfo::exists(www));

            dialog.findChild<QPushButton *>("deployButton")->click();
            QVERIFY(finished.wait(120000));
            QCOMPARE(finished.takeFirst().at(0).toBool(), true);
            QVERIFY(QFileInfo::exists(www + "/posts/two/index.html"));
            const int files = filesBelow(www).size();
            QVERIFY2(dialog.summary().startsWith(QString("%1 file").arg(files)), qPrintable(dialog.summary()));
        }
        // Opened again for the same site: the destination is there.
        DeployDialog again(dir.filePath("site"));
        QCOMPARE(again.findChild<QLineEdit *>("destinationEdit")->text(), www);
        QSignalSpy finished(&again, &DeployDialog::finished);
        again.start(false);
        QVERIFY(finished.wait(120000));
        QVERIFY2(again.summary().startsWith("0 file"), qPrintable(again.summary()));
        // Another site has its own.
        DeployDialog other(dir.filePath("elsewhere"));
        QVERIFY(other.findChild<QLineEdit *>("destinationEdit")->text().isEmpty());
    }

    void fileMenuHasDeploySite()
    {
        QWidget window;
        QMenu menu;
        const ExportActions actions = installExportActions(&menu, &window, [] { return QString(); }, [] { return QString(); });
        QVERIFY(actions.deploySite);
        QCOMPARE(actions.deploySite->objectName(), QString("deploySiteAction"));
        QVERIFY(menu.actions().contains(actions.deploySite));
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestDeployDialog test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_deploydialog.moc"
