// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Site theme preview as a writer uses it, on a Hugo site generated with its
// own layouts: what is typed shows inside the layout's own markup, the
// scroll position survives an update, a broken template shows hugo's error
// above the last good page, a missing hugo falls back to Postwright's
// preview with a message, the site's scripts see nothing of Postwright's,
// and nothing in the site changes; the same typing on a Jekyll fixture
// shows inside its layout through jekyll serve.
#include "editor/markdowneditor.h"
#include "mainwindow.h"
#include "preview/previewview.h"
#include "sitepreview/previewpane.h"
#include "sitepreview/sitepreviewview.h"
#include "sitepreview/siteserver.h"

#include "support/sitepreviewsupport.h"
#include "support/testfiles.h"

#include <QAction>
#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>

#include <memory>
#include <optional>

using namespace postwright;
using namespace postwright::testing;

namespace {

constexpr int hugoTimeout = 90000;
// Conditions on the page are waited for with QTest::qWaitFor, which asks
// once per turn and stops at the first yes: QTRY_VERIFY asks again after its
// loop, and a page that a rebuild of a slightly older text replaces for a
// moment (the latest edit is put in again at once) can answer no just then.

// Callbacks may run while the page is torn down: share, don't reference.
QVariant evalJs(QWebEnginePage *page, const QString &script)
{
    auto result = std::make_shared<std::optional<QVariant>>();
    page->runJavaScript(script, [result](const QVariant &value) { *result = value; });
    for (int i = 0; i < 1000 && !result->has_value(); ++i)
        QTest::qWait(10);
    return result->value_or(QVariant());
}

// The typed words inside the layout's own article (gen_corpus's
// single.html: <article> with <p class="meta">).
QString typedInLayout(const QString &words)
{
    return QStringLiteral("(() => { const a = document.querySelector('main > article'); "
                          "return !!a && !!a.querySelector('p.meta') && "
                          "[...a.querySelectorAll('p')].some(p => p.textContent.includes('%1')); })()")
        .arg(words);
}

} // namespace

class TestSitePreview final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typedTextShowsInTheSitesLayout();
    void editShowsInTheLayoutBeforeTheRebuild();
    void editAfterARepeatedParagraphLandsAfterTheLastOne();
    void brokenTemplateShowsHugosErrorAndKeepsThePage();
    void missingHugoFallsBackToPostwright();
    void jekyllSiteShowsTypedTextInItsLayout();
    void cleanupTestCase();

private:
    void openInSiteTheme(const QString &post, std::unique_ptr<MainWindow> &window);
    QVariant js(MainWindow *window, const QString &script)
    {
        return evalJs(window->previewPane()->siteView()->page(), script);
    }
    void typeAtEnd(MainWindow *window, const QString &words);

    QTemporaryDir m_dir;
    QString m_site;
    QString m_post;
    QByteArray m_siteHash;
    bool m_ready = false;
};

void TestSitePreview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sitepreview"));
    m_site = m_dir.filePath(QStringLiteral("site"));
    if (QStandardPaths::findExecutable(QStringLiteral("hugo")).isEmpty() || !generateHugoSite(m_site, 50))
        return;
    m_post = m_site + QStringLiteral("/content/posts/")
           + QDir(m_site + QStringLiteral("/content/posts")).entryList({QStringLiteral("0*.md")}, QDir::Files, QDir::Name).first();
    m_siteHash = siteTreeHash(m_site);
    m_ready = true;
}

void TestSitePreview::openInSiteTheme(const QString &post, std::unique_ptr<MainWindow> &window)
{
    window = std::make_unique<MainWindow>();
    window->setRecoveryFolder(m_dir.filePath(QStringLiteral("recovery")));
    window->resize(1300, 800);
    window->show();
    QVERIFY(window->openPost(post));
    PreviewPane *pane = window->previewPane();
    // A Hugo site with its own layouts: Site theme by default.
    QTRY_VERIFY_WITH_TIMEOUT(pane->mode() == PreviewPane::Mode::SiteTheme, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(pane->server()->state() == SiteServer::State::Running, hugoTimeout);
    QVERIFY(QTest::qWaitFor([&] { return js(window.get(), QStringLiteral("!!document.querySelector('main > article p.meta')")).toBool(); }, hugoTimeout));
}

void TestSitePreview::typeAtEnd(MainWindow *window, const QString &words)
{
    MarkdownEditor *editor = window->editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, words);
}

void TestSitePreview::typedTextShowsInTheSitesLayout()
{
    if (!m_ready)
        QSKIP("needs hugo and ../shared/tools/gen_corpus.py");
    const QByteArray saved = readAll(m_post);
    {
        std::unique_ptr<MainWindow> window;
        openInSiteTheme(m_post, window);
        if (QTest::currentTestFailed())
            return;
        SitePreviewView *view = window->previewPane()->siteView();
        QCOMPARE(view->url().host(), QStringLiteral("127.0.0.1"));

        typeAtEnd(window.get(), QStringLiteral("Zebrafinch words typed live"));
        QVERIFY(QTest::qWaitFor([&] { return js(window.get(), typedInLayout(QStringLiteral("Zebrafinch words typed live"))).toBool(); }, hugoTimeout));

        // The scroll position survives the next update.
        js(window.get(), QStringLiteral("window.scrollTo(0, 400)"));
        QVERIFY(QTest::qWaitFor([&] { return js(window.get(), QStringLiteral("window.scrollY")).toInt() > 300; }, 10000));
        const int before = js(window.get(), QStringLiteral("window.scrollY")).toInt();
        QTest::keyClicks(window->editor(), QStringLiteral(" and a second kingfisher"));
        QVERIFY(QTest::qWaitFor([&] { return js(window.get(), typedInLayout(QStringLiteral("and a second kingfisher"))).toBool(); }, hugoTimeout));
        QCOMPARE(js(window.get(), QStringLiteral("window.scrollY")).toInt(), before);

        // The site's scripts run without Postwright's channel.
        QCOMPARE(js(window.get(), QStringLiteral("typeof qt")).toString(), QStringLiteral("undefined"));
        // A script cannot take the preview away from the site, nor open
        // the browser.
        QList<QUrl> opened;
        view->setLinkOpener([&opened](const QUrl &url) { opened << url; });
        const QUrl page = view->url();
        js(window.get(), QStringLiteral("location.href = 'https://example.com/'; 1"));
        QTest::qWait(500);
        QCOMPARE(view->url(), page);
        QVERIFY(opened.isEmpty());
        view->setLinkOpener([](const QUrl &) {});
    }
    // Unsaved: the file on disk is as it was, and so is the whole site.
    QCOMPARE(readAll(m_post), saved);
    QCOMPARE(siteTreeHash(m_site), m_siteHash);
}

void TestSitePreview::editShowsInTheLayoutBeforeTheRebuild()
{
    if (!m_ready)
        QSKIP("needs hugo and ../shared/tools/gen_corpus.py");
    std::unique_ptr<MainWindow> window;
    openInSiteTheme(m_post, window);
    if (QTest::currentTestFailed())
        return;
    PreviewPane *pane = window->previewPane();
    // hugo gets nothing more: what shows comes from Postwright's own render
    // of the edited blocks, put into hugo's page of the saved post.
    pane->server()->setDebounceInterval(24 * 3600 * 1000);
    typeAtEnd(window.get(), QStringLiteral("Puffin words before hugo"));
    QVERIFY(QTest::qWaitFor([&] { return js(window.get(), typedInLayout(QStringLiteral("Puffin words before hugo"))).toBool(); }, 10000));
    QVERIFY(!pane->server()->builtText().contains(QStringLiteral("Puffin")));
    // The rest of the page is hugo's still: one article, its meta line, the
    // post's first paragraph once.
    QCOMPARE(js(window.get(), QStringLiteral("document.querySelectorAll('main > article').length")).toInt(), 1);
    QVERIFY(js(window.get(), QStringLiteral("!!document.querySelector('main > article p.meta')")).toBool());
    // hugo then builds it, and its page takes over with the same words.
    pane->server()->setDebounceInterval(30);
    QTest::keyClicks(window->editor(), QStringLiteral(" and after"));
    QTRY_VERIFY_WITH_TIMEOUT(pane->server()->builtText().contains(QStringLiteral("Puffin words before hugo and after")), hugoTimeout);
    QVERIFY(QTest::qWaitFor([&] { return js(window.get(), typedInLayout(QStringLiteral("Puffin words before hugo and after"))).toBool(); }, hugoTimeout));
    QCOMPARE(js(window.get(), QStringLiteral("[...document.querySelectorAll('main > article p')].filter(p => p.textContent.includes('Puffin')).length")).toInt(), 1);
}

// A post whose last paragraph repeats an earlier one: text typed at its end
// shows after the last one, not after the first one with the same words.
void TestSitePreview::editAfterARepeatedParagraphLandsAfterTheLastOne()
{
    if (!m_ready)
        QSKIP("needs hugo and ../shared/tools/gen_corpus.py");
    const QString copy = m_dir.filePath(QStringLiteral("refrain"));
    copyFolder(m_site, copy);
    const QString post = copy + QStringLiteral("/content/posts/refrain.md");
    writeFile(post, "---\ntitle: \"Refrain\"\ndate: 2020-01-01T00:00:00Z\n---\n"
                    "The refrain line.\n\nMiddle words between.\n\nThe refrain line.\n");
    std::unique_ptr<MainWindow> window;
    openInSiteTheme(post, window);
    if (QTest::currentTestFailed())
        return;
    PreviewPane *pane = window->previewPane();
    pane->server()->setDebounceInterval(24 * 3600 * 1000);
    typeAtEnd(window.get(), QStringLiteral("Puffin after the refrain"));
    // Where the typed paragraph is among the article's: after the middle one and the last refrain.
    const QString order = QStringLiteral(
        "(() => { const ps = [...document.querySelectorAll('main > article p')].map(p => p.textContent.trim()); "
        "return ps.indexOf('Puffin after the refrain') + ' ' + ps.indexOf('Middle words between.') + ' ' + ps.lastIndexOf('The refrain line.'); })()");
    const auto placedAfterBoth = [&] {
        const QStringList at = js(window.get(), order).toString().split(QLatin1Char(' '));
        return at.size() == 3 && at.at(0).toInt() > at.at(1).toInt() && at.at(0).toInt() > at.at(2).toInt() && at.at(1).toInt() >= 0;
    };
    QVERIFY(QTest::qWaitFor([&] { return js(window.get(), typedInLayout(QStringLiteral("Puffin after the refrain"))).toBool(); }, 10000));
    QVERIFY(!pane->server()->builtText().contains(QStringLiteral("Puffin")));
    QVERIFY2(placedAfterBoth(), qPrintable(js(window.get(), order).toString()));
    QCOMPARE(js(window.get(), QStringLiteral("[...document.querySelectorAll('main > article p')].filter(p => p.textContent.includes('refrain line')).length")).toInt(), 2);
}

void TestSitePreview::brokenTemplateShowsHugosErrorAndKeepsThePage()
{
    if (!m_ready)
        QSKIP("needs hugo and ../shared/tools/gen_corpus.py");
    const QString copy = m_dir.filePath(QStringLiteral("copy"));
    copyFolder(m_site, copy);
    const QString post = copy + QStringLiteral("/content/posts/") + QFileInfo(m_post).fileName();
    std::unique_ptr<MainWindow> window;
    openInSiteTheme(post, window);
    if (QTest::currentTestFailed())
        return;
    typeAtEnd(window.get(), QStringLiteral("Good words before the break"));
    QVERIFY(QTest::qWaitFor([&] { return js(window.get(), typedInLayout(QStringLiteral("Good words before the break"))).toBool(); }, hugoTimeout));

    writeFile(copy + QStringLiteral("/layouts/_default/single.html"),
              "{{ define \"main\" }}\n<article>\n<h1>{{ .Title }}</h1>\n{{ .Content \n</article>{{ end }}\n");
    QTest::keyClicks(window->editor(), QStringLiteral(" and after it"));
    PreviewPane *pane = window->previewPane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->message().contains(QLatin1String("layouts/_default/single.html:5:1")), hugoTimeout);
    QVERIFY2(pane->message().contains(QLatin1String("hugo")), qPrintable(pane->message()));
    // The last good page stays, in the site's layout.
    QCOMPARE(pane->mode(), PreviewPane::Mode::SiteTheme);
    QVERIFY(js(window.get(), typedInLayout(QStringLiteral("Good words before the break"))).toBool());

    // Fixed: the error goes, the page follows the text again.
    writeFile(copy + QStringLiteral("/layouts/_default/single.html"), readAll(m_site + QStringLiteral("/layouts/_default/single.html")));
    QTest::keyClicks(window->editor(), QStringLiteral(" once fixed"));
    QVERIFY(QTest::qWaitFor([&] { return js(window.get(), typedInLayout(QStringLiteral("and after it once fixed"))).toBool(); }, hugoTimeout));
    QTRY_VERIFY_WITH_TIMEOUT(pane->message().isEmpty(), hugoTimeout);
}

void TestSitePreview::missingHugoFallsBackToPostwright()
{
    if (!m_ready)
        QSKIP("needs hugo and ../shared/tools/gen_corpus.py");
    const QString copy = m_dir.filePath(QStringLiteral("nohugo"));
    copyFolder(m_site, copy);
    auto window = std::make_unique<MainWindow>();
    window->setRecoveryFolder(m_dir.filePath(QStringLiteral("recovery")));
    AppSettings settings = window->settings();
    settings.hugoBinary = m_dir.filePath(QStringLiteral("no-such/hugo"));
    window->applySettings(settings);
    window->show();
    QVERIFY(window->openPost(copy + QStringLiteral("/content/posts/") + QFileInfo(m_post).fileName()));
    PreviewPane *pane = window->previewPane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->siteThemeAction()->isEnabled(), 30000);
    // Without hugo, Postwright's preview is the default...
    QCOMPARE(pane->mode(), PreviewPane::Mode::Postwright);
    // ...and asking for Site theme says why it is off.
    pane->siteThemeAction()->trigger();
    QCOMPARE(pane->mode(), PreviewPane::Mode::Postwright);
    QVERIFY2(pane->message().contains(QLatin1String("no-such/hugo")), qPrintable(pane->message()));
    QVERIFY(pane->postwrightAction()->isChecked());
    QVERIFY(window->preview()->isVisible());
}

void TestSitePreview::jekyllSiteShowsTypedTextInItsLayout()
{
    if (QStandardPaths::findExecutable(QStringLiteral("jekyll")).isEmpty())
        QSKIP("needs jekyll");
    const QString site = m_dir.filePath(QStringLiteral("jekyll"));
    writeJekyllFixtureSite(site, "---\nlayout: post\ntitle: Hello\n---\nFirst words.\n");
    const QString post = site + QStringLiteral("/_posts/2024-01-02-hello.md");
    const QByteArray hash = siteTreeHash(site);
    {
        auto window = std::make_unique<MainWindow>();
        window->setRecoveryFolder(m_dir.filePath(QStringLiteral("recovery")));
        window->resize(1300, 800);
        window->show();
        QVERIFY(window->openPost(post));
        PreviewPane *pane = window->previewPane();
        // A Jekyll site with its own layouts: Site theme by default.
        QTRY_VERIFY_WITH_TIMEOUT(pane->mode() == PreviewPane::Mode::SiteTheme, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(pane->server()->state() == SiteServer::State::Running, hugoTimeout);
        const QString inLayout = QStringLiteral(
            "(() => { const d = document.querySelector('div.fixture-post'); return !!d && !!document.querySelector('footer.fixture-footer') && "
            "[...d.querySelectorAll('p')].some(p => p.textContent.includes('%1')); })()");
        QVERIFY(QTest::qWaitFor([&] { return js(window.get(), inLayout.arg(QStringLiteral("First words."))).toBool(); }, hugoTimeout));
        typeAtEnd(window.get(), QStringLiteral("Nightjar words typed live on {{ site.title }}"));
        QVERIFY(QTest::qWaitFor([&] { return js(window.get(), inLayout.arg(QStringLiteral("Nightjar words typed live on Shadow Fixture"))).toBool(); }, hugoTimeout));
        QVERIFY(window->previewPane()->siteView()->url().path().startsWith(QStringLiteral("/blog/2024/01/02/hello")));
    }
    QCOMPARE(siteTreeHash(site), hash);
}

void TestSitePreview::cleanupTestCase()
{
    if (m_ready)
        QCOMPARE(siteTreeHash(m_site), m_siteHash);
}

QTEST_MAIN(TestSitePreview)
#include "tst_sitepreview.moc"
