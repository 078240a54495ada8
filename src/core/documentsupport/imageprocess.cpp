// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentsupport/imageprocess.h"

#include "site/slug.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QRegularExpression>

namespace postwright {
namespace {

// The translation context of this file's messages.
struct ImageProcessText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::ImageProcess)
};

// Decoding stops at this much memory, whatever the header says (MB).
constexpr int allocationLimitMb = 512;

// Decodes the image, at most maxWidth wide as shown (0: any width); Qt's
// PNG and JPEG readers then decode at about the smaller size directly,
// which needs far less memory (its WebP reader decodes the whole image).
struct Decoded
{
    QImage image;
    int width = 0;  // the source's own width, as shown
};

Result<Decoded> decode(const QByteArray &bytes, const QString &sourceName, int maxWidth)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAllocationLimit(allocationLimitMb);
    reader.setAutoTransform(true);
    if (!reader.canRead())
        return Error{sourceName, 0, 0, ImageProcessText::tr("not an image this app can read")};
    const QSize declared = reader.size();
    if (declared.isValid() && qint64(declared.width()) * declared.height() > maxImagePixels)
        return Error{sourceName, 0, 0,
                     ImageProcessText::tr("the image is too large to process (%1 × %2 pixels)")
                         .arg(declared.width())
                         .arg(declared.height())};
    // A photo's EXIF orientation turns it after decoding (a phone's portrait
    // photo is stored landscape): its width as shown is then its stored
    // height, and the reader scales the stored image.
    const bool turned = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    const QSize shown = turned ? declared.transposed() : declared;
    if (maxWidth > 0 && shown.isValid() && shown.width() > maxWidth) {
        const QSize target(maxWidth, std::max(1, int(qint64(shown.height()) * maxWidth / shown.width())));
        reader.setScaledSize(turned ? target.transposed() : target);
    }
    QImage image;
    if (!reader.read(&image) || image.isNull())
        return Error{sourceName, 0, 0, ImageProcessText::tr("cannot read the image: %1").arg(reader.errorString())};
    return Decoded{image, shown.isValid() ? shown.width() : image.width()};
}

Result<QByteArray> encode(const QImage &image, const char *format, int quality, const QString &sourceName)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (!writer.write(image))
        return Error{sourceName, 0, 0, ImageProcessText::tr("cannot encode the image: %1").arg(writer.errorString())};
    return out;
}

// An image of several frames (an animated GIF or WebP): re-encoding it
// would keep only the first.
bool isAnimation(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    return reader.supportsAnimation() && reader.imageCount() != 1;
}

// The format a scaled image keeps: its own where Qt writes it, else PNG.
QByteArray keptFormat(const QString &suffix)
{
    const QByteArray lower = suffix.toLower().toLatin1();
    if (lower == "jpg" || lower == "jpeg")
        return "jpg";
    if (lower == "webp" && canWriteWebp())
        return "webp";
    return "png";
}

} // namespace

bool canWriteWebp()
{
    return QImageWriter::supportedImageFormats().contains("webp");
}

Result<ProcessedImage> processImage(const QByteArray &bytes, const QString &sourceName, const ImageProcessing &processing)
{
    const QString suffix = QFileInfo(sourceName).suffix().toLower();
    if (suffix == QLatin1String("svg") || suffix == QLatin1String("svgz"))
        return ProcessedImage{bytes, suffix, {}, false};
    Result<Decoded> decoded = decode(bytes, sourceName, processing.maxWidth);
    if (!decoded)
        return decoded.error();
    QImage image = std::move(decoded.value().image);
    const bool webp = processing.webp && suffix != QLatin1String("webp");
    const bool scale = processing.maxWidth > 0 && decoded.value().width > processing.maxWidth;
    if ((!scale && !webp) || isAnimation(bytes))
        return ProcessedImage{bytes, suffix, image.size(), false};
    if (processing.webp && !canWriteWebp())
        return Error{sourceName, 0, 0, ImageProcessText::tr("this system cannot write WebP (install qt6-image-formats-plugins)")};
    // The reader has scaled it down already, unless the header gave no size.
    if (scale && image.width() > processing.maxWidth)
        image = image.scaledToWidth(processing.maxWidth, Qt::SmoothTransformation);
    const QByteArray format = processing.webp ? QByteArray("webp") : keptFormat(suffix);
    const int quality = processing.webp ? std::clamp(processing.webpQuality, 0, 100) : 90;
    Result<QByteArray> encoded = encode(image, format.constData(), quality, sourceName);
    if (!encoded)
        return encoded.error();
    return ProcessedImage{std::move(encoded).value(), QString::fromLatin1(format), image.size(), true};
}

QString altTextFromFileName(const QString &fileName)
{
    QString words = QFileInfo(fileName).completeBaseName();
    words.replace(QRegularExpression(QStringLiteral("[-_.+\\s]+")), QStringLiteral(" "));
    words = words.simplified();
    if (words.isEmpty())
        return {};
    words = words.toLower();
    words[0] = words.at(0).toUpper();
    return words;
}

QString imageBaseName(const QString &altText)
{
    QString slug = slugify(altText);
    // A long description makes no file name: the first words are enough.
    if (slug.size() > 60) {
        slug.truncate(60);
        if (const qsizetype hyphen = slug.lastIndexOf(QLatin1Char('-')); hyphen > 20)
            slug.truncate(hyphen);
    }
    return slug;
}

} // namespace postwright
