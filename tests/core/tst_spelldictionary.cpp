// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatter/frontmatter.h"
#include "site/sitelanguage.h"
#include "spelling/personalwordlist.h"
#include "spelling/spellchecker.h"
#include "spelling/spelldictionary.h"
#include "spelling/spelllanguage.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "support/dictionaries.h"
#include "support/testfiles.h"

using namespace postwright;
using namespace postwright::testing;
using namespace postwright::spelling;
using namespace Qt::StringLiterals;


class TestSpellDictionary final : public QObject
{
    Q_OBJECT

private slots:
    void findsByTag_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("expected");
        // A fallback row only means something where the better match is absent.
        QTest::addColumn<QString>("absent");
        QTest::newRow("language only") << "en" << "en_US" << "en";
        QTest::newRow("bcp47 region") << "en-US" << "en_US" << "";
        QTest::newRow("lower case region") << "en-us" << "en_US" << "";
        QTest::newRow("missing region falls back") << "en-GB" << "en_US" << "en_GB";
        QTest::newRow("german") << "de" << "de_DE" << "de";
        QTest::newRow("swiss german falls back") << "de-CH" << "de_DE" << "de_CH";
        QTest::newRow("posix name") << "fr_FR" << "fr_FR" << "";
        QTest::newRow("own language file") << "fr" << "fr" << "";
        QTest::newRow("canadian french") << "fr-CA" << "fr_CA" << "";
        QTest::newRow("mexican spanish") << "es-MX" << "es_MX" << "";
        QTest::newRow("system locale form") << "de_DE.UTF-8" << "de_DE" << "";
        QTest::newRow("with script") << "es-Latn-ES" << "es_ES" << "";
        QTest::newRow("not installed") << "xx" << "" << "xx";
        QTest::newRow("path is no tag") << "../../etc/passwd" << "" << "";
        QTest::newRow("empty") << "" << "" << "";
    }
    void findsByTag()
    {
        QFETCH(QString, tag);
        QFETCH(QString, expected);
        QFETCH(QString, absent);
        if (!expected.isEmpty())
            POSTWRIGHT_REQUIRE_DICTIONARIES(expected);
        if (!absent.isEmpty() && missingDictionary({absent}).isEmpty())
            QSKIP(qPrintable(u"%1 is installed here, so %2 does not fall back"_s.arg(absent, tag)));
        const QString base = SpellDictionary::find(tag, dictionarySearchPaths());
        QCOMPARE(QFileInfo(base).fileName(), expected);
    }

    void searchPathsComeFirst()
    {
        POSTWRIGHT_REQUIRE_DICTIONARIES(u"en_US"_s);
        if (missingDictionary({u"en_GB"_s}).isEmpty())
            QSKIP("en_GB is installed here: the folder given first cannot be told apart");
        QTemporaryDir dir;
        QVERIFY(QFile::copy(dictionaryFile(u"en_US.aff"_s), dir.filePath(QStringLiteral("en_GB.aff"))));
        QVERIFY(QFile::copy(dictionaryFile(u"en_US.dic"_s), dir.filePath(QStringLiteral("en_GB.dic"))));
        const QStringList paths = QStringList{dir.path()} + dictionarySearchPaths();
        QCOMPARE(SpellDictionary::find(QStringLiteral("en-GB"), paths), dir.filePath(QStringLiteral("en_GB")));
        QVERIFY(SpellDictionary::installed(paths).contains(QStringLiteral("en_GB")));
        // An .aff without its .dic is no dictionary.
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("en_GB.dic"))));
        QCOMPARE(QFileInfo(SpellDictionary::find(QStringLiteral("en-GB"), paths)).fileName(), QStringLiteral("en_US"));
    }

    void checksAndSuggests()
    {
        POSTWRIGHT_REQUIRE_DICTIONARIES(u"en_US"_s, u"de_DE"_s, u"fr_FR"_s);
        const QStringList systemPaths = dictionarySearchPaths();
        const auto english = SpellDictionary::load(SpellDictionary::find(QStringLiteral("en-US"), systemPaths));
        QVERIFY(english);
        QCOMPARE(english->name(), QStringLiteral("en_US"));
        QVERIFY(english->isCorrect(QStringLiteral("world")));
        QVERIFY(english->isCorrect(QStringLiteral("don't")));
        QVERIFY(!english->isCorrect(QStringLiteral("wrold")));
        const QStringList suggestions = english->suggestions(QStringLiteral("wrold"), 6);
        QVERIFY(suggestions.size() <= 6);
        QVERIFY2(suggestions.contains(QStringLiteral("world")), qPrintable(suggestions.join(u',')));
        const auto german = SpellDictionary::load(SpellDictionary::find(QStringLiteral("de"), systemPaths));
        QVERIFY(german);
        QVERIFY(german->isCorrect(QStringLiteral("Straße")));
        QVERIFY(!german->isCorrect(QStringLiteral("Strasse_")));
        const auto french = SpellDictionary::load(SpellDictionary::find(QStringLiteral("fr-FR"), systemPaths));
        QVERIFY(french);
        QVERIFY(french->isCorrect(QStringLiteral("élève")));
        QVERIFY(french->isCorrect(QStringLiteral("l'homme")));
        QVERIFY(!SpellDictionary::load(QStringLiteral("/nonexistent/xx_XX")));
    }

    void personalWordList()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/words.txt"));
        PersonalWordList list(path);
        QVERIFY(!list.contains(QStringLiteral("Postwright")));
        QVERIFY(list.add(QStringLiteral("Postwright")).ok());
        QVERIFY(list.add(QStringLiteral("Hugo's")).ok());
        QVERIFY(list.add(QStringLiteral("Postwright")).ok());   // once only
        QVERIFY(list.contains(QStringLiteral("Postwright")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("Postwright\nHugo's\n"));
        file.close();
        // A file whose last line has no newline keeps one word a line.
        writeFile(path, "alpha\nbeta");
        PersonalWordList reread(path);
        QCOMPARE(reread.words(), (QStringList{"alpha", "beta"}));
        QVERIFY(reread.add(QStringLiteral("gamma")).ok());
        QCOMPARE(PersonalWordList(path).words(), (QStringList{"alpha", "beta", "gamma"}));
        QVERIFY(PersonalWordList::defaultPath().endsWith(QStringLiteral("/words.txt")));
    }

    void checkerLoadsOffThreadAndAccepts()
    {
        POSTWRIGHT_REQUIRE_DICTIONARIES(u"en_US"_s);
        QTemporaryDir dir;
        SpellChecker checker;
        checker.setSearchPaths(dictionarySearchPaths());
        checker.setPersonalWordListPath(dir.filePath(QStringLiteral("words.txt")));
        QCOMPARE(checker.dictionaryName(QStringLiteral("en")), QStringLiteral("en_US"));
        QCOMPARE(checker.dictionaryName(QStringLiteral("xx")), QString());
        QVERIFY(!checker.dictionary(QStringLiteral("xx")));
        QVERIFY(!checker.isLoading(QStringLiteral("xx")));
        QSignalSpy loaded(&checker, &SpellChecker::dictionaryLoaded);
        auto dictionary = checker.dictionary(QStringLiteral("en-US"));
        if (!dictionary) {
            QVERIFY(checker.isLoading(QStringLiteral("en-US")));
            QVERIFY(loaded.wait(5000));
            QCOMPARE(loaded.first().first().toString(), QStringLiteral("en_US"));
            dictionary = checker.dictionary(QStringLiteral("en-US"));
        }
        QVERIFY(dictionary);
        QCOMPARE(checker.dictionary(QStringLiteral("en")), dictionary);   // one load per dictionary

        QSignalSpy accepted(&checker, &SpellChecker::wordAccepted);
        QVERIFY(!checker.isAccepted(QStringLiteral("Postwright")));
        QVERIFY(checker.addToPersonalList(QStringLiteral("Postwright")).ok());
        QVERIFY(checker.isAccepted(QStringLiteral("Postwright")));
        checker.ignoreForSession(QStringLiteral("wrold"));
        QVERIFY(checker.isAccepted(QStringLiteral("wrold")));
        QCOMPARE(accepted.size(), 2);
        // The personal list outlives the session; ignored words do not.
        SpellChecker next;
        next.setPersonalWordListPath(dir.filePath(QStringLiteral("words.txt")));
        QVERIFY(next.isAccepted(QStringLiteral("Postwright")));
        QVERIFY(!next.isAccepted(QStringLiteral("wrold")));
    }

    void siteLanguageFromSettings_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QVariantMap>("settings");
        QTest::addColumn<QString>("expected");
        QTest::newRow("hugo languageCode") << int(SiteKind::Hugo) << QVariantMap{{"languageCode", "en-us"}} << "en-us";
        QTest::newRow("hugo key case") << int(SiteKind::Hugo) << QVariantMap{{"languagecode", "de-de"}} << "de-de";
        QTest::newRow("hugo code before default")
            << int(SiteKind::Hugo) << QVariantMap{{"defaultContentLanguage", "fr"}, {"languageCode", "fr-CA"}} << "fr-CA";
        QTest::newRow("hugo default") << int(SiteKind::Hugo) << QVariantMap{{"defaultContentLanguage", "es"}} << "es";
        QTest::newRow("jekyll lang") << int(SiteKind::Jekyll) << QVariantMap{{"lang", "fr"}} << "fr";
        QTest::newRow("jekyll locale") << int(SiteKind::Jekyll) << QVariantMap{{"locale", "de_DE"}} << "de_DE";
        QTest::newRow("none") << int(SiteKind::Hugo) << QVariantMap{{"title", "x"}} << "";
        QTest::newRow("plain") << int(SiteKind::Plain) << QVariantMap{{"lang", "fr"}} << "";
    }
    void siteLanguageFromSettings()
    {
        QFETCH(int, kind);
        QFETCH(QVariantMap, settings);
        QFETCH(QString, expected);
        QCOMPARE(siteLanguage(SiteKind(kind), settings), expected);
    }

    void siteLanguageFromFiles()
    {
        QTemporaryDir hugo;
        writeFile(hugo.filePath(QStringLiteral("hugo.toml")), "title = \"x\"\nlanguageCode = \"de-de\"\n[params]\nlang = \"fr\"\n");
        QDir(hugo.path()).mkpath(QStringLiteral("content"));
        const Result<SiteConfig> hugoSite = detectSite(hugo.path());
        QVERIFY(hugoSite.ok());
        QCOMPARE(siteLanguage(hugoSite.value()), QStringLiteral("de-de"));

        QTemporaryDir split;
        QDir(split.path()).mkpath(QStringLiteral("config/_default"));
        writeFile(split.filePath(QStringLiteral("config/_default/hugo.yaml")), "defaultContentLanguage: es\n");
        const Result<SiteConfig> splitSite = detectSite(split.path());
        QVERIFY(splitSite.ok());
        QCOMPARE(siteLanguage(splitSite.value()), QStringLiteral("es"));

        QTemporaryDir jekyll;
        writeFile(jekyll.filePath(QStringLiteral("_config.yml")), "title: x\nlang: fr-FR\n");
        const Result<SiteConfig> jekyllSite = detectSite(jekyll.path());
        QVERIFY(jekyllSite.ok());
        QCOMPARE(siteLanguage(jekyllSite.value()), QStringLiteral("fr-FR"));

        QTemporaryDir plain;
        const Result<SiteConfig> plainSite = detectSite(plain.path());
        QVERIFY(plainSite.ok());
        QCOMPARE(siteLanguage(plainSite.value()), QString());
    }

    void resolution_data()
    {
        QTest::addColumn<QString>("post");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("expected");
        QTest::newRow("post wins") << "fr" << "de" << "en-US" << "fr";
        QTest::newRow("site next") << "" << "de" << "en-US" << "de";
        QTest::newRow("setting last") << "" << " " << "en-US" << "en-US";
        QTest::newRow("all empty is off") << "" << "" << "" << "";
    }
    void resolution()
    {
        QFETCH(QString, post);
        QFETCH(QString, site);
        QFETCH(QString, setting);
        QFETCH(QString, expected);
        QCOMPARE(resolveSpellLanguage(post, site, setting), expected);
    }

    void postLanguageKeys()
    {
        QCOMPARE(postLanguage(parseFrontMatter(u"---\ntitle: x\nlang: fr\n---\nbody\n")), QStringLiteral("fr"));
        QCOMPARE(postLanguage(parseFrontMatter(u"+++\nlanguage = \"de\"\n+++\n")), QStringLiteral("de"));
        QCOMPARE(postLanguage(parseFrontMatter(u"---\nlang: es\nlanguage: de\n---\n")), QStringLiteral("es"));
        QCOMPARE(postLanguage(parseFrontMatter(u"no front matter\n")), QString());
        QVERIFY(!systemSpellLanguage().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSpellDictionary)
#include "tst_spelldictionary.moc"
