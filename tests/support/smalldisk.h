// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small file system of a test's own (tmpfs), to fill up: the only honest
// way to see what a writer does when the disk is full. Mounting needs root
// (the CI runs tests as root); elsewhere the test skips with the reason.
// The test process first takes a mount namespace of its own (before main,
// while it has one thread, so that every thread it starts later sees the
// mounts): nothing it mounts is seen by other programs, nor left behind
// when it crashes.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>

namespace postwright::testing {

// Enters a private mount namespace: 0, or the errno why the process may not
// (then nothing is mounted later).
inline int enterOwnMountNamespace()
{
    if (::unshare(CLONE_NEWNS) != 0)
        return errno;
    // Mounts made here must not propagate back to the shared namespace.
    return ::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0 ? 0 : errno;
}

inline const int ownMountNamespaceError = enterOwnMountNamespace();

class SmallDisk final
{
public:
    explicit SmallDisk(qint64 bytes)
    {
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0755";
        if (!m_dir.isValid()) {
            m_why = QStringLiteral("no temporary folder to mount on");
            return;
        }
        if (ownMountNamespaceError != 0) {
            m_why = QStringLiteral("cannot make a mount namespace of the test's own (needs root): %1")
                        .arg(QString::fromLocal8Bit(std::strerror(ownMountNamespaceError)));
            return;
        }
        if (::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0, options.constData()) != 0) {
            m_why = QStringLiteral("cannot mount a %1-byte tmpfs: %2").arg(bytes).arg(QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        m_mounted = true;
    }

    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }

    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool isMounted() const { return m_mounted; }
    // Why it is not mounted.
    const QString &why() const { return m_why; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_why;
};

} // namespace postwright::testing

// Mounts disk or skips the test, saying why.
#define POSTWRIGHT_REQUIRE_MOUNT(disk)                                                                             \
    do {                                                                                                           \
        if (!(disk).isMounted())                                                                                   \
            QSKIP(qPrintable((disk).why()));                                                                       \
    } while (false)
