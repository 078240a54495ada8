// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The project panel's filters (search, tag, category, state, year) and the
// summary under them: the term lists, the counts and the status line.
#include "project/projectpanel.h"

#include "project/postfiltermodel.h"
#include "project/postlistmodel.h"
#include "project/termlistmodel.h"
#include "ui_projectpanel.h"

#include <QDir>
#include <QSortFilterProxyModel>

#include <algorithm>

namespace postwright {
namespace {

// The kind and the rule that told it, so a site read with defaults says so.
QString siteKindText(const SiteConfig &config)
{
    switch (config.kind) {
    case SiteKind::Hugo:
        return config.rule == SiteRule::ContentFolder ? ProjectPanel::tr("Hugo site (no config found: defaults)")
                                                      : ProjectPanel::tr("Hugo site");
    case SiteKind::Jekyll:
        return config.rule == SiteRule::PostsFolder ? ProjectPanel::tr("Jekyll site (no _config.yml found: defaults)")
                                                    : ProjectPanel::tr("Jekyll site");
    case SiteKind::Zola:
        return ProjectPanel::tr("Zola site");
    case SiteKind::Plain:
        break;
    }
    return ProjectPanel::tr("Folder");
}

} // namespace

void ProjectPanel::createFilters()
{
    m_ui->tagCombo->addItem(tr("All tags"));
    m_ui->categoryCombo->addItem(tr("All categories"));
    m_ui->stateCombo->addItem(tr("Any state"));
    for (int state : {int(PostState::Published), int(PostState::Draft), int(PostState::Scheduled), int(PostState::Expired),
                      PostListModel::NoPageState, PostListModel::SectionState})
        m_ui->stateCombo->addItem(PostListModel::stateText(state), state);
    m_ui->yearCombo->addItem(tr("All years"));

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filter, &PostFilterModel::setSearchText);
    for (QComboBox *combo : {m_ui->tagCombo, m_ui->categoryCombo, m_ui->stateCombo, m_ui->yearCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ProjectPanel::scheduleSummary);
    connect(m_filter, &PostFilterModel::bodySearchFinished, this, &ProjectPanel::scheduleSummary);
    connect(m_ui->tagCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setTag(m_ui->tagCombo->currentData().toString());
    });
    connect(m_ui->categoryCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setCategory(m_ui->categoryCombo->currentData().toString());
    });
    connect(m_ui->stateCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant state = m_ui->stateCombo->currentData();
        m_filter->setState(state.isValid() ? std::optional<int>(state.toInt()) : std::nullopt);
    });
    connect(m_ui->yearCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setYear(m_ui->yearCombo->currentData().toInt()); });
}

void ProjectPanel::setTagFilter(const QString &tag)
{
    m_ui->tagCombo->setCurrentIndex(tag.isEmpty() ? 0 : std::max(0, m_ui->tagCombo->findData(tag)));
}

void ProjectPanel::setCategoryFilter(const QString &category)
{
    m_ui->categoryCombo->setCurrentIndex(category.isEmpty() ? 0 : std::max(0, m_ui->categoryCombo->findData(category)));
}

void ProjectPanel::setStateFilter(std::optional<int> state)
{
    m_ui->stateCombo->setCurrentIndex(state ? std::max(0, m_ui->stateCombo->findData(*state)) : 0);
}

void ProjectPanel::setYearFilter(int year)
{
    m_ui->yearCombo->setCurrentIndex(year == 0 ? 0 : std::max(0, m_ui->yearCombo->findData(year)));
}

void ProjectPanel::setSearchText(const QString &text)
{
    m_ui->searchEdit->setText(text);
}

void ProjectPanel::fillTermCombo(QComboBox *combo, const TermListModel *model, const QString &allText)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(allText);
    const QStringList terms = model->terms();
    for (const QString &term : terms)
        combo->addItem(QStringLiteral("%1 (%2)").arg(term).arg(model->count(term)), term);
    // A term that is gone (renamed, deleted) shows all posts again.
    combo->setCurrentIndex(std::max(0, current.isEmpty() ? 0 : combo->findData(current)));
}

void ProjectPanel::fillYearCombo()
{
    QList<int> years;
    for (int row = 0; row < m_posts->rowCount(); ++row) {
        const int year = m_posts->index(row, 0).data(PostListModel::YearRole).toInt();
        if (year != 0 && !years.contains(year))
            years.append(year);
    }
    std::sort(years.begin(), years.end(), std::greater<>());
    QComboBox *combo = m_ui->yearCombo;
    const int current = combo->currentData().toInt();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("All years"));
    for (int year : std::as_const(years))
        combo->addItem(QString::number(year), year);
    combo->setCurrentIndex(std::max(0, current == 0 ? 0 : combo->findData(current)));
}

void ProjectPanel::clearFilters()
{
    setTagFilter({});
    setCategoryFilter({});
    setStateFilter({});
    setYearFilter(0);
    setSearchText({});
}

void ProjectPanel::updateSummary()
{
    m_summaryTimer.stop();
    const SiteIndex &idx = index();
    m_tags->setCounts(idx.termCounts(tagsTaxonomy));
    m_categories->setCounts(idx.termCounts(categoriesTaxonomy));
    fillTermCombo(m_ui->tagCombo, m_tags, tr("All tags"));
    fillTermCombo(m_ui->categoryCombo, m_categories, tr("All categories"));
    fillYearCombo();
    // The combos may have fallen back to "all" when their term went away.
    m_filter->setTag(m_ui->tagCombo->currentData().toString());
    m_filter->setCategory(m_ui->categoryCombo->currentData().toString());
    m_filter->setYear(m_ui->yearCombo->currentData().toInt());
    // The term views show the filter's term as selected.
    m_syncingTerms = true;
    for (auto [view, model, combo] : {std::tuple{m_ui->tagsView, m_tags, m_ui->tagCombo},
                                      std::tuple{m_ui->categoriesView, m_categories, m_ui->categoryCombo}}) {
        const QString term = combo->currentData().toString();
        const int row = term.isEmpty() ? -1 : model->rowOf(term);
        if (row < 0) {
            view->clearSelection();
        } else if (selectedTerm(view) != term) {
            const auto *sorted = static_cast<QSortFilterProxyModel *>(view->model());
            const QModelIndex index = sorted->mapFromSource(model->index(row, 0));
            view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            view->scrollTo(index);
        }
    }
    m_syncingTerms = false;
    const bool termSelected = !selectedTerm(currentTermView()).isEmpty();
    for (QToolButton *button : {m_ui->renameTermButton, m_ui->mergeTermButton, m_ui->deleteTermButton})
        button->setEnabled(termSelected && hasIndex());

    // The kind is known once the config is read.
    const QString root = siteRoot();
    const QString name = QStringLiteral("<b>%1</b>").arg(QDir(root).dirName().toHtmlEscaped());
    m_ui->siteLabel->setText(root.isEmpty() ? tr("No site open")
                             : hasIndex()   ? name + QStringLiteral(" <span style='color:gray'>· %1</span>").arg(siteKindText(idx.config()))
                                              : name);
    m_ui->siteLabel->setToolTip(QDir::toNativeSeparators(root));
    m_ui->statusLabel->setText(statusText());

    const QStringList tags = m_tags->terms();
    const QStringList categories = m_categories->terms();
    if (tags != m_lastTags || categories != m_lastCategories) {
        m_lastTags = tags;
        m_lastCategories = categories;
        emit termsChanged(tags, categories);
    }
    selectCurrentPost();
    emit indexChanged();
}

QString ProjectPanel::statusText() const
{
    if (siteRoot().isEmpty())
        return tr("Open a post or a site folder to see its posts.");
    if (!hasIndex())
        return m_statusNote;
    const SiteIndex &idx = index();
    int posts = 0;
    int drafts = 0;
    for (const PostRecord &r : idx.posts()) {
        if (r.kind == PostKind::Section)
            continue;
        ++posts;
        if (r.isDraft())
            ++drafts;
    }
    // "Posts: 3" reads right for any number without a plural form.
    // Sections are list pages, not posts: no count here includes them.
    QStringList parts;
    int shown = 0;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        shown += m_filter->index(row, 0).data(PostListModel::KindRole).toInt() != int(PostKind::Section);
    if (m_filter->rowCount() != m_posts->rowCount())
        parts.append(tr("Showing %1 of %2").arg(shown).arg(posts)
                     + QStringLiteral(" (<a href=\"clear\">%1</a>)").arg(tr("show all")));
    else if (posts == 0)
        parts.append(tr("No posts yet"));
    else
        parts.append(tr("Posts: %1").arg(posts));
    if (drafts > 0)
        parts.append(tr("Drafts: %1").arg(drafts));
    const int problems = int(idx.warnings().size() + idx.errors().size());
    if (problems > 0)
        parts.append(QStringLiteral("<a href=\"warnings\">%1</a>").arg(tr("Warnings: %1").arg(problems)));
    return parts.join(QStringLiteral(" · "));
}

} // namespace postwright
