// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/error.h"

#include <QString>

namespace postwright {

// The sample blog bundled as a resource (byte for byte, its mojibake too).
// Copies it into dataDir/sample-blog unless that folder exists already, and
// returns the path of its post.
Result<QString> installSampleSite(const QString &dataDir);

// The folder the sample goes into: dataDir/sample-blog.
QString sampleSiteFolder(const QString &dataDir);

} // namespace postwright
