// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers of the site-preview tests (issue 15): a generated Hugo site, a
// hash of a whole site tree, and a plain HTTP GET on the loopback.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QUrl>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

namespace postwright::testing {

// Every folder and file below root (hidden ones too), with the files'
// bytes and modes: any file or folder hugo would add, change or remove
// changes the hash.
inline QByteArray siteTreeHash(const QString &root)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        QString entry = QDir(root).relativeFilePath(path) + QLatin1Char(' ') + QString::number(int(info.permissions()));
        if (info.isFile()) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                entry += QLatin1Char(' ') + QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1).toHex());
        } else {
            entry += QStringLiteral(" dir");
        }
        entries << entry;
    }
    entries.sort();
    return QCryptographicHash::hash(entries.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha1).toHex();
}

// A small Jekyll site with its own layout (div.fixture-post around the
// content, an include in a footer.fixture-footer), baseurl /blog, two posts
// (post: _posts/2024-01-02-hello.md) and a page, and a .jekyll-metadata of
// its own that jekyll must not write through.
inline void writeJekyllFixtureSite(const QString &site, const QByteArray &post)
{
    const auto write = [&site](const QString &relative, const QByteArray &bytes) {
        const QString path = site + QLatin1Char('/') + relative;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
    };
    write(QStringLiteral("_config.yml"), "title: Shadow Fixture\nbaseurl: /blog\n");
    write(QStringLiteral("_layouts/post.html"),
          "<!DOCTYPE html><html><head><title>{{ page.title }}</title></head><body>"
          "<div class=\"fixture-post\"><h1 class=\"fixture-title\">{{ page.title }}</h1>{{ content }}</div>"
          "{% include footer.html %}</body></html>\n");
    write(QStringLiteral("_includes/footer.html"), "<footer class=\"fixture-footer\">{{ site.title }}</footer>\n");
    write(QStringLiteral("_posts/2024-01-02-hello.md"), post);
    write(QStringLiteral("_posts/2024-01-03-other.md"), "---\nlayout: post\ntitle: Other\n---\nOther post.\n");
    write(QStringLiteral("about.md"), "---\nlayout: post\ntitle: About\n---\nAbout page.\n");
    write(QStringLiteral(".jekyll-metadata"), "the site's own\n");
}

// gen_corpus.py --posts posts --out out; false when the script or python3 is missing.
inline bool generateHugoSite(const QString &out, int posts)
{
    const QString script = qEnvironmentVariable("POSTWRIGHT_GEN_CORPUS");
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (script.isEmpty() || !QFile::exists(script) || python.isEmpty())
        return false;
    QProcess process;
    process.start(python, {script, QStringLiteral("--posts"), QString::number(posts), QStringLiteral("--out"), out});
    return process.waitForFinished(120000) && process.exitCode() == 0;
}

// The body of a GET of url (http://127.0.0.1:PORT/...) and its status code.
struct HttpReply
{
    int status = 0;
    QByteArray body;
};

inline HttpReply httpGet(const QUrl &url)
{
    HttpReply reply;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return reply;
    timeval timeout{10, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(url.port()));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0) {
        ::close(fd);
        return reply;
    }
    const QByteArray request = "GET " + url.path(QUrl::FullyEncoded).toUtf8() + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n";
    if (::send(fd, request.constData(), size_t(request.size()), 0) < 0) {
        ::close(fd);
        return reply;
    }
    QByteArray all;
    char buffer[65536];
    ssize_t got;
    while ((got = ::recv(fd, buffer, sizeof(buffer), 0)) > 0)
        all.append(buffer, got);
    ::close(fd);
    const qsizetype headerEnd = all.indexOf("\r\n\r\n");
    const QList<QByteArray> statusLine = all.left(all.indexOf("\r\n")).split(' ');
    reply.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
    reply.body = headerEnd >= 0 ? all.mid(headerEnd + 4) : QByteArray();
    return reply;
}

} // namespace postwright::testing
