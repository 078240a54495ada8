// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doctor/mojibake.h"
#include "documentsupport/recoverystore.h"
#include "post/post.h"
#include "site/siteconfig.h"

#include <QMessageBox>
#include <QObject>
#include <QTimer>

#include <functional>

class QFileSystemWatcher;
class QTextDocument;

namespace postwright {

// One open post and its life: load, edit, save, save as, autosave and
// recovery, outside changes to the file, encoding and line endings. The
// text lives in document() (the editor shows it; its undo history is the
// post's); post() is the Post it parses to, and every file operation goes
// through it. No widgets: questions go through the asker, what the window
// shows through signals.
class PostSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostSession)

public:
    // A question (recover? reload? save anyway?): returns the button chosen.
    // The window shows a message box; tests answer without one.
    using Asker = std::function<QMessageBox::StandardButton(const QString &title, const QString &text,
                                                            QMessageBox::StandardButtons buttons)>;
    // Where an edit came from, so that no pane is told of its own edit.
    enum class Origin {
        Load,      // a post was opened, created, recovered or reloaded
        Text,      // the document changed (typing, undo, find/replace)
        Form,      // setField/removeField
        Command,   // repairEncoding
    };
    Q_ENUM(Origin)

    // Recovery files go to the data folder's recovery/ (setRecoveryFolder).
    explicit PostSession(QObject *parent = nullptr);
    ~PostSession() override;

    QTextDocument *document() const { return m_document; }
    void setAsker(Asker asker) { m_ask = std::move(asker); }
    void setRecoveryFolder(const QString &folder);
    void setAutosaveInterval(int milliseconds);
    int autosaveInterval() const { return m_autosaveTimer.isActive() ? m_autosaveTimer.interval() : 0; }
    // Writes the recovery file now when there are unsaved edits.
    void autosave();

    // Loads the post at path (nothing changes when it cannot be read: the
    // asker is told why) and offers its autosaved edits, if any.
    bool open(const QString &path);
    // An untitled post from the template (title, date now, draft, tags).
    void newPost();
    // Writes the post to its path; an untitled post cannot be saved (saveAs).
    // A read-only file is saved only when the asker says Save; a failure
    // keeps the edit and tells why.
    bool save();
    // Saves to path and keeps editing it there; on failure nothing moves.
    bool saveAs(const QString &path);
    // Unsaved edits: asks Save/Discard/Cancel; true when it is fine to go on.
    bool confirmDiscard();
    // The same before the site writes the post (Replace in All Posts, a term
    // edit): Discard also puts the file's text back in the editor, so the
    // write is no outside change against edits the user let go.
    bool confirmDiscardBeforeWrite();
    // The file was moved (a site operation): the post lives at path now.
    void followMove(const QString &path);
    // The file is gone (deleted from the sidebar): an untitled post replaces it.
    void drop();

    // The post as the document reads now (pending edits included).
    const Post &post();
    // The post as of the last edited() signal (typing not yet parsed left out):
    // cheap, for what follows the cursor.
    const Post &lastEdit() const { return m_post; }
    QString path() const { return m_post.path(); }
    bool isUntitled() const { return m_post.path().isEmpty(); }
    bool isModified() const;
    bool isOpen(const QString &path) const;
    // Where the recovery file of the open post is kept.
    QString recoveryKey() const { return isUntitled() ? m_untitledKey : m_post.path(); }
    QString untitledKey() const { return m_untitledKey; }
    // What the file held when it was loaded or last saved.
    QByteArray knownDiskBytes() const { return m_knownDiskBytes; }
    // The site of the post (kind and taxonomies; a plain folder when none).
    const SiteConfig &site() const { return m_site; }

    // A front-matter edit through Post::setField (the writer postwright-cli
    // set uses), put into the document as one undo step.
    Result<Success> setField(const QString &key, const Value &value);
    Result<Success> removeField(const QString &key);
    // Repairs garbled text (UTF-8 once read as Windows-1252) as one undo step.
    MojibakeRepair repairEncoding();
    // The next save writes the post in this encoding / with these line endings.
    void setEncoding(Encoding encoding, bool bom);
    void setLineEnding(LineEnding ending);
    // Reacts to the file changing on disk (the watcher calls it, after a
    // moment): reloads, asks, or tells.
    void checkExternalChange();
    // The Compare view's result while the outside-change question is open:
    // text goes into the document as one undo step (still unsaved), and the
    // file on disk counts as seen, so the question is not asked again.
    void applyMerge(const QString &text);

signals:
    // The post changed (debounced while typing).
    void edited(postwright::PostSession::Origin origin);
    // Another post (or another version of it) is shown from the start.
    void loaded();
    void modifiedChanged(bool modified);
    // Saved as, or moved: the post's path is new.
    void pathChanged(const QString &path);
    void saved(const QString &path);
    void encodingChanged();
    // Something to tell in the status line (autosave failed, reloaded...).
    void message(const QString &text, int timeoutMs);
    // The user asked to compare the unsaved text with the file on disk.
    void compareRequested(const QString &mine, const QString &onDisk);

private:
    void loadText(const QString &text, bool modified);
    void scheduleSync();
    void sync();
    // Puts text into the document as one undo step touching only what changed.
    void applyText(const QString &text);
    void offerRecovery();
    void watch();
    void unwatch();
    void reload(const QByteArray &bytes);
    // The post as bytes (the file's) hold it, in the document as one undo
    // step, unmodified; false (and told) when they do not parse.
    bool takeDiskText(const QByteArray &bytes);
    bool askAboutOutsideChange(const QByteArray &onDisk);

    QTextDocument *m_document = nullptr;
    Post m_post;
    SiteConfig m_site;
    QByteArray m_knownDiskBytes;
    QString m_untitledKey;
    bool m_syncPending = false;
    bool m_applying = false;
    bool m_mergeApplied = false;
    QTimer m_syncTimer;
    QTimer m_autosaveTimer;
    QFileSystemWatcher *m_watcher = nullptr;
    RecoveryStore m_recovery;
    Asker m_ask;
};

} // namespace postwright
