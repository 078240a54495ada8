// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/imageimportdialog.h"

#include "documentsupport/imageprocess.h"
#include "settings/appsettings.h"

#include <QBuffer>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>

namespace postwright {
namespace {

const QSize previewSize(320, 200);

// A row of a checkbox and the spin box it enables.
QWidget *optionRow(QCheckBox *check, QSpinBox *spin, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(check);
    layout->addWidget(spin);
    layout->addStretch();
    QObject::connect(check, &QCheckBox::toggled, spin, &QWidget::setEnabled);
    spin->setEnabled(check->isChecked());
    return row;
}

} // namespace

ImageImportDialog::ImageImportDialog(const QByteArray &bytes, const QString &sourceFile, const QString &fallbackName,
                                     QWidget *parent)
    : QDialog(parent)
    , m_bytes(bytes)
    , m_sourceFile(sourceFile)
    , m_fallbackName(fallbackName)
{
    setObjectName(QStringLiteral("imageImportDialog"));
    setWindowTitle(tr("Insert Image"));
    const QString suffix = QFileInfo(sourceFile).suffix().toLower();
    m_svg = suffix == QLatin1String("svg") || suffix == QLatin1String("svgz");
    buildForm();
    showPreview();
    const QString alt = sourceFile.isEmpty() ? QString() : altTextFromFileName(sourceFile);
    m_alt->setText(alt);
    altTextEdited(alt);
    updateSuffix();
    m_alt->setFocus();
    m_alt->selectAll();
}

void ImageImportDialog::buildForm()
{
    auto *form = new QFormLayout(this);
    m_preview = new QLabel(this);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(previewSize);
    form->addRow(m_preview);

    m_alt = new QLineEdit(this);
    m_alt->setObjectName(QStringLiteral("altText"));
    m_alt->setPlaceholderText(tr("Describe the image for readers who cannot see it"));
    m_alt->setAccessibleName(tr("Alt text"));
    connect(m_alt, &QLineEdit::textEdited, this, &ImageImportDialog::altTextEdited);
    form->addRow(tr("&Alt text:"), m_alt);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("fileName"));
    m_name->setAccessibleName(tr("File name"));
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    m_suffix = new QLabel(this);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name);
    nameRow->addWidget(m_suffix);
    auto *nameLabel = new QLabel(tr("Save &as:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameRow);

    m_scale = new QCheckBox(tr("&Scale down to a maximum width of"), this);
    m_scale->setObjectName(QStringLiteral("scaleDown"));
    m_scale->setChecked(AppSettings::imageOption(QStringLiteral("scale"), true).toBool());
    m_maxWidth = new QSpinBox(this);
    m_maxWidth->setObjectName(QStringLiteral("maxWidth"));
    m_maxWidth->setAccessibleName(tr("Maximum width"));
    m_maxWidth->setRange(16, 10000);
    m_maxWidth->setSuffix(tr(" px"));
    m_maxWidth->setValue(AppSettings::imageOption(QStringLiteral("maxWidth"), 1600).toInt());
    form->addRow(optionRow(m_scale, m_maxWidth, this));

    m_webp = new QCheckBox(tr("Convert to &WebP, quality"), this);
    m_webp->setObjectName(QStringLiteral("convertWebp"));
    m_quality = new QSpinBox(this);
    m_quality->setObjectName(QStringLiteral("webpQuality"));
    m_quality->setAccessibleName(tr("WebP quality"));
    m_quality->setRange(1, 100);
    m_quality->setValue(AppSettings::imageOption(QStringLiteral("webpQuality"), 80).toInt());
    m_webp->setChecked(canWriteWebp() && AppSettings::imageOption(QStringLiteral("webp"), false).toBool());
    form->addRow(optionRow(m_webp, m_quality, this));
    if (!canWriteWebp()) {
        m_webp->setEnabled(false);
        m_webp->setToolTip(tr("This system cannot write WebP images: install the Qt image format plugins "
                              "(qt6-image-formats-plugins)."));
    }
    connect(m_webp, &QCheckBox::toggled, this, &ImageImportDialog::updateSuffix);

    m_keepOriginal = new QCheckBox(tr("&Keep the original too"), this);
    m_keepOriginal->setObjectName(QStringLiteral("keepOriginal"));
    m_keepOriginal->setToolTip(tr("Saves the image as it was next to the scaled or converted copy."));
    m_keepOriginal->setChecked(AppSettings::imageOption(QStringLiteral("keepOriginal"), false).toBool());
    form->addRow(m_keepOriginal);
    if (m_svg) {
        // A drawing is copied as it is.
        for (QWidget *option : {static_cast<QWidget *>(m_scale), static_cast<QWidget *>(m_maxWidth),
                                static_cast<QWidget *>(m_webp), static_cast<QWidget *>(m_quality),
                                static_cast<QWidget *>(m_keepOriginal)})
            option->setEnabled(false);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Insert"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(m_buttons);
}

void ImageImportDialog::showPreview()
{
    QBuffer buffer(&m_bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    reader.setAllocationLimit(256);
    const QSize size = reader.size();
    // A hostile header is not decoded here: the import says what is wrong.
    if (!size.isValid() || qint64(size.width()) * size.height() > maxImagePixels) {
        m_preview->setText(tr("No preview"));
        return;
    }
    reader.setScaledSize(size.scaled(previewSize, Qt::KeepAspectRatio).boundedTo(size));
    const QImage image = reader.read();
    if (image.isNull()) {
        m_preview->setText(tr("No preview"));
        return;
    }
    m_preview->setPixmap(QPixmap::fromImage(image));
    m_preview->setToolTip(tr("%1 × %2 pixels").arg(size.width()).arg(size.height()));
}

void ImageImportDialog::altTextEdited(const QString &text)
{
    if (m_nameEdited)
        return;
    const QString base = imageBaseName(text);
    m_name->setText(base.isEmpty() ? m_fallbackName : base);
}

void ImageImportDialog::updateSuffix()
{
    QString suffix = m_sourceFile.isEmpty() ? QStringLiteral("png") : QFileInfo(m_sourceFile).suffix().toLower();
    if (m_webp->isChecked() && !m_svg)
        suffix = QStringLiteral("webp");
    m_suffix->setText(QLatin1Char('.') + suffix);
}

QString ImageImportDialog::altText() const
{
    return m_alt->text().simplified();
}

ImageImportRequest ImageImportDialog::request() const
{
    ImageImportRequest request;
    request.bytes = m_bytes;
    request.sourceName = m_sourceFile.isEmpty() ? QStringLiteral("image.png") : m_sourceFile;
    request.baseName = m_name->text().trimmed().isEmpty() ? m_fallbackName : m_name->text().trimmed();
    if (!m_svg) {
        request.processing.maxWidth = m_scale->isChecked() ? m_maxWidth->value() : 0;
        request.processing.webp = m_webp->isEnabled() && m_webp->isChecked();
        request.processing.webpQuality = m_quality->value();
        request.keepOriginal = m_keepOriginal->isChecked();
    }
    return request;
}

void ImageImportDialog::accept()
{
    if (!m_svg) {
        AppSettings::setImageOption(QStringLiteral("scale"), m_scale->isChecked());
        AppSettings::setImageOption(QStringLiteral("maxWidth"), m_maxWidth->value());
        if (m_webp->isEnabled())
            AppSettings::setImageOption(QStringLiteral("webp"), m_webp->isChecked());
        AppSettings::setImageOption(QStringLiteral("webpQuality"), m_quality->value());
        AppSettings::setImageOption(QStringLiteral("keepOriginal"), m_keepOriginal->isChecked());
    }
    QDialog::accept();
}

} // namespace postwright
