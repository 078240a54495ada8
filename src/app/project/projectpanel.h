// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "post/post.h"
#include "project/sitesession.h"

#include <QTimer>
#include <QAction>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QSortFilterProxyModel;
class QTreeView;

namespace Ui {
class ProjectPanel;
}

class QMenu;

namespace postwright {

class PostFilterModel;
class PostListModel;
class SiteActions;
class TermListModel;

// The site dashboard in the window's sidebar: shows the open site (its
// SiteSession): the posts (search and filters by tag, category, state and
// year), its tags and categories with their counts, and what can be done
// to them (new post, publish, rename, move, trash; rename, merge and delete
// a term), with the indexing's progress and cancel.
class ProjectPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectPanel)

public:
    // Asked before a post's file is changed, moved or removed; false stops it
    // (the window asks to save the open post first).
    using ChangeGuard = SiteSession::ChangeGuard;

    explicit ProjectPanel(QWidget *parent = nullptr);
    ~ProjectPanel() override;

    // The preview's action that shows the whole site in the site's theme:
    // offered as Preview Site in the post list's menus.
    void setSitePreviewAction(QAction *action) { m_sitePreviewAction = action; }

    // Indexes the site at root in the background (nothing happens when it is
    // the site already open).
    void openSite(const QString &root);
    void closeSite();
    void setIndexOptions(const IndexOptions &options) { m_session->setIndexOptions(options); }
    // The site shown or being indexed.
    QString siteRoot() const { return m_session->root(); }
    SiteSession *session() const { return m_session; }
    bool hasIndex() const;
    // The open site's configuration (kind, taxonomies, language...).
    const SiteConfig &config() const;
    // What the list shows: the disk's index with the open post's edits.
    const SiteIndex &index() const;
    bool isIndexing() const;
    void cancelIndexing();

    // The open post (absolute path; empty: none): its row is selected.
    void setCurrentPost(const QString &absolutePath);
    // The open post changed (typed or saved): its row follows at once, from
    // the post as the session parsed it (nothing is read or parsed again).
    void updateOpenPost(const QString &absolutePath, const Post &post);
    // Checks the disk for changes now.
    void refresh();
    QStringList terms(const QString &taxonomy) const;
    // The doctor's context of the post at path (any post, in this site or
    // not); a Hugo site's pages are walked once until the site's posts change.
    CheckContext checkContextFor(const QString &path) { return m_session->checkContextFor(path); }

    // Opens the new-post dialog (window-modal, returns at once).
    void newPost();
    // Opens the dialog that shows the files a term edit changes (returns at
    // once); read-only posts are changed only if the user says so.
    void editTerm(TermEdit::Kind kind, const QString &taxonomy, const QString &term);
    // Plans and applies edit, asking no questions; the list follows.
    // options.replaceReadOnly: read-only posts are changed too.
    TermEditReport applyTermEdit(const TermEdit &edit, const TermEditOptions &options = {});
    Result<QString> publishPost(const QString &path);
    Result<QString> renamePost(const QString &path, const QString &slug);
    Result<QString> movePost(const QString &path, const QString &folder);
    Result<Success> trashPost(const QString &path);

    void setChangeGuard(ChangeGuard guard) { m_session->setChangeGuard(std::move(guard)); }

    PostListModel *postModel() const { return m_posts; }
    PostFilterModel *filterModel() const { return m_filter; }
    TermListModel *tagModel() const { return m_tags; }
    TermListModel *categoryModel() const { return m_categories; }
    QTreeView *postView() const;
    QTreeView *termView(const QString &taxonomy) const;
    SiteWatcher *watcher() { return m_session->watcher(); }
    QString statusText() const;

    // The filters as the combos set them (tests; empty / nullopt / 0: any).
    void setTagFilter(const QString &tag);
    void setCategoryFilter(const QString &category);
    void setStateFilter(std::optional<int> state);
    void setYearFilter(int year);
    void setSearchText(const QString &text);
    void clearFilters();

signals:
    void openPostRequested(const QString &path);
    // The post list's "Show History…" (absolute path) and the offer to make
    // the site a Git repository.
    void historyRequested(const QString &path);
    void repositoryRequested();
    // A site's first index is there.
    void siteOpened(const QString &root);
    void indexFailed(const QString &message);
    // The posts or their terms changed (after any update).
    void indexChanged();
    void termsChanged(const QStringList &tags, const QStringList &categories);
    void postMoved(const QString &from, const QString &to);
    void postRemoved(const QString &path);
    // A short report for the status bar.
    void message(const QString &text);

private:
    static constexpr QLatin1String tagsTaxonomy{"tags"};
    static constexpr QLatin1String categoriesTaxonomy{"categories"};

    // projectpanel.cpp: the view of the session's posts and terms.
    void connectSession();
    void setupPostView();
    void setupTermView(QTreeView *view, TermListModel *model, QComboBox *filter);
    void applyIndex(SiteIndex index);
    void restoreDiskRecord(const QString &relativePath);
    void scheduleSummary();
    void selectCurrentPost();
    QString selectedTerm(QTreeView *view) const;
    QTreeView *currentTermView() const;
    QString currentTaxonomy() const;
    void onOpened();
    // projectpanelfilters.cpp: the filters and the summary.
    void createFilters();
    void updateSummary();
    void fillTermCombo(QComboBox *combo, const TermListModel *model, const QString &allText);
    void fillYearCombo();
    // projectpanelactions.cpp: context menus.
    void showPostMenu(const QPoint &pos);
    void addSitePreviewEntry(QMenu &menu);
    void showTermMenu(QTreeView *view, const QPoint &pos);

    std::unique_ptr<Ui::ProjectPanel> m_ui;
    PostListModel *m_posts = nullptr;
    PostFilterModel *m_filter = nullptr;
    TermListModel *m_tags = nullptr;
    TermListModel *m_categories = nullptr;
    SiteSession *m_session = nullptr;
    SiteActions *m_actions = nullptr;
    QString m_currentPath;                 // the open post, relative
    std::optional<PostRecord> m_live;      // the open post's record from its text
    QStringList m_lastTags;
    QStringList m_lastCategories;
    QTimer m_summaryTimer;
    QTimer m_progressDelay;
    QString m_statusNote;                  // failed or canceled indexing
    bool m_syncingTerms = false;           // the term views are set from the filters
    QPointer<QAction> m_sitePreviewAction;
};

} // namespace postwright
