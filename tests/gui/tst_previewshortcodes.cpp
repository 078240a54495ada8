// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hugo shortcodes in the live preview, read from its DOM: built-in ones are
// rendered, a site's own is a box, a video is a click-to-load placeholder
// that follows the remote-content setting, code keeps its text, and
// outside a Hugo site nothing changes.
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

const QByteArray body = "---\ntitle: Shortcodes\nmood: sunny\n---\n"
                        "Written by {{< param author >}} on a {{< param mood >}} day.\n\n"
                        "{{< figure src=\"pic.png\" caption=\"A *nice* picture\" >}}\n\n"
                        "{{< notice warning >}}\nCareful *here*.\n{{< /notice >}}\n\n"
                        "{{< youtube w7Ft2ymGmfc >}}\n\n"
                        "Code: `{{< figure src=\"code.png\" >}}`\n";

} // namespace

class TestPreviewShortcodes final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PreviewView> m_view;

    bool show(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        Result<Post> post = Post::fromBytes(file.readAll(), path);
        if (!post)
            return false;
        QSignalSpy updated(m_view.get(), &PreviewView::pageUpdated);
        m_view->setPost(post.value());
        for (int i = 0; i < 2000 && !m_view->isUpToDate(); ++i)
            QTest::qWait(10);
        return m_view->isUpToDate();
    }

    bool waitUpToDate()
    {
        for (int i = 0; i < 2000 && !m_view->isUpToDate(); ++i)
            QTest::qWait(10);
        return m_view->isUpToDate();
    }

    QVariant js(const QString &script) { return evalJs(m_view->page(), script); }

private slots:
    void init()
    {
        writeFile(m_dir.filePath("hugo/hugo.toml"), "title = \"Site\"\n[params]\nauthor = \"Ann\"\n");
        writeFile(m_dir.filePath("hugo/content/posts/p.md"), body);
        writeFile(m_dir.filePath("plain/p.md"), body);
        m_view = std::make_unique<PreviewView>();
        m_view->setRemoteContentPolicy(RemoteContent::LoadImages);
        m_view->resize(800, 600);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup() { m_view.reset(); }

    void builtInsAndBoxes()
    {
        QVERIFY(show(m_dir.filePath("hugo/content/posts/p.md")));
        QCOMPARE(js("document.querySelector('#pw-body p').textContent").toString(),
                 QString("Written by Ann on a sunny day."));
        QCOMPARE(js("document.querySelector('#pw-body figure img').getAttribute('src')").toString(), QString("pic.png"));
        QCOMPARE(js("document.querySelector('#pw-body figure img').getAttribute('alt')").toString(),
                 QString("A nice picture"));
        QCOMPARE(js("document.querySelector('#pw-body figure figcaption em').textContent").toString(), QString("nice"));
        QCOMPARE(js("document.querySelector('#pw-body .pw-shortcode[data-shortcode=notice] .pw-shortcode-name').textContent")
                     .toString(),
                 QString("shortcode notice"));
        QCOMPARE(js("document.querySelector('#pw-body .pw-shortcode .pw-shortcode-inner em').textContent").toString(),
                 QString("here"));
        // A visible box, not raw braces; the code span keeps its text.
        QVERIFY(js("getComputedStyle(document.querySelector('#pw-body .pw-shortcode')).borderInlineStartWidth")
                    .toString() != QString("0px"));
        QCOMPARE(js("document.querySelector('#pw-body code').textContent").toString(),
                 QString("{{< figure src=\"code.png\" >}}"));
        QCOMPARE(js("(function () { var b = document.getElementById('pw-body').cloneNode(true);"
                    " b.querySelectorAll('code').forEach(function (c) { c.remove(); });"
                    " return b.textContent.indexOf('{{'); })()")
                     .toInt(),
                 -1);
    }

    void videoLoadsOnClick()
    {
        QVERIFY(show(m_dir.filePath("hugo/content/posts/p.md")));
        QCOMPARE(js("document.querySelectorAll('#pw-body iframe').length").toInt(), 0);
        QCOMPARE(js("document.querySelector('#pw-body .pw-embed').getAttribute('data-embed-src')").toString(),
                 QString("https://www.youtube-nocookie.com/embed/w7Ft2ymGmfc"));
        js("document.querySelector('#pw-body .pw-embed-load').click()");
        QTRY_COMPARE(js("document.querySelectorAll('#pw-body iframe').length").toInt(), 1);
        QCOMPARE(js("document.querySelector('#pw-body iframe').getAttribute('src')").toString(),
                 QString("https://www.youtube-nocookie.com/embed/w7Ft2ymGmfc"));
    }

    void blockedRemoteContentOffersNoButton()
    {
        QVERIFY(show(m_dir.filePath("hugo/content/posts/p.md")));
        QCOMPARE(js("document.querySelectorAll('#pw-body .pw-embed-load').length").toInt(), 1);
        m_view->setRemoteContentPolicy(RemoteContent::BlockAll);
        QVERIFY(waitUpToDate());
        QTRY_COMPARE(js("document.querySelectorAll('#pw-body .pw-embed-blocked').length").toInt(), 1);
        QCOMPARE(js("document.querySelectorAll('#pw-body .pw-embed-load').length").toInt(), 0);
        QCOMPARE(js("document.querySelectorAll('#pw-body iframe').length").toInt(), 0);
    }

    void notOutsideHugo()
    {
        QVERIFY(show(m_dir.filePath("plain/p.md")));
        QVERIFY(js("document.getElementById('pw-body').textContent").toString().contains("{{< figure src=\"pic.png\""));
        QCOMPARE(js("document.querySelectorAll('#pw-body figure, #pw-body .pw-shortcode').length").toInt(), 0);
    }
};

QTEST_MAIN(TestPreviewShortcodes)
#include "tst_previewshortcodes.moc"
