// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// An image pasted or dropped into a post: its alt text and file name, scaled
// down, converted to WebP, the original kept, never an existing file
// overwritten, and a hostile image refused without exhausting memory.
#include "documentsupport/imageimport.h"
#include "documentsupport/imageprocess.h"
#include "doctor/postdoctor.h"
#include "post/post.h"

#include "../tools/heapcounter.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QImageReader>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/testfiles.h"

using namespace postwright;
using namespace postwright::testing;

namespace {

QByteArray encoded(const QSize &size, const char *format)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(200, 40, 40));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

// A photo-like image: colour gradients under a fine checkerboard, so that
// a poor scaling shows.
QImage pattern(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            const int check = ((x / 24 + y / 24) % 2) * 60;
            line[x] = qRgb(x * 195 / size.width() + check, y * 195 / size.height() + check, 120 + check);
        }
    }
    return image;
}

QByteArray encodedImage(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 90);
    return bytes;
}

// The mean difference of two images of one size, per channel (0..255).
double meanDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        for (int col = 0; col < x.width(); ++col) {
            const QRgb p = x.pixel(col, row);
            const QRgb q = y.pixel(col, row);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
        }
    }
    return sum / (3.0 * x.width() * x.height());
}

QSize sizeOf(const QString &file)
{
    return QImageReader(file).size();
}

} // namespace

class TestImageImport final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_post;

private slots:
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        writeFile(m_dir.filePath("site/hugo.toml"), "title = 'x'\n");
        m_post = m_dir.filePath("site/content/posts/a.md");
        writeFile(m_post, "# a\n");
    }

    void altText_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("alt");
        QTest::newRow("hyphens and underscores") << "my-cat_photo.JPG" << "My cat photo";
        QTest::newRow("camera name") << "/home/me/IMG_2034.jpeg" << "Img 2034";
        QTest::newRow("dots and spaces") << "Sunset  at.the.lake.png" << "Sunset at the lake";
        QTest::newRow("no name") << ".png" << "";
    }
    void altText()
    {
        QFETCH(QString, file);
        QFETCH(QString, alt);
        QCOMPARE(altTextFromFileName(file), alt);
    }

    void baseNameFromAltText()
    {
        QCOMPARE(imageBaseName("A cat, sleeping on the sofa"), QString("a-cat-sleeping-on-the-sofa"));
        QCOMPARE(imageBaseName("Crème brûlée"), QString("creme-brulee"));
        QVERIFY(imageBaseName(QString(200, QLatin1Char('x')) + " y").size() <= 60);
    }

    void scaledDownUnderTheAltTextsName()
    {
        ImageImportRequest request;
        request.bytes = encoded({1200, 600}, "PNG");
        request.sourceName = "wide.png";
        request.baseName = "a-red-field";
        request.processing.maxWidth = 800;
        const auto saved = importImage(m_post, request);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
        QCOMPARE(saved.value().markdownPath, QString("/images/a-red-field.png"));
        QCOMPARE(sizeOf(saved.value().file), QSize(800, 400));
        QVERIFY(saved.value().originalFile.isEmpty());

        // Another image under the same name: "-2", the first one untouched.
        const QByteArray first = readAll(saved.value().file);
        request.bytes = encoded({1000, 1000}, "PNG");
        const auto second = importImage(m_post, request);
        QCOMPARE(second.value().markdownPath, QString("/images/a-red-field-2.png"));
        QCOMPARE(sizeOf(second.value().file), QSize(800, 800));
        QCOMPARE(readAll(saved.value().file), first);
    }

    void jpegScaledDown()
    {
        ImageImportRequest request;
        request.bytes = encoded({2000, 1000}, "JPG");
        request.sourceName = "photo.jpeg";
        request.baseName = "photo";
        request.processing.maxWidth = 500;
        const auto saved = importImage(m_post, request);
        QCOMPARE(QFileInfo(saved.value().file).fileName(), QString("photo.jpg"));
        QCOMPARE(sizeOf(saved.value().file), QSize(500, 250));
        QCOMPARE(QImage(saved.value().file).pixelColor(250, 125).red() > 150, true);
    }

    // A large image scaled down on import looks as the original scaled
    // down does, at the size asked for; a PNG or JPEG is decoded at about
    // that size (Qt's readers scale while they decode), never whole.
    void scaledImportLooksRight_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<bool>("decodedScaled");   // Qt's WebP reader decodes the whole image
        QTest::newRow("png") << QByteArray("png") << true;
        QTest::newRow("jpeg") << QByteArray("jpg") << true;
        QTest::newRow("webp") << QByteArray("webp") << false;
    }
    void scaledImportLooksRight()
    {
        QFETCH(QByteArray, format);
        QFETCH(bool, decodedScaled);
        if (format == "webp" && !canWriteWebp())
            QSKIP("no WebP writer (qt6-image-formats-plugins is not installed)");
        const QImage original = pattern({4000, 3000});
        ImageImportRequest request;
        request.bytes = encodedImage(original, format.constData());
        request.sourceName = QString::fromLatin1("large." + format);
        request.baseName = "large";
        request.processing.maxWidth = 800;
        const HeapCounter heap;
        const auto saved = importImage(m_post, request);
        const qint64 peak = heap.peakBytes();
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
        QCOMPARE(sizeOf(saved.value().file), QSize(800, 600));
        const QImage expected = original.scaled(800, 600, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const double difference = meanDifference(QImage(saved.value().file), expected);
        QVERIFY2(difference < 4, qPrintable(QString::number(difference)));
        // The whole image decoded would be 4000 × 3000 × 4 bytes (48 MB).
        if (HeapCounter::counting() && decodedScaled)
            QVERIFY2(peak < 16 * 1024 * 1024, qPrintable(QString::number(peak)));
    }

    // A portrait photo from a phone is stored landscape with an EXIF
    // orientation: it is scaled to the width it is shown at, and left as
    // it is when that is narrow enough.
    void portraitPhotoScaledToItsShownWidth()
    {
        QByteArray photo = encodedImage(pattern({2000, 1500}), "jpg");
        // APP1 Exif, big-endian TIFF, one entry: Orientation (0x0112) = 6,
        // turn 90° clockwise to show.
        photo.insert(2, QByteArray::fromHex("FFE10022457869660000"
                                            "4D4D002A00000008"
                                            "0001011200030000000100060000"
                                            "00000000"));
        ImageImportRequest request;
        request.bytes = photo;
        request.sourceName = "IMG_0001.JPG";
        request.baseName = "portrait";
        request.processing.maxWidth = 600;
        auto saved = importImage(m_post, request);
        QVERIFY(saved.ok());
        QCOMPARE(sizeOf(saved.value().file), QSize(600, 800));
        request.baseName = "narrow-enough";
        request.processing.maxWidth = 1800;
        saved = importImage(m_post, request);
        QVERIFY(saved.ok());
        QCOMPARE(readAll(saved.value().file), photo);
    }

    void narrowImageKeepsItsBytes()
    {
        ImageImportRequest request;
        request.bytes = encoded({300, 200}, "JPG");
        request.sourceName = "small.JPG";
        request.baseName = "small";
        request.processing.maxWidth = 800;
        request.keepOriginal = true;
        const auto saved = importImage(m_post, request);
        QCOMPARE(QFileInfo(saved.value().file).fileName(), QString("small.jpg"));
        QCOMPARE(readAll(saved.value().file), request.bytes);
        // Nothing was changed, so there is no second copy.
        QVERIFY(saved.value().originalFile.isEmpty());
        QCOMPARE(QDir(m_dir.filePath("site/static/images")).entryList(QDir::Files).size(), 1);
    }

    void webpWithTheOriginalKept()
    {
        if (!canWriteWebp())
            QSKIP("no WebP writer (qt6-image-formats-plugins is not installed)");
        ImageImportRequest request;
        request.bytes = encoded({1600, 800}, "PNG");
        request.sourceName = "/tmp/Holiday.PNG";
        request.baseName = "holiday";
        request.processing = {1000, true, 75};
        request.keepOriginal = true;
        const auto saved = importImage(m_post, request);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
        QCOMPARE(saved.value().markdownPath, QString("/images/holiday.webp"));
        QCOMPARE(QImageReader(saved.value().file).format(), QByteArray("webp"));
        QCOMPARE(sizeOf(saved.value().file), QSize(1000, 500));
        QCOMPARE(QFileInfo(saved.value().originalFile).fileName(), QString("holiday.PNG"));
        QCOMPARE(readAll(saved.value().originalFile), request.bytes);
    }

    void svgIsCopiedAsIs()
    {
        ImageImportRequest request;
        request.bytes = "<svg xmlns='http://www.w3.org/2000/svg' width='5000' height='10'/>";
        request.sourceName = "logo.svg";
        request.baseName = "logo";
        request.processing = {100, true, 80};
        const auto saved = importImage(m_post, request);
        QVERIFY(saved.ok());
        QCOMPARE(QFileInfo(saved.value().file).fileName(), QString("logo.svg"));
        QCOMPARE(readAll(saved.value().file), request.bytes);
    }

    // Red team: a name with "#", "(" and a space is written as a URL the
    // doctor follows to the saved file (not a fragment, not a broken link).
    void nameWithHashIsAUrlTheDoctorFollows()
    {
        ImageImportRequest request;
        request.bytes = encoded({40, 20}, "PNG");
        request.sourceName = "x.png";
        request.baseName = "cat#1 (best";
        const auto saved = importImage(m_post, request);
        QVERIFY(saved.ok());
        QCOMPARE(QFileInfo(saved.value().file).fileName(), QString("cat#1 (best.png"));
        QCOMPARE(saved.value().markdownPath, QString("/images/cat%231%20%28best.png"));
        writeFile(m_post, "---\ntitle: a\n---\n![A cat](" + saved.value().markdownPath.toUtf8() + ")\n");
        const Result<Post> post = Post::load(m_post);
        QVERIFY(post);
        for (const Finding &finding : checkPost(post.value(), checkContextFor(m_post)))
            QVERIFY2(!finding.code.startsWith(QLatin1String("broken")), qPrintable(finding.message));
    }

    // Red team: an image saved into a Hugo site's static folder or a Jekyll
    // site's assets is linked at the URL the generator publishes it at,
    // below the base URL's path: a link relative to the post's file
    // ("../../static/images/a.png") was a broken image on the built site.
    void linkLeadsToTheFileOnTheBuiltSite_data()
    {
        QTest::addColumn<QString>("generator");
        QTest::addColumn<QString>("config");
        QTest::addColumn<QByteArray>("configText");
        QTest::addColumn<QString>("post");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("link");
        QTest::newRow("hugo") << "hugo" << "hugo.toml" << QByteArray("baseURL = 'https://example.org/blog/'\ntitle = 'B'\n")
                              << "content/posts/a.md" << "public/posts/a/index.html" << "/blog/images/cat.png";
        QTest::newRow("jekyll") << "jekyll" << "_config.yml" << QByteArray("title: B\nbaseurl: /blog\n")
                                << "_posts/2024-01-02-a.md" << "_site/2024/01/02/a.html" << "/blog/assets/images/cat.png";
    }
    void linkLeadsToTheFileOnTheBuiltSite()
    {
        QFETCH(QString, generator);
        QFETCH(QString, config);
        QFETCH(QByteArray, configText);
        QFETCH(QString, post);
        QFETCH(QString, page);
        QFETCH(QString, link);
        const QString program = QStandardPaths::findExecutable(generator);
        if (program.isEmpty())
            QSKIP("the generator is not installed");
        QTemporaryDir dir;
        writeFile(dir.filePath(config), configText);
        if (generator == QLatin1String("hugo"))
            writeFile(dir.filePath("layouts/_default/single.html"), "{{ .Content }}");
        const QString postPath = dir.filePath(post);
        writeFile(postPath, "---\ntitle: A\n---\nWords.\n");
        ImageImportRequest request;
        request.bytes = encoded({40, 20}, "PNG");
        request.sourceName = "cat.png";
        const auto saved = importImage(postPath, request);
        QVERIFY(saved.ok());
        QCOMPARE(saved.value().markdownPath, link);
        writeFile(postPath, "---\ntitle: A\n---\n![A cat](" + link.toUtf8() + ")\n");
        const Result<Post> loaded = Post::load(postPath);
        QVERIFY(loaded);
        for (const Finding &finding : checkPost(loaded.value(), checkContextFor(postPath)))
            QVERIFY2(!finding.code.startsWith(QLatin1String("broken")), qPrintable(finding.message));
        const QStringList arguments = generator == QLatin1String("hugo") ? QStringList{"--quiet"} : QStringList{"build", "--quiet"};
        QCOMPARE(runGenerator(program, arguments, dir.path()), QString());
        QVERIFY2(readAll(dir.filePath(page)).contains("src=\"" + link.toUtf8() + "\""), readAll(dir.filePath(page)).constData());
        // The site's own output folder, served at the base URL's path.
        const QString output = dir.filePath(page.section(QLatin1Char('/'), 0, 0));
        QCOMPARE(sizeOf(output + link.mid(QStringLiteral("/blog").size())), QSize(40, 20));
    }

    // Red team: a read-only image folder is a clear error; nothing is written.
    void readOnlyFolderIsAClearError()
    {
        const QString folder = m_dir.filePath("site/static/images");
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        if (QFileInfo(folder).isWritable())
            QSKIP("running as a user who writes into read-only folders (root)");
        ImageImportRequest request;
        request.bytes = encoded({40, 20}, "PNG");
        request.sourceName = "x.png";
        request.baseName = "cat";
        const auto saved = importImage(m_post, request);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().toString().contains("cannot save the image"), qPrintable(saved.error().toString()));
        QVERIFY(QDir(folder).isEmpty());
    }

    // Red team: scaling (or converting) an animated GIF would keep only its
    // first frame: it is copied as it is, animation and all.
    void animationIsCopiedAsItIs()
    {
        ImageImportRequest request;
        request.bytes = readAll(POSTWRIGHT_TEST_DATA "/images/animated-1200x4.gif");
        QVERIFY(!request.bytes.isEmpty());
        request.sourceName = "dance.gif";
        request.baseName = "dance";
        request.processing.maxWidth = 800;
        const auto saved = importImage(m_post, request);
        QVERIFY(saved.ok());
        QCOMPARE(QFileInfo(saved.value().file).fileName(), QString("dance.gif"));
        QCOMPARE(readAll(saved.value().file), request.bytes);
    }

    void hostileImages_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("error");
        QTest::newRow("100000 x 100000 declared")
            << readAll(POSTWRIGHT_TEST_DATA "/images/declared-100000x100000.png") << "huge.png"
            << "huge.png: the image is too large to process (100000 × 100000 pixels)";
        QByteArray jpeg = encoded({2000, 1500}, "JPG");
        jpeg.truncate(200);
        QTest::newRow("truncated jpeg") << jpeg << "cut.jpg" << "cut.jpg: cannot read the image";
        QTest::newRow("not an image") << QByteArray("hello, world\n") << "fake.png"
                                      << "fake.png: not an image this app can read";
    }
    void hostileImages()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, error);
        ImageImportRequest request;
        request.bytes = bytes;
        request.sourceName = name;
        request.baseName = "hostile";
        request.processing.maxWidth = 800;
        const HeapCounter heap;
        const auto saved = importImage(m_post, request);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().toString().startsWith(error), qPrintable(saved.error().toString()));
        if (HeapCounter::counting())
            QVERIFY2(heap.peakBytes() < 64 * 1024 * 1024, qPrintable(QString::number(heap.peakBytes())));
        // Nothing was written into the site.
        QVERIFY(!QDir(m_dir.filePath("site/static/images")).exists()
                || QDir(m_dir.filePath("site/static/images")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImageImport)
#include "tst_imageimport.moc"
