#include "ContactGuard.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace kora::proto {
namespace {

// Scripts written without spaces between words: a number may touch a word.
bool isUnspacedScript(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Thai:
        return true;
    default:
        return false;
    }
}

bool isWordChar(QChar c)
{
    if (c == QLatin1Char('_'))
        return true;
    if (!c.isLetterOrNumber() && !c.isMark())
        return false;
    return !isUnspacedScript(c);
}

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F);
}

// What may stand between the digit groups of a phone number.
bool isPhoneSeparator(QChar c)
{
    return isSpace(c) || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('/') ||
           c == QLatin1Char('(') || c == QLatin1Char(')') || c == QChar(0x2010) ||
           c == QChar(0x2011) || c == QChar(0x2013);
}

bool isDash(const QString &separator)
{
    const QString s = separator.trimmed();
    return s == QLatin1String("-") || s == QString(QChar(0x2013)) || s == QString(QChar(0x2010)) ||
           s == QString(QChar(0x2011));
}

// Words around a number that make it a price, a quantity or a reference.
const QSet<QString> &currencyBefore()
{
    static const QSet<QString> words{
        QStringLiteral("kes"),  QStringLiteral("ksh"), QStringLiteral("ksh."),
        QStringLiteral("kshs"), QStringLiteral("usd"), QStringLiteral("us$"),
        QStringLiteral("eur"),  QStringLiteral("ghs"), QStringLiteral("gh₵"),
        QStringLiteral("ngn"),  QStringLiteral("tzs"), QStringLiteral("tsh"),
        QStringLiteral("ugx"),  QStringLiteral("ush"), QStringLiteral("zar"),
        QStringLiteral("r"),    QStringLiteral("r$"),  QStringLiteral("brl"),
        QStringLiteral("xof"),  QStringLiteral("xaf"), QStringLiteral("cfa"),
        QStringLiteral("fcfa"), QStringLiteral("gbp"), QStringLiteral("chf"),
        QStringLiteral("mad"),  QStringLiteral("dh"),  QStringLiteral("dhs"),
        QStringLiteral("egp"),  QStringLiteral("aed"), QStringLiteral("sar"),
        QStringLiteral("inr"),  QStringLiteral("rs"),  QStringLiteral("rub"),
        QStringLiteral("руб"),  QStringLiteral("cny"), QStringLiteral("rmb"),
        QStringLiteral("jpy"),  QStringLiteral("sh"),  QStringLiteral("shs"),
        QStringLiteral("rwf")};
    return words;
}

const QSet<QString> &referenceBefore()
{
    static const QSet<QString> words{
        QStringLiteral("no"),       QStringLiteral("no."),     QStringLiteral("nº"),
        QStringLiteral("n°"),       QStringLiteral("№"),       QStringLiteral("ref"),
        QStringLiteral("ref."),     QStringLiteral("réf"),     QStringLiteral("réf."),
        QStringLiteral("order"),    QStringLiteral("invoice"), QStringLiteral("facture"),
        QStringLiteral("commande"), QStringLiteral("ticket"),  QStringLiteral("pedido"),
        QStringLiteral("fatura"),   QStringLiteral("nr"),      QStringLiteral("nr."),
        QStringLiteral("rechnung"), QStringLiteral("job"),     QStringLiteral("id"),
        QStringLiteral("заказ"),    QStringLiteral("счёт"),    QStringLiteral("счет")};
    return words;
}

const QSet<QString> &unitAfter()
{
    static const QSet<QString> words{
        QStringLiteral("eur"),     QStringLiteral("euro"),      QStringLiteral("euros"),
        QStringLiteral("usd"),     QStringLiteral("dollars"),   QStringLiteral("kes"),
        QStringLiteral("ksh"),     QStringLiteral("shillings"), QStringLiteral("shilingi"),
        QStringLiteral("bob"),     QStringLiteral("ghs"),       QStringLiteral("cedis"),
        QStringLiteral("naira"),   QStringLiteral("ngn"),       QStringLiteral("fcfa"),
        QStringLiteral("cfa"),     QStringLiteral("xof"),       QStringLiteral("xaf"),
        QStringLiteral("francs"),  QStringLiteral("reais"),     QStringLiteral("brl"),
        QStringLiteral("rubles"),  QStringLiteral("руб"),       QStringLiteral("рублей"),
        QStringLiteral("рубля"),   QStringLiteral("dh"),        QStringLiteral("dhs"),
        QStringLiteral("dirhams"), QStringLiteral("درهم"),      QStringLiteral("ريال"),
        QStringLiteral("جنيه"),    QStringLiteral("دولار"),     QStringLiteral("tzs"),
        QStringLiteral("ugx"),     QStringLiteral("zar"),       QStringLiteral("rand"),
        QStringLiteral("chf"),     QStringLiteral("gbp"),       QStringLiteral("pounds"),
        QStringLiteral("yuan"),    QStringLiteral("won"),       QStringLiteral("rwf"),
        QStringLiteral("pcs"),     QStringLiteral("pieces"),    QStringLiteral("units"),
        QStringLiteral("items"),   QStringLiteral("kg"),        QStringLiteral("km"),
        QStringLiteral("m"),       QStringLiteral("m2"),        QStringLiteral("m²"),
        QStringLiteral("sqm"),     QStringLiteral("ft"),        QStringLiteral("vipande"),
        QStringLiteral("stück"),   QStringLiteral("stk"),       QStringLiteral("unités"),
        QStringLiteral("pièces"),  QStringLiteral("шт"),        QStringLiteral("peças"),
        QStringLiteral("views"),   QStringLiteral("people")};
    return words;
}

// The word before `pos` (after at most one space), lowercased; or the
// currency symbol just there.
QString wordBefore(const QString &text, qsizetype pos)
{
    qsizetype end = pos;
    if (end > 0 && isSpace(text.at(end - 1)))
        --end;
    qsizetype start = end;
    while (start > 0 && !text.at(start - 1).isSpace() && !text.at(start - 1).isDigit())
        --start;
    return text.mid(start, end - start).toLower();
}

QString wordAfter(const QString &text, qsizetype pos)
{
    qsizetype start = pos;
    if (start < text.size() && isSpace(text.at(start)))
        ++start;
    qsizetype end = start;
    while (end < text.size() && !text.at(end).isSpace() && !text.at(end).isPunct() &&
           !text.at(end).isDigit())
        ++end;
    return text.mid(start, end - start).toLower();
}

bool isCurrencySymbol(QChar c)
{
    return c.category() == QChar::Symbol_Currency;
}

bool hasCurrencyOrUnit(const QString &text, qsizetype start, qsizetype end)
{
    qsizetype before = start;
    if (before > 0 && isSpace(text.at(before - 1)))
        --before;
    if (before > 0 && isCurrencySymbol(text.at(before - 1)))
        return true;
    qsizetype after = end;
    if (after < text.size() && isSpace(text.at(after)))
        ++after;
    if (after < text.size()) {
        const QChar c = text.at(after);
        if (isCurrencySymbol(c) || c == QChar(0x5143) /* 元 */ || c == QChar(0x5186) /* 円 */ ||
            c == QChar(0xC6D0) /* 원 */ || c == QLatin1Char('%'))
            return true;
    }
    const QString previous = wordBefore(text, start);
    if (currencyBefore().contains(previous) || referenceBefore().contains(previous))
        return true;
    return unitAfter().contains(wordAfter(text, end));
}

struct NumberRun
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool plus = false;
    QList<QString> groups;     // the digit runs
    QList<QString> separators; // between them
    qsizetype digits() const
    {
        qsizetype n = 0;
        for (const QString &g : groups)
            n += g.size();
        return n;
    }
};

// A run of digits with phone separators from `i` (a digit, '+' or '(').
NumberRun readNumber(const QString &text, qsizetype i)
{
    NumberRun run;
    run.start = i;
    qsizetype j = i;
    const qsizetype n = text.size();
    if (text.at(j) == QLatin1Char('+')) {
        run.plus = true;
        ++j;
        if (j < n && isSpace(text.at(j)))
            ++j;
    }
    QString separator;
    int open = 0; // '(' not closed yet
    while (j < n) {
        if (text.at(j) == QLatin1Char('(')) {
            separator += text.at(j);
            ++open;
            ++j;
        }
        const qsizetype groupStart = j;
        while (j < n && text.at(j).isDigit())
            ++j;
        if (j == groupStart)
            break;
        if (!run.groups.isEmpty())
            run.separators.append(separator);
        run.groups.append(text.mid(groupStart, j - groupStart));
        run.end = j;
        separator.clear();
        if (j < n && text.at(j) == QLatin1Char(')') && open > 0) {
            separator += text.at(j);
            --open;
            ++j;
            run.end = j;
        }
        qsizetype k = j;
        while (k < n && isPhoneSeparator(text.at(k)) && separator.size() < 3 &&
               (separator.isEmpty() || separator.back() != text.at(k)) &&
               text.at(k) != QLatin1Char('(') && text.at(k) != QLatin1Char(')'))
            separator += text.at(k++);
        if (k < n && text.at(k) == QLatin1Char('(') && k + 1 < n && text.at(k + 1).isDigit()) {
            j = k;
            continue; // '(' is read at the top of the loop
        }
        if (separator.isEmpty() || k >= n || !text.at(k).isDigit())
            break;
        j = k;
    }
    return run;
}

bool allGroupsOfSize(const NumberRun &r, qsizetype from, int size)
{
    for (qsizetype g = from; g < r.groups.size(); ++g) {
        if (r.groups.at(g).size() != size)
            return false;
    }
    return true;
}

bool sameSeparators(const NumberRun &r)
{
    for (const QString &s : r.separators) {
        if (s != r.separators.first() || s.size() != 1)
            return false;
    }
    return true;
}

qint64 valueOf(const QString &digits)
{
    qint64 v = 0;
    for (const QChar c : digits)
        v = v * 10 + c.digitValue();
    return v;
}

bool looksLikePhone(const QString &text, const NumberRun &r)
{
    const qsizetype digits = r.digits();
    if (digits < 7 || digits > 15)
        return false;
    const qsizetype n = text.size();
    // What touches the run: a word, a decimal part, a time, a percentage.
    if (r.end < n) {
        const QChar next = text.at(r.end);
        if (isWordChar(next))
            return false;
        if ((next == QLatin1Char(':') || next == QLatin1Char(',') || next == QLatin1Char('.') ||
             next == QLatin1Char('/')) &&
            r.end + 1 < n && text.at(r.end + 1).isDigit())
            return false;
    }
    if (r.start > 0) {
        const QChar prev = text.at(r.start - 1);
        if (prev == QLatin1Char('#') || prev == QChar(0x2116))
            return false;
        const bool glued = prev == QLatin1Char('-') || prev == QLatin1Char('_') ||
                           prev == QLatin1Char('/') || prev == QLatin1Char('.') ||
                           prev == QLatin1Char(',') || prev == QLatin1Char(':');
        if (glued && r.start > 1 &&
            (isWordChar(text.at(r.start - 2)) || text.at(r.start - 2).isDigit()) &&
            !(prev == QLatin1Char(':') && text.at(r.start - 2).isLetter()))
            return false; // JOB-2024-00123, 12/2026, 10:30
    }
    if (hasCurrencyOrUnit(text, r.start, r.end))
        return false;
    if (r.plus)
        return true;

    // 10 000 - 20 000: a range (a phone's dashes are not spaced).
    for (const QString &separator : r.separators) {
        if (separator.size() > 1 && isDash(separator) && isSpace(separator.front()))
            return false;
    }
    const QString &first = r.groups.first();
    const bool leadingZero = first.at(0).digitValue() == 0;
    const qsizetype count = r.groups.size();
    // 1 250 000, 1.250.000: thousands, not a phone.
    if (count >= 2 && !leadingZero && first.size() <= 3 && allGroupsOfSize(r, 1, 3) &&
        sameSeparators(r))
        return false;
    // Dates: 2026-12-02, 02.12.2026, 2/12/2026.
    if (count == 3 && sameSeparators(r) && r.separators.first() != QStringLiteral(" ")) {
        const int a = int(r.groups[0].size()), b = int(r.groups[1].size()),
                  c = int(r.groups[2].size());
        if ((a == 4 && b <= 2 && c <= 2) || (a <= 2 && b <= 2 && c == 4))
            return false;
    }
    if (count == 2) {
        // 3.14159265: a decimal number.
        if (r.separators.first() == QLatin1String(".") ||
            r.separators.first() == QLatin1String(","))
            return false;
        // 1000-2000, 2024/2025: a range.
        const bool dashOrSlash =
            isDash(r.separators.first()) || r.separators.first() == QLatin1String("/");
        if (dashOrSlash && !leadingZero && r.groups[1].at(0).digitValue() != 0 &&
            valueOf(r.groups[0]) < valueOf(r.groups[1]))
            return false;
    }
    // 2019 2020 2021: years.
    if (allGroupsOfSize(r, 0, 4)) {
        bool years = true;
        for (const QString &g : r.groups) {
            const qint64 v = valueOf(g);
            years = years && v >= 1900 && v <= 2099;
        }
        if (years)
            return false;
    }
    // One run of 7 or 8 digits without a leading zero that ends in 000 is an amount.
    if (count == 1 && !leadingZero && digits <= 8 && first.endsWith(QLatin1String("000")))
        return false;
    return true;
}

void findPhones(const QString &text, QList<ContactSpan> &out)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const bool opens = c.isDigit() ||
                           (c == QLatin1Char('+') && i + 1 < n &&
                            (text.at(i + 1).isDigit() ||
                             (isSpace(text.at(i + 1)) && i + 2 < n && text.at(i + 2).isDigit()))) ||
                           (c == QLatin1Char('(') && i + 1 < n && text.at(i + 1).isDigit());
        if (!opens || (i > 0 && (isWordChar(text.at(i - 1)) || text.at(i - 1).isDigit())))
            continue;
        const NumberRun run = readNumber(text, i);
        if (run.groups.isEmpty())
            continue;
        if (looksLikePhone(text, run))
            out.append({run.start, run.end - run.start, ContactKind::Phone});
        i = run.end - 1; // the rest of this run is no new start
    }
}

QRegularExpression unicodeRegex(const QString &pattern, bool caseInsensitive = true)
{
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (caseInsensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(pattern, options);
}

void findMatches(const QRegularExpression &re, const QString &text, ContactKind kind,
                 QList<ContactSpan> &out)
{
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        qsizetype start = m.capturedStart(), end = m.capturedEnd();
        // A sentence's full stop or bracket is not part of a link.
        while (end > start && QStringLiteral(".,;:!?)]}'\"").contains(text.at(end - 1)))
            --end;
        if (end > start)
            out.append({start, end - start, kind});
    }
}

void findEmails(const QString &text, QList<ContactSpan> &out)
{
    static const QRegularExpression re = unicodeRegex(
        QStringLiteral(R"((?<![\w.%+\-])[\w.%+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[^\W\d_]{2,}(?!\w))"));
    findMatches(re, text, ContactKind::Email, out);
}

void findLinks(const QString &text, QList<ContactSpan> &out)
{
    static const QRegularExpression withScheme =
        unicodeRegex(QStringLiteral(R"((?<!\w)(?:https?://|ftp://|www\.)[^\s<>"]+)"));
    static const QRegularExpression bare = unicodeRegex(QStringLiteral(
        R"((?<![\w@.\-])(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+)"
        R"((?-i:com|net|org|info|biz|io|co|me|app|dev|link|ly|to|gl|gg|cc|us|uk|eu|ke|gh|ng|tz|ug|)"
        R"(za|rw|fr|de|pt|br|ru|cn|in|es|it|nl|be|ch|ae|sa|eg|ma|site|online|xyz|shop|store))"
        R"((?![\w\-])(?:[/?#][^\s<>"]*)?)"));
    findMatches(withScheme, text, ContactKind::Link, out);
    findMatches(bare, text, ContactKind::Link, out);
}

// Outside messengers named next to a number or an @name.
void findHandles(const QString &text, QList<ContactSpan> &found)
{
    static const QRegularExpression spaced = unicodeRegex(QStringLiteral(
        R"((?<!\w)(?:whats\s?app|whatsap|watsapp?|wasapp?|wats\s?ap|telegram[amo]?|signal|viber|)"
        R"(wechat|weixin|skype|snapchat|instagram|insta|imo|ватсап\w*|вотсап\w*|вацап\w*|)"
        R"(телеграм\w*|телег[аеу]|вайбер\w*|сигнал\w*|واتساب|واتس|تلغرام|تليجرام|تيليجرام|)"
        R"(تلجرام|فايبر|زابات|zap|zapzap|uatsap)(?!\w))"));
    static const QRegularExpression unspaced =
        unicodeRegex(QStringLiteral("微信|电报|飞书|ワッツアップ|テレグラム|ライン|카카오톡|카톡"));
    static const QRegularExpression upper =
        unicodeRegex(QStringLiteral(R"((?<!\w)(?:WA|TG|IG)(?!\w))"), false);
    static const QRegularExpression at =
        unicodeRegex(QStringLiteral(R"((?<![\w@])@\w[\w.]{1,31}(?<!\.))"));

    QList<ContactSpan> names;
    QList<ContactSpan> handles;
    findMatches(at, text, ContactKind::Handle, handles);
    for (const QRegularExpression *re : {&spaced, &unspaced, &upper})
        findMatches(*re, text, ContactKind::Handle, names);

    QList<ContactSpan> targets = handles;
    for (const ContactSpan &s : std::as_const(found)) {
        if (s.kind == ContactKind::Phone)
            targets.append(s);
    }
    constexpr qsizetype reach = 24; // "WhatsApp me on", "sur Telegram au", …
    auto between = [&text](qsizetype from, qsizetype to) {
        return to - from <= reach && !text.mid(from, to - from).contains(QLatin1Char('\n'));
    };
    for (const ContactSpan &name : std::as_const(names)) {
        for (const ContactSpan &t : std::as_const(targets)) {
            if (t.offset >= name.end() && between(name.end(), t.offset))
                found.append({name.offset, t.end() - name.offset, ContactKind::Handle});
            else if (t.end() <= name.offset && between(t.end(), name.offset))
                found.append({t.offset, name.end() - t.offset, ContactKind::Handle});
        }
    }
}

int priority(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Handle:
        return 3;
    case ContactKind::Email:
        return 2;
    case ContactKind::Link:
        return 1;
    case ContactKind::Phone:
        return 0;
    }
    return 0;
}

} // namespace

QString contactKindName(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Phone:
        return QStringLiteral("phone");
    case ContactKind::Email:
        return QStringLiteral("email");
    case ContactKind::Link:
        return QStringLiteral("link");
    case ContactKind::Handle:
        return QStringLiteral("handle");
    }
    return {};
}

QList<ContactSpan> detectContacts(const QString &text)
{
    QList<ContactSpan> found;
    if (text.isEmpty())
        return found;
    findEmails(text, found);
    findLinks(text, found);
    findPhones(text, found);
    findHandles(text, found);
    std::sort(found.begin(), found.end(), [](const ContactSpan &a, const ContactSpan &b) {
        return a.offset != b.offset ? a.offset < b.offset : a.length > b.length;
    });
    QList<ContactSpan> merged;
    for (const ContactSpan &s : std::as_const(found)) {
        if (!merged.isEmpty() && s.offset < merged.last().end()) {
            ContactSpan &last = merged.last();
            const qsizetype end = qMax(last.end(), s.end());
            last.length = end - last.offset;
            if (priority(s.kind) > priority(last.kind))
                last.kind = s.kind;
            continue;
        }
        merged.append(s);
    }
    return merged;
}

QString maskContacts(const QString &text, const QList<ContactSpan> &spans)
{
    QString out;
    out.reserve(text.size());
    qsizetype at = 0;
    for (const ContactSpan &s : spans) {
        if (s.offset < at || s.end() > text.size())
            continue; // not a span of this text
        out += QStringView(text).mid(at, s.offset - at);
        out += hiddenMark;
        at = s.end();
    }
    out += QStringView(text).mid(at);
    return out;
}

} // namespace kora::proto
