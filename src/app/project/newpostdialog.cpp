// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/newpostdialog.h"

#include "site/slug.h"
#include "ui_newpostdialog.h"

#include <QCompleter>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>

namespace postwright {
namespace {

// Hugo's sections: the content folders that are not page bundles.
QStringList hugoSections(const SiteConfig &config)
{
    QStringList sections;
    const QDir content(config.contentDir);
    for (const QString &name : content.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!QFileInfo::exists(content.filePath(name + QStringLiteral("/index.md"))))
            sections.append(name);
    }
    return sections;
}

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

} // namespace

NewPostDialog::NewPostDialog(const SiteConfig &config, const QStringList &knownTags, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NewPostDialog>()), m_config(config)
{
    m_ui->setupUi(this);
    const bool hasSections = config.hasContentTree();
    m_ui->sectionLabel->setVisible(hasSections);
    m_ui->sectionCombo->setVisible(hasSections);
    if (config.kind == SiteKind::Hugo) {
        const QStringList sections = hugoSections(config);
        m_ui->sectionCombo->addItems(sections);
        // What createPost picks when no section is given.
        const bool singular = sections.contains(QStringLiteral("post")) && !sections.contains(QStringLiteral("posts"));
        m_ui->sectionCombo->setCurrentText(singular ? QStringLiteral("post") : QStringLiteral("posts"));
    } else if (config.kind == SiteKind::Zola) {
        // Zola: content/ itself (the empty entry) or one of its sections;
        // createPost's choice (blog/, else posts/, else content/) first.
        const QStringList sections = hugoSections(config);
        m_ui->sectionCombo->addItem(QString());
        m_ui->sectionCombo->addItems(sections);
        for (const QString &preferred : {QStringLiteral("posts"), QStringLiteral("blog")}) {
            if (sections.contains(preferred))
                m_ui->sectionCombo->setCurrentText(preferred);
        }
    }
    // Jekyll has no bundles.
    m_ui->bundleCheck->setVisible(config.kind != SiteKind::Jekyll);

    auto *completer = new QCompleter(knownTags, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    // Completes the last tag of the comma-separated list only.
    connect(m_ui->tagsEdit, &QLineEdit::textEdited, this, [this, completer](const QString &text) {
        const QString last = text.section(QLatin1Char(','), -1).trimmed();
        if (last.isEmpty())
            return;
        completer->setCompletionPrefix(last);
        completer->complete();
    });
    completer->setWidget(m_ui->tagsEdit);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &tag) {
        QStringList parts = m_ui->tagsEdit->text().split(QLatin1Char(','));
        parts.last() = (parts.size() > 1 ? QStringLiteral(" ") : QString()) + tag;
        m_ui->tagsEdit->setText(parts.join(QLatin1Char(',')) + QStringLiteral(", "));
    });

    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, &NewPostDialog::updatePreview);
    connect(m_ui->slugEdit, &QLineEdit::textChanged, this, &NewPostDialog::updatePreview);
    connect(m_ui->sectionCombo, &QComboBox::currentTextChanged, this, &NewPostDialog::updatePreview);
    connect(m_ui->bundleCheck, &QCheckBox::toggled, this, &NewPostDialog::updatePreview);
    connect(m_ui->draftCheck, &QCheckBox::toggled, this, &NewPostDialog::updatePreview);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewPostDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NewPostDialog::reject);
    updatePreview();
}

NewPostDialog::~NewPostDialog() = default;

NewPostOptions NewPostDialog::options() const
{
    NewPostOptions options;
    options.title = m_ui->titleEdit->text().trimmed();
    options.slug = m_ui->slugEdit->text().trimmed();
    options.tags = splitTags(m_ui->tagsEdit->text());
    options.draft = m_ui->draftCheck->isChecked();
    options.bundle = m_config.kind != SiteKind::Jekyll && m_ui->bundleCheck->isChecked();
    if (m_config.hasContentTree())
        options.section = m_ui->sectionCombo->currentText().trimmed();
    return options;
}

void NewPostDialog::updatePreview()
{
    const NewPostOptions opts = options();
    // The slug the title gives shows in the empty field; typing one there
    // replaces it.
    const QString fromTitle = slugify(opts.title);
    m_ui->slugEdit->setPlaceholderText(fromTitle.isEmpty() ? tr("(type a title)") : fromTitle);
    const QString slug = newPostSlug(opts);
    const Result<QString> path = slug.isEmpty() ? Result<QString>(Error{}) : newPostPath(m_config, opts);
    m_path = path ? path.value() : QString();
    showPath();
    const bool exists = path && QFileInfo::exists(m_config.absolutePath(path.value()));
    m_ui->errorLabel->setText(exists ? tr("A post with this name already exists.") : QString());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(path.ok() && !exists);
}

// The whole file name when it fits, else its middle elided with the whole
// name in the tooltip: never cut off at the edge.
void NewPostDialog::showPath()
{
    QLabel *label = m_ui->pathLabel;
    const QString shown = isVisible() ? label->fontMetrics().elidedText(m_path, Qt::ElideMiddle, label->contentsRect().width())
                                      : m_path;
    label->setText(shown);
    label->setToolTip(shown == m_path ? QString() : m_path);
    label->setAccessibleDescription(m_path);
}

void NewPostDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    showPath();
}

void NewPostDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    showPath();
}

void NewPostDialog::accept()
{
    const Result<QString> created = createPost(m_config, options());
    if (!created) {
        m_ui->errorLabel->setText(created.error().message);
        return;
    }
    m_created = created.value();
    QDialog::accept();
}

} // namespace postwright
