// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace postwright {

// A Liquid syntax or render error: where it is (1-based) and what is wrong.
struct LiquidError
{
    QString file;     // empty: the template being rendered
    int line = 0;
    int column = 0;
    QString message;
};

} // namespace postwright
