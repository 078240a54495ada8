// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/renderer.h"

#include <QByteArray>

namespace postwright {

struct Utf8RenderResult
{
    RenderResult rendered;   // all but the HTML: rendered.html is empty
    QByteArray html;         // the body HTML fragment as UTF-8
};

// render() for a caller that writes the HTML out as bytes (postwright-cli
// render --fragment): the same HTML, filtered the same, without a trip of
// the whole HTML through UTF-16 and back.
Utf8RenderResult renderUtf8(QStringView markdown, const RenderOptions &options = {});

} // namespace postwright
