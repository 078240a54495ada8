// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The German, French and Spanish translations are complete, up to date with
// the code, and used: by the system's language or the one chosen in Settings.
#include "export/siteexporter.h"
#include "mainwindow.h"
#include "render/renderer.h"
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"
#include "settings/uilanguage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace postwright;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;             // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms;        // the translation, or its numerus forms
    QString key() const { return context + QLatin1Char('\x1f') + source; }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
            continue;
        }
        if (xml.name() != QLatin1String("message"))
            continue;
        Message m;
        m.context = context;
        m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                m.type = xml.attributes().value(QLatin1String("type")).toString();
                if (m.numerus) {
                    while (xml.readNextStartElement())
                        m.forms.append(xml.readElementText());
                } else {
                    m.forms.append(xml.readElementText());
                }
            } else {
                xml.skipCurrentElement();
            }
        }
        messages.append(m);
    }
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// The %1, %L2 ... in a text; a plural form may say "one" instead of %n.
QStringList placeholders(const QString &text, bool withoutCount)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d+|%n"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    if (withoutCount)
        found.removeAll(QStringLiteral("%n"));
    found.sort();
    return found;
}

// "&File" has one accelerator, "&&" is a literal ampersand.
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (i + 1 < text.size() && text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        // An HTML entity in rich text ("&nbsp;") is no accelerator.
        static const QRegularExpression entity(QStringLiteral("^&[a-z]+;|^&#\\d+;"));
        if (!entity.match(text.mid(i, 10)).hasMatch())
            ++count;
    }
    return count;
}

QStringList tsFiles()
{
    QStringList files;
    for (const QString &language : QStringLiteral(POSTWRIGHT_UI_LANGUAGES).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        files.append(QStringLiteral("postwright_%1.ts").arg(language));
    files.append(QStringLiteral("postwright_en.ts"));   // English plural forms
    return files;
}

void removeTranslators()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>())
        delete translator;   // also uninstalls it
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void cleanup() { removeTranslators(); }

    void everyEntryIsFinished_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : tsFiles())
            QTest::newRow(qPrintable(file)) << file;
    }

    // Unfinished, vanished or empty entries, and translations that lose a
    // placeholder or an accelerator, fail with their context and source.
    void everyEntryIsFinished()
    {
        QFETCH(QString, file);
        QString error;
        const QList<Message> messages = readTs(QDir(QStringLiteral(POSTWRIGHT_TS_DIR)).filePath(file), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > (file.endsWith(QLatin1String("_en.ts")) ? 5 : 400),
                 qPrintable(QStringLiteral("%1 has only %2 messages").arg(file).arg(messages.size())));
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = QStringLiteral("%1 / \"%2\"").arg(m.context, m.source);
            if (!m.type.isEmpty()) {
                problems.append(QStringLiteral("%1: %2").arg(m.type, where));
                continue;
            }
            if (m.forms.isEmpty() || (m.numerus && m.forms.size() < 2)) {
                problems.append(QStringLiteral("missing forms: %1").arg(where));
                continue;
            }
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                    problems.append(QStringLiteral("empty: %1").arg(where));
                else if (placeholders(form, m.numerus) != placeholders(m.source, m.numerus))
                    problems.append(QStringLiteral("placeholders %1 in \"%2\": %3").arg(placeholders(form, false).join(QLatin1Char(',')), form, where));
                else if (accelerators(form) != accelerators(m.source))
                    problems.append(QStringLiteral("accelerator in \"%1\": %2").arg(form, where));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1:\n").arg(file) + problems.join(QLatin1Char('\n'))));
    }

    // lupdate on today's sources finds nothing that the files lack, and
    // nothing in them is stale.
    void filesAreUpToDate_data() { everyEntryIsFinished_data(); }
    void filesAreUpToDate()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString original = QDir(QStringLiteral(POSTWRIGHT_TS_DIR)).filePath(file);
        const QString copy = dir.filePath(file);
        QVERIFY(QFile::copy(original, copy));
        const bool english = file.endsWith(QLatin1String("_en.ts"));
        const QString project = dir.filePath(QStringLiteral("project.json"));
        QProcess cmake;
        cmake.setProcessChannelMode(QProcess::MergedChannels);
        cmake.start(QStringLiteral(POSTWRIGHT_CMAKE),
                    {QStringLiteral("-DIN_FILE=") + QString::fromUtf8(english ? POSTWRIGHT_LUPDATE_PROJECT_EN : POSTWRIGHT_LUPDATE_PROJECT_GUI),
                     QStringLiteral("-DOUT_FILE=") + project, QStringLiteral("-P"), QStringLiteral(POSTWRIGHT_LUPDATE_PROJECT_SCRIPT)});
        QVERIFY2(cmake.waitForFinished(60000) && cmake.exitCode() == 0, cmake.readAll().constData());
        QStringList arguments{QStringLiteral("-project"), project};
        arguments += QStringLiteral(POSTWRIGHT_LUPDATE_OPTIONS).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (english)
            arguments.append(QStringLiteral("-pluralonly"));
        arguments << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(POSTWRIGHT_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        const QString output = QString::fromUtf8(lupdate.readAll());
        QVERIFY2(lupdate.exitCode() == 0, qPrintable(output));

        QString error;
        QList<Message> before = readTs(original, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<Message> after = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList expected, actual, missing;
        for (const Message &m : before)
            expected.append(m.key());
        for (const Message &m : after) {
            actual.append(m.key());
            if (!expected.contains(m.key()))
                missing.append(QStringLiteral("%1 / \"%2\"").arg(m.context, m.source));
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 lacks (run the update_translations target):\n").arg(file) + missing.join(QLatin1Char('\n'))));
        expected.sort();
        actual.sort();
        QCOMPARE(expected, actual);   // nothing stale either
    }

    void systemLanguageIsFollowed()
    {
        const QStringList languages = translatedUiLanguages();
        for (const char *code : {"de", "fr", "es"})
            QVERIFY2(languages.contains(QLatin1String(code)), qPrintable(languages.join(QLatin1Char(','))));
        QCOMPARE(effectiveUiLanguage(QStringLiteral("auto"), QLocale(QStringLiteral("de_AT"))), QStringLiteral("de"));
        QCOMPARE(effectiveUiLanguage(QStringLiteral("auto"), QLocale(QStringLiteral("fr_CA"))), QStringLiteral("fr"));
        QCOMPARE(effectiveUiLanguage(QStringLiteral("auto"), QLocale(QStringLiteral("es_MX"))), QStringLiteral("es"));
        QCOMPARE(effectiveUiLanguage(QStringLiteral("auto"), QLocale(QStringLiteral("pt_BR"))), QStringLiteral("en"));
        QCOMPARE(effectiveUiLanguage(QStringLiteral("auto"), QLocale(QStringLiteral("en_GB"))), QStringLiteral("en"));
        // A choice in Settings wins over the system.
        QCOMPARE(effectiveUiLanguage(QStringLiteral("es"), QLocale(QStringLiteral("de_DE"))), QStringLiteral("es"));
        QCOMPARE(effectiveUiLanguage(QStringLiteral("en"), QLocale(QStringLiteral("de_DE"))), QStringLiteral("en"));
        QCOMPARE(effectiveUiLanguage(QStringLiteral("xx"), QLocale(QStringLiteral("de_DE"))), QStringLiteral("en"));
    }

    void englishPluralsReadRight()
    {
        QCOMPARE(installUiTranslators(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("postwright::MainWindow", "%n words", nullptr, 1), QStringLiteral("1 word"));
        QCOMPARE(QCoreApplication::translate("postwright::MainWindow", "%n words", nullptr, 3), QStringLiteral("3 words"));
        QCOMPARE(QCoreApplication::translate("postwright::ExportDialog", "%n file(s) copied", nullptr, 1), QStringLiteral("1 file copied"));
        QCOMPARE(QCoreApplication::translate("postwright::ExportDialog", "%n file(s) copied", nullptr, 2), QStringLiteral("2 files copied"));
    }

    void windowSpeaksTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("qtCancel");   // Qt's own strings come along
        QTest::newRow("de") << "de" << "Datei" << "Abbrechen";
        QTest::newRow("fr") << "fr" << "Fichier" << "Annuler";
        QTest::newRow("es") << "es" << "Archivo" << "Cancelar";
    }

    void windowSpeaksTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(QString, qtCancel);
        QCOMPARE(installUiTranslators(*qApp, language), language);
        QCOMPARE(runningUiLanguage(), language);
        MainWindow window;
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QString first = menus.first()->text();
        first.remove(QLatin1Char('&'));
        QCOMPARE(first, fileMenu);
        // Edit, View and Help read differently in all three ("Format" is a German
        // and French word too).
        for (QAction *menu : menus) {
            QString title = menu->text();
            title.remove(QLatin1Char('&'));
            QVERIFY2(!QStringList({QStringLiteral("Edit"), QStringLiteral("View"), QStringLiteral("Help")}).contains(title),
                     qPrintable(title));
        }
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), qtCancel);
        // A plural reads right in the language ("1 Wort", "1 mot", "1 palabra").
        const QString one = QCoreApplication::translate("postwright::MainWindow", "%n words", nullptr, 1);
        QString many = QCoreApplication::translate("postwright::MainWindow", "%n words", nullptr, 5);
        QVERIFY2(one.startsWith(QLatin1String("1 ")) && one != QLatin1String("1 words") && one != many.replace(QLatin1Char('5'), QLatin1Char('1')),
                 qPrintable(one));
    }

    // What the renderer writes into a page (the core's own translation
    // contexts) follows the language too: a video placeholder's button.
    void renderedShortcodesSpeakTheLanguage()
    {
        QCOMPARE(installUiTranslators(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        RenderOptions options;
        options.shortcodes.enabled = true;
        options.shortcodes.embedPlaceholders = true;
        const QString html = render(QStringLiteral("{{< youtube w7Ft2ymGmfc >}}\n"), options).html;
        QVERIFY2(html.contains(QStringLiteral("Video von youtube-nocookie.com laden")), qPrintable(html));
    }

    // The recovery prompt's "autosaved 07.12.26, 09:30" and every other date
    // the window shows follow the language it speaks, not only the system's.
    void datesFollowTheLanguage()
    {
        const QDateTime when(QDate(2026, 12, 7), QTime(9, 30));
        installUiTranslators(*qApp, QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QLocale().toString(when, QLocale::ShortFormat), QLocale(QLocale::German).toString(when, QLocale::ShortFormat));
        QVERIFY(QLocale().toString(when.date(), QLocale::LongFormat).contains(QStringLiteral("Dezember")));
        installUiTranslators(*qApp, QStringLiteral("fr"));
        QVERIFY(QLocale().toString(when.date(), QLocale::LongFormat).contains(QStringLiteral("décembre")));
        installUiTranslators(*qApp, QStringLiteral("en"));
        QCOMPARE(QLocale().language(), QLocale::English);
        QVERIFY(QLocale().toString(when.date(), QLocale::LongFormat).contains(QStringLiteral("December")));
    }

    // The export's own words on a page ("More posts") follow the app's
    // language: a re-export after a change of language rewrites the pages
    // of posts that did not change too, instead of keeping the old words
    // next to lists in the new language.
    void siteExportFollowsALanguageChange()
    {
        QTemporaryDir dir;
        const QString site = dir.filePath("site");
        QDir().mkpath(site + "/content/posts");
        const auto write = [](const QString &path, const QByteArray &text) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        write(site + "/hugo.toml", "baseURL = 'https://example.org/'\ntitle = 'Blog'\n");
        write(site + "/content/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nFirst.\n");
        write(site + "/content/posts/b.md", "---\ntitle: B\ndate: 2024-01-02\n---\nSecond.\n");
        SiteExportOptions options;
        options.outDir = dir.filePath("out");
        options.useIndexCache = false;
        const auto pageOfA = [&] {
            QFile file(options.outDir + "/posts/a/index.html");
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        };
        installUiTranslators(*qApp, QStringLiteral("en"));
        QVERIFY(exportSite(site, options));
        QVERIFY2(pageOfA().contains(QStringLiteral("More posts")), qPrintable(pageOfA()));
        installUiTranslators(*qApp, QStringLiteral("de"));
        const Result<SiteExportReport> again = exportSite(site, options);
        QVERIFY(again);
        QVERIFY2(pageOfA().contains(QStringLiteral("Weitere Beiträge")), qPrintable(pageOfA()));
        QVERIFY(!pageOfA().contains(QStringLiteral("More posts")));
    }

    void languageIsChosenInSettings()
    {
        installUiTranslators(*qApp, QStringLiteral("en"));
        SettingsDialog dialog({});
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("languageNote"));
        QVERIFY(combo && note);
        QStringList names;
        for (int i = 0; i < combo->count(); ++i)
            names.append(combo->itemText(i));
        for (const char *name : {"English", "Deutsch", "Français", "Español"})
            QVERIFY2(names.contains(QString::fromUtf8(name)), qPrintable(names.join(QLatin1Char(','))));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("auto"));

        combo->setCurrentIndex(combo->findData(QStringLiteral("fr")));
        QVERIFY(!note->isHidden());   // it changes at the next start, and says so
        QVERIFY(!note->text().isEmpty());
        QCOMPARE(dialog.settings().uiLanguage, QStringLiteral("fr"));
        dialog.settings().save();
        QCOMPARE(AppSettings::load().uiLanguage, QStringLiteral("fr"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
        QVERIFY(note->isHidden());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
