// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentsupport/imageimport.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace postwright {

// Asks how a pasted or dropped image goes into the post: its alt text
// (prefilled from the file's name; empty for a pasted image), the name to
// save it as (follows the alt text until edited), scaling down to a maximum
// width, conversion to WebP and keeping the original. The choices other
// than the names are remembered for the next image.
class ImageImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageImportDialog)

public:
    // sourceFile: the dropped or chosen file, empty for clipboard data;
    // fallbackName: the file name when the alt text gives none.
    ImageImportDialog(const QByteArray &bytes, const QString &sourceFile, const QString &fallbackName,
                      QWidget *parent = nullptr);

    QString altText() const;
    // The request for core's importImage (bytes, names, processing), without the folder.
    ImageImportRequest request() const;

    void accept() override;

private:
    void buildForm();
    void showPreview();
    void altTextEdited(const QString &text);
    void updateSuffix();

    QByteArray m_bytes;
    QString m_sourceFile;
    QString m_fallbackName;
    bool m_nameEdited = false;
    bool m_svg = false;
    QLabel *m_preview = nullptr;
    QLineEdit *m_alt = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_suffix = nullptr;
    QCheckBox *m_scale = nullptr;
    QSpinBox *m_maxWidth = nullptr;
    QCheckBox *m_webp = nullptr;
    QSpinBox *m_quality = nullptr;
    QCheckBox *m_keepOriginal = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace postwright
