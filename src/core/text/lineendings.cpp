// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/lineendings.h"

#include "text/textcodec.h"

#include <QList>

namespace postwright {

QString restoreLineEndings(QStringView original, QStringView editedWithLf)
{
    const LineEnding ending = detectLineEnding(original);
    if (ending == LineEnding::None || ending == LineEnding::LF)
        return editedWithLf.toString();
    if (ending != LineEnding::Mixed)
        return convertLineEndings(editedWithLf, ending == LineEnding::CRLF ? u"\r\n" : u"\r");
    // Mixed: match unchanged lines from the start and from the end.
    struct Line
    {
        QStringView text;
        QStringView end;
    };
    const auto split = [](QStringView text) {
        QList<Line> lines;
        qsizetype start = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c != QLatin1Char('\n') && c != QLatin1Char('\r'))
                continue;
            const qsizetype breakLength = (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) ? 2 : 1;
            lines.append({text.sliced(start, i - start), text.sliced(i, breakLength)});
            i += breakLength - 1;
            start = i + 1;
        }
        lines.append({text.sliced(start), QStringView()});
        return lines;
    };
    const QList<Line> before = split(original);
    const QList<Line> after = split(editedWithLf);
    const QString fallback = dominantLineBreak(original);
    qsizetype head = 0;
    while (head < before.size() && head < after.size() && before.at(head).text == after.at(head).text)
        ++head;
    qsizetype tail = 0;
    while (tail < before.size() - head && tail < after.size() - head
           && before.at(before.size() - 1 - tail).text == after.at(after.size() - 1 - tail).text)
        ++tail;
    QString out;
    out.reserve(editedWithLf.size() + editedWithLf.size() / 16);
    for (qsizetype i = 0; i < after.size(); ++i) {
        out += after.at(i).text;
        if (after.at(i).end.isEmpty())
            continue;
        if (i < head)
            out += before.at(i).end;
        else if (i >= after.size() - tail && !before.at(i - after.size() + before.size()).end.isEmpty())
            out += before.at(i - after.size() + before.size()).end;
        else if (before.size() == after.size() && !before.at(i).end.isEmpty())
            out += before.at(i).end;   // a line edited in place keeps its ending
        else
            out += fallback;
    }
    return out;
}

} // namespace postwright
