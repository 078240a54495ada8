// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frontmatter/frontmatter.h"
#include "site/siteconfig.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace postwright {

class ChipEditor;

// The post's front matter as a form. It never writes the file itself: each
// edit is a request (fieldEdited/fieldRemoved) that the window carries out
// through the session (Post::setField). The result comes back through
// acceptOwnEdit, which leaves the widget that made the edit as it is.
class FrontMatterForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrontMatterForm)

public:
    explicit FrontMatterForm(QWidget *parent = nullptr);

    // Shows fm; widgets the user is typing in keep their text.
    void setFrontMatter(const FrontMatter &fm);
    // fm is the result of the form's own edit: the widget that made it is
    // left as the user left it (text, cursor, undo); the rest follow.
    void acceptOwnEdit(const FrontMatter &fm);
    // fm is another post's (or the post reloaded): every widget shows it,
    // also the one with the focus, and half-typed input is dropped.
    void showLoaded(const FrontMatter &fm);
    void setTermCompletions(const QStringList &tags, const QStringList &categories);
    // The site the post belongs to: its kind decides what a taxonomy
    // string's terms are (core's termsOfField), as in the sidebar and export.
    void setSiteConfig(const SiteConfig &site);
    // The post's file: a Jekyll post without a date field shows the date
    // of its name (2024-01-02-title.md), greyed, as Jekyll uses it; it is
    // written to the front matter only when the user changes it.
    void setPostPath(const QString &path);

    // Test hooks: the editor widget of a standard field ("title", "tags"...).
    QWidget *editorFor(const QString &key) const;
    QString errorText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

signals:
    void fieldEdited(const QString &key, const postwright::Value &value);
    void fieldRemoved(const QString &key);

private:
    void buildStandardFields();
    // "Other fields": the keys without a row of their own, and a row to add one.
    void buildOtherFields(QVBoxLayout *outer);
    void styleErrorLabel();
    void styleDateField();
    void rebuildOtherFields(const FrontMatter &fm);
    QWidget *otherFieldEditor(const Field &f);
    void updateOtherFieldValues(const FrontMatter &fm);
    void editLine(QLineEdit *line, const QString &key);
    // Emits fieldEdited, remembering which widget made the edit.
    void emitEdit(QWidget *source, const QString &key, const Value &value);
    void editDate();
    QStringList termsOf(const QString &key) const;
    void editTerms(ChipEditor *chips, const QString &key, const QStringList &terms);
    void addField();
    QString summaryKey() const;

    FrontMatter m_frontMatter;
    SiteConfig m_site;
    QString m_postPath;
    // The date a Jekyll post's file name gives; invalid: none.
    QDate fileNameDate() const;
    void showDate(const FrontMatter &fm);
    QWidget *m_editSource = nullptr;   // the widget whose edit is being carried out
    const QWidget *m_skip = nullptr;   // left alone while showing its own edit
    QLabel *m_error = nullptr;
    QWidget *m_fields = nullptr;
    QLineEdit *m_title = nullptr;
    bool m_loading = false;
    QDateTimeEdit *m_date = nullptr;
    QPushButton *m_clearDate = nullptr;
    QLineEdit *m_author = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QCheckBox *m_draft = nullptr;
    QLineEdit *m_slug = nullptr;
    ChipEditor *m_tags = nullptr;
    ChipEditor *m_categories = nullptr;
    QGridLayout *m_otherGrid = nullptr;
    QWidget *m_otherBox = nullptr;
    QStringList m_otherLayout;    // "key/type" of the rows shown, to know when to rebuild
    QHash<QString, QWidget *> m_otherEditors;
    QLineEdit *m_newKey = nullptr;
    QLineEdit *m_newValue = nullptr;
    QPushButton *m_addField = nullptr;
};

} // namespace postwright
