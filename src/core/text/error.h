// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace postwright {

// A problem with a file, located as precisely as known (line/column 1-based,
// 0 when unknown). Errors are values in core: no exceptions cross modules.
struct Error
{
    QString path;
    int line = 0;
    int column = 0;
    QString message;
    // A short stable name for an error a caller may act on (the file
    // writer's "read-only", "hard-links"...); empty for most errors.
    QString code = {};

    // "path:line:col: message", leaving out what is unknown.
    QString toString() const;
};

// The value or the error (std::expected is C++23; Debian 12's GCC has C++20).
template<typename T>
class Result final
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

struct Success
{
};

} // namespace postwright
