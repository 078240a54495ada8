// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Builds the tests' precompiled headers (tests/CMakeLists.txt); nothing else.
namespace postwright::testing {
int pchHolder()
{
    return 0;
}
} // namespace postwright::testing
