// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/postsession.h"

#include "document/textpatch.h"
#include "documentsupport/externalchange.h"
#include "files/datafolder.h"
#include "site/sitelookup.h"
#include "text/lineendings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>

namespace postwright {
namespace {

// These messages were the window's before the session took them over; their
// translations are filed under its context.
struct SessionText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::MainWindow)
};

// The document holds "\n" line breaks (QTextDocument splits lines); the post
// keeps its own and restores them (restoreLineEndings).
QString lf(const QString &text)
{
    return convertLineEndings(text, u"\n");
}

// The site a post belongs to, for the rules that depend on its kind.
SiteConfig siteConfigOf(const QString &path)
{
    if (path.isEmpty())
        return {};
    if (std::optional<SiteConfig> site = findEnclosingSite(path))
        return *site;
    SiteConfig plain;
    plain.kind = locateSite(path).kind;
    return plain;
}

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

PostSession::PostSession(QObject *parent)
    : QObject(parent)
    , m_document(new QTextDocument(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_recovery(QDir(dataFolder()).filePath(QStringLiteral("recovery")))
    , m_ask([](const QString &, const QString &, QMessageBox::StandardButtons) { return QMessageBox::NoButton; })
{
    m_syncTimer.setSingleShot(true);
    m_syncTimer.setInterval(60);
    connect(&m_syncTimer, &QTimer::timeout, this, &PostSession::sync);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &PostSession::autosave);
    connect(m_document, &QTextDocument::contentsChanged, this, &PostSession::scheduleSync);
    connect(m_document, &QTextDocument::modificationChanged, this, &PostSession::modifiedChanged);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        // Editors save by replacing the file: wait until the new one is there.
        QTimer::singleShot(150, this, &PostSession::checkExternalChange);
    });
    newPost();
}

PostSession::~PostSession() = default;

void PostSession::setRecoveryFolder(const QString &folder)
{
    m_recovery = RecoveryStore(folder);
}

void PostSession::setAutosaveInterval(int milliseconds)
{
    if (milliseconds > 0)
        m_autosaveTimer.start(milliseconds);
    else
        m_autosaveTimer.stop();
}

void PostSession::autosave()
{
    if (!isModified())
        return;
    sync();
    if (const auto written = m_recovery.write(recoveryKey(), m_post.text()); !written)
        emit message(SessionText::tr("Autosave failed: %1").arg(written.error().toString()), 8000);
}

bool PostSession::isModified() const
{
    return m_document->isModified();
}

bool PostSession::isOpen(const QString &path) const
{
    return !isUntitled() && QFileInfo(path).absoluteFilePath() == QFileInfo(m_post.path()).absoluteFilePath();
}

const Post &PostSession::post()
{
    sync();
    return m_post;
}

void PostSession::loadText(const QString &text, bool modified)
{
    m_post.setText(text);
    m_applying = true;
    m_document->setPlainText(lf(text));
    m_document->clearUndoRedoStacks();
    m_applying = false;
    m_document->setModified(modified);
    m_syncPending = false;
    m_syncTimer.stop();
    emit edited(Origin::Load);
    emit loaded();
}

bool PostSession::open(const QString &path)
{
    Result<Post> loaded = Post::load(path);
    if (!loaded) {
        m_ask(SessionText::tr("Cannot open the post"), loaded.error().toString(), QMessageBox::Ok);
        return false;
    }
    unwatch();
    m_recovery.remove(m_untitledKey);
    m_post = std::move(loaded).value();
    m_knownDiskBytes = m_post.toBytes();
    m_site = siteConfigOf(QFileInfo(path).absoluteFilePath());
    loadText(m_post.text(), false);
    watch();
    offerRecovery();
    return true;
}

void PostSession::newPost()
{
    unwatch();
    m_post = Post();
    m_site = {};
    m_knownDiskBytes.clear();
    m_untitledKey = QStringLiteral("untitled:%1").arg(QDateTime::currentMSecsSinceEpoch());
    const QDateTime now = QDateTime::currentDateTime();
    const QString date = now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate);
    loadText(QStringLiteral("---\ntitle: \"\"\ndate: %1\ndraft: true\ntags: []\n---\n\n").arg(date), false);
}

void PostSession::drop()
{
    m_document->setModified(false);
    newPost();
}

void PostSession::offerRecovery()
{
    const std::optional<RecoveryStore::Entry> entry = m_recovery.find(m_post.path());
    if (!entry)
        return;
    if (entry->text == m_post.text()) {
        m_recovery.remove(m_post.path());
        return;
    }
    const auto answer = m_ask(SessionText::tr("Recover unsaved changes?"),
                              SessionText::tr("Postwright was closed with unsaved changes to \"%1\" (autosaved %2). Recover them?")
                                  .arg(fileName(m_post.path()), QLocale().toString(entry->savedAt, QLocale::ShortFormat)),
                              QMessageBox::Yes | QMessageBox::No);
    if (answer == QMessageBox::Yes)
        loadText(entry->text, true);
    else if (answer == QMessageBox::No)
        m_recovery.remove(m_post.path());
}

bool PostSession::save()
{
    if (isUntitled())
        return false;
    sync();
    unwatch();
    Result<Success> written = m_post.save();
    if (!written && written.error().code == QLatin1String("read-only")) {
        // Only the user may overrule a read-only file; it stays read-only.
        const auto answer = m_ask(SessionText::tr("The post is read-only"),
                                  SessionText::tr("\"%1\" is read-only. Save it anyway? It stays read-only.\n\n%2")
                                      .arg(fileName(m_post.path()), written.error().toString()),
                                  QMessageBox::Save | QMessageBox::Cancel);
        if (answer != QMessageBox::Save) {
            watch();
            return false;
        }
        SaveOptions anyway;
        anyway.replaceReadOnly = true;
        written = m_post.save(m_post.path(), anyway);
    }
    watch();
    if (!written) {
        m_ask(SessionText::tr("Cannot save the post"), written.error().toString(), QMessageBox::Ok);
        return false;
    }
    m_knownDiskBytes = m_post.toBytes();
    m_document->setModified(false);
    m_recovery.remove(m_post.path());
    m_recovery.remove(m_untitledKey);
    emit saved(m_post.path());
    emit message(SessionText::tr("Saved %1").arg(fileName(m_post.path())), 3000);
    return true;
}

bool PostSession::saveAs(const QString &path)
{
    const QString before = m_post.path();
    unwatch();
    m_post.setPath(path);
    if (!save()) {
        unwatch();
        m_post.setPath(before);
        watch();
        return false;
    }
    m_site = siteConfigOf(QFileInfo(path).absoluteFilePath());
    emit pathChanged(path);
    return true;
}

bool PostSession::confirmDiscard()
{
    if (!isModified())
        return true;
    const auto answer = m_ask(SessionText::tr("Unsaved changes"),
                              SessionText::tr("\"%1\" has changes that are not saved. Save them?").arg(post().title()),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_recovery.remove(recoveryKey());
        return true;
    }
    return false;
}

void PostSession::followMove(const QString &path)
{
    unwatch();
    m_post.setPath(path);
    m_site = siteConfigOf(QFileInfo(path).absoluteFilePath());
    watch();
    emit pathChanged(path);
}

void PostSession::scheduleSync()
{
    if (m_applying)
        return;
    m_syncPending = true;
    m_syncTimer.start();
}

void PostSession::sync()
{
    if (!m_syncPending)
        return;
    m_syncPending = false;
    m_syncTimer.stop();
    m_post.setText(restoreLineEndings(m_post.text(), m_document->toPlainText()));
    emit edited(Origin::Text);
}

void PostSession::applyText(const QString &text)
{
    m_applying = true;
    patchDocument(m_document, lf(text));
    m_applying = false;
}

Result<Success> PostSession::setField(const QString &key, const Value &value)
{
    sync();
    if (Result<Success> set = m_post.setField(key, value); !set)
        return set;
    applyText(m_post.text());
    emit edited(Origin::Form);
    return Success{};
}

Result<Success> PostSession::removeField(const QString &key)
{
    sync();
    if (Result<Success> removed = m_post.removeField(key); !removed)
        return removed;
    applyText(m_post.text());
    emit edited(Origin::Form);
    return Success{};
}

MojibakeRepair PostSession::repairEncoding()
{
    sync();
    const MojibakeRepair repair = repairPostMojibake(m_post);
    if (repair.repaired > 0) {
        applyText(m_post.text());
        emit edited(Origin::Command);
    }
    return repair;
}

void PostSession::setEncoding(Encoding encoding, bool bom)
{
    sync();
    if (encoding == m_post.encoding() && bom == m_post.hasBom())
        return;
    m_post.setEncoding(encoding, bom);
    m_document->setModified(true);
    emit encodingChanged();
}

void PostSession::setLineEnding(LineEnding ending)
{
    sync();
    if (ending == m_post.lineEnding())
        return;
    m_post.setLineEnding(ending);
    m_document->setModified(true);
    emit encodingChanged();
}

void PostSession::watch()
{
    if (!isUntitled() && QFileInfo::exists(m_post.path()))
        m_watcher->addPath(m_post.path());
}

void PostSession::unwatch()
{
    if (!isUntitled())
        m_watcher->removePath(m_post.path());
}

void PostSession::checkExternalChange()
{
    if (isUntitled())
        return;
    const QString path = m_post.path();
    QFile file(path);
    const bool exists = file.open(QIODevice::ReadOnly);
    const QByteArray onDisk = exists ? file.readAll() : QByteArray();
    watch();   // a replaced file drops out of the watcher
    switch (classifyExternalChange(m_knownDiskBytes, exists, onDisk, isModified())) {
    case ExternalChange::Ignore:
        return;
    case ExternalChange::Deleted:
        m_document->setModified(true);
        emit message(SessionText::tr("%1 was deleted or moved on disk; saving writes it again.").arg(fileName(path)), 0);
        return;
    case ExternalChange::Reload:
        reload(onDisk);
        return;
    case ExternalChange::Ask:
        if (askAboutOutsideChange(onDisk))
            reload(onDisk);
        return;
    }
}

bool PostSession::askAboutOutsideChange(const QByteArray &onDisk)
{
    for (;;) {
        const auto answer = m_ask(SessionText::tr("The post changed on disk"),
                                  SessionText::tr("\"%1\" was changed by another program, and you have unsaved changes here.")
                                      .arg(fileName(m_post.path())),
                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Apply);
        if (answer == QMessageBox::Apply) {
            const Result<DecodedText> disk = decodeText(onDisk);
            if (!disk) {
                m_ask(SessionText::tr("Cannot compare"), disk.error().toString(), QMessageBox::Ok);
                continue;
            }
            m_mergeApplied = false;
            emit compareRequested(lf(m_post.text()), lf(disk.value().text));
            if (m_mergeApplied) {
                m_mergeApplied = false;
                m_knownDiskBytes = onDisk;
                return false;
            }
            continue;
        }
        if (answer == QMessageBox::Discard)
            return true;
        // Keep mine: the next save overwrites theirs, knowingly.
        m_knownDiskBytes = onDisk;
        return false;
    }
}

void PostSession::applyMerge(const QString &text)
{
    // An edit like the writer's own: one undo step, the file's line endings kept.
    patchDocument(m_document, lf(text));
    sync();
    m_mergeApplied = true;
}

void PostSession::reload(const QByteArray &bytes)
{
    if (takeDiskText(bytes))
        emit message(SessionText::tr("Reloaded %1: it changed on disk.").arg(fileName(m_post.path())), 5000);
}

bool PostSession::takeDiskText(const QByteArray &bytes)
{
    Result<Post> theirs = Post::fromBytes(bytes, m_post.path());
    if (!theirs) {
        m_ask(SessionText::tr("Cannot open the post"), theirs.error().toString(), QMessageBox::Ok);
        return false;
    }
    // Only what changed is replaced, so the cursor and the scroll stay; as
    // one undo step, so Ctrl+Z brings back what the editor had (unsaved).
    m_post = std::move(theirs).value();
    m_knownDiskBytes = bytes;
    applyText(m_post.text());
    m_document->setModified(false);
    m_recovery.remove(m_post.path());
    emit edited(Origin::Load);
    return true;
}

bool PostSession::confirmDiscardBeforeWrite()
{
    if (!confirmDiscard())
        return false;
    // Still modified: the user chose Discard.
    if (isModified() && !isUntitled()) {
        QFile file(m_post.path());
        if (file.open(QIODevice::ReadOnly))
            takeDiskText(file.readAll());
    }
    return true;
}

} // namespace postwright
