// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/comparedialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QVBoxLayout>

namespace postwright {

// Tints of the palette's base colour, so that light and dark themes both
// keep the text readable.
struct CompareDialog::Colors
{
    QColor removedLine, removedWord, addedLine, addedWord, filler, text, rejectedText;
    QColor removedCurrent, addedCurrent, fillerCurrent;

    explicit Colors(const QPalette &palette)
    {
        const QColor base = palette.color(QPalette::Base);
        text = palette.color(QPalette::Text);
        const auto mix = [](const QColor &a, const QColor &b, double t) {
            return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                                    float(a.blueF() * (1 - t) + b.blueF() * t));
        };
        removedLine = mix(base, QColor(230, 40, 40), 0.16);
        removedWord = mix(base, QColor(230, 40, 40), 0.55);
        addedLine = mix(base, QColor(30, 170, 60), 0.16);
        addedWord = mix(base, QColor(30, 170, 60), 0.55);
        filler = mix(base, text, 0.07);
        removedCurrent = mix(base, QColor(230, 40, 40), 0.26);
        addedCurrent = mix(base, QColor(30, 170, 60), 0.26);
        fillerCurrent = mix(base, text, 0.13);
        rejectedText = mix(text, base, 0.55);
    }
};

namespace {

QTextCharFormat background(const QColor &color)
{
    QTextCharFormat format;
    format.setBackground(color);
    return format;
}

void setRowsBackground(QPlainTextEdit *pane, int first, int count, const QColor &color)
{
    QTextBlockFormat format;
    format.setBackground(color);
    for (QTextBlock block = pane->document()->findBlockByNumber(first); block.isValid() && block.blockNumber() < first + count;
         block = block.next())
        QTextCursor(block).setBlockFormat(format);
}

// The text of a side as rows: always ending in a line break.
QString rowsText(const QString &text)
{
    return text.isEmpty() || text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n');
}

} // namespace

CompareDialog::CompareDialog(const QString &mine, const QString &theirs, const QFont &font, QWidget *parent)
    : QDialog(parent)
    , m_diff(lineDiff(mine, theirs))
    , m_takeTheirs(m_diff.hunks.size(), false)
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare with the file on disk"));
    buildLayout(font);
    fillPanes();
    if (m_diff.coarse)
        m_notice->setText(tr("These versions differ too much to compare line by line: everything between the first "
                             "and the last difference is one change."));
    else if (m_wordsSkipped)
        m_notice->setText(tr("Large changes are shown by lines, without highlighting the changed words."));
    m_notice->setVisible(!m_notice->text().isEmpty());
    setCurrentHunk(m_diff.hunks.isEmpty() ? -1 : 0);
    resize(1100, 700);
}

void CompareDialog::buildLayout(const QFont &font)
{
    auto *layout = new QVBoxLayout(this);
    auto *panes = new QGridLayout;
    const auto pane = [&](const QString &title, int column) {
        auto *label = new QLabel(title, this);
        auto *view = new QPlainTextEdit(this);
        view->setReadOnly(true);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        view->setFont(font);
        view->setAccessibleName(QString(title).remove(QLatin1Char('&')));
        view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setBuddy(view);
        panes->addWidget(label, 0, column);
        panes->addWidget(view, 1, column);
        return view;
    };
    m_mine = pane(tr("&Mine (unsaved)"), 0);
    m_theirs = pane(tr("On &disk"), 1);
    m_mine->setObjectName(QStringLiteral("minePane"));
    m_theirs->setObjectName(QStringLiteral("theirsPane"));
    // Rows line up, so the panes scroll together.
    for (auto [from, to] : {std::pair{m_mine, m_theirs}, std::pair{m_theirs, m_mine}}) {
        connect(from->verticalScrollBar(), &QScrollBar::valueChanged, to->verticalScrollBar(), &QScrollBar::setValue);
        connect(from->horizontalScrollBar(), &QScrollBar::valueChanged, to->horizontalScrollBar(), &QScrollBar::setValue);
    }
    layout->addLayout(panes, 1);

    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    layout->addWidget(m_notice);

    auto *choice = new QHBoxLayout;
    m_previous = new QPushButton(tr("&Previous Change"), this);
    m_next = new QPushButton(tr("&Next Change"), this);
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("changePosition"));
    m_keepMine = new QRadioButton(tr("&Keep mine"), this);
    m_takeTheirsButton = new QRadioButton(tr("&Take theirs"), this);
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_takeTheirsButton->setObjectName(QStringLiteral("takeTheirs"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_keepMine);
    group->addButton(m_takeTheirsButton);
    connect(m_previous, &QPushButton::clicked, this, [this] { setCurrentHunk(m_current - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { setCurrentHunk(m_current + 1); });
    connect(m_takeTheirsButton, &QRadioButton::toggled, this, [this](bool on) {
        if (m_current >= 0)
            setTakeTheirs(m_current, on);
    });
    for (QWidget *widget : {static_cast<QWidget *>(m_previous), static_cast<QWidget *>(m_next),
                            static_cast<QWidget *>(m_position), static_cast<QWidget *>(m_keepMine),
                            static_cast<QWidget *>(m_takeTheirsButton)})
        choice->addWidget(widget);
    choice->addStretch();
    // Every change at once.
    for (const bool theirs : {false, true}) {
        auto *all = new QPushButton(theirs ? tr("All T&heirs") : tr("A&ll Mine"), this);
        all->setObjectName(theirs ? QStringLiteral("allTheirs") : QStringLiteral("allMine"));
        all->setEnabled(!m_diff.hunks.isEmpty());
        connect(all, &QPushButton::clicked, this, [this, theirs] {
            for (qsizetype h = 0; h < m_diff.hunks.size(); ++h)
                setTakeTheirs(h, theirs);
        });
        choice->addWidget(all);
    }
    layout->addLayout(choice);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    QPushButton *apply = buttons->button(QDialogButtonBox::Apply);
    // Enter applies, as in any dialog; Alt+A too.
    apply->setText(tr("&Apply"));
    apply->setDefault(true);
    apply->setToolTip(tr("Puts the merged text into the editor; the post stays unsaved."));
    connect(apply, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void CompareDialog::fillPanes()
{
    const Colors colors(palette());
    qsizetype next = 0;
    for (qsizetype h = 0; h <= m_diff.hunks.size(); ++h) {
        const qsizetype end = h < m_diff.hunks.size() ? m_diff.hunks.at(h).mineFirst : m_diff.mine.size();
        const QString same = rowsText(hunkText(m_diff.mine, next, end - next));
        for (QPlainTextEdit *pane : {m_mine, m_theirs}) {
            QTextCursor cursor(pane->document());
            cursor.movePosition(QTextCursor::End);
            cursor.insertText(same, QTextCharFormat());
        }
        if (h < m_diff.hunks.size()) {
            appendHunk(h, colors);
            next = m_diff.hunks.at(h).mineFirst + m_diff.hunks.at(h).mineCount;
        }
    }
}

void CompareDialog::appendHunk(qsizetype h, const Colors &colors)
{
    const LineHunk &hunk = m_diff.hunks.at(h);
    const int firstRow = m_mine->document()->blockCount() - 1;
    QTextCursor mine(m_mine->document());
    QTextCursor theirs(m_theirs->document());
    mine.movePosition(QTextCursor::End);
    theirs.movePosition(QTextCursor::End);
    const QString mineText = rowsText(hunkText(m_diff.mine, hunk.mineFirst, hunk.mineCount));
    const QString theirsText = rowsText(hunkText(m_diff.theirs, hunk.theirsFirst, hunk.theirsCount));
    const auto words = hunkWords(m_diff, hunk);
    m_wordsSkipped |= !words;
    if (words && !words->isEmpty()) {
        for (const DiffSegment &segment : *words) {
            if (segment.kind != DiffSegment::Kind::Added)
                mine.insertText(segment.text, segment.kind == DiffSegment::Kind::Removed ? background(colors.removedWord)
                                                                                         : QTextCharFormat());
            if (segment.kind != DiffSegment::Kind::Removed)
                theirs.insertText(segment.text, segment.kind == DiffSegment::Kind::Added ? background(colors.addedWord)
                                                                                         : QTextCharFormat());
        }
        // A side whose last line had no line break gets one, as rows.
        if (!mineText.isEmpty() && !m_mine->document()->lastBlock().text().isEmpty())
            mine.insertText(QStringLiteral("\n"), QTextCharFormat());
        if (!theirsText.isEmpty() && !m_theirs->document()->lastBlock().text().isEmpty())
            theirs.insertText(QStringLiteral("\n"), QTextCharFormat());
    } else {
        mine.insertText(mineText, QTextCharFormat());
        theirs.insertText(theirsText, QTextCharFormat());
    }
    const int mineRows = m_mine->document()->blockCount() - 1 - firstRow;
    const int theirsRows = m_theirs->document()->blockCount() - 1 - firstRow;
    const int rows = std::max(mineRows, theirsRows);
    mine.insertText(QString(rows - mineRows, QLatin1Char('\n')));
    theirs.insertText(QString(rows - theirsRows, QLatin1Char('\n')));
    m_hunkRows.append({firstRow, mineRows, theirsRows, rows});
    paintRows(h, false);
    markChoice(h);
}

void CompareDialog::paintRows(qsizetype h, bool current)
{
    const Colors colors(palette());
    const Rows &at = m_hunkRows.at(h);
    setRowsBackground(m_mine, at.first, at.mine, current ? colors.removedCurrent : colors.removedLine);
    setRowsBackground(m_mine, at.first + at.mine, at.rows - at.mine, current ? colors.fillerCurrent : colors.filler);
    setRowsBackground(m_theirs, at.first, at.theirs, current ? colors.addedCurrent : colors.addedLine);
    setRowsBackground(m_theirs, at.first + at.theirs, at.rows - at.theirs, current ? colors.fillerCurrent : colors.filler);
}

// The side not chosen is greyed out.
void CompareDialog::markChoice(qsizetype h)
{
    const Colors colors(palette());
    const bool theirs = m_takeTheirs.at(h);
    for (QPlainTextEdit *pane : {m_mine, m_theirs}) {
        const bool rejected = (pane == m_mine) == theirs;
        QTextDocument *document = pane->document();
        const Rows &at = m_hunkRows.at(h);
        QTextCursor cursor(document->findBlockByNumber(at.first));
        const QTextBlock last = document->findBlockByNumber(at.first + at.rows - 1);
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setForeground(rejected ? colors.rejectedText : colors.text);
        format.setFontStrikeOut(rejected);
        cursor.mergeCharFormat(format);
    }
}

QString CompareDialog::mergedText() const
{
    return mergeHunks(m_diff, m_takeTheirs);
}

void CompareDialog::setTakeTheirs(qsizetype hunk, bool theirs)
{
    if (hunk < 0 || hunk >= m_takeTheirs.size() || m_takeTheirs.at(hunk) == theirs)
        return;
    m_takeTheirs[hunk] = theirs;
    markChoice(hunk);
    if (hunk == m_current)
        updateNavigation();
}

void CompareDialog::setCurrentHunk(qsizetype hunk)
{
    if (m_current >= 0)
        paintRows(m_current, false);
    m_current = m_diff.hunks.isEmpty() ? -1 : std::clamp<qsizetype>(hunk, 0, m_diff.hunks.size() - 1);
    if (m_current >= 0) {
        paintRows(m_current, true);
        for (QPlainTextEdit *pane : {m_mine, m_theirs}) {
            const QTextCursor cursor(pane->document()->findBlockByNumber(m_hunkRows.at(m_current).first));
            pane->setTextCursor(cursor);
            pane->centerCursor();
        }
    }
    updateNavigation();
}

void CompareDialog::updateNavigation()
{
    const bool any = m_current >= 0;
    m_position->setText(any ? tr("Change %1 of %2").arg(m_current + 1).arg(m_diff.hunks.size()) : tr("No differences"));
    m_previous->setEnabled(any && m_current > 0);
    m_next->setEnabled(any && m_current + 1 < m_diff.hunks.size());
    m_keepMine->setEnabled(any);
    m_takeTheirsButton->setEnabled(any);
    if (any) {
        const QSignalBlocker blockMine(m_keepMine);
        const QSignalBlocker blockTheirs(m_takeTheirsButton);
        (m_takeTheirs.at(m_current) ? m_takeTheirsButton : m_keepMine)->setChecked(true);
    }
}

} // namespace postwright
