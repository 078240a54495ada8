// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settingsdialog.h"

#include "settings/uilanguage.h"
#include "ui_settingsdialog.h"

#include <QLocale>
#include <QPushButton>

namespace postwright {
namespace {

void setCurrentData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(std::max(0, index));
}

// "de_DE" -> "German (Germany) — de_DE"
QString dictionaryLabel(const QString &name)
{
    const QLocale locale(name);
    if (locale.language() == QLocale::C)
        return name;
    const QString language = QLocale::languageToString(locale.language());
    const QString territory = name.contains(QLatin1Char('_')) ? QLocale::territoryToString(locale.territory()) : QString();
    const QString readable = territory.isEmpty() ? language : QStringLiteral("%1 (%2)").arg(language, territory);
    return QStringLiteral("%1 — %2").arg(readable, name);
}

} // namespace

SettingsDialog::SettingsDialog(const QStringList &dictionaries, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    // The preview's "system" choice follows the window, which follows the
    // system unless it is set to light or dark.
    m_ui->uiThemeCombo->addItem(tr("Follow the system"), int(ThemeChoice::System));
    m_ui->previewThemeCombo->addItem(tr("Follow the system (as the window)"), int(ThemeChoice::System));
    for (QComboBox *combo : {m_ui->uiThemeCombo, m_ui->previewThemeCombo}) {
        combo->addItem(tr("Light"), int(ThemeChoice::Light));
        combo->addItem(tr("Dark"), int(ThemeChoice::Dark));
    }
    m_ui->toolBarCombo->addItem(tr("Icons"), int(Qt::ToolButtonIconOnly));
    m_ui->toolBarCombo->addItem(tr("Text"), int(Qt::ToolButtonTextOnly));
    m_ui->toolBarCombo->addItem(tr("Icons and text"), int(Qt::ToolButtonTextUnderIcon));
    m_ui->remoteCombo->addItem(tr("Load remote images"), false);
    m_ui->remoteCombo->addItem(tr("Block all remote content"), true);
    m_ui->imagePlacementCombo->addItem(tr("Next to the post, or the site's image folder"), int(ImagePlacement::SiteDefault));
    m_ui->imagePlacementCombo->addItem(tr("Always images/ beside the post"), int(ImagePlacement::BesidePost));
    m_ui->imagePlacementCombo->addItem(tr("A folder of the site (below)"), int(ImagePlacement::Custom));
    m_ui->postLinkCombo->addItem(tr("Relative link to the post's file"), int(markdown::PostLinkStyle::Relative));
    m_ui->postLinkCombo->addItem(tr("Hugo ref shortcode"), int(markdown::PostLinkStyle::HugoRef));
    m_ui->postLinkCombo->addItem(tr("Hugo relref shortcode"), int(markdown::PostLinkStyle::HugoRelref));
    m_ui->spellCombo->addItem(tr("Off"), QString::fromLatin1(AppSettings::spellOff));
    m_ui->spellCombo->addItem(tr("Follow the post or site (else the system language)"),
                              QString::fromLatin1(AppSettings::spellFollow));
    for (const QString &name : dictionaries)
        m_ui->spellCombo->addItem(dictionaryLabel(name), name);
    if (dictionaries.isEmpty())
        m_ui->spellCombo->setToolTip(tr("No Hunspell dictionaries are installed (Debian: hunspell-en-us, hunspell-de-de…)."));

    m_ui->languageCombo->addItem(tr("Follow the system"), QString::fromLatin1(uiLanguageFollowSystem));
    m_ui->languageCombo->addItem(uiLanguageName(QStringLiteral("en")), QStringLiteral("en"));
    for (const QString &code : translatedUiLanguages())
        m_ui->languageCombo->addItem(uiLanguageName(code), code);
    // The windows are built in one language: a new one shows at the next start.
    m_ui->languageNote->setText(tr("Postwright will use this language the next time it starts."));
    const auto updateLanguageNote = [this] {
        m_ui->languageNote->setVisible(effectiveUiLanguage(m_ui->languageCombo->currentData().toString()) != runningUiLanguage());
    };
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, updateLanguageNote);

    const auto updateCustomFolder = [this] {
        const bool custom = m_ui->imagePlacementCombo->currentData().toInt() == int(ImagePlacement::Custom);
        m_ui->customFolderEdit->setEnabled(custom);
        m_ui->customFolderLabel->setEnabled(custom);
    };
    connect(m_ui->imagePlacementCombo, &QComboBox::currentIndexChanged, this, updateCustomFolder);
    updateCustomFolder();
    updateLanguageNote();

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    setSettings(AppSettings::load());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setSettings(const AppSettings &s)
{
    m_ui->fontCombo->setCurrentFont(s.editorFont);
    m_ui->fontSizeSpin->setValue(qRound(s.editorFont.pointSizeF()));
    m_ui->autosaveSpin->setValue(s.autosaveSeconds);
    // A dictionary that is no longer installed stays chosen, by name.
    if (m_ui->spellCombo->findData(s.spellLanguage) < 0)
        m_ui->spellCombo->addItem(s.spellLanguage, s.spellLanguage);
    setCurrentData(m_ui->spellCombo, s.spellLanguage);
    setCurrentData(m_ui->imagePlacementCombo, int(s.imagePlacement));
    m_ui->customFolderEdit->setText(s.customImageFolder);
    setCurrentData(m_ui->postLinkCombo, int(s.postLinkStyle));
    setCurrentData(m_ui->uiThemeCombo, int(s.uiTheme));
    setCurrentData(m_ui->previewThemeCombo, int(s.previewTheme));
    setCurrentData(m_ui->remoteCombo, s.blockRemoteContent);
    setCurrentData(m_ui->languageCombo, s.uiLanguage);
    m_ui->hugoEdit->setText(s.hugoBinary);
    setCurrentData(m_ui->toolBarCombo, int(s.toolButtonStyle));
    m_ui->focusFontCombo->setCurrentFont(s.focusFont);
    m_ui->focusFontSizeSpin->setValue(qRound(s.focusFont.pointSizeF()));
    m_ui->typewriterCheck->setChecked(s.typewriterScrolling);
    m_ui->dimCheck->setChecked(s.dimOtherParagraphs);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    s.editorFont = m_ui->fontCombo->currentFont();
    s.editorFont.setPointSizeF(m_ui->fontSizeSpin->value());
    s.autosaveSeconds = m_ui->autosaveSpin->value();
    s.spellLanguage = m_ui->spellCombo->currentData().toString();
    s.imagePlacement = ImagePlacement(m_ui->imagePlacementCombo->currentData().toInt());
    const QString folder = m_ui->customFolderEdit->text().trimmed();
    s.customImageFolder = folder.isEmpty() ? m_ui->customFolderEdit->placeholderText() : folder;
    s.uiTheme = ThemeChoice(m_ui->uiThemeCombo->currentData().toInt());
    s.previewTheme = ThemeChoice(m_ui->previewThemeCombo->currentData().toInt());
    s.blockRemoteContent = m_ui->remoteCombo->currentData().toBool();
    s.uiLanguage = m_ui->languageCombo->currentData().toString();
    s.hugoBinary = m_ui->hugoEdit->text().trimmed();
    s.postLinkStyle = markdown::PostLinkStyle(m_ui->postLinkCombo->currentData().toInt());
    s.toolButtonStyle = Qt::ToolButtonStyle(m_ui->toolBarCombo->currentData().toInt());
    s.focusFont = m_ui->focusFontCombo->currentFont();
    s.focusFont.setPointSizeF(m_ui->focusFontSizeSpin->value());
    s.typewriterScrolling = m_ui->typewriterCheck->isChecked();
    s.dimOtherParagraphs = m_ui->dimCheck->isChecked();
    return s;
}

void SettingsDialog::apply()
{
    const AppSettings s = settings();
    s.save();
    emit applied(s);
}

} // namespace postwright
