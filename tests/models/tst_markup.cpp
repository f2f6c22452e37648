// The Markdown subset of protocol 7.6 as our own parser reads it: what is
// markup, what stays text, and hostile bodies (unclosed markers, thousands of
// nested quotes or delimiters, markup inside code, right-to-left text).
#include "ConversationListModel.h"
#include "Markup.h"
#include "SystemLines.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <QTest>

using namespace kora::models::markup;
using namespace Qt::StringLiterals;

namespace {

// "B2+4 L10+13": each span's style, start and length, in text order.
QString spans(const Rendered &r)
{
    QList<Span> sorted = r.spans;
    std::sort(sorted.begin(), sorted.end(), [](const Span &a, const Span &b) {
        return a.start != b.start ? a.start < b.start : a.style < b.style;
    });
    QStringList out;
    for (const Span &s : sorted) {
        const char *name = s.style == Bold     ? "B"
                           : s.style == Italic ? "I"
                           : s.style == Strike ? "S"
                           : s.style == Code   ? "C"
                                               : "L";
        out.append(u"%1%2+%3"_s.arg(QLatin1String(name)).arg(s.start).arg(s.length));
    }
    return out.join(u' ');
}

// "P Q2 L1• C": each block's kind (paragraph, list item with depth and
// marker, code block), with its quote depth.
QString blocks(const Rendered &r)
{
    QStringList out;
    for (const Block &b : r.blocks) {
        QString d = b.kind == Block::CodeBlock  ? u"C"_s
                    : b.kind == Block::ListItem ? u"L%1%2"_s.arg(b.listDepth).arg(b.marker)
                                                : u"P"_s;
        if (b.quoteDepth > 0)
            d += u"Q%1"_s.arg(b.quoteDepth);
        out.append(d);
    }
    return out.join(u' ');
}

// What every rendering must hold: blocks in order, covering the text with
// one '\n' between them, spans inside the text.
void checkShape(const Rendered &r)
{
    QVERIFY(!r.blocks.isEmpty());
    int at = 0;
    for (const Block &b : r.blocks) {
        QCOMPARE(b.start, at);
        QVERIFY(b.length >= 0);
        at = b.start + b.length;
        if (at < r.text.size()) {
            QCOMPARE(r.text.at(at), u'\n');
            ++at;
        }
    }
    QCOMPARE(at, r.text.size());
    for (const Span &s : r.spans) {
        QVERIFY(s.start >= 0 && s.length > 0);
        QVERIFY(s.start + s.length <= r.text.size());
    }
}

} // namespace

class TestMarkup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendered_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("spans");
        QTest::addColumn<QString>("blocks");
        // clang-format off
        QTest::newRow("plain") << u"See you at 9"_s << u"See you at 9"_s << u""_s << u"P"_s;
        QTest::newRow("bold italic strike code")
            << u"**big** _soft_ ~~gone~~ `x = 1`"_s << u"big soft gone x = 1"_s
            << u"B0+3 I4+4 S9+4 C14+5"_s << u"P"_s;
        QTest::newRow("nested") << u"**bold _both_ bold**"_s << u"bold both bold"_s
                                << u"B0+14 I5+4"_s << u"P"_s;
        QTest::newRow("inside a word") << u"un**believ**able"_s << u"unbelievable"_s
                                       << u"B2+6"_s << u"P"_s;
        // Markers nobody closed stay where they were typed.
        QTest::newRow("unclosed bold") << u"**bold"_s << u"**bold"_s << u""_s << u"P"_s;
        QTest::newRow("unclosed italic") << u"_soft and **big**"_s << u"_soft and big"_s
                                         << u"B10+3"_s << u"P"_s;
        QTest::newRow("unclosed code") << u"`a **b**"_s << u"`a b"_s << u"B3+1"_s << u"P"_s;
        QTest::newRow("crossed pairs") << u"**a _b** c_"_s << u"a _b c_"_s << u"B0+4"_s
                                       << u"P"_s;
        QTest::newRow("spaced markers") << u"a ** b ** c and 2 * 3 * 4"_s
                                        << u"a ** b ** c and 2 * 3 * 4"_s << u""_s << u"P"_s;
        QTest::newRow("empty pair") << u"****"_s << u"****"_s << u""_s << u"P"_s;
        QTest::newRow("snake_case") << u"call get_user_name or __init__"_s
                                    << u"call get_user_name or __init__"_s << u""_s << u"P"_s;
        // Inside code nothing is markup, not even a link.
        QTest::newRow("markup in code") << u"`**not bold** https://x.example/`"_s
                                        << u"**not bold** https://x.example/"_s << u"C0+31"_s
                                        << u"P"_s;
        QTest::newRow("double backticks") << u"``a ` b``"_s << u"a ` b"_s << u"C0+5"_s
                                          << u"P"_s;
        QTest::newRow("link with underscores")
            << u"_see https://x.example/a_b_c_"_s << u"see https://x.example/a_b_c"_s
            << u"I0+27 L4+23"_s << u"P"_s;
        QTest::newRow("bold link") << u"**https://kora.example/jobs**."_s
                                   << u"https://kora.example/jobs."_s << u"B0+25 L0+25"_s
                                   << u"P"_s;
        QTest::newRow("no link without http") << u"ftp://x.example javascript:alert(1)"_s
                                              << u"ftp://x.example javascript:alert(1)"_s
                                              << u""_s << u"P"_s;
        QTest::newRow("no html") << u"<b>hi</b> <img src=x>"_s << u"<b>hi</b> <img src=x>"_s
                                 << u""_s << u"P"_s;
        QTest::newRow("lines") << u"one\r\ntwo\n\nfour"_s << u"one\ntwo\n\nfour"_s << u""_s
                               << u"P P P P"_s;
        QTest::newRow("lists") << u"- milk\n- **eggs**\n  - brown\n1. first\n10. tenth"_s
                               << u"milk\neggs\nbrown\nfirst\ntenth"_s << u"B5+4"_s
                               << u"L1• L1• L2• L11. L110."_s;
        QTest::newRow("not lists") << u"-5 degrees\n1.5 hours\n-\n2.x"_s
                                   << u"-5 degrees\n1.5 hours\n-\n2.x"_s << u""_s
                                   << u"P P P P"_s;
        QTest::newRow("quotes") << u"> you said\n>> before that\n> > and that\n> - a point\n>"_s
                                << u"you said\nbefore that\nand that\na point\n"_s << u""_s
                                << u"PQ1 PQ2 PQ2 L1•Q1 PQ1"_s;
        QTest::newRow("faces are not quotes") << u">_< and >.>"_s << u">_< and >.>"_s
                                              << u""_s << u"P"_s;
        QTest::newRow("fenced code") << u"look:\n```cpp\nint **x** = 1;\n  `y`\n```\ndone"_s
                                     << u"look:\nint **x** = 1;\n  `y`\ndone"_s << u""_s
                                     << u"P C P"_s;
        QTest::newRow("empty fence") << u"```\n```"_s << u""_s << u""_s << u"C"_s;
        QTest::newRow("unclosed fence") << u"```\n**bold**"_s << u"```\nbold"_s
                                        << u"B4+4"_s << u"P P"_s;
        QTest::newRow("inline triple backticks") << u"```a```"_s << u"a"_s << u"C0+1"_s
                                                 << u"P"_s;
        QTest::newRow("right to left") << u"**مرحبا** بالعالم\n> _שלום_"_s
                                       << u"مرحبا بالعالم\nשלום"_s << u"B0+5 I14+4"_s
                                       << u"P PQ1"_s;
        QTest::newRow("empty") << u""_s << u""_s << u""_s << u"P"_s;
        // clang-format on
    }

    void rendered()
    {
        QFETCH(QString, body);
        QFETCH(QString, text);
        QFETCH(QString, spans);
        QFETCH(QString, blocks);
        const Rendered r = render(body);
        checkShape(r);
        QCOMPARE(r.text, text);
        QCOMPARE(::spans(r), spans);
        QCOMPARE(::blocks(r), blocks);
    }

    void hostile_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("4000 nested quotes") << QString(4000, u'>') + u" deep"_s;
        QTest::newRow("4000 spaced quotes") << u"> "_s.repeated(4000) + u"deep"_s;
        QTest::newRow("4000 quote lines") << u">\n"_s.repeated(4000);
        QTest::newRow("2000 bold openers") << u"**a "_s.repeated(2000);
        QTest::newRow("delimiter soup") << u"**_~~`"_s.repeated(1000);
        QTest::newRow("backtick runs") << u"``a`"_s.repeated(1000);
        QTest::newRow("4000 fences") << u"```\n"_s.repeated(4001);
        QTest::newRow("deep list") << QString(4000, u' ') + u"- item"_s;
        QTest::newRow("lone surrogates")
            << QString(QChar(0xd800)) + u"**a"_s + QChar(0xdc00) + u"**"_s;
        QTest::newRow("links") << u"https://a.example/**_~~ "_s.repeated(500);
    }

    void hostile()
    {
        QFETCH(QString, body);
        const Rendered r = render(body);
        checkShape(r);
        for (const Block &b : r.blocks) {
            QVERIFY(b.quoteDepth <= maxQuoteDepth);
            QVERIFY(b.listDepth <= maxListDepth);
        }
        QVERIFY(r.text.size() <= body.size());
        QVERIFY(plainText(body).size() <= body.size() + 2 * r.blocks.size());
        bool fence = false;
        for (const QString &line : body.split(u'\n'))
            lineMarkup(line, fence);
    }

    void deepQuoteKeepsItsText()
    {
        const Rendered r = render(QString(4000, u'>') + u" deep"_s);
        QCOMPARE(r.text, u"deep"_s);
        QCOMPARE(r.blocks.value(0).quoteDepth, maxQuoteDepth);
    }

    void plain_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("plain");
        QTest::newRow("styles") << u"**Hi** _there_, ~~no~~ `ok`"_s << u"Hi there, no ok"_s;
        QTest::newRow("list") << u"- milk\n2. eggs"_s << u"• milk\n2. eggs"_s;
        QTest::newRow("quote") << u"> you said"_s << u"you said"_s;
        QTest::newRow("code") << u"```\nrm -rf **x**\n```"_s << u"rm -rf **x**"_s;
        QTest::newRow("as typed") << u"2 * 3 **"_s << u"2 * 3 **"_s;
    }

    void plain()
    {
        QFETCH(QString, body);
        QFETCH(QString, plain);
        QCOMPARE(plainText(body), plain);
    }

    // The conversation list and notifications (ConversationListModel::previewOf).
    void previewsHaveNoMarkup()
    {
        kora::proto::Message m;
        m.kind = u"text"_s;
        m.body = u"**Deal.** See you at _9_\n- tiles"_s;
        QCOMPARE(kora::models::ConversationListModel::previewOf(m),
                 u"Deal. See you at 9 • tiles"_s);
        m.kind = u"system"_s;
        m.body = u"Ama **renamed** it"_s; // a system line is shown as written
        QCOMPARE(kora::models::ConversationListModel::previewOf(m), m.body);
    }

    // A group's system lines from their meta, in the user's language, "You"
    // for me; a line whose meta says too little stays as the server wrote it.
    void systemLines_data()
    {
        QTest::addColumn<QJsonObject>("meta");
        QTest::addColumn<QString>("shown");
        const QJsonArray one{u"u-yaw"_s}, oneName{u"Yaw Boateng"_s};
        QTest::newRow("renamed by me") << QJsonObject{{u"group"_s, u"renamed"_s},
                                                      {u"by"_s, u"u-me"_s},
                                                      {u"byName"_s, u"Ama Mensah"_s},
                                                      {u"title"_s, u"Crew"_s}}
                                       << u"You renamed the group to “Crew”"_s;
        QTest::newRow("renamed") << QJsonObject{{u"group"_s, u"renamed"_s},
                                                {u"by"_s, u"u-kofi"_s},
                                                {u"byName"_s, u"Kofi Asante"_s},
                                                {u"title"_s, u"Crew"_s}}
                                 << u"Kofi Asante renamed the group to “Crew”"_s;
        QTest::newRow("added two")
            << QJsonObject{{u"group"_s, u"added"_s},
                           {u"by"_s, u"u-kofi"_s},
                           {u"byName"_s, u"Kofi Asante"_s},
                           {u"users"_s, QJsonArray{u"u-yaw"_s, u"u-efua"_s}},
                           {u"names"_s, QJsonArray{u"Yaw Boateng"_s, u"Efua Owusu"_s}}}
            << u"Kofi Asante added Yaw Boateng and Efua Owusu"_s;
        QTest::newRow("added me") << QJsonObject{{u"group"_s, u"added"_s},
                                                 {u"by"_s, u"u-kofi"_s},
                                                 {u"byName"_s, u"Kofi Asante"_s},
                                                 {u"users"_s, QJsonArray{u"u-me"_s}},
                                                 {u"names"_s, QJsonArray{u"Ama Mensah"_s}}}
                                  << u"Kofi Asante added you"_s;
        QTest::newRow("I removed") << QJsonObject{{u"group"_s, u"removed"_s},
                                                  {u"by"_s, u"u-me"_s},
                                                  {u"byName"_s, u"Ama Mensah"_s},
                                                  {u"users"_s, one},
                                                  {u"names"_s, oneName}}
                                   << u"You removed Yaw Boateng"_s;
        QTest::newRow("left") << QJsonObject{{u"group"_s, u"left"_s},
                                             {u"by"_s, u"u-yaw"_s},
                                             {u"byName"_s, u"Yaw Boateng"_s},
                                             {u"users"_s, one},
                                             {u"names"_s, oneName}}
                              << u"Yaw Boateng left"_s;
        QTest::newRow("too little")
            << QJsonObject{{u"group"_s, u"added"_s}, {u"by"_s, u"u-kofi"_s}, {u"users"_s, one}}
            << u"as the server wrote it"_s;
        QTest::newRow("not a group line")
            << QJsonObject{{u"type"_s, u"booking"_s}} << u"as the server wrote it"_s;
    }

    void systemLines()
    {
        QFETCH(QJsonObject, meta);
        QFETCH(QString, shown);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "a and b"
        kora::proto::Message m;
        m.kind = u"system"_s;
        m.body = u"as the server wrote it"_s;
        m.meta = meta;
        QCOMPARE(kora::models::SystemLines::text(m, u"u-me"_s), shown);
        QCOMPARE(kora::models::ConversationListModel::previewOf(m, u"u-me"_s), shown);
        m.kind = u"text"_s; // only system lines are read from their meta
        QCOMPARE(kora::models::SystemLines::text(m, u"u-me"_s), m.body);
    }

    // The composer's live view: markers and styles in the line's own offsets,
    // the fence state carried from line to line.
    void composerLines()
    {
        bool fence = false;
        LineMarkup m = lineMarkup(u"> **hi** `x`"_s, fence);
        QCOMPARE(m.quoteDepth, 1);
        const QList<QPair<int, int>> markers{{0, 2}, {2, 2}, {6, 2}, {9, 1}, {11, 1}};
        QCOMPARE(m.markers, markers);
        QCOMPARE(m.spans.size(), 2);
        QCOMPARE(m.spans.at(0), (Span{4, 2, Bold}));
        QCOMPARE(m.spans.at(1), (Span{10, 1, Code}));

        m = lineMarkup(u"```js"_s, fence);
        QVERIFY(m.fence);
        QVERIFY(fence);
        m = lineMarkup(u"**not bold**"_s, fence);
        QVERIFY(m.inCode);
        QVERIFY(m.spans.isEmpty());
        m = lineMarkup(u"```"_s, fence);
        QVERIFY(m.fence);
        QVERIFY(!fence);
        m = lineMarkup(u"- item"_s, fence);
        QVERIFY(m.listItem);
    }
};

QTEST_GUILESS_MAIN(TestMarkup)
#include "tst_markup.moc"
