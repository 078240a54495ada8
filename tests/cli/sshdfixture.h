// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An sshd of the test's own on 127.0.0.1 (Debian's openssh-server): a
// generated host key and user key, a temporary sshd_config that lets in
// only that key for the user running the test, run in the foreground
// (-D) and stopped with the test. As root (CI) and as a plain user alike.

#include <QDir>
#include <QProcess>
#include <QTest>
#include <QThread>

#include "support/testfiles.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace postwright::testing {

class SshServer final
{
public:
    ~SshServer()
    {
        if (m_sshd.state() != QProcess::NotRunning) {
            m_sshd.terminate();
            m_sshd.waitForFinished(10000);
        }
    }

    // Empty when it runs; else why not (the test skips or fails with it).
    QString start(const QString &folder)
    {
        m_folder = folder;
        if (!QFileInfo::exists(QStringLiteral("/usr/sbin/sshd")))
            return QStringLiteral("no /usr/sbin/sshd (Debian's openssh-server)");
        QDir().mkpath(folder);
        for (const char *key : {"host_key", "user_key"}) {
            QProcess keygen;
            keygen.start(QStringLiteral("ssh-keygen"), {"-q", "-t", "ed25519", "-N", "", "-f", folder + "/" + key});
            if (!keygen.waitForFinished(30000) || keygen.exitCode() != 0)
                return QStringLiteral("ssh-keygen failed: ") + QString::fromLocal8Bit(keygen.readAllStandardError());
        }
        if (::geteuid() == 0)
            QDir().mkpath(QStringLiteral("/run/sshd"));   // sshd's privilege separation folder
        m_port = freePort();
        writeFile(folder + "/authorized_keys", readAll(folder + "/user_key.pub"));
        writeFile(folder + "/sshd_config", config().toUtf8());
        const QByteArray hostKey = readAll(folder + "/host_key.pub").trimmed();
        writeFile(folder + "/known_hosts", "[127.0.0.1]:" + QByteArray::number(m_port) + ' ' + hostKey.split(' ').mid(0, 2).join(' ') + '\n');
        writeFile(folder + "/ssh_config", clientConfig().toUtf8());
        m_sshd.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sshd.start(QStringLiteral("/usr/sbin/sshd"), {"-D", "-e", "-f", folder + "/sshd_config"});
        if (!m_sshd.waitForStarted())
            return QStringLiteral("cannot start sshd: ") + m_sshd.errorString();
        for (int i = 0; i < 200 && !accepts(m_port); ++i) {
            if (m_sshd.state() == QProcess::NotRunning)
                return QStringLiteral("sshd stopped (exit %1)").arg(m_sshd.exitCode());
            QThread::msleep(50);
        }
        return accepts(m_port) ? QString() : QStringLiteral("sshd does not listen on %1").arg(m_port);
    }

    int port() const { return m_port; }
    static QString user() { return QString::fromLocal8Bit(::getpwuid(::geteuid())->pw_name); }
    QString file(const QString &name) const { return m_folder + "/" + name; }

    // What rsync (RSYNC_RSH) and the SFTP deploy need to reach this server.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("RSYNC_RSH", "ssh -F " + file("ssh_config"));
        env.insert("POSTWRIGHT_SSH_KEY", file("user_key"));
        env.insert("POSTWRIGHT_SSH_KNOWN_HOSTS", file("known_hosts"));
        env.remove("SSH_AUTH_SOCK");
        return env;
    }

private:
    static int freePort()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof address;
        ::bind(fd, reinterpret_cast<sockaddr *>(&address), size);
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &size);
        ::close(fd);
        return ntohs(address.sin_port);
    }

    static bool accepts(int port)
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(uint16_t(port));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const bool connected = ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
        ::close(fd);
        return connected;
    }

    QString config() const
    {
        return QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2\nAuthorizedKeysFile %3\nPidFile %4\n"
                              "StrictModes no\nUsePAM no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n"
                              "PermitRootLogin prohibit-password\nAllowUsers %5\nSubsystem sftp internal-sftp\n")
            .arg(m_port)
            .arg(file("host_key"), file("authorized_keys"), file("sshd.pid"), user());
    }

    QString clientConfig() const
    {
        return QStringLiteral("Host deploy-test\n  HostName 127.0.0.1\n  Port %1\n  User %2\n  IdentityFile %3\n"
                              "  IdentitiesOnly yes\n  IdentityAgent none\n  UserKnownHostsFile %4\n  StrictHostKeyChecking yes\n")
            .arg(m_port)
            .arg(user(), file("user_key"), file("known_hosts"));
    }

    QString m_folder;
    QProcess m_sshd;
    int m_port = 0;
};

} // namespace postwright::testing
