// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Jekyll's Liquid in the live preview, read from its DOM: what the writer
// types is rendered as Jekyll would, a Liquid error is shown above the
// post with its line and column, and the blocks a loop writes still point
// at the lines of the Markdown as written.
#include "preview/previewview.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>

#include <memory>
#include <optional>

using namespace postwright;

namespace {

QVariant evalJs(QWebEnginePage *page, const QString &script)
{
    auto result = std::make_shared<std::optional<QVariant>>();
    page->runJavaScript(script, [result](const QVariant &value) { *result = value; });
    for (int i = 0; i < 1000 && !result->has_value(); ++i)
        QTest::qWait(10);
    return result->value_or(QVariant());
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the fixture");
}

} // namespace

class TestPreviewLiquid final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PreviewView> m_view;
    QString m_path;

    bool showText(const QString &text)
    {
        Result<Post> post = Post::fromBytes(text.toUtf8(), m_path);
        if (!post)
            return false;
        m_view->setPost(post.value());
        for (int i = 0; i < 2000 && !m_view->isUpToDate(); ++i)
            QTest::qWait(10);
        return m_view->isUpToDate();
    }

    QVariant js(const QString &script) { return evalJs(m_view->page(), script); }

private slots:
    void init()
    {
        writeFile(m_dir.filePath("site/_config.yml"), "title: The Liquid Preview Site\n");
        writeFile(m_dir.filePath("site/_data/team.yml"), "- Ada\n- Bo\n- Cy\n");
        m_path = m_dir.filePath("site/_posts/2024-01-05-typing.md");
        writeFile(m_path, "---\ntitle: Typing\n---\nWelcome to \n");
        m_view = std::make_unique<PreviewView>();
        m_view->resize(800, 600);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup() { m_view.reset(); }

    void typedSiteTitleShowsRendered()
    {
        m_view->setDebounceInterval(0);
        QString text = "---\ntitle: Typing\n---\nWelcome to \n";
        QVERIFY(showText(text));
        const QString keys = "{{ site.title }}!";
        qsizetype at = text.indexOf("Welcome to ") + 11;
        for (const QChar key : keys) {
            text.insert(at++, key);
            QVERIFY(showText(text));
        }
        QTRY_COMPARE(js("document.querySelector('#pw-body p').textContent").toString(),
                     QString("Welcome to The Liquid Preview Site!"));
        QCOMPARE(js("document.getElementById('pw-body').textContent.indexOf('{{')").toInt(), -1);
    }

    void typedBrokenTagShowsItsErrorAboveThePost()
    {
        m_view->setDebounceInterval(0);
        QString text = "---\ntitle: Typing\n---\nBefore the tag.\n\nAfter  the tag.\n";
        QVERIFY(showText(text));
        QCOMPARE(js("document.getElementById('pw-notices') === null").toBool(), true);
        const QString keys = "{% bogus %}";
        qsizetype at = text.indexOf("After ") + 6;
        for (const QChar key : keys) {
            text.insert(at++, key);
            QVERIFY(showText(text));
        }
        // The error, with its line and column, in a notice above the post...
        QTRY_VERIFY(js("document.getElementById('pw-notices') !== null").toBool());
        const QString notice = js("document.getElementById('pw-notices').textContent").toString();
        QVERIFY2(notice.contains("Line 6, column 7"), qPrintable(notice));
        QVERIFY2(notice.contains("Unknown tag 'bogus'"), qPrintable(notice));
        QCOMPARE(js("getComputedStyle(document.getElementById('pw-notices')).display === 'none'").toBool(), false);
        // ...and the text around the tag still renders (the tag as written).
        QCOMPARE(js("document.querySelectorAll('#pw-body p')[1].textContent").toString(),
                 QString("After {% bogus %} the tag."));
        // Fixed, the notice goes away.
        text.replace("{% bogus %}", "{{ site.title }}");
        QVERIFY(showText(text));
        QTRY_VERIFY(js("document.getElementById('pw-notices') === null").toBool());
    }

    void loopBlocksPointAtTheirLines()
    {
        // Line 4: heading; 6-8: a loop over site.data writing three
        // paragraphs; 10: the paragraph after it.
        QVERIFY(showText("---\ntitle: Loop\n---\n# Team\n\n{% for name in site.data.team %}{{ name }} is here.\n\n"
                         "{% endfor %}\n\nAfter the loop.\n"));
        QTRY_COMPARE(js("document.querySelectorAll('#pw-body > p').length").toInt(), 4);
        QCOMPARE(js("document.querySelectorAll('#pw-body > p')[2].textContent").toString(), QString("Cy is here."));
        QCOMPARE(js("document.querySelectorAll('#pw-body > p')[2].getAttribute('data-sourcepos')").toString(),
                 QString("6:1-6:11"));
        QCOMPARE(js("document.querySelectorAll('#pw-body > p')[3].getAttribute('data-sourcepos')").toString(),
                 QString("10:1-10:15"));
        // A click on the paragraph after the loop places the cursor on its line.
        QSignalSpy clicked(m_view.get(), &PreviewView::lineClicked);
        const QVariantList box = js("var r = document.querySelectorAll('#pw-body > p')[3].getBoundingClientRect();"
                                    "[Math.round(r.left + 20), Math.round(r.top + r.height / 2)]")
                                     .toList();
        QCOMPARE(box.size(), 2);
        QWidget *target = m_view->focusProxy();
        QVERIFY(target);
        QTest::mouseClick(target, Qt::LeftButton, {}, QPoint(box.at(0).toInt(), box.at(1).toInt()));
        QTRY_COMPARE_WITH_TIMEOUT(clicked.count(), 1, 10000);
        QCOMPARE(clicked.first().at(0).toInt(), 10);
    }
};

QTEST_MAIN(TestPreviewLiquid)
#include "tst_previewliquid.moc"
