// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later

// pw-bench-image: importing a large image (6000 × 4000) scaled down to
// 1200 pixels wide (processImage: decode, scale, encode), against decoding
// the same file whole with QImageReader (the least a full decode costs).
// Qt's PNG and JPEG readers scale while they decode; its WebP reader
// decodes the whole image first.
//
//   pw-bench-image
//
// Ends with one line per format:
//   image <format> scaled import <s> ms (<s/d>x a full decode of <d> ms)

#include "documentsupport/imageprocess.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace postwright;

namespace {

QByteArray encoded(const char *format)
{
    QImage image(6000, 4000, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = qRgb(x % 256, y % 256, ((x / 40 + y / 40) % 2) * 200);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 90);
    return bytes;
}

// The median of runs of work, in milliseconds.
template<typename Work>
double median(Work work)
{
    std::vector<double> samples;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer clock;
        clock.start();
        work();
        samples.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    for (const char *format : {"png", "jpg", "webp"}) {
        if (!QImageReader::supportedImageFormats().contains(format))
            continue;
        const QByteArray bytes = encoded(format);
        const double full = median([&] {
            QBuffer buffer;
            buffer.setData(bytes);
            buffer.open(QIODevice::ReadOnly);
            QImageReader reader(&buffer);
            reader.setAllocationLimit(512);
            if (reader.read().isNull())
                std::fprintf(stderr, "cannot decode %s\n", format);
        });
        ImageProcessing processing;
        processing.maxWidth = 1200;
        const QString name = QStringLiteral("large.") + QLatin1String(format);
        const double scaled = median([&] {
            if (!processImage(bytes, name, processing))
                std::fprintf(stderr, "cannot import %s\n", format);
        });
        std::printf("image %s scaled import %.0f ms (%.2fx a full decode of %.0f ms)\n", format, scaled, scaled / full, full);
    }
    return 0;
}
