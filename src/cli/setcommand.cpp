// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commands.h"
#include "output.h"

#include "post/post.h"
#include "text/lineindex.h"

#include <QCoreApplication>

#include <algorithm>

namespace postwright::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright::cli", text);
}

bool isBracketed(const QString &text)
{
    return text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']'));
}

// A new key's value from its text: "[a, b]" is a list, the rest as typed.
Value valueForNewKey(const QString &text)
{
    if (isBracketed(text))
        return *Value::fromText(ValueType::List, text.mid(1, text.size() - 2));
    return Value::guessFromText(text);
}

// 1-based column (in characters) where field's value starts.
int valueColumn(const QString &text, const Field &field)
{
    const LineIndex lines(text);
    const qsizetype start = lines.line(lines.lineAt(field.valueStart)).start;
    const QStringView before = QStringView(text).sliced(start, field.valueStart - start);
    return int(std::count_if(before.begin(), before.end(), [](QChar c) { return !c.isLowSurrogate(); })) + 1;
}

} // namespace

QCommandLineOption forceOption()
{
    return QCommandLineOption(QStringLiteral("force"), tr("Write a read-only post all the same (it stays read-only)."));
}

void reportWriteError(Error error)
{
    if (error.code == QLatin1String("read-only"))
        error.message += tr("; give --force to write it anyway");
    err(error);
}

int setCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption unset(QStringLiteral("unset"), tr("Remove KEY (may be repeated)."), QStringLiteral("KEY"));
    const QCommandLineOption force = forceOption();
    parser.addOptions({unset, force});
    if (!parseCommand(parser, args, 1, QStringLiteral("POST KEY=VALUE... [--unset KEY] [--force]")))
        return Usage;
    const QStringList positional = parser.positionalArguments();
    const QString path = positional.at(1);
    if (positional.size() < 3 && parser.values(unset).isEmpty()) {
        err(tr("postwright-cli set: nothing to set; give KEY=VALUE or --unset KEY"));
        return Usage;
    }
    Result<Post> loaded = Post::load(path);
    if (!loaded) {
        err(loaded.error());
        return Usage;
    }
    Post post = std::move(loaded).value();
    if (post.frontMatter().error) {
        err(*post.frontMatter().error);
        return Usage;
    }
    for (const QString &assignment : positional.mid(2)) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            err(tr("postwright-cli set: \"%1\" is not KEY=VALUE").arg(assignment));
            return Usage;
        }
        const QString key = assignment.left(eq);
        const QString text = assignment.mid(eq + 1);
        const Field *field = post.frontMatter().field(key);
        std::optional<Value> value;
        if (field && field->readOnly)
            value = Value::fromString(text);   // the writer refuses it, naming the line
        else if (field && field->value.type == ValueType::List && isBracketed(text))
            value = Value::fromText(ValueType::List, text.mid(1, text.size() - 2));
        else if (field && field->value.type != ValueType::Null)
            value = Value::fromText(field->value.type, text);
        else
            value = valueForNewKey(text);
        if (!value) {
            err(Error{path, field->line, valueColumn(post.text(), *field),
                      tr("\"%1\" is not a valid %2 for %3").arg(text, valueTypeName(field->value.type), key)});
            return Usage;
        }
        if (const auto result = post.setField(key, *value); !result) {
            err(result.error());
            return Usage;
        }
    }
    for (const QString &key : parser.values(unset)) {
        if (const auto result = post.removeField(key); !result) {
            err(result.error());
            return Usage;
        }
    }
    SaveOptions save;
    save.replaceReadOnly = parser.isSet(force);
    if (const auto saved = post.save(path, save); !saved) {
        reportWriteError(saved.error());
        return Usage;
    }
    return Ok;
}

} // namespace postwright::cli
