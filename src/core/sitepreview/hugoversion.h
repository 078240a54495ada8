// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace postwright {

// A hugo release: 0.111.3, and whether it is the extended build (Sass).
struct HugoVersion
{
    int major = 0;
    int minor = 0;
    int patch = 0;
    bool extended = false;

    QString toString() const;
    friend bool operator<(const HugoVersion &a, const HugoVersion &b)
    {
        if (a.major != b.major)
            return a.major < b.major;
        if (a.minor != b.minor)
            return a.minor < b.minor;
        return a.patch < b.patch;
    }
};

// The version in `hugo version`'s output ("hugo v0.111.3+extended linux/amd64
// ...") or in a hint ("0.120.0", "v0.120", "0.120.4-extended"); nullopt when
// none is found.
std::optional<HugoVersion> parseHugoVersion(QStringView text);

// The hugo version a site says it is built with, and where it says so.
struct HugoVersionHint
{
    HugoVersion version;
    QString file;   // relative to the site's root: ".hugo_version", "netlify.toml"
};

// Reads the site's hint: a .hugo_version file, HUGO_VERSION in netlify.toml
// (any [*.environment] table), or HUGO_VERSION in a .env or .tool-versions
// ("hugo 0.120.0"). nullopt when the site names none.
std::optional<HugoVersionHint> siteHugoVersionHint(const QString &root);

// The hugo binary to run: chosen (a path or a command name) when given,
// else "hugo" on the PATH. Empty when there is none.
QString findHugoBinary(const QString &chosen = {});

// Runs `binary version` (a few hundred ms at most) and parses it; an error
// message (not found, does not run, not hugo) when it fails.
struct HugoProbe
{
    std::optional<HugoVersion> version;
    QString error;
};
HugoProbe probeHugo(const QString &binary);

} // namespace postwright
