// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/worddiff.h"

#include <dtl/dtl.hpp>

#include <vector>

namespace postwright {
namespace {

// Words (letters, digits, marks, '_', and an apostrophe inside a word),
// runs of white space, and every other character alone.
std::vector<QString> tokens(QStringView text)
{
    std::vector<QString> found;
    const auto wordChar = [](QChar c) { return c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('_'); };
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype end = i + 1;
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && end < text.size()) {
            ++end;  // an emoji or other character outside the BMP stays whole
        } else if (wordChar(c)) {
            while (end < text.size()
                   && (wordChar(text.at(end))
                       || (text.at(end) == QLatin1Char('\'') && end + 1 < text.size() && wordChar(text.at(end + 1)))))
                ++end;
        } else if (c.isSpace()) {
            while (end < text.size() && text.at(end).isSpace() && text.at(end) != QLatin1Char('\n'))
                ++end;
        }
        found.push_back(text.mid(i, end - i).toString());
        i = end;
    }
    return found;
}

DiffSegment::Kind kindOf(dtl::edit_t type)
{
    switch (type) {
    case dtl::SES_ADD:
        return DiffSegment::Kind::Added;
    case dtl::SES_DELETE:
        return DiffSegment::Kind::Removed;
    default:
        return DiffSegment::Kind::Same;
    }
}

} // namespace

QList<DiffSegment> wordDiff(QStringView before, QStringView after)
{
    const std::vector<QString> a = tokens(before);
    const std::vector<QString> b = tokens(after);
    dtl::Diff<QString, std::vector<QString>> diff(a, b);
    // Long texts: dtl's quick path (may find a longer script, never a wrong one).
    if (a.size() + b.size() > 20000)
        diff.onHuge();
    diff.compose();
    QList<DiffSegment> segments;
    // dtl may put an addition before the removal it replaces: within a run
    // of changes, removals are listed first.
    QString removed;
    QString added;
    const auto flushChanges = [&] {
        if (!removed.isEmpty())
            segments.append({DiffSegment::Kind::Removed, removed});
        if (!added.isEmpty())
            segments.append({DiffSegment::Kind::Added, added});
        removed.clear();
        added.clear();
    };
    for (const auto &[token, info] : diff.getSes().getSequence()) {
        const DiffSegment::Kind kind = kindOf(info.type);
        if (kind == DiffSegment::Kind::Removed) {
            removed += token;
        } else if (kind == DiffSegment::Kind::Added) {
            added += token;
        } else {
            flushChanges();
            if (!segments.isEmpty() && segments.last().kind == DiffSegment::Kind::Same)
                segments.last().text += token;
            else
                segments.append({DiffSegment::Kind::Same, token});
        }
    }
    flushChanges();
    return segments;
}

QString wordDiffHtml(const QList<DiffSegment> &segments)
{
    QString html;
    for (const DiffSegment &segment : segments) {
        QString text = segment.text.toHtmlEscaped();
        text.replace(QLatin1Char('\n'), QLatin1String("<br>"));
        switch (segment.kind) {
        case DiffSegment::Kind::Same:
            html += text;
            break;
        case DiffSegment::Kind::Removed:
            html += QStringLiteral("<span style=\"background-color:#f8c8c8;color:#600;text-decoration:line-through\">%1</span>").arg(text);
            break;
        case DiffSegment::Kind::Added:
            html += QStringLiteral("<span style=\"background-color:#c8f0c8;color:#050\">%1</span>").arg(text);
            break;
        }
    }
    return html;
}

} // namespace postwright
