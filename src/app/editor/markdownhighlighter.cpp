// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/markdownhighlighter.h"

#include "spelling/spellchecker.h"
#include "spelling/spelldictionary.h"

#include <QElapsedTimer>
#include <QFont>
#include <QSignalBlocker>
#include <QTextDocument>

namespace postwright {
namespace {

// Spelling time allowed per event-loop turn of highlighting before the rest
// is deferred, and per slice of the deferred pass.
constexpr qint64 burstBudgetNanos = 3'000'000;
constexpr qint64 sliceBudgetNanos = 8'000'000;

// Which generation of spelling a line was last checked with.
class SpellState final : public QTextBlockUserData
{
public:
    int generation = 0;
    bool underlined = false;   // the line's formats hold a spelling underline
};

QTextCharFormat charFormat(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(color);
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

QRegularExpression re(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern));
}

} // namespace

bool MarkdownHighlighter::startsInMarkdown(const QTextBlock &block)
{
    const QTextBlock before = block.previous();
    return !before.isValid() || before.userState() == Normal;
}

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *parent)
    : QSyntaxHighlighter(parent)
{
    buildFormats(false);
    m_spellTimer.setSingleShot(true);
    m_spellTimer.setInterval(0);
    connect(&m_spellTimer, &QTimer::timeout, this, &MarkdownHighlighter::runSpellingSlice);
}

void MarkdownHighlighter::setDarkTheme(bool dark)
{
    buildFormats(dark);
    rehighlight();
}

void MarkdownHighlighter::buildFormats(bool dark)
{
    const QColor accent = dark ? QColor(0x7a, 0xb7, 0xff) : QColor(0x1f, 0x5f, 0xbf);
    const QColor muted = dark ? QColor(0x9a, 0xa0, 0xa6) : QColor(0x6a, 0x73, 0x7d);
    const QColor code = dark ? QColor(0xe6, 0x9a, 0x6a) : QColor(0xa3, 0x40, 0x0f);
    const QColor green = dark ? QColor(0x8c, 0xd1, 0x8c) : QColor(0x22, 0x86, 0x3a);
    const QColor purple = dark ? QColor(0xc7, 0x9b, 0xff) : QColor(0x6f, 0x42, 0xc1);

    m_heading = charFormat(accent, true);
    m_quote = charFormat(muted, false, true);
    m_listMarker = charFormat(accent, true);
    m_task = charFormat(green, true);
    m_fence = charFormat(muted);
    m_fenceInfo = charFormat(purple, true);
    m_code = charFormat(code);
    m_code.setFontFixedPitch(true);
    m_frontMatter = charFormat(muted);
    m_frontMatterKey = charFormat(purple, true);
    m_tablePipe = charFormat(muted, true);
    m_comment = charFormat(muted, false, true);
    m_rule = charFormat(muted, true);
    m_misspelled.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    m_misspelled.setUnderlineColor(dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd7, 0x3a, 0x49));

    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    QTextCharFormat italic;
    italic.setFontItalic(true);
    QTextCharFormat strike;
    strike.setFontStrikeOut(true);
    QTextCharFormat link = charFormat(accent);
    link.setFontUnderline(true);
    const QTextCharFormat image = charFormat(green);
    const QTextCharFormat html = charFormat(purple);
    const QTextCharFormat shortcode = charFormat(code, true);

    m_inlineRules = {
        {re(R"(\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__)"), bold, 0},
        {re(R"((?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])|(?<![_\w])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![_\w]))"), italic, 0},
        {re(R"(~~(?=\S)(.+?)(?<=\S)~~)"), strike, 0},
        {re(R"(!\[[^\]]*\]\([^)]*\))"), image, 0},
        {re(R"((?<!!)\[[^\]]*\](\([^)]*\)|\[[^\]]*\]))"), link, 0},
        {re(R"(<(https?|mailto):[^>\s]+>|\bhttps?://[^\s<>()]+)"), link, 0},
        {re(R"(</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>)"), html, 0},
        {re(R"(\{\{[<%].*?[%>]\}\}|\{%.*?%\}|\{\{.*?\}\})"), shortcode, 0},
        {re(R"((`+)(?!`).+?(?<!`)\1(?!`))"), m_code, 0},
    };
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    highlightMarkdown(text);
    // Display math runs over lines until its closer; spelling skips it.
    if (currentBlockState() == Normal && spelling::leavesDisplayMathOpen(text, lineContext(previousBlockState())))
        setCurrentBlockState(DisplayMath);
    highlightSpelling(text);
}

// Front matter: only a block opened on the very first line. True when the
// line is its delimiter or inside it.
bool MarkdownHighlighter::highlightFrontMatterLine(const QString &text, int previousKind)
{
    const QTextBlock block = currentBlock();
    if (block.blockNumber() == 0 && (text.trimmed() == QLatin1String("---") || text.trimmed() == QLatin1String("+++"))) {
        setFormat(0, int(text.size()), m_rule);
        setCurrentBlockState(FrontMatter);
        return true;
    }
    if (previousKind == FrontMatter) {
        const QString t = text.trimmed();
        if (t == QLatin1String("---") || t == QLatin1String("+++") || t == QLatin1String("...")) {
            setFormat(0, int(text.size()), m_rule);
            setCurrentBlockState(Normal);
            return true;
        }
        setFormat(0, int(text.size()), m_frontMatter);
        static const QRegularExpression key(QStringLiteral(R"(^\s*(-\s+)?("[^"]*"|'[^']*'|[^\s:=#][^:=#]*?)\s*[:=](\s|$))"));
        const auto m = key.match(text);
        if (m.hasMatch())
            setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), m_frontMatterKey);
        setCurrentBlockState(FrontMatter);
        return true;
    }
    return false;
}

// A fenced code block: its fences and the lines inside. True when the line
// is one of them.
bool MarkdownHighlighter::highlightFenceLine(const QString &text, int previous)
{
    const int previousKind = previous < 0 ? Normal : previous & 0xff;
    static const QRegularExpression fence(QStringLiteral(R"(^\s{0,3}(`{3,}|~{3,})\s*([^`\s]*)(.*)$)"));
    if (previousKind == Fence) {
        const int length = previous >> 8;
        const auto m = fence.match(text);
        if (m.hasMatch() && m.captured(1).size() >= length && m.captured(2).isEmpty()) {
            setFormat(0, int(text.size()), m_fence);
            setCurrentBlockState(Normal);
        } else {
            setFormat(0, int(text.size()), m_code);
            setCurrentBlockState(previous);
        }
        return true;
    }
    if (const auto m = fence.match(text); m.hasMatch()) {
        setFormat(0, int(text.size()), m_fence);
        if (m.capturedLength(2))
            setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), m_fenceInfo);
        setCurrentBlockState(Fence | (int(m.capturedLength(1)) << 8));
        return true;
    }
    return false;
}

void MarkdownHighlighter::highlightMarkdown(const QString &text)
{
    const int previous = previousBlockState();
    const int previousKind = previous < 0 ? Normal : previous & 0xff;
    if (highlightFrontMatterLine(text, previousKind) || highlightFenceLine(text, previous))
        return;
    setCurrentBlockState(Normal);
    if (previousKind == HtmlComment) {
        const qsizetype end = text.indexOf(QLatin1String("-->"));
        setFormat(0, int(end < 0 ? text.size() : end + 3), m_comment);
        if (end < 0) {
            setCurrentBlockState(HtmlComment);
            return;
        }
    }

    static const QRegularExpression heading(QStringLiteral(R"(^\s{0,3}#{1,6}(\s|$))"));
    static const QRegularExpression quote(QStringLiteral(R"(^\s*(>\s?)+)"));
    static const QRegularExpression list(QStringLiteral(R"(^\s*([-*+]|\d{1,9}[.)])\s+(\[[ xX]\]\s)?)"));
    static const QRegularExpression rule(QStringLiteral(R"(^\s{0,3}([-*_])(\s*\1){2,}\s*$)"));
    if (heading.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_heading);
        return;
    }
    if (rule.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_rule);
        return;
    }
    int from = 0;
    if (const auto m = quote.match(text); m.hasMatch()) {
        setFormat(0, int(text.size()), m_quote);
        from = int(m.capturedLength(0));
    }
    if (const auto m = list.match(text, from); m.hasMatch()) {
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_listMarker);
        if (m.capturedLength(2))
            setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), m_task);
    }
    if (text.trimmed().startsWith(QLatin1Char('|'))) {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('|'))
                setFormat(int(i), 1, m_tablePipe);
        }
    }
    highlightInline(text, from);
    // An HTML comment that stays open runs into the next lines.
    const qsizetype open = text.lastIndexOf(QLatin1String("<!--"));
    if (open >= 0 && text.indexOf(QLatin1String("-->"), open) < 0) {
        setFormat(int(open), int(text.size() - open), m_comment);
        setCurrentBlockState(HtmlComment);
    }
}

void MarkdownHighlighter::highlightInline(const QString &text, int from)
{
    for (const Rule &rule : std::as_const(m_inlineRules)) {
        auto it = rule.pattern.globalMatch(text, from);
        while (it.hasNext()) {
            const auto m = it.next();
            const int start = int(m.capturedStart(rule.group));
            const int length = int(m.capturedLength(rule.group));
            // Merge with what is there (bold inside a link stays bold).
            for (int i = start; i < start + length; ++i) {
                QTextCharFormat merged = QSyntaxHighlighter::format(i);
                merged.merge(rule.format);
                setFormat(i, 1, merged);
            }
        }
    }
}

spelling::LineContext MarkdownHighlighter::lineContext(int previousState)
{
    switch (previousState < 0 ? Normal : previousState & 0xff) {
    case FrontMatter:
        return spelling::LineContext::FrontMatter;
    case Fence:
        return spelling::LineContext::Code;
    case HtmlComment:
        return spelling::LineContext::HtmlComment;
    case DisplayMath:
        return spelling::LineContext::DisplayMath;
    default:
        return spelling::LineContext::Text;
    }
}

void MarkdownHighlighter::setSpelling(std::shared_ptr<spelling::SpellDictionary> dictionary,
                                      spelling::SpellChecker *checker)
{
    if (m_checker != checker) {
        disconnect(m_acceptedConnection);
        m_checker = checker;
        if (checker) {
            m_acceptedConnection = connect(checker, &spelling::SpellChecker::wordAccepted, this,
                                           [this](const QString &word) {
                                               if (word.isEmpty())
                                                   return;
                                               // Capitalised and upper-case forms are accepted too.
                                               m_wordIsCorrect.insert(word, true);
                                               m_wordIsCorrect.remove(word.at(0).toUpper() + word.mid(1));
                                               m_wordIsCorrect.remove(word.toUpper());
                                               invalidateSpelling(word);
                                           });
        }
    } else if (m_dictionary == dictionary) {
        return;
    }
    m_dictionary = std::move(dictionary);
    m_wordIsCorrect.clear();
    invalidateSpelling();
}

bool MarkdownHighlighter::isMisspelled(const QString &word)
{
    if (const auto it = m_wordIsCorrect.constFind(word); it != m_wordIsCorrect.cend())
        return !it.value();
    bool correct = m_checker && m_checker->isAccepted(word);
    // A word the user accepted in lower case is accepted capitalised too.
    if (!correct && m_checker && word.at(0).isUpper())
        correct = m_checker->isAccepted(word.at(0).toLower() + word.mid(1));
    if (!correct)
        correct = m_dictionary->isCorrect(word);
    if (m_wordIsCorrect.size() > 200'000)
        m_wordIsCorrect.clear();
    m_wordIsCorrect.insert(word, correct);
    return !correct;
}

void MarkdownHighlighter::highlightSpelling(const QString &text)
{
    auto *state = static_cast<SpellState *>(currentBlockUserData());
    if (!state) {
        state = new SpellState;
        setCurrentBlockUserData(state);
    }
    state->underlined = false;
    if (!m_dictionary) {
        state->generation = m_spellGeneration;
        return;
    }
    if (!m_forceSpelling) {
        if (!m_inBurst) {
            m_inBurst = true;
            m_burstNanos = 0;
            QTimer::singleShot(0, this, [this] { m_inBurst = false; });
        }
        if (m_burstNanos > burstBudgetNanos) {
            state->generation = 0;
            scheduleSpelling();
            return;
        }
    }
    QElapsedTimer clock;
    clock.start();
    const QList<spelling::WordRange> words = spelling::wordsToCheck(text, lineContext(previousBlockState()));
    for (const spelling::WordRange &range : words) {
        if (!isMisspelled(spelling::normalizedWord(QStringView(text).sliced(range.start, range.length))))
            continue;
        state->underlined = true;
        for (qsizetype i = range.start; i < range.start + range.length; ++i) {
            QTextCharFormat merged = QSyntaxHighlighter::format(int(i));
            merged.merge(m_misspelled);
            setFormat(int(i), 1, merged);
        }
    }
    state->generation = m_spellGeneration;
    if (!m_forceSpelling)
        m_burstNanos += clock.nsecsElapsed();
}

std::optional<spelling::WordRange> MarkdownHighlighter::misspelledWordAt(const QTextBlock &block, int positionInBlock)
{
    if (!m_dictionary || !block.isValid())
        return std::nullopt;
    const QString text = block.text();
    const int previous = block.previous().isValid() ? block.previous().userState() : -1;
    for (const spelling::WordRange &range : spelling::wordsToCheck(text, lineContext(previous))) {
        if (positionInBlock < range.start || positionInBlock > range.start + range.length)
            continue;
        if (isMisspelled(spelling::normalizedWord(QStringView(text).sliced(range.start, range.length))))
            return range;
        return std::nullopt;
    }
    return std::nullopt;
}

void MarkdownHighlighter::setVisibleBlocks(int first, int last)
{
    m_visibleFirst = first;
    m_visibleLast = last;
}

bool MarkdownHighlighter::needsSpelling(const QTextBlock &block) const
{
    const auto *state = static_cast<const SpellState *>(block.userData());
    return !state || state->generation != m_spellGeneration;
}

void MarkdownHighlighter::checkSpelling(const QTextBlock &block)
{
    // Most lines have no misspelled word: when the line shows no underline
    // and needs none, it is not highlighted again.
    auto *state = static_cast<SpellState *>(block.userData());
    if (state && !state->underlined) {
        bool misspelled = false;
        if (m_dictionary) {
            const QString text = block.text();
            const int previous = block.previous().isValid() ? block.previous().userState() : -1;
            for (const spelling::WordRange &range : spelling::wordsToCheck(text, lineContext(previous))) {
                if (isMisspelled(spelling::normalizedWord(QStringView(text).sliced(range.start, range.length)))) {
                    misspelled = true;
                    break;
                }
            }
        }
        if (!misspelled) {
            state->generation = m_spellGeneration;
            return;
        }
    }
    rehighlightBlock(block);
}

void MarkdownHighlighter::invalidateSpelling(const QString &word)
{
    QTextDocument *doc = document();
    if (!doc)
        return;
    if (word.isEmpty()) {
        ++m_spellGeneration;
        m_scanBlock = 0;
        scheduleSpelling();
        return;
    }
    bool any = false;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (!block.text().contains(word, Qt::CaseInsensitive))
            continue;
        if (auto *state = static_cast<SpellState *>(block.userData())) {
            state->generation = 0;
            any = true;
        }
    }
    if (any)
        scheduleSpelling();
}

void MarkdownHighlighter::scheduleSpelling()
{
    m_rescan = true;
    if (!m_spellTimer.isActive())
        m_spellTimer.start();
}

void MarkdownHighlighter::runSpellingSlice()
{
    QTextDocument *doc = document();
    if (!doc)
        return;
    QElapsedTimer clock;
    clock.start();
    // Only formats change: the editor's textChanged must not fire.
    const QSignalBlocker blocker(doc);
    m_forceSpelling = true;
    for (QTextBlock block = doc->findBlockByNumber(m_visibleFirst); block.isValid() && block.blockNumber() <= m_visibleLast;
         block = block.next()) {
        if (needsSpelling(block))
            checkSpelling(block);
    }
    if (m_scanBlock == 0)
        m_rescan = false;
    QTextBlock block = doc->findBlockByNumber(m_scanBlock);
    int count = 0;
    while (block.isValid()) {
        if (needsSpelling(block))
            checkSpelling(block);
        block = block.next();
        if ((++count & 7) == 0 && clock.nsecsElapsed() > sliceBudgetNanos)
            break;
    }
    m_forceSpelling = false;
    if (block.isValid()) {
        m_scanBlock = block.blockNumber();
        m_spellTimer.start();
        return;
    }
    m_scanBlock = 0;
    // Lines marked while the pass ran may lie behind it: one more round.
    if (m_rescan) {
        m_spellTimer.start();
        return;
    }
    emit spellingComplete();
}

} // namespace postwright
