// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/markdownhighlighter.h"

#include <QFont>

namespace postwright {
namespace {

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

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *parent)
    : QSyntaxHighlighter(parent)
{
    buildFormats(false);
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
    const int previous = previousBlockState();
    const int previousKind = previous < 0 ? Normal : previous & 0xff;
    const QTextBlock block = currentBlock();

    // Front matter: only a block opened on the very first line.
    if (block.blockNumber() == 0 && (text.trimmed() == QLatin1String("---") || text.trimmed() == QLatin1String("+++"))) {
        setFormat(0, int(text.size()), m_rule);
        setCurrentBlockState(FrontMatter);
        return;
    }
    if (previousKind == FrontMatter) {
        const QString t = text.trimmed();
        if (t == QLatin1String("---") || t == QLatin1String("+++") || t == QLatin1String("...")) {
            setFormat(0, int(text.size()), m_rule);
            setCurrentBlockState(Normal);
            return;
        }
        setFormat(0, int(text.size()), m_frontMatter);
        static const QRegularExpression key(QStringLiteral(R"(^\s*(-\s+)?("[^"]*"|'[^']*'|[^\s:=#][^:=#]*?)\s*[:=](\s|$))"));
        const auto m = key.match(text);
        if (m.hasMatch())
            setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), m_frontMatterKey);
        setCurrentBlockState(FrontMatter);
        return;
    }

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
        return;
    }
    if (const auto m = fence.match(text); m.hasMatch()) {
        setFormat(0, int(text.size()), m_fence);
        if (m.capturedLength(2))
            setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), m_fenceInfo);
        setCurrentBlockState(Fence | (int(m.capturedLength(1)) << 8));
        return;
    }

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

} // namespace postwright
