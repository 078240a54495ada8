// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/error.h"
#include "text/lineindex.h"
#include "text/textcodec.h"

#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace postwright;

class tst_TextCodec : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void invalid_data();
    void invalid();
    void lineEndings_data();
    void lineEndings();
    void convert_data();
    void convert();
    void lineIndex_data();
    void lineIndex();
    void errorText_data();
    void errorText();
};

void tst_TextCodec::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("bom");

    const auto utf16 = [](const QString &s, bool le) {
        QByteArray out = le ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
        for (const QChar c : s) {
            const char lo = char(c.unicode() & 0xFF), hi = char(c.unicode() >> 8);
            out += le ? QByteArray{&lo, 1} + QByteArray{&hi, 1} : QByteArray{&hi, 1} + QByteArray{&lo, 1};
        }
        return out;
    };
    const QString mixed = u"---\r\ntitle: \"Ünïcödé 🚀 שלום\"\r\n---\rBody\n"_s;
    QTest::newRow("empty") << QByteArray() << QString() << int(Encoding::Utf8) << false;
    QTest::newRow("ascii") << QByteArray("a\nb") << u"a\nb"_s << int(Encoding::Utf8) << false;
    QTest::newRow("utf-8 multibyte") << mixed.toUtf8() << mixed << int(Encoding::Utf8) << false;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + mixed.toUtf8() << mixed << int(Encoding::Utf8) << true;
    QTest::newRow("utf-8 bom only") << QByteArray("\xEF\xBB\xBF") << QString() << int(Encoding::Utf8) << true;
    QTest::newRow("utf-8 bom twice keeps the second")
        << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBFx") << u"\uFEFFx"_s << int(Encoding::Utf8) << true;
    QTest::newRow("utf-16le") << utf16(mixed, true) << mixed << int(Encoding::Utf16LE) << true;
    QTest::newRow("utf-16be") << utf16(mixed, false) << mixed << int(Encoding::Utf16BE) << true;
    QTest::newRow("utf-16le bom twice keeps the second")
        << QByteArray("\xFF\xFE\xFF\xFEx\x00", 6) << u"\uFEFFx"_s << int(Encoding::Utf16LE) << true;
    QTest::newRow("utf-16le bom only") << QByteArray("\xFF\xFE", 2) << QString() << int(Encoding::Utf16LE) << true;
    QTest::newRow("four-byte sequence") << QByteArray("\xF0\x9F\x9A\x80") << u"🚀"_s << int(Encoding::Utf8) << false;
    QTest::newRow("highest code point")
        << QByteArray("\xF4\x8F\xBF\xBF") << QString::fromUcs4(U"\U0010FFFF") << int(Encoding::Utf8) << false;
}

// Decoding gives the text, and encoding it again gives the same bytes.
void tst_TextCodec::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(int, encoding);
    QFETCH(bool, bom);
    const Result<DecodedText> decoded = decodeText(bytes);
    QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().toString()));
    QCOMPARE(decoded.value().text, text);
    QCOMPARE(int(decoded.value().encoding), encoding);
    QCOMPARE(decoded.value().bom, bom);
    QCOMPARE(encodeText(decoded.value()), bytes);
}

void tst_TextCodec::invalid_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("offset");   // -1: an error without an offset
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("latin-1 byte") << QByteArray("caf\xE9\n") << qsizetype(3) << 1 << 4;
    QTest::newRow("lone continuation") << QByteArray("\x80") << qsizetype(0) << 1 << 1;
    QTest::newRow("after a bom") << QByteArray("\xEF\xBB\xBFok\xFF") << qsizetype(5) << 1 << 3;
    QTest::newRow("third line LF") << QByteArray("a\nbb\ncc\xC3(") << qsizetype(7) << 3 << 3;
    QTest::newRow("third line CRLF") << QByteArray("a\r\nbb\r\ncc\xC3(") << qsizetype(9) << 3 << 3;
    QTest::newRow("third line CR") << QByteArray("a\rbb\rcc\xC3(") << qsizetype(7) << 3 << 3;
    // Columns count characters, as an editor shows them, not bytes.
    QTest::newRow("column after non-ascii") << QByteArray("t: \xC3\xA9\xE2\x80\x93\xF0\x9F\x9A\x80\xFF") << qsizetype(12)
                                            << 1 << 7;
    QTest::newRow("truncated at end") << QByteArray("ok\xE2\x80") << qsizetype(2) << 1 << 3;
    QTest::newRow("overlong") << QByteArray("\xC0\x80") << qsizetype(0) << 1 << 1;
    QTest::newRow("overlong three bytes") << QByteArray("x\xE0\x80\xAF") << qsizetype(1) << 1 << 2;
    QTest::newRow("encoded surrogate") << QByteArray("\xED\xA0\x80") << qsizetype(0) << 1 << 1;
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << qsizetype(0) << 1 << 1;
    QTest::newRow("five-byte lead") << QByteArray("\xF8\x88\x80\x80\x80") << qsizetype(0) << 1 << 1;
    QTest::newRow("windows-1252 quote") << QByteArray("---\ntitle: \x93hi\x94\n---\n") << qsizetype(11) << 2 << 8;
    QTest::newRow("utf-16 odd length") << QByteArray("\xFF\xFE\x41\x00\x42", 5) << qsizetype(-1) << 0 << 0;
    QTest::newRow("utf-16 unpaired high surrogate")
        << QByteArray("\xFF\xFE\x41\x00\x0A\x00\x42\x00\x00\xD8\x41\x00", 12) << qsizetype(8) << 2 << 2;
    QTest::newRow("utf-16be lone low surrogate") << QByteArray("\xFE\xFF\xDC\x00", 4) << qsizetype(2) << 1 << 1;
}

// Undecodable bytes are an error that names where they are; nothing is guessed.
void tst_TextCodec::invalid()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    const Result<DecodedText> decoded = decodeText(bytes);
    QVERIFY(!decoded);
    const Error &error = decoded.error();
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    if (offset >= 0)
        QVERIFY2(error.message.contains(u"byte offset %1 "_s.arg(offset)), qPrintable(error.message));
    else
        QVERIFY2(error.message.contains(u"odd number of bytes"_s), qPrintable(error.message));
}

void tst_TextCodec::lineEndings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("ending");
    QTest::addColumn<QString>("dominant");
    QTest::newRow("none") << u"one line"_s << int(LineEnding::None) << u"\n"_s;
    QTest::newRow("empty") << QString() << int(LineEnding::None) << u"\n"_s;
    QTest::newRow("lf") << u"a\nb\n"_s << int(LineEnding::LF) << u"\n"_s;
    QTest::newRow("crlf") << u"a\r\nb\r\n"_s << int(LineEnding::CRLF) << u"\r\n"_s;
    QTest::newRow("cr") << u"a\rb\r"_s << int(LineEnding::CR) << u"\r"_s;
    QTest::newRow("mixed mostly crlf") << u"a\r\nb\r\nc\n"_s << int(LineEnding::Mixed) << u"\r\n"_s;
    QTest::newRow("mixed mostly lf") << u"a\nb\nc\r\nd\r"_s << int(LineEnding::Mixed) << u"\n"_s;
    QTest::newRow("mixed mostly cr") << u"a\rb\rc\n"_s << int(LineEnding::Mixed) << u"\r"_s;
    QTest::newRow("lf cr is two breaks") << u"a\n\rb"_s << int(LineEnding::Mixed) << u"\n"_s;
}

void tst_TextCodec::lineEndings()
{
    QFETCH(QString, text);
    QFETCH(int, ending);
    QFETCH(QString, dominant);
    QCOMPARE(int(detectLineEnding(text)), ending);
    QCOMPARE(dominantLineBreak(text), dominant);
}

void tst_TextCodec::convert_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("newline");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mixed to lf") << u"a\r\nb\rc\nd"_s << u"\n"_s << u"a\nb\nc\nd"_s;
    QTest::newRow("lf to crlf") << u"a\nb\n"_s << u"\r\n"_s << u"a\r\nb\r\n"_s;
    QTest::newRow("crlf to cr") << u"a\r\n\r\nb"_s << u"\r"_s << u"a\r\rb"_s;
    QTest::newRow("lf cr stays two") << u"a\n\rb"_s << u"\r\n"_s << u"a\r\n\r\nb"_s;
    QTest::newRow("no breaks") << u"abc"_s << u"\r\n"_s << u"abc"_s;
}

void tst_TextCodec::convert()
{
    QFETCH(QString, text);
    QFETCH(QString, newline);
    QFETCH(QString, expected);
    QCOMPARE(convertLineEndings(text, newline), expected);
}

void tst_TextCodec::lineIndex_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qsizetype>>("starts");
    QTest::addColumn<QList<qsizetype>>("ends");
    QTest::newRow("empty") << QString() << QList<qsizetype>{0} << QList<qsizetype>{0};
    QTest::newRow("lf") << u"ab\ncd\n"_s << QList<qsizetype>{0, 3, 6} << QList<qsizetype>{2, 5, 6};
    QTest::newRow("crlf") << u"ab\r\ncd"_s << QList<qsizetype>{0, 4} << QList<qsizetype>{2, 6};
    QTest::newRow("cr") << u"a\rb\r\rc"_s << QList<qsizetype>{0, 2, 4, 5} << QList<qsizetype>{1, 3, 4, 6};
    QTest::newRow("mixed") << u"a\r\nb\rc\nd"_s << QList<qsizetype>{0, 3, 5, 7} << QList<qsizetype>{1, 4, 6, 8};
}

// Lines end at LF, CRLF or a bare CR, as the YAML and TOML parsers count them.
void tst_TextCodec::lineIndex()
{
    QFETCH(QString, text);
    QFETCH(QList<qsizetype>, starts);
    QFETCH(QList<qsizetype>, ends);
    const LineIndex index(text);
    QCOMPARE(index.count(), starts.size());
    for (qsizetype i = 0; i < index.count(); ++i) {
        QCOMPARE(index.line(i).start, starts.at(i));
        QCOMPARE(index.line(i).end, ends.at(i));
        QCOMPARE(index.line(i).next, i + 1 < starts.size() ? starts.at(i + 1) : text.size());
        // Every offset of a line, its break included, maps back to it.
        const qsizetype next = index.line(i).next;
        for (qsizetype offset = starts.at(i); offset < next; ++offset)
            QCOMPARE(index.lineAt(offset), i);
    }
    QCOMPARE(index.lineAt(text.size()), index.count() - 1);
}

void tst_TextCodec::errorText_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    QTest::newRow("all") << u"a.md"_s << 3 << 7 << u"a.md:3:7: bad"_s;
    QTest::newRow("no column") << u"a.md"_s << 3 << 0 << u"a.md:3: bad"_s;
    QTest::newRow("no line") << u"a.md"_s << 0 << 0 << u"a.md: bad"_s;
    QTest::newRow("no path") << QString() << 2 << 1 << u"<input>:2:1: bad"_s;
}

void tst_TextCodec::errorText()
{
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, expected);
    QCOMPARE((Error{path, line, column, u"bad"_s}.toString()), expected);
}

QTEST_GUILESS_MAIN(tst_TextCodec)
#include "tst_textcodec.moc"
