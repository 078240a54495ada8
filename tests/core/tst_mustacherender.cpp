// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "page/mustacheprogram.h"
#include "page/mustacherender.h"

#include <QtTest/QTest>

using postwright::MustacheData;
using postwright::renderMustacheUtf8;

namespace {

// Post i of a list as the feed and the lists show one: text, a nested list, a flag.
MustacheData post(qsizetype i)
{
    MustacheData item;
    item.set("title", "Post <" + std::to_string(i) + ">");
    MustacheData tags{MustacheData::type::list};
    for (qsizetype t = 0; t < i % 3; ++t) {
        MustacheData tag;
        tag.set("name", "tag" + std::to_string(t));
        tags.push_back(tag);
    }
    item.set("tags", tags);
    item.set("hasTags", i % 3 ? MustacheData::type::bool_true : MustacheData::type::bool_false);
    return item;
}

// A small generator of test input (a linear congruential one, seeded: the
// same templates on every run).
struct Random
{
    quint32 seed;
    quint32 next(quint32 below)
    {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 16) % below;
    }
};

// Template text from the pieces kainjow's parser and renderer tell apart:
// text, blanks, every kind of newline, every tag, dotted names, set
// delimiters, partials and stray braces; sections mostly balanced, some not.
std::string randomTemplate(Random &random, int depth = 0)
{
    static const char *const names[] = {"x", "y", "t", "f", "list", "empty", "obj", "obj.x", "obj.y.z", ".", "missing",
                                        "p", "hole", "obj.missing", "a..b", "x."};
    static const char *const pieces[] = {"a", " ", "\t", "\n", "\r\n", "\r", "  ", "{", "}", "{{", "}}", "=", "word "};
    std::string out;
    const int count = int(random.next(8));
    bool custom = false;
    for (int i = 0; i < count; ++i) {
        const std::string name = names[random.next(std::size(names))];
        const std::string open = custom ? "<%" : "{{";
        const std::string close = custom ? "%>" : "}}";
        switch (random.next(12)) {
        case 0: case 1: out += pieces[random.next(std::size(pieces))]; break;
        case 2: out += open + name + close; break;
        case 3: out += custom ? open + "&" + name + close : "{{{" + name + "}}}"; break;
        case 4: out += open + " & " + name + " " + close; break;
        case 5: case 6: {
            const char *kind = random.next(2) ? "#" : "^";
            const std::string inner = depth < 3 ? randomTemplate(random, depth + 1) : std::string("in");
            const std::string end = random.next(20) ? name : std::string("other");
            out += open + kind + name + close + (random.next(2) ? "\n" : "") + inner + open + "/" + end + close;
            break;
        }
        case 7: out += open + "! a comment " + close; break;
        case 8: out += open + ">" + name + close; break;
        case 9:
            out += custom ? "<%={{ }}=%>" : "{{=<% %>=}}";
            custom = !custom;
            break;
        case 10: out += "\n" + std::string(random.next(3), ' ') + open + "#" + name + close + "\n"; break;
        default: out += random.next(2) ? "\n" : " " + open + "/" + name + close + "\r\n"; break;
        }
    }
    return out;
}

// Data with every kind of value: text to escape, an empty one, booleans,
// lists (empty, of objects), nested objects, a partial's text, a lambda.
MustacheData randomData()
{
    MustacheData data;
    data.set("x", std::string("<b> & 'q' \"Q\""));
    data.set("y", std::string());
    data.set("t", MustacheData::type::bool_true);
    data.set("f", MustacheData::type::bool_false);
    MustacheData list{MustacheData::type::list};
    for (int i = 0; i < 3; ++i) {
        MustacheData item;
        item.set("x", "item " + std::to_string(i));
        if (i == 1)
            item.set("t", MustacheData::type::bool_false);
        list.push_back(item);
    }
    data.set("list", list);
    data.set("empty", MustacheData{MustacheData::type::list});
    MustacheData inner;
    inner.set("z", std::string("deep"));
    MustacheData obj;
    obj.set("x", std::string("o"));
    obj.set("y", inner);
    data.set("obj", obj);
    data.set("p", std::string("[{{x}}{{#t}}\n  {{/t}}]"));
    data.set("hole", kainjow::mustache::lambda{[](const std::string &) { return std::string(); }});
    return data;
}

MustacheData site()
{
    MustacheData data;
    data.set("siteTitle", "A & B");
    data.set("on", MustacheData::type::bool_true);
    return data;
}

} // namespace

class TestMustacheRender : public QObject
{
    Q_OBJECT

private slots:
    // A list made item by item as the template reaches it gives the text
    // the whole list gives, whatever the template does with it.
    void lazyListRendersAsTheWholeList_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("count");
        QTest::newRow("items") << "<h1>{{siteTitle}}</h1>{{#items}}<p>{{title}}</p>\n{{/items}}end" << 5;
        QTest::newRow("nested list and outer name")
            << "{{#items}}{{title}} of {{siteTitle}}:{{#hasTags}}{{#tags}} {{name}}{{/tags}}{{/hasTags}}\n{{/items}}" << 7;
        QTest::newRow("inverted, empty") << "{{^items}}none{{/items}}{{#items}}x{{/items}}" << 0;
        QTest::newRow("inverted, not empty") << "{{^items}}none{{/items}}{{#items}}{{{title}}}{{/items}}" << 3;
        QTest::newRow("twice") << "{{#items}}{{title}}{{/items}}|{{#items}}{{title}}{{/items}}" << 4;
        QTest::newRow("inside another section") << "{{#on}}{{#items}}[{{title}}]{{/items}}{{/on}}" << 3;
        QTest::newRow("within itself") << "{{#items}}{{#items}}.{{/items}}{{title}}\n{{/items}}" << 3;
        QTest::newRow("the item itself and dotted names") << "{{#items}}{{.}}{{items.title}}{{title}}{{/items}}{{items}}" << 2;
        QTest::newRow("standalone lines")
            << "<ul>\n  {{#items}}\n  <li>{{title}}</li>\n  {{/items}}\n</ul>\n" << 3;
        QTest::newRow("no list in the template") << "{{siteTitle}}" << 4;
    }

    void lazyListRendersAsTheWholeList()
    {
        QFETCH(QString, source);
        QFETCH(int, count);
        MustacheData whole = site();
        MustacheData list{MustacheData::type::list};
        for (qsizetype i = 0; i < count; ++i)
            list.push_back(post(i));
        whole.set("items", list);
        const QByteArray expected = renderMustacheUtf8(source, whole);
        QList<qsizetype> made;
        const QByteArray lazy = renderMustacheUtf8(source, site(), "items", count, [&made](qsizetype i) {
            made.append(i);
            return post(i);
        });
        QCOMPARE(lazy, expected);
        // The same item split in three (its own data over what it shares
        // over what is under that, as the feeds take a post) is the same.
        std::vector<MustacheData> titles(static_cast<std::size_t>(count));
        std::vector<MustacheData> tags(static_cast<std::size_t>(count));
        for (qsizetype i = 0; i < count; ++i) {
            const MustacheData whole = post(i);
            titles[std::size_t(i)].set("title", *whole.get("title"));
            tags[std::size_t(i)].set("tags", *whole.get("tags"));
        }
        const QByteArray split = renderMustacheUtf8(source, site(), "items", count, [&](qsizetype i) {
            postwright::MustacheItem item;
            item.data.set("hasTags", *post(i).get("hasTags"));
            item.shared = &tags[std::size_t(i)];
            item.under = &titles[std::size_t(i)];
            return item;
        });
        QCOMPARE(split, expected);
        // Each item is made where the template enters it, no sooner.
        if (count > 0 && source.startsWith(QLatin1String("<h1>")))
            QCOMPARE(made, (QList<qsizetype>{0, 1, 2, 3, 4}));
    }

    void brokenTemplateRendersNothing()
    {
        int made = 0;
        QCOMPARE(renderMustacheUtf8(QStringLiteral("{{#items}}"), site(), "items", 3, [&made](qsizetype i) {
                     ++made;
                     return post(i);
                 }),
                 QByteArray());
        QCOMPARE(made, 0);
    }

    // {{value}} escapes as kainjow's own html_escape: & < > " ' and nothing
    // else, whatever stands between them (UTF-8, NUL, a lone '&').
    void escapesAsKainjow()
    {
        const std::string pieces[] = {"&", "<", ">", "\"", "'", "a", "&amp;", "\xC3\xA9", std::string(1, '\0'), "{{x}}", " "};
        quint32 seed = 7;
        for (int round = 0; round < 2000; ++round) {
            std::string value;
            const int length = int(seed % 12);
            for (int i = 0; i < length; ++i) {
                seed = seed * 1103515245u + 12345u;
                value += pieces[(seed >> 16) % std::size(pieces)];
            }
            seed = seed * 1103515245u + 12345u;
            MustacheData data;
            data.set("value", value);
            const QByteArray rendered = renderMustacheUtf8(QStringLiteral("[{{value}}|{{{value}}}]"), data);
            const std::string expected = "[" + kainjow::mustache::html_escape<std::string>(value) + "|" + value + "]";
            QCOMPARE(rendered, QByteArray::fromStdString(expected));
        }
    }

    // The compiled program renders what kainjow renders, byte for byte, and
    // refuses the templates kainjow refuses: thousands of generated
    // templates over data with every kind of value.
    void programRendersAsKainjow()
    {
        Random random{11};
        const MustacheData data = randomData();
        int valid = 0;
        for (int round = 0; round < 20000; ++round) {
            const std::string source = randomTemplate(random);
            kainjow::mustache::mustache reference(source);
            const postwright::MustacheProgram program(source);
            QVERIFY2(program.isValid() == reference.is_valid(), source.c_str());
            if (!reference.is_valid())
                continue;
            ++valid;
            std::string rendered;
            const bool complete = program.render(data, rendered);
            const std::string expected = reference.render(data);
            // A render kainjow finds an error in (and renders on around) stops.
            QVERIFY2(complete == reference.is_valid(), source.c_str());
            if (complete)
                QVERIFY2(rendered == expected, (source + "\n=> " + rendered + "\n<> " + expected).c_str());
        }
        QVERIFY2(valid > 5000, qPrintable(QString::number(valid)));
    }

    // A value of the data taken as a partial that does not parse, or one
    // that names itself, stops the render: nothing comes out (kainjow
    // would leave out the rest of the section's item and render on, or
    // take the whole stack), and the caller reports the template.
    void stoppedRenderGivesNothing()
    {
        MustacheData data;
        MustacheData tags{MustacheData::type::list};
        for (const char *name : {"ok", "{{#x}}", "zzz"}) {
            MustacheData tag;
            tag.set("name", std::string(name));
            tags.push_back(tag);
        }
        data.set("tags", tags);
        data.set("title", std::string("x{{>title}}"));
        const QString broken = QStringLiteral("<p>{{#tags}}[{{>name}}]{{/tags}}AFTER</p>\n");
        QCOMPARE(renderMustacheUtf8(broken, data), QByteArray());
        kainjow::mustache::mustache reference(broken.toStdString());
        QCOMPARE(QByteArray::fromStdString(reference.render(data)), QByteArray("<p>[ok][[zzz]AFTER</p>\n"));
        QVERIFY(!reference.is_valid());
        QCOMPARE(renderMustacheUtf8(QStringLiteral("<p>{{>title}}</p>"), data), QByteArray());
        QVERIFY(postwright::renderMustacheWithHoles(QStringLiteral("{{>title}}{{{body}}}"), data, {"body"}).pieces.isEmpty());

        // Partials nested 32 deep render; deeper stops.
        const auto chain = [](int depth) {
            MustacheData links;
            for (int i = 0; i < depth; ++i)
                links.set("k" + std::to_string(i), "{{>k" + std::to_string(i + 1) + "}}");
            links.set("k" + std::to_string(depth), std::string("END"));
            return renderMustacheUtf8(QStringLiteral("[{{>k0}}]"), links);
        };
        QCOMPARE(chain(31), QByteArray("[END]"));
        QCOMPARE(chain(40), QByteArray());
    }

    // setMoved and appendMoved give the data set() and push_back() give.
    void movedDataRendersAsCopied()
    {
        MustacheData copied;
        MustacheData moved;
        MustacheData copiedList{MustacheData::type::list};
        MustacheData movedList{MustacheData::type::list};
        for (qsizetype i = 0; i < 5; ++i) {
            copiedList.push_back(post(i));
            postwright::appendMoved(movedList, post(i));
        }
        copied.set("items", copiedList);
        postwright::setMoved(moved, "items", std::move(movedList));
        copied.set("siteTitle", std::string("first"));
        copied.set("siteTitle", std::string("A & B"));
        postwright::setMoved(moved, "siteTitle", std::string("first"));
        postwright::setMoved(moved, "siteTitle", std::string("A & B"));
        const QString source = QStringLiteral("{{siteTitle}}{{#items}}<{{title}}{{#tags}} {{name}}{{/tags}}>{{/items}}");
        QCOMPARE(renderMustacheUtf8(source, moved), renderMustacheUtf8(source, copied));
        QVERIFY(renderMustacheUtf8(source, moved).startsWith("A &amp; B<Post &lt;0&gt;>"));
    }
};

QTEST_GUILESS_MAIN(TestMustacheRender)
#include "tst_mustacherender.moc"
