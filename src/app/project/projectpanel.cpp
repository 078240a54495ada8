// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectpanel.h"

#include "project/siteactions.h"
#include "settings/appsettings.h"
#include "project/postfiltermodel.h"
#include "project/postlistmodel.h"
#include "project/termlistmodel.h"
#include "site/siterules.h"
#include "vcs/gitbranchlabel.h"
#include "ui_projectpanel.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QSortFilterProxyModel>

#include <algorithm>

namespace postwright {
namespace {

bool isJekyllDraftPath(const SiteConfig &config, const QString &relativePath)
{
    return config.kind == SiteKind::Jekyll
           && (relativePath.startsWith(QLatin1String("_drafts/")) || relativePath.contains(QLatin1String("/_drafts/")));
}

} // namespace

ProjectPanel::ProjectPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProjectPanel>())
    , m_posts(new PostListModel(this))
    , m_filter(new PostFilterModel(this))
    , m_tags(new TermListModel(tagsTaxonomy, this))
    , m_categories(new TermListModel(categoriesTaxonomy, this))
    , m_session(new SiteSession(this))
    , m_actions(new SiteActions(m_session, this, [this](const TermEdit &edit, const TermEditOptions &options) {
        return applyTermEdit(edit, options);
    }))
{
    m_ui->setupUi(this);
    auto *gitLabel = new GitBranchLabel(m_session->gitState(), this);
    m_ui->layout->insertWidget(1, gitLabel);
    connect(gitLabel, &GitBranchLabel::repositoryRequested, this, &ProjectPanel::repositoryRequested);
    connect(m_session->gitState(), &SiteGitState::changed, this,
            [this] { m_posts->setGitStates(m_session->gitState()->snapshot().files); });
    m_filter->setSourceModel(m_posts);
    createFilters();
    setupPostView();
    setupTermView(m_ui->tagsView, m_tags, m_ui->tagCombo);
    setupTermView(m_ui->categoriesView, m_categories, m_ui->categoryCombo);
    m_ui->panelSplitter->setStretchFactor(0, 3);
    m_ui->panelSplitter->setStretchFactor(1, 1);
    m_ui->progressRow->hide();
    m_ui->newPostButton->setEnabled(false);
    m_ui->newPostButton->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    m_ui->newPostButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_summaryTimer.setSingleShot(true);
    m_summaryTimer.setInterval(0);
    connect(&m_summaryTimer, &QTimer::timeout, this, &ProjectPanel::updateSummary);
    connect(m_posts, &QAbstractItemModel::modelReset, this, &ProjectPanel::scheduleSummary);
    connect(m_posts, &QAbstractItemModel::dataChanged, this, &ProjectPanel::scheduleSummary);
    connect(m_posts, &QAbstractItemModel::rowsInserted, this, &ProjectPanel::scheduleSummary);
    connect(m_posts, &QAbstractItemModel::rowsRemoved, this, &ProjectPanel::scheduleSummary);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ProjectPanel::scheduleSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ProjectPanel::scheduleSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ProjectPanel::scheduleSummary);

    // A quick (cached) index never shows the bar.
    m_progressDelay.setSingleShot(true);
    m_progressDelay.setInterval(250);
    connect(&m_progressDelay, &QTimer::timeout, this, [this] { m_ui->progressRow->setVisible(isIndexing()); });
    connectSession();

    connect(m_ui->newPostButton, &QToolButton::clicked, this, &ProjectPanel::newPost);
    connect(m_ui->statusLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("warnings"))
            m_actions->showWarnings(index());
        else if (link == QLatin1String("clear"))
            clearFilters();
    });
    const auto termAction = [this](TermEdit::Kind kind) {
        const QString term = selectedTerm(currentTermView());
        if (!term.isEmpty())
            editTerm(kind, currentTaxonomy(), term);
    };
    connect(m_ui->renameTermButton, &QToolButton::clicked, this, [termAction] { termAction(TermEdit::Kind::Rename); });
    connect(m_ui->mergeTermButton, &QToolButton::clicked, this, [termAction] { termAction(TermEdit::Kind::Merge); });
    connect(m_ui->deleteTermButton, &QToolButton::clicked, this, [termAction] { termAction(TermEdit::Kind::Delete); });
    connect(m_ui->termTabs, &QTabWidget::currentChanged, this, &ProjectPanel::scheduleSummary);
    updateSummary();
}

void ProjectPanel::connectSession()
{
    connect(m_session, &SiteSession::indexProgress, this, [this](int done, int total) {
        m_ui->progressBar->setRange(0, std::max(total, 1));
        m_ui->progressBar->setValue(done);
    });
    connect(m_session, &SiteSession::indexChanged, this, [this](const SiteIndex &index) { applyIndex(index); });
    connect(m_session, &SiteSession::opened, this, &ProjectPanel::onOpened);
    connect(m_session, &SiteSession::indexFailed, this, [this](const Error &error) {
        m_progressDelay.stop();
        m_ui->progressRow->hide();
        m_statusNote = tr("Cannot open the site: %1").arg(error.toString());
        updateSummary();
        emit indexFailed(error.toString());
    });
    connect(m_session, &SiteSession::indexCanceled, this, [this] {
        m_progressDelay.stop();
        m_ui->progressRow->hide();
        m_statusNote = tr("Indexing canceled.");
        updateSummary();
    });
    connect(m_ui->cancelButton, &QToolButton::clicked, this, &ProjectPanel::cancelIndexing);
    connect(m_session, &SiteSession::postMoved, this, &ProjectPanel::postMoved);
    connect(m_session, &SiteSession::postRemoved, this, &ProjectPanel::postRemoved);
    connect(m_session, &SiteSession::message, this, &ProjectPanel::message);
    connect(m_actions, &SiteActions::message, this, &ProjectPanel::message);
    connect(m_actions, &SiteActions::openPostRequested, this, &ProjectPanel::openPostRequested);
}

ProjectPanel::~ProjectPanel()
{
    AppSettings::setProjectLayout(QStringLiteral("postHeader"), m_ui->postView->header()->saveState());
    AppSettings::setProjectLayout(QStringLiteral("splitter"), m_ui->panelSplitter->saveState());
}

void ProjectPanel::setupPostView()
{
    QTreeView *view = m_ui->postView;
    view->setModel(m_filter);
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    header->setSectionResizeMode(PostListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PostListModel::DateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PostListModel::StateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PostListModel::TagsColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(PostListModel::PathColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(PostListModel::GitColumn, QHeaderView::ResizeToContents);
    // A sidebar is narrow: tags and path are a right click on the header away.
    view->setColumnHidden(PostListModel::TagsColumn, true);
    view->setColumnHidden(PostListModel::PathColumn, true);
    view->sortByColumn(PostListModel::DateColumn, Qt::DescendingOrder);
    const QByteArray state = AppSettings::projectLayout(QStringLiteral("postHeader"));
    if (!state.isEmpty())
        header->restoreState(state);
    m_ui->panelSplitter->restoreState(AppSettings::projectLayout(QStringLiteral("splitter")));
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, view](const QPoint &pos) {
        QMenu menu(this);
        for (int column = 0; column < PostListModel::ColumnCount; ++column) {
            QAction *action = menu.addAction(m_posts->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!view->isColumnHidden(column));
            action->setEnabled(column != PostListModel::TitleColumn);
            connect(action, &QAction::toggled, view, [view, column](bool on) { view->setColumnHidden(column, !on); });
        }
        menu.exec(view->header()->mapToGlobal(pos));
    });
    connect(view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit openPostRequested(index.data(PostListModel::AbsolutePathRole).toString());
    });
    connect(view, &QWidget::customContextMenuRequested, this, &ProjectPanel::showPostMenu);
}

void ProjectPanel::setupTermView(QTreeView *view, TermListModel *model, QComboBox *filter)
{
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(model);
    sorted->setSortRole(TermListModel::CountRole);
    sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    view->setModel(sorted);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(TermListModel::TermColumn, QHeaderView::Stretch);
    view->header()->setSectionResizeMode(TermListModel::CountColumn, QHeaderView::ResizeToContents);
    view->sortByColumn(TermListModel::CountColumn, Qt::DescendingOrder);
    connect(view->header(), &QHeaderView::sortIndicatorChanged, sorted, [sorted](int column) {
        // By name is the model's own order (core's sortedTerms: the locale's, case ignored).
        sorted->setSortRole(column == TermListModel::CountColumn ? int(TermListModel::CountRole) : int(TermListModel::OrderRole));
    });
    // Selecting a term (click, keys) filters the list by it; the filter combo and the selection are one.
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, view, filter] {
        if (m_syncingTerms)
            return;
        const QString term = selectedTerm(view);
        filter->setCurrentIndex(term.isEmpty() ? 0 : std::max(0, filter->findData(term)));
        scheduleSummary();
    });
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) { showTermMenu(view, pos); });
}

void ProjectPanel::openSite(const QString &root)
{
    if (!m_session->openSite(root))
        return;
    m_live.reset();
    m_posts->clear();
    m_statusNote = tr("Indexing…");
    m_ui->newPostButton->setEnabled(false);
    m_ui->progressBar->setRange(0, 0);
    m_progressDelay.start();
    updateSummary();
}

void ProjectPanel::onOpened()
{
    m_progressDelay.stop();
    m_ui->progressRow->hide();
    m_statusNote.clear();
    m_ui->newPostButton->setEnabled(true);
    updateSummary();
    emit siteOpened(siteRoot());
}

void ProjectPanel::closeSite()
{
    m_session->closeSite();
    m_live.reset();
    m_statusNote.clear();
    m_posts->clear();
    m_ui->progressRow->hide();
    m_ui->newPostButton->setEnabled(false);
    updateSummary();
}

bool ProjectPanel::hasIndex() const
{
    return m_session->hasIndex();
}

const SiteIndex &ProjectPanel::index() const
{
    return m_posts->siteIndex();
}

const SiteConfig &ProjectPanel::config() const
{
    return m_session->config();
}

bool ProjectPanel::isIndexing() const
{
    return m_session->isIndexing();
}

void ProjectPanel::cancelIndexing()
{
    m_session->cancelIndexing();
}

void ProjectPanel::applyIndex(SiteIndex index)
{
    // The open post shows what the editor holds, not what the disk has.
    if (m_live) {
        if (const PostRecord *disk = index.post(m_live->path)) {
            PostRecord live = *m_live;
            live.size = disk->size;
            live.modified = disk->modified;
            index.insert(live);
        } else {
            m_live.reset();
        }
    }
    m_posts->setIndex(index);
    scheduleSummary();
}

void ProjectPanel::setCurrentPost(const QString &absolutePath)
{
    const QString relative = hasIndex() && config().contains(absolutePath) ? config().relativePath(absolutePath) : QString();
    if (m_live && m_live->path != relative) {
        const QString previous = m_live->path;
        m_live.reset();
        restoreDiskRecord(previous);
    }
    m_currentPath = absolutePath.isEmpty() ? QString() : QDir::cleanPath(absolutePath);
    selectCurrentPost();
}

void ProjectPanel::restoreDiskRecord(const QString &relativePath)
{
    if (const PostRecord *disk = m_session->index().post(relativePath))
        m_posts->updateRecord(*disk);
}

void ProjectPanel::updateOpenPost(const QString &absolutePath, const Post &post)
{
    if (!hasIndex() || absolutePath.isEmpty() || !config().contains(absolutePath)) {
        setCurrentPost(absolutePath);
        return;
    }
    const QString relative = config().relativePath(absolutePath);
    const PostRecord *disk = m_session->index().post(relative);
    if (!disk) {
        // Not a post the site lists (yet): the watcher adds it once it is on disk.
        setCurrentPost(absolutePath);
        return;
    }
    if (m_live && m_live->path != relative)
        setCurrentPost(absolutePath);
    const SiteFile file{relative, disk->size, disk->modified, disk->changed, disk->kind, isJekyllDraftPath(config(), relative)};
    m_live = readPostRecord(config(), file, post.frontMatter(), post.text());
    m_posts->updateRecord(*m_live);
}

void ProjectPanel::refresh()
{
    m_session->refresh();
}

QStringList ProjectPanel::terms(const QString &taxonomy) const
{
    return index().termCounts(taxonomy).keys();
}

QTreeView *ProjectPanel::postView() const
{
    return m_ui->postView;
}

QTreeView *ProjectPanel::termView(const QString &taxonomy) const
{
    return taxonomy == categoriesTaxonomy ? m_ui->categoriesView : m_ui->tagsView;
}

QTreeView *ProjectPanel::currentTermView() const
{
    return m_ui->termTabs->currentIndex() == 1 ? m_ui->categoriesView : m_ui->tagsView;
}

QString ProjectPanel::currentTaxonomy() const
{
    return m_ui->termTabs->currentIndex() == 1 ? categoriesTaxonomy : tagsTaxonomy;
}

QString ProjectPanel::selectedTerm(QTreeView *view) const
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(TermListModel::TermRole).toString();
}

void ProjectPanel::scheduleSummary()
{
    m_summaryTimer.start();
}

void ProjectPanel::selectCurrentPost()
{
    const QModelIndex source = m_posts->index(m_posts->rowOf(m_currentPath), 0);
    const QModelIndex index = m_filter->mapFromSource(source);
    QItemSelectionModel *selection = m_ui->postView->selectionModel();
    if (!index.isValid()) {
        selection->clearSelection();
        return;
    }
    if (selection->currentIndex().row() == index.row() && selection->isRowSelected(index.row()))
        return;
    selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->postView->scrollTo(index);
}

} // namespace postwright
