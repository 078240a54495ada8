// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The live preview as a writer sees it: edits reach the page without a
// reload, the header follows the front matter, and the preview and the
// editor scroll together through data-sourcepos.
#include "export/sitechrome.h"
#include "preview/previewview.h"
#include "render/renderer.h"
#include "site/indexbuilder.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>

#include <memory>
#include <optional>

using namespace postwright;

namespace {

// Callbacks may run while the page is torn down: share, don't reference.
QVariant evalJs(QWebEnginePage *page, const QString &script)
{
    auto result = std::make_shared<std::optional<QVariant>>();
    page->runJavaScript(script, [result](const QVariant &value) { *result = value; });
    for (int i = 0; i < 1000 && !result->has_value(); ++i)
        QTest::qWait(10);
    return result->value_or(QVariant());
}

QString frontMatter(const QString &title, const QString &tags = QString())
{
    QString text = "---\ntitle: \"" + title + "\"\ndate: 2025-06-03\n";
    if (!tags.isEmpty())
        text += "tags: [" + tags + "]\n";
    return text + "---\n";
}

// "Paragraph N" blocks of two lines each, a blank line between them.
QString paragraphs(int count, const QString &prefix = "Paragraph")
{
    QString text;
    for (int i = 1; i <= count; ++i)
        text += QString("\n%1 %2 first line,\nand its second line.\n").arg(prefix).arg(i);
    return text;
}

// The file line of "Paragraph n" in frontMatter() + paragraphs(): after the
// four front-matter lines and a blank one, each paragraph takes three.
int paragraphLine(int n)
{
    return 6 + 3 * (n - 1);
}

} // namespace

class TestPreviewView final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PreviewView> m_view;
    QString m_path;

    Post post(const QString &text)
    {
        Result<Post> result = Post::fromBytes(text.toUtf8(), m_path);
        if (!result)
            qFatal("test post does not parse");
        return result.value();
    }

    // Shows the text and waits until the page shows its full render.
    bool show(const QString &text)
    {
        QSignalSpy updated(m_view.get(), &PreviewView::pageUpdated);
        m_view->setPost(post(text));
        for (int i = 0; i < 2000 && !m_view->isUpToDate(); ++i)
            QTest::qWait(10);
        return m_view->isUpToDate() && !updated.isEmpty();
    }

    QVariant js(const QString &script) { return evalJs(m_view->page(), script); }

private slots:
    void init()
    {
        m_path = m_dir.filePath("post/index.md");
        QDir().mkpath(m_dir.filePath("post"));
        m_view = std::make_unique<PreviewView>();
        m_view->resize(800, 600);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup() { m_view.reset(); }

    void editsPatchTheDomWithoutReload()
    {
        const QString head = frontMatter("Patching");
        QVERIFY(show(head + paragraphs(5) + "\n![dot](dot.png)\n"));
        QVERIFY(js("document.body.innerText").toString().contains("Paragraph 5 first line"));
        // A reload would lose both: a variable on the window and a property
        // on the element of an unchanged block.
        js("window.pwMarker = 42; document.querySelector('#pw-body > p').pwKept = true;");
        QCOMPARE(js("document.querySelector('#pw-body > p').pwKept === true").toBool(), true);

        QVERIFY(show(head + paragraphs(5).replace("Paragraph 3 first", "Paragraph 3 edited") + "\n![dot](dot.png)\n"));
        const QString text = js("document.getElementById('pw-body').innerText").toString();
        QVERIFY(text.contains("Paragraph 3 edited line"));
        QVERIFY(!text.contains("Paragraph 3 first line"));
        QCOMPARE(js("window.pwMarker").toInt(), 42);
        QCOMPARE(js("document.querySelector('#pw-body > p').pwKept === true").toBool(), true);
        // The image resolves against the post's folder.
        QCOMPARE(js("document.querySelector('#pw-body img').src").toString(),
                 QUrl::fromLocalFile(m_dir.filePath("post/dot.png")).toString());
    }

    void newLinesShiftTheSourceLinesOfUnchangedBlocks()
    {
        const QString head = frontMatter("Lines");
        QVERIFY(show(head + paragraphs(4)));
        js("document.querySelectorAll('#pw-body > p')[3].pwKept = true;");
        QCOMPARE(js("document.querySelectorAll('#pw-body > p')[3].getAttribute('data-sourcepos')").toString(),
                 QString("%1:1-%2:20").arg(paragraphLine(4)).arg(paragraphLine(4) + 1));

        QVERIFY(show(head + paragraphs(4).replace("Paragraph 2 first line,", "Paragraph 2 first line,\nnow three lines,")));
        QCOMPARE(js("document.querySelectorAll('#pw-body > p')[3].pwKept === true").toBool(), true);
        // Scroll sync knows the new lines at once...
        m_view->scrollToLine(paragraphLine(4) + 1);
        QTRY_VERIFY_WITH_TIMEOUT(js("Math.abs(document.querySelectorAll('#pw-body > p')[3].getBoundingClientRect().top) < 1.5 "
                                    "|| window.scrollY + window.innerHeight >= document.documentElement.scrollHeight").toBool(), 10000);
        // ...and the attributes follow shortly after.
        QTRY_COMPARE_WITH_TIMEOUT(js("document.querySelectorAll('#pw-body > p')[3].getAttribute('data-sourcepos')").toString(),
                                  QString("%1:1-%2:20").arg(paragraphLine(4) + 1).arg(paragraphLine(4) + 2), 5000);
    }

    void headerFollowsTheFrontMatter()
    {
        QVERIFY(show(frontMatter("First title", "alpha") + paragraphs(2)));
        QCOMPARE(js("document.getElementById('pw-title').textContent").toString(), QString("First title"));
        js("window.pwMarker = 7;");

        QVERIFY(show(frontMatter("Second <title>", "alpha, beta") + paragraphs(2)));
        QCOMPARE(js("document.getElementById('pw-title').textContent").toString(), QString("Second <title>"));
        QCOMPARE(js("Array.from(document.querySelectorAll('#pw-tags li')).map(e => e.textContent).join(',')").toString(),
                 QString("alpha,beta"));
        QCOMPARE(js("document.getElementById('pw-tags').hidden").toBool(), false);
        QCOMPARE(js("document.getElementById('pw-date').textContent").toString(), QString("3 June 2025"));
        QCOMPARE(js("document.title").toString(), QString("Second <title>"));
        QCOMPARE(js("window.pwMarker").toInt(), 7);

        QVERIFY(show(frontMatter("Second <title>") + paragraphs(2)));
        QCOMPARE(js("document.getElementById('pw-tags').hidden").toBool(), true);
    }

    // The preview is the published page: the post in its site's header and
    // footer, its chips linking the term pages, all at the published URLs.
    void siteHeaderAndFooterAsPublished()
    {
        const QString root = m_dir.filePath("site");
        const auto write = [](const QString &path, const QByteArray &bytes) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        };
        QVERIFY(write(root + "/hugo.toml", "baseURL = \"https://preview.example.org/\"\ntitle = \"Preview Site\"\n"
                                           "copyright = \"(c) Ada\"\n"));
        QVERIFY(write(root + "/content/notes/other.md", "---\ntitle: Other\ndate: 2024-01-01\n---\nOther.\n"));
        // A section without a page of its own is not in the menu (as the export's).
        QVERIFY(write(root + "/content/hidden/_index.md", "---\ntitle: Hidden\n_build:\n  render: never\n---\n"));
        QVERIFY(write(root + "/content/hidden/h.md", "---\ntitle: H\ndate: 2024-01-01\n---\nH.\n"));
        QVERIFY(write(root + "/content/tags/gamma/_index.md", "---\ntitle: Gamma\n_build:\n  render: never\n---\n"));
        QVERIFY(write(root + "/content/tags/delta/_index.md", "---\ntitle: Delta\n_build:\n  list: never\n---\n"));
        m_path = root + "/content/posts/a.md";
        QVERIFY(write(m_path, frontMatter("In the site", "alpha").toUtf8()));
        IndexOptions options;
        options.useCache = false;
        const Result<SiteIndex> index = indexSite(root, options);
        QVERIFY(index);
        m_view->setPublishedSite(publishedSite(index.value()));

        QVERIFY(show(frontMatter("In the site", "alpha") + paragraphs(2)));
        QCOMPARE(js("document.querySelector('.pw-site-title').textContent").toString(), QString("Preview Site"));
        QCOMPARE(js("document.querySelector('.pw-site-title').href").toString(), QString("https://preview.example.org/"));
        QCOMPARE(js("Array.from(document.querySelectorAll('.pw-site-nav a')).map(a => a.textContent + ' ' + a.href).join(',')")
                     .toString(),
                 QString("Notes https://preview.example.org/notes/,Posts https://preview.example.org/posts/,"
                         "Tags https://preview.example.org/tags/,RSS feed https://preview.example.org/index.xml"));
        QCOMPARE(js("document.querySelector('#pw-tags a').href").toString(), QString("https://preview.example.org/tags/alpha/"));
        const QString footer = js("document.querySelector('.pw-site-footer').innerText").toString();
        QVERIFY2(footer.contains("(c) Ada") && footer.contains("Made with Postwright"), qPrintable(footer));
        // A tag typed into the post links its page too.
        QVERIFY(show(frontMatter("In the site", "alpha, beta") + paragraphs(2)));
        QCOMPARE(js("Array.from(document.querySelectorAll('#pw-tags a')).map(a => a.href).join(',')").toString(),
                 QString("https://preview.example.org/tags/alpha/,https://preview.example.org/tags/beta/"));
        // As the export (and hugo): a term with render: never is a chip
        // without a link, one with list: never no chip.
        QVERIFY(show(frontMatter("In the site", "alpha, gamma, delta") + paragraphs(2)));
        QCOMPARE(js("Array.from(document.querySelectorAll('#pw-tags li')).map(li => li.textContent.trim() + "
                    "(li.querySelector('a') ? ' ' + li.querySelector('a').href : '')).join(',')").toString(),
                 QString("alpha https://preview.example.org/tags/alpha/,gamma"));
        // Without a site, the post alone.
        m_view->setPublishedSite(std::nullopt);
        QTRY_VERIFY_WITH_TIMEOUT(js("document.querySelector('.pw-site-header') === null").toBool(), 10000);
    }

    void mathIsTypesetAsItIsTyped()
    {
        QVERIFY(show(frontMatter("Math") + paragraphs(2)));
        QCOMPARE(js("document.querySelectorAll('#pw-body .katex').length").toInt(), 0);
        // A formula typed into a post that had none is typeset by KaTeX.
        QVERIFY(show(frontMatter("Math") + paragraphs(2) + "\nEuler: $e^{i\\pi} + 1 = 0$ and `$not math$`.\n"));
        QTRY_COMPARE_WITH_TIMEOUT(js("document.querySelectorAll('#pw-body .math .katex').length").toInt(), 1, 10000);
        QCOMPARE(js("document.querySelector('#pw-body code').textContent").toString(), QString("$not math$"));
        QVERIFY(show(frontMatter("Math") + paragraphs(2) + "\n$$\n\\int_0^1 x\\,dx\n$$\n"));
        QTRY_COMPARE_WITH_TIMEOUT(js("document.querySelectorAll('#pw-body .math-display .katex-display').length").toInt(), 1, 10000);
    }

    void manyQuickEditsEndWithTheLastText()
    {
        const QString head = frontMatter("Coalescing");
        QVERIFY(show(head + paragraphs(20)));
        QSignalSpy updated(m_view.get(), &PreviewView::pageUpdated);
        for (int i = 0; i <= 60; ++i)
            m_view->setPost(post(head + paragraphs(20) + QString("\nVersion %1 of the end.\n").arg(i)));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->isUpToDate(), 20000);
        QVERIFY(updated.count() >= 1);
        // Coalesced: far fewer page updates than edits.
        QVERIFY2(updated.count() < 30, qPrintable(QString::number(updated.count())));
        const QString text = js("document.getElementById('pw-body').innerText").toString();
        QVERIFY(text.contains("Version 60 of the end."));
        QVERIFY(!text.contains("Version 59 "));
        QCOMPARE(js("document.querySelectorAll('#pw-body > p').length").toInt(), 21);
    }

    void typingKeyByKeyMatchesTheFullRender()
    {
        // Each keystroke is shown from a quick render of the blocks around
        // it; the full render that follows must find nothing to correct.
        m_view->setDebounceInterval(0);
        QString text = frontMatter("Typing") + "\n# Heading\n\nFirst paragraph.\n\n- item one\n- item two\n\n"
                       "```\ncode\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nLast paragraph.\n";
        QVERIFY(show(text));
        const QString keys = " More words.\n\nA new *paragraph*\n- a list\n- of two\n\nEnd";
        qsizetype at = text.indexOf("First paragraph.") + 16;
        for (const QChar key : keys) {
            text.insert(at++, key);
            QSignalSpy updated(m_view.get(), &PreviewView::pageUpdated);
            m_view->setPost(post(text));
            QVERIFY(updated.wait(10000));
            for (int i = 0; i < 1000 && !m_view->isUpToDate(); ++i)
                QTest::qWait(5);
            QVERIFY(m_view->isUpToDate());
        }
        QCOMPARE(m_view->corrections(), 0);
        const QString body = js("document.getElementById('pw-body').innerText").toString();
        QVERIFY(body.contains("First paragraph. More words."));
        QCOMPARE(js("document.querySelectorAll('#pw-body > ul').length").toInt(), 2);
        QCOMPARE(js("document.querySelectorAll('#pw-body em').length").toInt(), 1);
    }

    void rawHtmlAcrossBlocksIsParsedAsAWhole()
    {
        const QString head = frontMatter("Details");
        QVERIFY(show(head + "\nBefore.\n\n<details>\n<summary>More</summary>\n\nHidden *text*.\n\n</details>\n\nAfter.\n"));
        QCOMPARE(js("!!document.querySelector('#pw-body details p em')").toBool(), true);
        QVERIFY(show(head + "\nBefore, edited.\n\n<details>\n<summary>More</summary>\n\nHidden *text*.\n\n</details>\n\nAfter.\n"));
        QCOMPARE(js("!!document.querySelector('#pw-body details p em')").toBool(), true);
        QVERIFY(js("document.getElementById('pw-body').innerText").toString().contains("Before, edited."));
        // Back to plain blocks, patched one by one again.
        QVERIFY(show(head + paragraphs(3)));
        QVERIFY(show(head + paragraphs(3).replace("Paragraph 2", "Second")));
        QVERIFY(js("document.getElementById('pw-body').innerText").toString().contains("Second first line"));
        QCOMPARE(js("document.querySelectorAll('#pw-body details').length").toInt(), 0);
    }

    void scrollToLineBringsTheBlockToTheTop_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("paragraph");
        QTest::newRow("first line of a paragraph") << paragraphLine(30) << 30;
        QTest::newRow("second line of a paragraph") << paragraphLine(42) + 1 << 42;
        QTest::newRow("blank line after a paragraph") << paragraphLine(17) + 2 << 17;
    }

    void scrollToLineBringsTheBlockToTheTop()
    {
        QFETCH(int, line);
        QFETCH(int, paragraph);
        QVERIFY(show(frontMatter("Scrolling") + paragraphs(80)));
        QSignalSpy topLine(m_view.get(), &PreviewView::topLineChanged);
        // Registered after the page's own scroll listener, so it runs after
        // it on each scroll event, and its timer (longer) fires after the
        // page's.
        js("window.pwScrollJudged = false; window.addEventListener('scroll', function () {"
           " window.pwScrollJudged = false; clearTimeout(window.pwScrollTimer);"
           " window.pwScrollTimer = setTimeout(function () { window.pwScrollJudged = true; }, 50); }, { passive: true }); true");
        m_view->scrollToLine(line);
        const QString rect = QString("document.querySelectorAll('#pw-body > p')[%1].getBoundingClientRect()").arg(paragraph - 1);
        // The block is at the top: its top at or above the view's top, its
        // bottom below it.
        QTRY_VERIFY_WITH_TIMEOUT(js(rect + ".top <= 1 && " + rect + ".bottom > 1").toBool(), 10000);
        if (line == paragraphLine(paragraph))
            QVERIFY(qAbs(js(rect + ".top").toDouble()) < 1.5);
        // Our own scrolling is not reported back as the user's. The page
        // judges a scroll a moment after it (a timer it sets on the scroll
        // event); the main world's listener below sets its own, longer timer
        // after the page's, so once it fired the page has judged ours.
        QVERIFY(QTest::qWaitFor([this] { return js("window.pwScrollJudged === true").toBool(); }, 10000));
        // Then the user scrolls to the top: that is reported, and it is the
        // only report (the page's messages arrive in order).
        js("window.scrollTo(0, 0);");
        QTRY_VERIFY_WITH_TIMEOUT(!topLine.isEmpty(), 10000);
        QCOMPARE(topLine.count(), 1);
        QCOMPARE(topLine.first().at(0).toInt(), 1);
    }

    void userScrollingReportsTheTopLine()
    {
        QVERIFY(show(frontMatter("Scrolling") + paragraphs(80)));
        QSignalSpy topLine(m_view.get(), &PreviewView::topLineChanged);
        js("var p = document.querySelectorAll('#pw-body > p')[49];"
           "window.scrollTo(0, window.scrollY + p.getBoundingClientRect().top);");
        QTRY_VERIFY_WITH_TIMEOUT(!topLine.isEmpty(), 10000);
        QCOMPARE(topLine.last().at(0).toInt(), paragraphLine(50));

        js("var p = document.querySelectorAll('#pw-body > p')[9];"
           "window.scrollTo(0, window.scrollY + p.getBoundingClientRect().top + p.getBoundingClientRect().height * 0.75);");
        QTRY_COMPARE_WITH_TIMEOUT(topLine.last().at(0).toInt(), paragraphLine(10) + 1, 10000);

        js("window.scrollTo(0, 0);");
        QTRY_COMPARE_WITH_TIMEOUT(topLine.last().at(0).toInt(), 1, 10000);
    }

    void clickingABlockReportsItsLine()
    {
        QVERIFY(show(frontMatter("Clicking") + paragraphs(6)));
        QSignalSpy clicked(m_view.get(), &PreviewView::lineClicked);
        const QVariantList center = js("var r = document.querySelectorAll('#pw-body > p')[3].getBoundingClientRect();"
                                       "[Math.round(r.left + 20), Math.round(r.top + r.height / 2)]").toList();
        QCOMPARE(center.size(), 2);
        QWidget *target = m_view->focusProxy();
        QVERIFY(target);
        QTest::mouseClick(target, Qt::LeftButton, {}, QPoint(center.at(0).toInt(), center.at(1).toInt()));
        QTRY_COMPARE_WITH_TIMEOUT(clicked.count(), 1, 10000);
        QCOMPARE(clicked.first().at(0).toInt(), paragraphLine(4));
    }

    void tickingATaskReportsItsLine()
    {
        const QString head = frontMatter("Tasks");
        QVERIFY(show(head + "\nTo do:\n\n- [ ] write\n- [x] publish\n"));
        QCOMPARE(js("document.querySelectorAll('#pw-body input[type=checkbox]:disabled').length").toInt(), 0);
        QSignalSpy toggled(m_view.get(), &PreviewView::taskToggled);
        QSignalSpy clicked(m_view.get(), &PreviewView::lineClicked);
        const QVariantList box = js("var r = document.querySelector('#pw-body input[type=checkbox]').getBoundingClientRect();"
                                    "[Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)]").toList();
        QCOMPARE(box.size(), 2);
        QTest::mouseClick(m_view->focusProxy(), Qt::LeftButton, {}, QPoint(box.at(0).toInt(), box.at(1).toInt()));
        QTRY_COMPARE_WITH_TIMEOUT(toggled.count(), 1, 10000);
        QCOMPARE(toggled.first().at(0).toInt(), 8);
        QCOMPARE(toggled.first().at(1).toBool(), true);
        QCOMPARE(clicked.count(), 0);

        js("document.querySelectorAll('#pw-body input[type=checkbox]')[1].click();");
        QTRY_COMPARE_WITH_TIMEOUT(toggled.count(), 2, 10000);
        QCOMPARE(toggled.last().at(0).toInt(), 9);
        QCOMPARE(toggled.last().at(1).toBool(), false);
    }

    void scriptInAPostDoesNotRun()
    {
        // The test's own listener in the main world, there before the page:
        // the page's policy says when it refuses the image's handler.
        QWebEngineScript probe;
        probe.setInjectionPoint(QWebEngineScript::DocumentCreation);
        probe.setWorldId(QWebEngineScript::MainWorld);
        probe.setSourceCode("window.pwRefused = [];"
                            " document.addEventListener('securitypolicyviolation', function (e) {"
                            " window.pwRefused.push(e.violatedDirective); });");
        m_view->page()->scripts().insert(probe);
        QVERIFY(show(frontMatter("Scripts") + "\n<img src=\"missing.png\" onerror=\"window.pwHacked = 1\">\n\nText.\n"));
        QCOMPARE(js("document.querySelectorAll('#pw-body img[onerror]').length").toInt(), 1);
        // The image failed, its handler was about to run, and was refused.
        QVERIFY(QTest::qWaitFor([this] {
            return js("typeof window.pwHacked !== 'undefined' || window.pwRefused.indexOf('script-src-attr') >= 0").toBool();
        }, 10000));
        QCOMPARE(js("typeof window.pwHacked").toString(), QString("undefined"));
    }
};

int main(int argc, char *argv[])
{
    // WebEngine wants this before the application exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestPreviewView test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_previewview.moc"
