// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcs/postresolve.h"

#include "frontmatter/frontmatter.h"
#include "post/post.h"

#include <QCoreApplication>

#include <algorithm>

namespace postwright {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright", text);
}

qsizetype offsetOfLine(const QString &text, int line)
{
    qsizetype offset = 0;
    for (int i = 1; i < line && offset >= 0; ++i) {
        offset = text.indexOf(QLatin1Char('\n'), offset);
        if (offset >= 0)
            ++offset;
    }
    return offset;
}

// Replaces our side of a block conflict (at its line) with the chosen blocks.
Result<QString> settleBlock(QString text, const MergeConflict &conflict, const MergeChoice &choice, const QString &path)
{
    const QString ours = conflict.ours.value_or(QString());
    const QString wanted = choice.side == MergeChoice::Side::Ours     ? ours
                           : choice.side == MergeChoice::Side::Theirs ? conflict.theirs.value_or(QString())
                                                                      : choice.text;
    const qsizetype at = offsetOfLine(text, conflict.line);
    // The merged text keeps our line endings; the sides were read as ours.
    QString oursHere = ours;
    if (text.contains(QLatin1String("\r\n")) && !ours.contains(QLatin1String("\r\n")))
        oursHere.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    if (at < 0 || !QStringView(text).mid(at).startsWith(oursHere))
        return Error{path, conflict.line, 0, tr("the merged text moved: merge this part again")};
    QString replacement = wanted;
    // An edit typed without its last line break keeps the next block apart.
    if (choice.side == MergeChoice::Side::Edited && ours.endsWith(QLatin1Char('\n')) && !replacement.isEmpty()
        && !replacement.endsWith(QLatin1Char('\n')))
        replacement += QLatin1Char('\n');
    if (oursHere.contains(QLatin1String("\r\n")) || text.contains(QLatin1String("\r\n")))
        replacement.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    return text.replace(at, oursHere.size(), replacement);
}

Result<QString> settleKey(const QString &text, const MergeConflict &conflict, const MergeChoice &choice,
                          const Post &ours, const Post &theirs)
{
    if (choice.side == MergeChoice::Side::Ours)
        return text;
    const Field *theirField = theirs.frontMatter().field(conflict.key);
    if (choice.side == MergeChoice::Side::Theirs) {
        if (!theirField)
            return removeFrontMatterField(text, conflict.key);
        if (theirField->value.type == ValueType::Map)
            return Error{theirs.path(), 0, 0, tr("\"%1\" is a nested key: choose Edit and write it in the post").arg(conflict.key)};
        return setFrontMatterField(text, conflict.key, theirField->value, WriteMode::Rewrite);
    }
    const Field *ourField = ours.frontMatter().field(conflict.key);
    const Field *typed = ourField ? ourField : theirField;
    std::optional<Value> value = typed ? Value::fromText(typed->value.type, choice.text) : std::nullopt;
    return setFrontMatterField(text, conflict.key, value ? *value : Value::guessFromText(choice.text), WriteMode::Rewrite);
}

} // namespace

Result<QByteArray> resolvePostMerge(const QByteArray &base, const QByteArray &ours, const QByteArray &theirs,
                                    const QList<MergeChoice> &choices, const QString &path)
{
    const Result<PostMergeResult> merged = mergePost(base, ours, theirs, path);
    if (!merged)
        return merged.error();
    const QList<MergeConflict> &conflicts = merged.value().conflicts;
    if (choices.size() != conflicts.size())
        return Error{path, 0, 0, tr("the post changed since the merge view opened: open it again")};
    Result<Post> result = Post::fromBytes(merged.value().merged, path);
    const Result<Post> ourPost = Post::fromBytes(ours, path);
    const Result<Post> theirPost = Post::fromBytes(theirs, path);
    if (!result || !ourPost || !theirPost)
        return Error{path, 0, 0, tr("cannot read the merged post")};
    QString text = result.value().text();
    // Blocks first, from the last: their lines are counted before any key changes.
    QList<qsizetype> order;
    for (qsizetype i = 0; i < conflicts.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return conflicts[a].line > conflicts[b].line; });
    for (const qsizetype i : order) {
        if (conflicts[i].kind != MergeConflict::Kind::Block)
            continue;
        Result<QString> settled = settleBlock(text, conflicts[i], choices[i], path);
        if (!settled)
            return settled.error();
        text = settled.value();
    }
    for (qsizetype i = 0; i < conflicts.size(); ++i) {
        if (conflicts[i].kind != MergeConflict::Kind::Key)
            continue;
        Result<QString> settled = settleKey(text, conflicts[i], choices[i], ourPost.value(), theirPost.value());
        if (!settled) {
            Error error = settled.error();
            error.path = path;
            return error;
        }
        text = settled.value();
    }
    result.value().setText(text);
    return result.value().toBytes();
}

QList<MarkerConflict> markerConflicts(const QString &text)
{
    const auto marker = [](QStringView line, QLatin1String mark) {
        return line.startsWith(mark) && (line.size() == mark.size() || line.at(mark.size()).isSpace());
    };
    QList<MarkerConflict> found;
    enum class Part { Outside, Ours, Base, Theirs } part = Part::Outside;
    MarkerConflict current;
    qsizetype at = 0;
    int lineNumber = 0;
    while (at < text.size()) {
        qsizetype next = text.indexOf(QLatin1Char('\n'), at);
        next = next < 0 ? text.size() : next + 1;
        const QStringView line = QStringView(text).mid(at, next - at);
        ++lineNumber;
        if (marker(line, QLatin1String("<<<<<<<"))) {
            current = MarkerConflict{lineNumber, at, 0, {}, std::nullopt, {}};
            part = Part::Ours;
        } else if (part == Part::Ours && marker(line, QLatin1String("|||||||"))) {
            current.base = QString();
            part = Part::Base;
        } else if ((part == Part::Ours || part == Part::Base) && marker(line, QLatin1String("======="))) {
            part = Part::Theirs;
        } else if (part == Part::Theirs && marker(line, QLatin1String(">>>>>>>"))) {
            current.end = next;
            found.append(current);
            part = Part::Outside;
        } else if (part == Part::Ours) {
            current.ours += line;
        } else if (part == Part::Base) {
            *current.base += line;
        } else if (part == Part::Theirs) {
            current.theirs += line;
        }
        at = next;
    }
    return found;
}

QString resolveMarkerConflicts(const QString &text, const QList<MarkerConflict> &conflicts, const QList<MergeChoice> &choices)
{
    QString result = text;
    for (qsizetype i = conflicts.size() - 1; i >= 0; --i) {
        const MergeChoice choice = choices.value(i);
        QString wanted = choice.side == MergeChoice::Side::Ours     ? conflicts[i].ours
                               : choice.side == MergeChoice::Side::Theirs ? conflicts[i].theirs
                                                                          : choice.text;
        if (choice.side == MergeChoice::Side::Edited && !wanted.isEmpty() && !wanted.endsWith(QLatin1Char('\n')))
            wanted += QLatin1Char('\n');
        result.replace(conflicts[i].start, conflicts[i].end - conflicts[i].start, wanted);
    }
    return result;
}

} // namespace postwright
