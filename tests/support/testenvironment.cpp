// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Linked into every test: before anything else runs, the process gets its
// own HOME and XDG folders in a fresh temporary folder, removed at exit, so
// no test (nor a program it starts) reads or writes the user's real
// settings, caches, data or recovery files.

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>

#include <sys/stat.h>
#include <unistd.h>

namespace {

class TestEnvironment final
{
public:
    TestEnvironment()
    {
        const char *tmp = std::getenv("TMPDIR");
        std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/postwright-test-home-XXXXXX";
        if (!mkdtemp(pattern.data())) {
            std::fprintf(stderr, "test environment: cannot make a HOME folder in %s: %s\n", pattern.c_str(),
                         std::strerror(errno));
            std::abort();
        }
        m_root = pattern;
        setFolder("HOME", "home");
        setFolder("XDG_CONFIG_HOME", "config");
        setFolder("XDG_DATA_HOME", "data");
        setFolder("XDG_CACHE_HOME", "cache");
        setFolder("XDG_STATE_HOME", "state");
        setFolder("XDG_RUNTIME_DIR", "runtime");
    }

    ~TestEnvironment()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_root, ignored);
    }

    TestEnvironment(const TestEnvironment &) = delete;
    TestEnvironment &operator=(const TestEnvironment &) = delete;

private:
    void setFolder(const char *variable, const char *name)
    {
        const std::string path = m_root + '/' + name;
        // 0700: Qt refuses an XDG_RUNTIME_DIR that others can read.
        if (mkdir(path.c_str(), 0700) != 0 || setenv(variable, path.c_str(), 1) != 0) {
            std::fprintf(stderr, "test environment: cannot set %s to %s: %s\n", variable, path.c_str(),
                         std::strerror(errno));
            std::abort();
        }
    }

    std::string m_root;
};

// Constructed before the test's own statics and QCoreApplication.
__attribute__((init_priority(101))) TestEnvironment environment;

} // namespace
