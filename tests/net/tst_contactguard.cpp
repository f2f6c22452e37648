// The contact-info guard (protocol 7.5, net/protocol/ContactGuard.h): one
// table of texts in several languages and scripts, each with what mask mode
// makes of it and the kinds found. Rows whose masked text equals the text
// are the negatives: prices, dates, times, job ids, ranges, quantities.
#include "protocol/ContactGuard.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kora::proto;

namespace {

QString kindsOf(const QList<ContactSpan> &spans)
{
    QStringList names;
    for (const ContactSpan &s : spans)
        names.append(contactKindName(s.kind));
    return names.join(u',');
}

} // namespace

class TestContactGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detects_data();
    void detects();
    void spansAreInsideTheText();
    void maskKeepsTheRest();
};

void TestContactGuard::detects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");
    QTest::addColumn<QString>("kinds");

    auto row = [](const char *name, const QString &text, const QString &masked,
                  const QString &kinds) { QTest::newRow(name) << text << masked << kinds; };
    auto clean = [&row](const char *name, const QString &text) { row(name, text, text, {}); };

    // Phone numbers, international and local, with the usual separators.
    row("en intl spaces", u"Call me on +254 712 345 678 tonight"_s,
        u"Call me on [hidden] tonight"_s, u"phone"_s);
    row("en intl no space", u"+254712345678"_s, u"[hidden]"_s, u"phone"_s);
    row("en local", u"my number is 0712 345 678."_s, u"my number is [hidden]."_s, u"phone"_s);
    row("en local run", u"text 0712345678 ok"_s, u"text [hidden] ok"_s, u"phone"_s);
    row("us dashes", u"office: 555-123-4567"_s, u"office: [hidden]"_s, u"phone"_s);
    row("us parens", u"+1 (555) 123-4567 anytime"_s, u"[hidden] anytime"_s, u"phone"_s);
    row("uk parens", u"ring (020) 7946 0958"_s, u"ring [hidden]"_s, u"phone"_s);
    row("in parens", u"(call 0712345678)"_s, u"(call [hidden])"_s, u"phone"_s);
    row("dots", u"0722.123.456"_s, u"[hidden]"_s, u"phone"_s);
    row("tel scheme", u"tel:0712345678"_s, u"tel:[hidden]"_s, u"phone"_s);
    row("fr pairs", u"Appelle-moi au 06 12 34 56 78 stp"_s, u"Appelle-moi au [hidden] stp"_s,
        u"phone"_s);
    row("fr intl", u"mon numéro : +33 6 12 34 56 78"_s, u"mon numéro : [hidden]"_s, u"phone"_s);
    row("sw local", u"Nipigie 0722 123 456 kesho asubuhi"_s, u"Nipigie [hidden] kesho asubuhi"_s,
        u"phone"_s);
    row("pt br", u"Meu celular é (11) 98765-4321, me liga"_s, u"Meu celular é [hidden], me liga"_s,
        u"phone"_s);
    row("pt intl", u"+55 11 98765-4321"_s, u"[hidden]"_s, u"phone"_s);
    row("de mobile", u"Rufen Sie mich an: 0171 1234567"_s, u"Rufen Sie mich an: [hidden]"_s,
        u"phone"_s);
    row("de intl zero", u"+49 (0)171 1234567"_s, u"[hidden]"_s, u"phone"_s);
    row("de slash", u"Tel. 030/1234567"_s, u"Tel. [hidden]"_s, u"phone"_s);
    row("ru intl", u"Мой номер +7 (912) 345-67-89"_s, u"Мой номер [hidden]"_s, u"phone"_s);
    row("ru local", u"звони 8 912 345 67 89 вечером"_s, u"звони [hidden] вечером"_s, u"phone"_s);
    row("zh glued", u"我的电话13812345678谢谢"_s, u"我的电话[hidden]谢谢"_s, u"phone"_s);
    row("ar indic digits", u"اتصل بي على ٠٧١٢٣٤٥٦٧٨"_s, u"اتصل بي على [hidden]"_s, u"phone"_s);
    row("ar indic intl", u"رقمي +٢٥٤ ٧١٢ ٣٤٥ ٦٧٨ شكرا"_s, u"رقمي [hidden] شكرا"_s, u"phone"_s);
    row("fa digits", u"شماره ۰۹۱۲۳۴۵۶۷۸۹"_s, u"شماره [hidden]"_s, u"phone"_s);
    row("two phones", u"0712345678 or 0733 111 222"_s, u"[hidden] or [hidden]"_s, u"phone,phone"_s);

    // Email addresses.
    row("email", u"write to kofi.asante@gmail.com please"_s, u"write to [hidden] please"_s,
        u"email"_s);
    row("email plus", u"ama+jobs@example.co.ke."_s, u"[hidden]."_s, u"email"_s);
    row("email fr", u"Mon e-mail : jean-luc@orange.fr"_s, u"Mon e-mail : [hidden]"_s, u"email"_s);
    row("email cyrillic text", u"почта ivan_petrov@mail.ru"_s, u"почта [hidden]"_s, u"email"_s);
    row("email unicode local", u"écris à josé@exemple.pt"_s, u"écris à [hidden]"_s, u"email"_s);

    // Web links, with and without scheme.
    row("https", u"see https://example.com/profile?id=7."_s, u"see [hidden]."_s, u"link"_s);
    row("www", u"visit www.mysite.net now"_s, u"visit [hidden] now"_s, u"link"_s);
    row("wa.me", u"wa.me/254712345678"_s, u"[hidden]"_s, u"link"_s);
    row("t.me", u"join t.me/kofi_tiles"_s, u"join [hidden]"_s, u"link"_s);
    row("bare path", u"portfolio at example.com/x"_s, u"portfolio at [hidden]"_s, u"link"_s);
    row("bare domain", u"my shop is kofitiles.co.ke"_s, u"my shop is [hidden]"_s, u"link"_s);
    row("link in parens", u"(https://bit.ly/3xYz)"_s, u"([hidden])"_s, u"link"_s);

    // Handles of outside messengers, next to a number or an @name.
    row("whatsapp number", u"WhatsApp me on 0712 345 678"_s, u"[hidden]"_s, u"handle"_s);
    row("whatsapp colon", u"Whatsapp: +254712345678"_s, u"[hidden]"_s, u"handle"_s);
    row("number then app", u"0712345678 (WhatsApp)"_s, u"[hidden])"_s, u"handle"_s);
    row("telegram at", u"my telegram is @kofi_a"_s, u"my [hidden]"_s, u"handle"_s);
    row("at then telegram", u"@kofi_a on Telegram"_s, u"[hidden]"_s, u"handle"_s);
    row("signal at", u"add me on signal @ama.m"_s, u"add me on [hidden]"_s, u"handle"_s);
    row("WA short", u"WA 0712345678"_s, u"[hidden]"_s, u"handle"_s);
    row("fr whatsapp", u"Contacte-moi sur WhatsApp au 06 12 34 56 78"_s,
        u"Contacte-moi sur [hidden]"_s, u"handle"_s);
    row("sw whatsapp", u"Nitumie ujumbe WhatsApp 0722123456"_s, u"Nitumie ujumbe [hidden]"_s,
        u"handle"_s);
    row("pt zap", u"me chama no zap 11987654321"_s, u"me chama no [hidden]"_s, u"handle"_s);
    row("de telegram", u"Schreib mir auf Telegram: @max_m"_s, u"Schreib mir auf [hidden]"_s,
        u"handle"_s);
    row("ru telegram", u"пиши в телеграм @ivan_petrov"_s, u"пиши в [hidden]"_s, u"handle"_s);
    row("ru whatsapp", u"ватсап +7 912 345 67 89"_s, u"[hidden]"_s, u"handle"_s);
    row("ar whatsapp", u"واتساب ٠٧١٢٣٤٥٦٧٨"_s, u"[hidden]"_s, u"handle"_s);
    row("zh wechat", u"加我微信 @li_wei88"_s, u"加我[hidden]"_s, u"handle"_s);
    row("viber", u"Viber +380 67 123 4567"_s, u"[hidden]"_s, u"handle"_s);
    row("mixed", u"mail a@b.io or WhatsApp 0712345678"_s, u"mail [hidden] or [hidden]"_s,
        u"email,handle"_s);

    // Negatives: prices.
    clean("price usd", u"The quote is $1,250.00 for the whole job"_s);
    clean("price eur spaces", u"Ça fera 1 250 € au total"_s);
    clean("price kes", u"KES 15,000 deposit, balance later"_s);
    clean("price big spaces", u"Budget: 1 500 000 FCFA"_s);
    clean("price de dots", u"Das kostet 1.250.000 Euro"_s);
    clean("price round", u"I can pay 2500000 for it"_s);
    clean("price ksh glued", u"Ksh 1500000"_s);
    clean("price brl", u"R$ 12.500,00 à vista"_s);
    clean("price rub", u"Цена 1 250 000 руб"_s);
    clean("price ar", u"السعر ١٥٠٠٠٠٠ درهم"_s);
    clean("price cny", u"价格是12500000元"_s);
    // Dates and times.
    clean("date iso", u"Start on 2026-12-02 at 14:30"_s);
    clean("date slash", u"Deadline 02/12/2026"_s);
    clean("date de", u"Termin am 02.12.2026 um 9 Uhr"_s);
    clean("date time", u"2026-12-02 14:30"_s);
    clean("time range", u"Working hours 9-17h, Monday to Friday"_s);
    clean("time span", u"from 09:00-17:00"_s);
    clean("years", u"Seasons 2019 2020 2021 were busy"_s);
    clean("year range", u"contract 2024/2025"_s);
    // Job ids and references.
    clean("job id", u"About JOB-2024-00123, the tiling"_s);
    clean("hash id", u"Order #48213 shipped"_s);
    clean("hash long", u"ticket #4821356"_s);
    clean("order number", u"order 12345678 is late"_s);
    clean("ref fr", u"Facture réf. 20240012"_s);
    // Ranges, quantities and ordinary numbers.
    clean("range", u"between 1000-2000 tiles"_s);
    clean("range spaced", u"10 000 - 20 000 units"_s);
    clean("quantity", u"I need 12 500 pcs by Friday"_s);
    clean("decimal", u"pi is 3.14159265"_s);
    clean("percent", u"growth of 1234567%"_s);
    clean("short numbers", u"Room 12, floor 3, 45 m2, 6 people"_s);
    clean("measure", u"2 x 3.5 m, 1200 x 600 mm"_s);
    // Words that only look like contacts.
    clean("signal word", u"The signal is weak here, I'll call later"_s);
    clean("mention", u"thanks @ama for the photos"_s);
    clean("abbreviations", u"e.g. tiles, i.e. the blue ones, etc."_s);
    clean("file name", u"I sent plan_v2.pdf and notes.txt"_s);
    clean("sentence dot", u"Thanks.Me too"_s);
    clean("sw plain", u"Kazi itaanza saa tatu asubuhi, bei ni shilingi 15,000"_s);
    clean("empty", QString());
}

void TestContactGuard::detects()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);
    QFETCH(QString, kinds);
    const QList<ContactSpan> spans = detectContacts(text);
    QCOMPARE(maskContacts(text, spans), masked);
    QCOMPARE(kindsOf(spans), kinds);
    QCOMPARE(maskContacts(text), masked);
}

void TestContactGuard::spansAreInsideTheText()
{
    const QString text = u"+254 712 345 678, a@b.io, https://x.com, WhatsApp @kofi"_s;
    const QList<ContactSpan> spans = detectContacts(text);
    QCOMPARE(spans.size(), 4);
    qsizetype at = 0;
    for (const ContactSpan &s : spans) {
        QVERIFY(s.offset >= at);
        QVERIFY(s.length > 0);
        QVERIFY(s.end() <= text.size());
        at = s.end();
    }
    QCOMPARE(text.mid(spans[0].offset, spans[0].length), u"+254 712 345 678"_s);
    QCOMPARE(text.mid(spans[3].offset, spans[3].length), u"WhatsApp @kofi"_s);
}

void TestContactGuard::maskKeepsTheRest()
{
    // Spans that are not of this text (out of range, overlapping) are ignored, not applied.
    const QString text = u"abc 0712345678 def"_s;
    QCOMPARE(maskContacts(text, {{4, 10, ContactKind::Phone}}), u"abc [hidden] def"_s);
    QCOMPARE(maskContacts(text, {{4, 100, ContactKind::Phone}}), text);
    QCOMPARE(maskContacts(text, {}), text);
    QCOMPARE(maskContacts(u"no contact at all"_s), u"no contact at all"_s);
}

QTEST_APPLESS_MAIN(TestContactGuard)
#include "tst_contactguard.moc"
