// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frontmatter/frontmatter.h"

#include <QDateTime>
#include <QTimeZone>
#include <QVariant>

#include <optional>

namespace postwright {

// hugo 0.111's truth of a value (draft, headless, _build's flags): a YAML
// 1.1 boolean as go-yaml v2 reads it (true, yes, on, y in their cases), a
// number other than 0, a string as Go's strconv.ParseBool reads it ("1",
// "t", "T", "true", "True", "TRUE"; "0", "f"... false). Another string
// (a quoted "yes") is false to hugo: nullopt here, which callers take as
// false. A front matter field: its YAML style says whether y was quoted.
std::optional<bool> hugoBool(const QVariant &value);
std::optional<bool> hugoBool(const Field &field, FrontMatterFormat format);

// hugo 0.111's reading of a date (date, publishDate, expiryDate, also by a
// cascade) as Go's cast.ToTime: RFC 3339, "2006-01-02", RFC 1123(Z),
// RFC 822(Z), RFC 850, ANSIC, "02 Jan 2006", "2006-01-02 15:04:05 -07:00"
// and the like, with Go's fixed widths ("2099-1-1" and "2099-01-01 10:00"
// are no dates), or a Unix time in seconds (a number). Invalid when none.
// A front matter field: a TOML date is one as it is, a quoted one and a
// YAML or JSON one is read from its text. A date or time without a zone is
// in zone, the site's timeZone: UTC unless the config names another (as
// hugo reads it; never the computer's local time, which the host that
// builds the site does not share).
QDateTime hugoDate(const QVariant &value, const QTimeZone &zone = QTimeZone::utc());
QDateTime hugoDate(const Field &field, FrontMatterFormat format, const QTimeZone &zone = QTimeZone::utc());
QDateTime hugoDateText(const QString &text, const QTimeZone &zone = QTimeZone::utc());

} // namespace postwright
