// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Checks of the front-matter edit tests (tst_frontmatteredit,
// tst_frontmattereditstyle): an edit changed only the key's own text, the
// other fields kept their values and the body stayed byte-identical.

#include "frontmatter/frontmatter.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QTest>

namespace postwright::testing::frontmatteredit {

using namespace Qt::StringLiterals;

inline QString describe(const Value &v)
{
    if (v.type == ValueType::List)
        return u"list["_s + v.list.join(u"|"_s) + u']';
    return valueTypeName(v.type) + u':' + v.displayText();
}

inline qsizetype commonPrefix(const QString &a, const QString &b)
{
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a.at(i) == b.at(i))
        ++i;
    return i;
}

inline qsizetype commonSuffix(const QString &a, const QString &b, qsizetype prefix)
{
    qsizetype i = 0;
    while (i < a.size() - prefix && i < b.size() - prefix && a.at(a.size() - 1 - i) == b.at(b.size() - 1 - i))
        ++i;
    return i;
}

// Every field other than key has the same value, in the same order.
inline void checkOtherFields(const FrontMatter &before, const FrontMatter &after, const QString &key)
{
    QStringList beforeKeys = before.keys(), afterKeys = after.keys();
    beforeKeys.removeAll(key);
    afterKeys.removeAll(key);
    QCOMPARE(afterKeys, beforeKeys);
    for (const Field &f : before.fields) {
        if (f.key == key)
            continue;
        const Field *g = after.field(f.key);
        QVERIFY(g);
        QVERIFY2(g->value == f.value, qPrintable(f.key + u": "_s + describe(g->value) + u" != "_s + describe(f.value)));
    }
}

// What a user would notice after setting key: only the key's own text
// changed, other keys keep their values, the body is byte-identical and the
// new value reads back.
inline void checkEdit(const QString &before, const QString &after, const QString &key)
{
    const FrontMatter b = parseFrontMatter(before);
    const FrontMatter a = parseFrontMatter(after);
    QVERIFY2(!a.error, qPrintable(a.error ? a.error->toString() + u"\n"_s + after : QString()));
    QCOMPARE(a.format(), b.format());
    checkOtherFields(b, a, key);
    QCOMPARE(QStringView(after).sliced(a.block.bodyStart).toString(),
             QStringView(before).sliced(b.block.bodyStart).toString());
    const qsizetype prefix = commonPrefix(before, after);
    const qsizetype suffix = commonSuffix(before, after, prefix);
    const qsizetype changedEnd = before.size() - suffix;
    if (before == after) {
        QVERIFY(b.field(key));   // only setting a key to its own value changes nothing
    } else if (const Field *old = b.field(key)) {
        // The change lies inside the old entry.
        QVERIFY2(prefix >= old->entryStart && changedEnd <= old->entryEnd,
                 qPrintable(u"changed outside the key's lines:\n"_s + after));
    } else {
        // A pure insertion after every other key (TOML: before the first
        // table, where a top-level key must stand).
        QVERIFY2(changedEnd <= prefix, qPrintable(u"text was removed:\n"_s + after));
        QVERIFY(a.field(key));
        qsizetype topLevel = 0;
        while (topLevel < b.fields.size() && !b.fields.at(topLevel).section)
            ++topLevel;
        QCOMPARE(a.keys().indexOf(key), topLevel);
    }
}

} // namespace postwright::testing::frontmatteredit
