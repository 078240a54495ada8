// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kainjow/mustache.hpp>

#include <QString>

namespace postwright {

using MustacheData = kainjow::mustache::data;

// The text of a Mustache template rendered with data; empty when the source
// does not parse. A site export renders the same few templates thousands of
// times, so each source is parsed once per thread (a parsed template keeps
// render state and is not safe to share between threads).
QString renderMustache(const QString &source, const MustacheData &data, qsizetype sizeHint = 0);

} // namespace postwright
