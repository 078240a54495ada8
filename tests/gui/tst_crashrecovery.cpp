// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real app, killed with SIGKILL after an autosave, loses nothing: the
// next start finds the typed text in the recovery store and offers it.
#include "documentsupport/recoverystore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace postwright;

class TestCrashRecovery final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString configHome() const { return m_dir.filePath("config"); }
    QString dataHome() const { return m_dir.filePath("data"); }
    QString postPath() const { return m_dir.filePath("blog/hello.md"); }
    // The data folder the README names: $XDG_DATA_HOME/Postwright.
    QString recoveryFolder() const { return dataHome() + "/Postwright/recovery"; }

    void startApp(QProcess &app, const QStringList &arguments, const QString &program = QStringLiteral(POSTWRIGHT_APP))
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("QTWEBENGINE_DISABLE_SANDBOX", "1");
        env.insert("XDG_CONFIG_HOME", configHome());
        env.insert("XDG_DATA_HOME", dataHome());
        env.insert("XDG_CACHE_HOME", m_dir.filePath("cache"));
        env.insert("HOME", m_dir.filePath("home"));
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::SeparateChannels);
        app.start(program, arguments);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo(QStringLiteral(POSTWRIGHT_APP)).isExecutable());
        QVERIFY(QDir().mkpath(m_dir.filePath("blog")) && QDir().mkpath(m_dir.filePath("home")));
        QFile post(postPath());
        QVERIFY(post.open(QIODevice::WriteOnly));
        post.write("---\ntitle: \"Hello\"\n---\n\nSaved text.\n");
        post.close();
        // The app's settings file (NativeFormat on Linux: an INI file under
        // XDG_CONFIG_HOME): autosave every second.
        QVERIFY(QDir().mkpath(configHome() + "/Postwright"));
        QFile settings(configHome() + "/Postwright/Postwright.conf");
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[editor]\nautosaveSeconds=1\n");
    }

    void autosaveSurvivesSigkill()
    {
        const QString typed = "Typed before the crash: ünïcode ✓";
        const QByteArray original = [this] {
            QFile f(postPath());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();

        QProcess app;
        startApp(app, {postPath(), "--test-type", typed});
        QVERIFY2(app.waitForStarted(20000), qPrintable(app.errorString()));
        const RecoveryStore store(recoveryFolder());
        // Generous: WebEngine's first start on a busy machine is slow.
        QTRY_VERIFY2_WITH_TIMEOUT(store.find(postPath()) && store.find(postPath())->text.contains(typed),
                                  qPrintable(QString::fromLocal8Bit(app.readAllStandardError().right(2000))), 45000);
        QCOMPARE(app.state(), QProcess::Running);
        app.kill();   // SIGKILL: no close event, no save, no cleanup
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);

        // The post on disk is untouched; the recovery entry holds the edit.
        QFile onDisk(postPath());
        QVERIFY(onDisk.open(QIODevice::ReadOnly));
        QCOMPARE(onDisk.readAll(), original);
        const std::optional<RecoveryStore::Entry> entry = store.find(postPath());
        QVERIFY(entry);
        QVERIFY(entry->text.startsWith("---\ntitle: \"Hello\"\n---\n\nSaved text."));
        QVERIFY(entry->text.endsWith(typed));

        // The next start offers it; the test aid accepts and prints the editor.
        QProcess again;
        startApp(again, {postPath(), "--test-auto-recover"});
        QVERIFY(again.waitForStarted(20000));
        QVERIFY(again.waitForFinished(60000));
        QCOMPARE(again.exitStatus(), QProcess::NormalExit);
        QCOMPARE(again.exitCode(), 0);
        const QString shown = QString::fromUtf8(again.readAllStandardOutput());
        QVERIFY2(shown.endsWith(typed), qPrintable(shown));
        QVERIFY(shown.contains("Saved text."));
    }

    // Data an earlier version kept in ~/.local/share/Postwright/Postwright/
    // (its recovery files, word list, sample) moves to the README's folder
    // at the next start, and nothing is lost: the unsaved edit is offered.
    void oldDataFolderMovesAndIsRead()
    {
        const QString old = dataHome() + "/Postwright/Postwright";
        QVERIFY(QDir().mkpath(old));
        QFile words(old + "/words.txt");
        QVERIFY(words.open(QIODevice::WriteOnly));
        words.write("Postwrightish\n");
        words.close();
        QDir(recoveryFolder()).removeRecursively();
        const QString typed = "Autosaved in the old folder";
        RecoveryStore oldStore(old + "/recovery");
        QVERIFY(oldStore.write(postPath(), "---\ntitle: \"Hello\"\n---\n\n" + typed + "\n").ok());

        QProcess app;
        startApp(app, {postPath(), "--test-auto-recover"});
        QVERIFY(app.waitForStarted(20000));
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 0);
        const QString shown = QString::fromUtf8(app.readAllStandardOutput());
        QVERIFY2(shown.contains(typed), qPrintable(shown));
        QVERIFY(QFileInfo::exists(dataHome() + "/Postwright/words.txt"));
        QVERIFY(!QFileInfo::exists(old));
    }

    // The testing aids live in the test app only: the shipped binary
    // neither lists nor accepts them.
    void shippedAppHasNoTestingAids()
    {
        const QString shipped = QStringLiteral(POSTWRIGHT_SHIPPED_APP);
        QProcess help;
        startApp(help, {"--help"}, shipped);
        QVERIFY(help.waitForFinished(30000));
        QCOMPARE(help.exitCode(), 0);
        const QString usage = QString::fromLocal8Bit(help.readAllStandardOutput());
        QVERIFY2(usage.contains("--sample"), qPrintable(usage));
        QVERIFY2(!usage.contains("test-"), qPrintable(usage));
        for (const QStringList &arguments : {QStringList{"--test-auto-recover", postPath()},
                                             QStringList{"--test-type", "x", postPath()}}) {
            QProcess app;
            startApp(app, arguments, shipped);
            QVERIFY(app.waitForFinished(30000));
            QCOMPARE(app.exitStatus(), QProcess::NormalExit);
            QCOMPARE(app.exitCode(), 1);
            const QString error = QString::fromLocal8Bit(app.readAllStandardError());
            QVERIFY2(error.contains("Unknown option '" + arguments.first().mid(2) + "'"), qPrintable(error));
        }
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
