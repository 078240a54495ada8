// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/error.h"

#include <QByteArray>
#include <QSize>
#include <QString>

namespace postwright {

// What to do with an image before it is saved beside a post.
struct ImageProcessing
{
    int maxWidth = 0;        // wider images are scaled down to this width; 0: never
    bool webp = false;       // re-encode as WebP
    int webpQuality = 80;    // 0..100
};

// An image ready to be written: its bytes and the suffix they call for.
struct ProcessedImage
{
    QByteArray bytes;
    QString suffix;          // "png", "jpg", "webp", "svg"...
    QSize size;              // pixels after processing; empty for SVG
    bool changed = false;    // false: bytes are the source's, untouched
};

// The largest image decoded, in pixels (a 100,000 × 100,000 PNG declares
// 10^10 and is refused before any pixel is read).
inline constexpr qint64 maxImagePixels = 100'000'000;

// Decodes, scales down and re-encodes bytes (an image file named
// sourceName) as processing asks. An SVG, an animation (which would keep
// only its first frame) or an image that needs nothing done comes back
// unchanged. A file that is no image, is truncated beyond
// reading or too large is an error naming sourceName.
Result<ProcessedImage> processImage(const QByteArray &bytes, const QString &sourceName, const ImageProcessing &processing);

// Whether this Qt can write WebP (Debian's qt6-image-formats-plugins).
bool canWriteWebp();

// A file name made readable as alt text: "my-cat_photo.JPG" → "My cat photo".
QString altTextFromFileName(const QString &fileName);

// The file base name for an image described by altText ("A cat, sleeping" →
// "a-cat-sleeping"); empty when the alt text has no letters to use.
QString imageBaseName(const QString &altText);

} // namespace postwright
