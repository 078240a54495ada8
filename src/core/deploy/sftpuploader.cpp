// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploy/sftpuploader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QUrl>

#include <curl/curl.h>

#include <mutex>

namespace postwright {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright::Deploy", text);
}

// Quote commands of one transfer, freed with it.
struct CurlList
{
    curl_slist *list = nullptr;
    ~CurlList() { curl_slist_free_all(list); }
    void append(const QByteArray &command) { list = curl_slist_append(list, command.constData()); }
};

size_t readFromFile(char *buffer, size_t size, size_t count, void *file)
{
    const qint64 read = static_cast<QFile *>(file)->read(buffer, qint64(size * count));
    return read < 0 ? CURL_READFUNC_ABORT : size_t(read);
}

// Only a host whose key is in known_hosts: no question, no adding.
int checkHostKey(CURL *, const curl_khkey *, const curl_khkey *, enum curl_khmatch match, void *)
{
    return match == CURLKHMATCH_OK ? CURLKHSTAT_FINE : CURLKHSTAT_REJECT;
}

QString privateKey()
{
    const QString fromEnv = qEnvironmentVariable("POSTWRIGHT_SSH_KEY");
    if (!fromEnv.isEmpty())
        return fromEnv;
    for (const char *name : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
        const QString path = QDir::homePath() + QStringLiteral("/.ssh/") + QLatin1String(name);
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

QString knownHosts()
{
    const QString fromEnv = qEnvironmentVariable("POSTWRIGHT_SSH_KNOWN_HOSTS");
    return fromEnv.isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh/known_hosts") : fromEnv;
}

} // namespace

SftpUploader::SftpUploader(QString localRoot, const DeployTarget &target, QString password)
    : m_localRoot(std::move(localRoot)), m_base(target.url), m_path(target.path), m_password(std::move(password))
{
    static std::once_flag initialized;
    std::call_once(initialized, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_curl = curl_easy_init();
    if (m_password.isEmpty())
        m_password = qEnvironmentVariable("POSTWRIGHT_SFTP_PASSWORD");
}

SftpUploader::~SftpUploader()
{
    if (m_curl)
        curl_easy_cleanup(m_curl);
}

QByteArray SftpUploader::urlOf(const QString &remotePath) const
{
    return m_base.toUtf8() + QUrl::toPercentEncoding(remotePath, "/~");
}

// A path for SFTP quote commands: absolute as in the URL, or below the
// login folder for sftp://HOST/~/PATH.
QByteArray SftpUploader::quotedPath(const QString &relative) const
{
    QString path = m_path + QLatin1Char('/') + relative;
    if (path.startsWith(QLatin1String("/~/")))
        path = path.mid(3);
    path.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return '"' + path.toUtf8() + '"';
}

Result<Success> SftpUploader::connectOptions()
{
    if (!m_curl)
        return Error{m_base, 0, 0, tr("cannot start libcurl")};
    if (m_configured)
        return Success{};
    curl_easy_setopt(m_curl, CURLOPT_ERRORBUFFER, m_errorText);
    curl_easy_setopt(m_curl, CURLOPT_PROTOCOLS_STR, "sftp");
    long auth = CURLSSH_AUTH_PUBLICKEY | CURLSSH_AUTH_AGENT;
    if (!m_password.isEmpty()) {
        auth |= CURLSSH_AUTH_PASSWORD | CURLSSH_AUTH_KEYBOARD;
        curl_easy_setopt(m_curl, CURLOPT_PASSWORD, m_password.toUtf8().constData());
    }
    curl_easy_setopt(m_curl, CURLOPT_SSH_AUTH_TYPES, auth);
    if (const QString key = privateKey(); !key.isEmpty()) {
        curl_easy_setopt(m_curl, CURLOPT_SSH_PRIVATE_KEYFILE, QFile::encodeName(key).constData());
        const QString publicKey = key + QStringLiteral(".pub");
        curl_easy_setopt(m_curl, CURLOPT_SSH_PUBLIC_KEYFILE,
                         QFileInfo::exists(publicKey) ? QFile::encodeName(publicKey).constData() : "");
    }
    const QString hosts = knownHosts();
    if (!QFileInfo::exists(hosts))
        return Error{hosts, 0, 0, tr("no known_hosts file: connect once with ssh or sftp to check and accept the host's key")};
    curl_easy_setopt(m_curl, CURLOPT_SSH_KNOWNHOSTS, QFile::encodeName(hosts).constData());
    curl_easy_setopt(m_curl, CURLOPT_SSH_KEYFUNCTION, checkHostKey);
    curl_easy_setopt(m_curl, CURLOPT_CONNECTTIMEOUT, 30L);
    // A connection that moves nothing for a minute has failed.
    curl_easy_setopt(m_curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(m_curl, CURLOPT_LOW_SPEED_TIME, 60L);
    curl_easy_setopt(m_curl, CURLOPT_NOSIGNAL, 1L);
    m_configured = true;
    return Success{};
}

Result<Success> SftpUploader::perform(const QString &what)
{
    m_errorText[0] = '\0';
    const CURLcode code = curl_easy_perform(m_curl);
    if (code == CURLE_OK)
        return Success{};
    const QString detail = m_errorText[0] ? QString::fromUtf8(m_errorText) : QString::fromUtf8(curl_easy_strerror(code));
    return Error{m_base + m_path, 0, 0, tr("SFTP: %1: %2").arg(what, detail)};
}

Result<Success> SftpUploader::putOne(const QString &file)
{
    QFile in(m_localRoot + QLatin1Char('/') + file);
    if (!in.open(QIODevice::ReadOnly))
        return Error{in.fileName(), 0, 0, tr("cannot read the exported file: %1").arg(in.errorString())};
    const QString folder = QFileInfo(file).path() == QLatin1String(".") ? QString() : QFileInfo(file).path() + QLatin1Char('/');
    const QString temporary = folder + QLatin1Char('.') + QFileInfo(file).fileName() + QStringLiteral(".postwright-deploy");
    CurlList after;
    after.append("*rm " + quotedPath(file));
    after.append("rename " + quotedPath(temporary) + ' ' + quotedPath(file));
    curl_easy_setopt(m_curl, CURLOPT_URL, urlOf(m_path + QLatin1Char('/') + temporary).constData());
    curl_easy_setopt(m_curl, CURLOPT_NOBODY, 0L);
    curl_easy_setopt(m_curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(m_curl, CURLOPT_READFUNCTION, readFromFile);
    curl_easy_setopt(m_curl, CURLOPT_READDATA, &in);
    curl_easy_setopt(m_curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(in.size()));
    curl_easy_setopt(m_curl, CURLOPT_FTP_CREATE_MISSING_DIRS, long(CURLFTP_CREATE_DIR_RETRY));
    curl_easy_setopt(m_curl, CURLOPT_QUOTE, nullptr);
    curl_easy_setopt(m_curl, CURLOPT_POSTQUOTE, after.list);
    const Result<Success> done = perform(tr("uploading %1").arg(file));
    curl_easy_setopt(m_curl, CURLOPT_POSTQUOTE, nullptr);
    curl_off_t sent = 0;
    if (curl_easy_getinfo(m_curl, CURLINFO_SIZE_UPLOAD_T, &sent) == CURLE_OK)
        m_bytesSent += qint64(sent);
    return done;
}

Result<Success> SftpUploader::put(const QStringList &files, bool)
{
    if (files.isEmpty())
        return Success{};
    if (const Result<Success> ready = connectOptions(); !ready)
        return ready;
    for (const QString &file : files) {
        if (canceled())
            return canceledError(m_base + m_path);
        if (const Result<Success> done = putOne(file); !done)
            return done;
    }
    return Success{};
}

Result<Success> SftpUploader::remove(const QStringList &files)
{
    if (files.isEmpty())
        return Success{};
    if (const Result<Success> ready = connectOptions(); !ready)
        return ready;
    // Folders that held only removed files go too (rmdir fails on the others).
    QStringList folders;
    QSet<QString> seen;
    for (const QString &file : files) {
        for (QString folder = QFileInfo(file).path(); folder != QLatin1String(".") && !seen.contains(folder);
             folder = QFileInfo(folder).path()) {
            seen.insert(folder);
            folders.append(folder);
        }
    }
    std::sort(folders.begin(), folders.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    constexpr qsizetype batch = 200;
    QStringList commands;
    for (const QString &file : files)
        commands.append(QStringLiteral("*rm ") + QString::fromUtf8(quotedPath(file)));
    for (const QString &folder : folders)
        commands.append(QStringLiteral("*rmdir ") + QString::fromUtf8(quotedPath(folder)));
    for (qsizetype from = 0; from < commands.size(); from += batch) {
        CurlList quote;
        for (const QString &command : commands.mid(from, batch))
            quote.append(command.toUtf8());
        curl_easy_setopt(m_curl, CURLOPT_URL, urlOf(m_path + QLatin1Char('/')).constData());
        curl_easy_setopt(m_curl, CURLOPT_UPLOAD, 0L);
        curl_easy_setopt(m_curl, CURLOPT_NOBODY, 1L);
        curl_easy_setopt(m_curl, CURLOPT_POSTQUOTE, nullptr);
        curl_easy_setopt(m_curl, CURLOPT_QUOTE, quote.list);
        const Result<Success> done = perform(tr("removing stale files"));
        curl_easy_setopt(m_curl, CURLOPT_QUOTE, nullptr);
        if (!done)
            return done;
    }
    return Success{};
}

} // namespace postwright
