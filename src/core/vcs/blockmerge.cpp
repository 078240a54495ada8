// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcs/blockmerge.h"

#include "render/blocklines.h"
#include "render/markdownguard.h"
#include "vcs/gitsupport.h"

#include <QHash>

namespace postwright {
namespace {

// Every distinct unit gets a number; a body becomes one line per unit, so
// libgit2's line merge is a merge of blocks.
class Tokens
{
public:
    QByteArray encode(const QStringList &units)
    {
        QByteArray lines;
        for (const QString &unit : units) {
            auto it = m_ids.constFind(unit);
            if (it == m_ids.cend()) {
                it = m_ids.insert(unit, int(m_units.size()));
                m_units.append(unit);
            }
            lines += QByteArray::number(it.value()) + '\n';
        }
        return lines;
    }
    const QString &unit(QByteArrayView line) const
    {
        static const QString none;
        bool ok = false;
        const int id = line.toInt(&ok);
        return ok && id >= 0 && id < m_units.size() ? m_units.at(id) : none;
    }

private:
    QHash<QString, int> m_ids;
    QStringList m_units;
};

git_merge_file_input input(const QByteArray &lines)
{
    git_merge_file_input in = GIT_MERGE_FILE_INPUT_INIT;
    in.ptr = lines.constData();
    in.size = size_t(lines.size());
    return in;
}

// Reads libgit2's diff3 output: unit lines, and conflicts written as
// <<<<<<< ours ||||||| base ======= theirs >>>>>>>.
BlockMerge readMerged(QByteArrayView output, const Tokens &tokens)
{
    enum class Part { Merged, Ours, Base, Theirs } part = Part::Merged;
    BlockMerge merge;
    BlockConflict conflict;
    for (qsizetype at = 0; at < output.size();) {
        qsizetype end = output.indexOf('\n', at);
        if (end < 0)
            end = output.size();
        const QByteArrayView line = output.sliced(at, end - at);
        at = end + 1;
        if (line.startsWith("<<<<<<<")) {
            part = Part::Ours;
            conflict = {int(merge.text.count(QLatin1Char('\n'))) + 1, {}, {}, {}};
        } else if (line.startsWith("|||||||")) {
            part = Part::Base;
        } else if (line.startsWith("=======")) {
            part = Part::Theirs;
        } else if (line.startsWith(">>>>>>>")) {
            merge.text += conflict.ours;
            merge.conflicts.append(conflict);
            part = Part::Merged;
        } else {
            const QString &unit = tokens.unit(line);
            switch (part) {
            case Part::Merged: merge.text += unit; break;
            case Part::Ours: conflict.ours += unit; break;
            case Part::Base: conflict.base += unit; break;
            case Part::Theirs: conflict.theirs += unit; break;
            }
        }
    }
    return merge;
}

} // namespace

QStringList bodyUnits(QStringView body)
{
    const QByteArray utf8 = body.toUtf8();
    const BlockScan scan = scanBlocks(std::string_view(utf8.constData(), size_t(utf8.size())), maxContainerDepth, true);
    QStringList units;
    qsizetype unitStart = 0;
    bool unitBlank = false;
    for (std::size_t i = 0; i < scan.lines.size(); ++i) {
        const BlockLine &line = scan.lines[i];
        const bool blank = line.kind == BlockLine::Kind::Blank;
        const qsizetype start = qsizetype(line.start);
        if (i > 0 && blank != unitBlank && start > unitStart) {
            units.append(QString::fromUtf8(utf8.sliced(unitStart, start - unitStart)));
            unitStart = start;
        }
        unitBlank = blank;
    }
    if (unitStart < utf8.size())
        units.append(QString::fromUtf8(utf8.sliced(unitStart)));
    return units;
}

BlockMerge mergeBodyBlocks(QStringView base, QStringView ours, QStringView theirs)
{
    if (ours == theirs || theirs == base)
        return {ours.toString(), {}};
    if (ours == base)
        return {theirs.toString(), {}};
    git::ensureInitialized();
    Tokens tokens;
    const QByteArray baseLines = tokens.encode(bodyUnits(base));
    const QByteArray ourLines = tokens.encode(bodyUnits(ours));
    const QByteArray theirLines = tokens.encode(bodyUnits(theirs));
    const git_merge_file_input baseIn = input(baseLines);
    const git_merge_file_input ourIn = input(ourLines);
    const git_merge_file_input theirIn = input(theirLines);
    git_merge_file_options options = GIT_MERGE_FILE_OPTIONS_INIT;
    options.flags = GIT_MERGE_FILE_STYLE_DIFF3;
    git_merge_file_result result = {};
    if (git_merge_file(&result, &baseIn, &ourIn, &theirIn, &options) != 0) {
        // Only out of memory gets here: keep ours and call it one conflict.
        return {ours.toString(), {{1, base.toString(), ours.toString(), theirs.toString()}}};
    }
    BlockMerge merge = readMerged(QByteArrayView(result.ptr, qsizetype(result.len)), tokens);
    git_merge_file_result_free(&result);
    return merge;
}

} // namespace postwright
