// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "form/frontmatterform.h"

#include "form/chipeditor.h"
#include "site/siterules.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace postwright {
namespace {

// Keys the form shows in their own rows; the rest go under "Other fields".
const QStringList &standardKeys()
{
    static const QStringList keys = {QStringLiteral("title"), QStringLiteral("date"), QStringLiteral("author"),
                                     QStringLiteral("summary"), QStringLiteral("description"),
                                     QStringLiteral("draft"), QStringLiteral("slug"), QStringLiteral("tags"),
                                     QStringLiteral("categories")};
    return keys;
}

// Sets a widget's value only when the user is not typing in it, and not in
// the widget whose edit this is (skip).
template<typename Widget, typename Setter>
void refresh(Widget *widget, Setter set, const QWidget *skip = nullptr)
{
    if (widget != skip && !widget->hasFocus()) {
        const QSignalBlocker blocker(widget);
        set(widget);
    }
}

} // namespace

FrontMatterForm::FrontMatterForm(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    styleErrorLabel();
    m_error->setAccessibleName(tr("Front-matter error"));
    m_error->hide();
    layout->addWidget(m_error);
    m_fields = new QWidget(this);
    layout->addWidget(m_fields);
    buildStandardFields();
    layout->addStretch();
}

void FrontMatterForm::buildStandardFields()
{
    auto *outer = new QVBoxLayout(m_fields);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(form);

    m_title = new QLineEdit(m_fields);
    m_title->setAccessibleName(tr("Title"));
    form->addRow(tr("&Title"), m_title);
    connect(m_title, &QLineEdit::editingFinished, this, [this] { editLine(m_title, QStringLiteral("title")); });

    auto *dateRow = new QHBoxLayout;
    m_date = new QDateTimeEdit(m_fields);
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Date"));
    m_clearDate = new QPushButton(tr("Set date"), m_fields);
    m_clearDate->setAccessibleName(tr("Set the date to now"));
    dateRow->addWidget(m_date, 1);
    dateRow->addWidget(m_clearDate);
    auto *dateLabel = new QLabel(tr("&Date"), m_fields);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, dateRow);
    connect(m_date, &QDateTimeEdit::editingFinished, this, &FrontMatterForm::editDate);
    connect(m_clearDate, &QPushButton::clicked, this, [this] {
        const QDateTime now = QDateTime::currentDateTime();
        const auto value = DateTimeValue::parse(now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate));
        if (value)
            emitEdit(m_clearDate, QStringLiteral("date"), Value::fromDate(*value));
    });

    m_author = new QLineEdit(m_fields);
    m_author->setAccessibleName(tr("Author"));
    form->addRow(tr("&Author"), m_author);
    connect(m_author, &QLineEdit::editingFinished, this, [this] { editLine(m_author, QStringLiteral("author")); });

    m_summary = new QPlainTextEdit(m_fields);
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("Su&mmary"), m_summary);
    m_summary->installEventFilter(this);
    connect(m_summary, &QPlainTextEdit::textChanged, this, [this] { m_summary->setProperty("dirty", true); });

    auto *flags = new QHBoxLayout;
    m_draft = new QCheckBox(tr("D&raft"), m_fields);
    m_draft->setAccessibleName(tr("Draft"));
    flags->addWidget(m_draft);
    flags->addSpacing(16);
    auto *slugLabel = new QLabel(tr("Sl&ug"), m_fields);
    flags->addWidget(slugLabel);
    m_slug = new QLineEdit(m_fields);
    m_slug->setAccessibleName(tr("Slug"));
    slugLabel->setBuddy(m_slug);
    flags->addWidget(m_slug, 1);
    form->addRow(QString(), flags);
    connect(m_draft, &QCheckBox::toggled, this, [this](bool on) { emitEdit(m_draft, QStringLiteral("draft"), Value::fromBool(on)); });
    connect(m_slug, &QLineEdit::editingFinished, this, [this] { editLine(m_slug, QStringLiteral("slug")); });

    m_tags = new ChipEditor(m_fields);
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->focusProxy()->setAccessibleName(tr("Add a tag"));
    form->addRow(tr("Ta&gs"), m_tags);
    connect(m_tags, &ChipEditor::itemsEdited, this, [this](const QStringList &items) { editTerms(m_tags, QStringLiteral("tags"), items); });
    m_categories = new ChipEditor(m_fields);
    m_categories->setAccessibleName(tr("Categories"));
    m_categories->focusProxy()->setAccessibleName(tr("Add a category"));
    form->addRow(tr("&Categories"), m_categories);
    connect(m_categories, &ChipEditor::itemsEdited, this,
            [this](const QStringList &items) { editTerms(m_categories, QStringLiteral("categories"), items); });

    buildOtherFields(outer);
}

void FrontMatterForm::buildOtherFields(QVBoxLayout *outer)
{
    m_otherBox = new QWidget(m_fields);
    auto *otherLayout = new QVBoxLayout(m_otherBox);
    otherLayout->setContentsMargins(0, 6, 0, 0);
    auto *otherTitle = new QLabel(tr("<b>Other fields</b>"), m_otherBox);
    otherLayout->addWidget(otherTitle);
    m_otherGrid = new QGridLayout;
    m_otherGrid->setColumnStretch(1, 1);
    otherLayout->addLayout(m_otherGrid);
    auto *addRow = new QHBoxLayout;
    m_newKey = new QLineEdit(m_otherBox);
    m_newKey->setPlaceholderText(tr("new key"));
    m_newKey->setAccessibleName(tr("New field name"));
    m_newValue = new QLineEdit(m_otherBox);
    m_newValue->setPlaceholderText(tr("value"));
    m_newValue->setAccessibleName(tr("New field value"));
    m_addField = new QPushButton(tr("Add f&ield"), m_otherBox);
    addRow->addWidget(m_newKey);
    addRow->addWidget(m_newValue, 1);
    addRow->addWidget(m_addField);
    otherLayout->addLayout(addRow);
    outer->addWidget(m_otherBox);
    connect(m_addField, &QPushButton::clicked, this, &FrontMatterForm::addField);
    connect(m_newValue, &QLineEdit::returnPressed, this, &FrontMatterForm::addField);
}

void FrontMatterForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        styleErrorLabel();
        styleDateField();
    }
    QWidget::changeEvent(event);
}

void FrontMatterForm::styleErrorLabel()
{
    // A red that reads on the light and on the dark palette.
    const bool dark = palette().color(QPalette::Window).lightness() < palette().color(QPalette::WindowText).lightness();
    m_error->setStyleSheet(dark ? QStringLiteral("QLabel { color: #ff8a80; font-weight: bold; }")
                                : QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }"));
}

bool FrontMatterForm::eventFilter(QObject *watched, QEvent *event)
{
    // The summary is written when the user leaves it, as one edit.
    if (watched == m_summary && event->type() == QEvent::FocusOut && m_summary->property("dirty").toBool()) {
        m_summary->setProperty("dirty", false);
        const QString text = m_summary->toPlainText();
        const Field *f = m_frontMatter.field(summaryKey());
        if (!(f == nullptr && text.isEmpty()) && !(f && f->value.displayText() == text))
            emitEdit(m_summary, summaryKey(), Value::fromString(text));
    }
    return QWidget::eventFilter(watched, event);
}

QString FrontMatterForm::summaryKey() const
{
    if (!m_frontMatter.field(QStringLiteral("summary")) && m_frontMatter.field(QStringLiteral("description")))
        return QStringLiteral("description");
    return QStringLiteral("summary");
}

void FrontMatterForm::editLine(QLineEdit *line, const QString &key)
{
    const QString text = line->text();
    const Field *f = m_frontMatter.field(key);
    if ((!f && text.isEmpty()) || (f && f->value.displayText() == text))
        return;
    emitEdit(line, key, Value::fromString(text));
}

void FrontMatterForm::emitEdit(QWidget *source, const QString &key, const Value &value)
{
    m_editSource = source;
    emit fieldEdited(key, value);
    m_editSource = nullptr;
}

void FrontMatterForm::acceptOwnEdit(const FrontMatter &fm)
{
    m_skip = m_editSource;
    setFrontMatter(fm);
    m_skip = nullptr;
}

QStringList FrontMatterForm::termsOf(const QString &key) const
{
    const Field *field = m_frontMatter.field(key);
    return field ? termsOfField(m_site, *field) : QStringList();
}

void FrontMatterForm::editTerms(ChipEditor *chips, const QString &key, const QStringList &terms)
{
    // The field keeps its own form: a Jekyll "tags: a b" string stays a string.
    const Field *field = m_frontMatter.field(key);
    emitEdit(chips, key, termsFieldValue(m_site, field ? field->value : Value(), terms));
}

void FrontMatterForm::showDate(const FrontMatter &fm)
{
    refresh(m_date, [&](QDateTimeEdit *w) {
        const Field *f = fm.field(QStringLiteral("date"));
        const bool known = f && f->value.type == ValueType::Date;
        w->setEnabled(known || !f);
        // The edit shows the wall clock as written, in the post's own zone
        // (QDateTimeEdit would move a +05:30 time to UTC), as a UTC value.
        w->setTimeSpec(Qt::UTC);
        w->setProperty("fromFileName", false);
        if (known) {
            const DateTimeValue &d = f->value.date;
            w->setSpecialValueText({});
            w->setDisplayFormat(d.hasTime ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd"));
            w->setDateTime(QDateTime(d.date, d.hasTime ? d.time : QTime(0, 0), Qt::UTC));
            w->setToolTip(tr("As written: %1").arg(d.text));
        } else if (const QDate fromName = fileNameDate(); !f && fromName.isValid()) {
            // Jekyll's date from the file name, greyed: not in the file.
            w->setSpecialValueText({});
            w->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            w->setDateTime(QDateTime(fromName, QTime(0, 0), Qt::UTC));
            w->setToolTip(tr("From the file name; written to the front matter only when you change it"));
            w->setProperty("fromFileName", true);
        } else {
            // No date: an empty field (the minimum shows as blank), never the last post's date.
            w->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
            w->setSpecialValueText(QStringLiteral(" "));
            w->setDateTime(w->minimumDateTime());
            w->setToolTip(f ? tr("Not a date: %1").arg(f->value.displayText()) : tr("No date yet"));
        }
    }, m_skip);
    styleDateField();
}

// Greyed while it shows the file name's date. Only that one colour is set
// on the field, so a theme switch reaches the rest of it; changeEvent sets
// it again from the new palette.
void FrontMatterForm::styleDateField()
{
    QPalette palette;
    if (m_date->property("fromFileName").toBool())
        palette.setColor(QPalette::Text, this->palette().color(QPalette::PlaceholderText));
    m_date->setPalette(palette);
}

QDate FrontMatterForm::fileNameDate() const
{
    if (m_site.kind != SiteKind::Jekyll || m_postPath.isEmpty())
        return {};
    if (!QFileInfo(m_postPath).absolutePath().split(QLatin1Char('/')).contains(QLatin1String("_posts")))
        return {};
    const std::optional<JekyllFileName> name = parseJekyllFileName(QFileInfo(m_postPath).fileName());
    return name ? name->date : QDate();
}

void FrontMatterForm::setPostPath(const QString &path)
{
    m_postPath = path;
    showDate(m_frontMatter);
}

void FrontMatterForm::setSiteConfig(const SiteConfig &site)
{
    m_site = site;
    showDate(m_frontMatter);
    refresh(m_tags, [&](ChipEditor *w) { w->setItems(termsOf(QStringLiteral("tags"))); });
    refresh(m_categories, [&](ChipEditor *w) { w->setItems(termsOf(QStringLiteral("categories"))); });
}

void FrontMatterForm::editDate()
{
    const Field *f = m_frontMatter.field(QStringLiteral("date"));
    const QDateTime shown = m_date->dateTime();
    // The blank of a post without a date is no date to write, nor is the
    // file name's date left as it is.
    if (!f && shown == m_date->minimumDateTime())
        return;
    if (!f && m_date->property("fromFileName").toBool() && shown == QDateTime(fileNameDate(), QTime(0, 0), Qt::UTC))
        return;
    // The wall clock shown, in the post's own zone (or the local one).
    QDateTime edited(shown.date(), shown.time());
    if (f && f->value.type == ValueType::Date) {
        const DateTimeValue &date = f->value.date;
        if (date.hasZone)
            edited = QDateTime(shown.date(), shown.time(), QTimeZone(date.offsetSeconds));
        const DateTimeValue changed = date.withDateTime(edited);
        if (!(changed == date))
            emitEdit(m_date, QStringLiteral("date"), Value::fromDate(changed));
    } else if (!f) {
        if (const auto value = DateTimeValue::parse(edited.toString(Qt::ISODate)))
            emitEdit(m_date, QStringLiteral("date"), Value::fromDate(*value));
    }
}

void FrontMatterForm::addField()
{
    const QString key = m_newKey->text().trimmed();
    if (key.isEmpty()) {
        m_newKey->setFocus();
        return;
    }
    emitEdit(m_addField, key, Value::guessFromText(m_newValue->text()));
    m_newKey->clear();
    m_newValue->clear();
}

void FrontMatterForm::setTermCompletions(const QStringList &tags, const QStringList &categories)
{
    m_tags->setCompletions(tags);
    m_categories->setCompletions(categories);
}

void FrontMatterForm::setFrontMatter(const FrontMatter &fm)
{
    m_frontMatter = fm;
    if (fm.error) {
        m_error->setText(tr("The front matter does not parse (line %1, column %2): %3\n"
                            "Fix it in the raw text; the form is read-only until then.")
                             .arg(fm.error->line)
                             .arg(fm.error->column)
                             .arg(fm.error->message));
        m_error->show();
        m_fields->setEnabled(false);
        return;
    }
    m_error->hide();
    m_fields->setEnabled(true);

    refresh(m_title, [&](QLineEdit *w) { w->setText(fm.string(QStringLiteral("title"))); }, m_skip);
    refresh(m_author, [&](QLineEdit *w) { w->setText(fm.string(QStringLiteral("author"))); }, m_skip);
    refresh(m_slug, [&](QLineEdit *w) { w->setText(fm.string(QStringLiteral("slug"))); }, m_skip);
    refresh(m_draft, [&](QCheckBox *w) {
        const Field *f = fm.field(QStringLiteral("draft"));
        w->setChecked(f && f->value.type == ValueType::Bool && f->value.boolean);
    }, m_skip);
    refresh(m_summary, [&](QPlainTextEdit *w) {
        w->setPlainText(fm.string(summaryKey()));
        w->setProperty("dirty", false);
    }, m_skip);
    showDate(fm);
    m_clearDate->setVisible(!fm.field(QStringLiteral("date")));
    refresh(m_tags, [&](ChipEditor *w) { w->setItems(termsOf(QStringLiteral("tags"))); }, m_skip);
    refresh(m_categories, [&](ChipEditor *w) { w->setItems(termsOf(QStringLiteral("categories"))); }, m_skip);

    QStringList layout;
    for (const Field &f : fm.fields) {
        // A key written twice shows once, with the value generators use.
        if (fm.field(f.key) != &f)
            continue;
        if (!standardKeys().contains(f.key) || (f.key == QLatin1String("description") && summaryKey() != f.key))
            layout.append(f.key + QLatin1Char('/') + QString::number(int(f.value.type)));
    }
    if (layout != m_otherLayout) {
        m_otherLayout = layout;
        rebuildOtherFields(fm);
    } else {
        updateOtherFieldValues(fm);
    }
}

// The editor of one field of "other fields": a read-only label for a nested
// value, a check box for a boolean, else a line edit that checks its text.
QWidget *FrontMatterForm::otherFieldEditor(const Field &f)
{
    QWidget *editor = nullptr;
    const QString name = f.key;
    if (f.readOnly) {
        auto *label = new QLabel(m_otherBox);
        label->setTextFormat(Qt::PlainText);
        label->setText(f.value.text.trimmed().left(200));
        label->setToolTip(tr("Nested values are kept as written; edit them in the raw front matter."));
        label->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); font-family: monospace; }"));
        label->setWordWrap(true);
        editor = label;
    } else if (f.value.type == ValueType::Bool) {
        auto *check = new QCheckBox(m_otherBox);
        check->setChecked(f.value.boolean);
        connect(check, &QCheckBox::toggled, this, [this, name, check](bool on) { emitEdit(check, name, Value::fromBool(on)); });
        editor = check;
    } else {
        auto *line = new QLineEdit(f.value.displayText(), m_otherBox);
        const ValueType type = f.value.type;
        connect(line, &QLineEdit::editingFinished, this, [this, name, line, type] {
            const Field *current = m_frontMatter.field(name);
            if (!current || current->value.displayText() == line->text())
                return;
            const std::optional<Value> value = Value::fromText(type, line->text());
            if (!value) {
                line->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #b3261e; }"));
                line->setToolTip(tr("Not a valid %1").arg(valueTypeName(type)));
                return;
            }
            line->setStyleSheet(QString());
            line->setToolTip(QString());
            emitEdit(line, name, *value);
        });
        editor = line;
    }
    return editor;
}

void FrontMatterForm::rebuildOtherFields(const FrontMatter &fm)
{
    while (QLayoutItem *item = m_otherGrid->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    m_otherEditors.clear();
    QWidgetList focusOrder;
    int row = 0;
    for (const Field &f : fm.fields) {
        if (fm.field(f.key) != &f
            || (standardKeys().contains(f.key) && !(f.key == QLatin1String("description") && summaryKey() != f.key)))
            continue;
        auto *key = new QLabel(f.key, m_otherBox);
        key->setTextFormat(Qt::PlainText);
        m_otherGrid->addWidget(key, row, 0);
        QWidget *editor = otherFieldEditor(f);
        const QString name = f.key;
        editor->setAccessibleName(f.key);
        m_otherGrid->addWidget(editor, row, 1);
        m_otherEditors.insert(f.key, editor);
        auto *type = new QLabel(valueTypeName(f.value.type), m_otherBox);
        type->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
        m_otherGrid->addWidget(type, row, 2);
        auto *remove = new QToolButton(m_otherBox);
        remove->setText(QStringLiteral("×"));
        remove->setAutoRaise(true);
        remove->setToolTip(tr("Remove \"%1\"").arg(f.key));
        remove->setAccessibleName(tr("Remove field %1").arg(f.key));
        connect(remove, &QToolButton::clicked, this, [this, name] { emit fieldRemoved(name); });
        m_otherGrid->addWidget(remove, row, 3);
        focusOrder.append({editor, remove});
        ++row;
    }
    // New widgets join the end of the window's focus chain, after the editor
    // and the preview: put them back between the categories and the row that
    // adds a field, in the order they are shown.
    QWidget *previous = m_categories->focusProxy() ? m_categories->focusProxy() : m_categories;
    for (QWidget *w : std::as_const(focusOrder)) {
        if (w->focusPolicy() == Qt::NoFocus)
            continue;
        QWidget::setTabOrder(previous, w);
        previous = w;
    }
    QWidget::setTabOrder(previous, m_newKey);
    QWidget::setTabOrder(m_newKey, m_newValue);
    QWidget::setTabOrder(m_newValue, m_addField);
}

void FrontMatterForm::updateOtherFieldValues(const FrontMatter &fm)
{
    for (const Field &f : fm.fields) {
        if (fm.field(f.key) != &f)
            continue;
        QWidget *editor = m_otherEditors.value(f.key);
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            refresh(line, [&](QLineEdit *w) { w->setText(f.value.displayText()); }, m_skip);
        else if (auto *check = qobject_cast<QCheckBox *>(editor))
            refresh(check, [&](QCheckBox *w) { w->setChecked(f.value.boolean); }, m_skip);
        else if (auto *label = qobject_cast<QLabel *>(editor))
            label->setText(f.value.text.trimmed().left(200));
    }
}

QWidget *FrontMatterForm::editorFor(const QString &key) const
{
    if (key == QLatin1String("title")) return m_title;
    if (key == QLatin1String("date")) return m_date;
    if (key == QLatin1String("author")) return m_author;
    if (key == QLatin1String("summary") || key == QLatin1String("description")) return m_summary;
    if (key == QLatin1String("draft")) return m_draft;
    if (key == QLatin1String("slug")) return m_slug;
    if (key == QLatin1String("tags")) return m_tags;
    if (key == QLatin1String("categories")) return m_categories;
    return m_otherEditors.value(key);
}

QString FrontMatterForm::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace postwright
