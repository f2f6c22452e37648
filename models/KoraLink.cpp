#include "KoraLink.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

namespace kora::models {

namespace {

const QLatin1String kScheme("kora://");

QString tr(const char *text)
{
    return QCoreApplication::translate("kora::models::KoraLink", text);
}

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// A query value decoded once ('+' is a space), or nothing when its escapes
// are malformed or the bytes are not UTF-8.
std::optional<QString> decodeValue(QStringView raw)
{
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] == u'%' && (i + 2 >= raw.size() || !isHex(raw[i + 1]) || !isHex(raw[i + 2])))
            return std::nullopt;
    }
    QByteArray bytes = raw.toLatin1();
    bytes.replace('+', ' ');
    const QByteArray decoded = QByteArray::fromPercentEncoding(bytes);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(decoded);
    if (utf8.hasError())
        return std::nullopt;
    return text;
}

// Characters a title must not carry: controls, line breaks, bidi overrides
// and marks (they can make a title read as something else), and < > (a title
// is text, never markup).
bool forbiddenInTitle(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == u'<' || c == u'>')
        return true;
    if (c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) ||
        (c >= 0x2066 && c <= 0x2069) || c == 0x061c || c == 0xfeff || c == 0x2028 || c == 0x2029)
        return true;
    return false;
}

Expected<KoraLink, QString> refuse(const char *reason)
{
    return unexpected(tr(reason));
}

Expected<KoraLink, QString> parseChat(QStringView query)
{
    KoraLink link;
    link.kind = KoraLink::Kind::Chat;
    bool seenUser = false, seenJobId = false, seenJobTitle = false;
    for (QStringView part : query.split(u'&')) {
        const qsizetype eq = part.indexOf(u'=');
        if (part.isEmpty() || eq <= 0)
            return refuse(QT_TRANSLATE_NOOP("kora::models::KoraLink",
                                            "The link's parameters are malformed."));
        const QStringView key = part.first(eq);
        const auto value = decodeValue(part.sliced(eq + 1));
        if (!value)
            return refuse(QT_TRANSLATE_NOOP("kora::models::KoraLink",
                                            "The link's parameters are malformed."));
        bool *seen = nullptr;
        if (key == u"user")
            seen = &seenUser;
        else if (key == u"jobId")
            seen = &seenJobId;
        else if (key == u"jobTitle")
            seen = &seenJobTitle;
        else
            return refuse(QT_TRANSLATE_NOOP("kora::models::KoraLink",
                                            "The link has a parameter Kora does not know."));
        if (*seen)
            return refuse(
                QT_TRANSLATE_NOOP("kora::models::KoraLink", "The link gives a parameter twice."));
        *seen = true;
        if (key == u"user") {
            if (!KoraLink::isUuid(*value))
                return refuse(QT_TRANSLATE_NOOP("kora::models::KoraLink",
                                                "The link does not name a Kora user."));
            link.userId = value->toLower();
        } else if (key == u"jobId") {
            static const QRegularExpression valid(
                QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$"));
            if (!valid.match(*value).hasMatch())
                return refuse(
                    QT_TRANSLATE_NOOP("kora::models::KoraLink", "The link's job id is not valid."));
            link.jobId = *value;
        } else {
            for (char32_t c : value->toUcs4()) { // before trimming, which eats some
                if (forbiddenInTitle(c))
                    return refuse(QT_TRANSLATE_NOOP(
                        "kora::models::KoraLink",
                        "The link's job title contains characters Kora does not accept."));
            }
            const QString title = value->trimmed();
            if (title.isEmpty() || title.size() > KoraLink::MaxJobTitle)
                return refuse(QT_TRANSLATE_NOOP("kora::models::KoraLink",
                                                "The link's job title is empty or too long."));
            link.jobTitle = title;
        }
    }
    if (!seenUser)
        return refuse(
            QT_TRANSLATE_NOOP("kora::models::KoraLink", "The link does not name a Kora user."));
    if (seenJobTitle && !seenJobId)
        return refuse(QT_TRANSLATE_NOOP("kora::models::KoraLink",
                                        "The link gives a job title without a job id."));
    return link;
}

} // namespace

bool KoraLink::isUuid(const QString &text)
{
    static const QRegularExpression uuid(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(text).hasMatch();
}

bool KoraLink::looksLikeLink(const QString &text)
{
    return text.startsWith(QLatin1String("kora:"), Qt::CaseInsensitive);
}

Expected<KoraLink, QString> KoraLink::parse(const QString &text)
{
    if (text.size() > MaxLength)
        return refuse(QT_TRANSLATE_NOOP("kora::models::KoraLink", "The link is too long."));
    for (QChar c : text) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return refuse(
                QT_TRANSLATE_NOOP("kora::models::KoraLink",
                                  "The link contains spaces, control or non-ASCII characters."));
    }
    if (!text.startsWith(kScheme, Qt::CaseInsensitive))
        return refuse(QT_TRANSLATE_NOOP("kora::models::KoraLink",
                                        "Only kora:// links can be opened in Kora."));
    if (text.contains(u'#'))
        return refuse(QT_TRANSLATE_NOOP("kora::models::KoraLink",
                                        "The link's form is not one Kora accepts."));
    const QStringView rest = QStringView(text).sliced(kScheme.size());
    const qsizetype q = rest.indexOf(u'?');
    const QStringView beforeQuery = q < 0 ? rest : rest.first(q);
    const qsizetype slash = beforeQuery.indexOf(u'/');
    const QStringView host = slash < 0 ? beforeQuery : beforeQuery.first(slash);
    QStringView path = slash < 0 ? QStringView() : beforeQuery.sliced(slash);

    if (host.compare(QLatin1String("conversation"), Qt::CaseInsensitive) == 0) {
        if (q >= 0)
            return refuse(QT_TRANSLATE_NOOP("kora::models::KoraLink",
                                            "The link's form is not one Kora accepts."));
        if (path.endsWith(u'/') && path.size() > 1)
            path.chop(1);
        // "/<id>" or "/<id>/message/<id>": split on '/', nothing else accepted.
        const QList<QStringView> parts = path.split(u'/');
        const bool withMessage = parts.size() == 4 && parts[2] == u"message";
        if (!path.startsWith(u'/') || (parts.size() != 2 && !withMessage) ||
            !isUuid(parts[1].toString()))
            return refuse(QT_TRANSLATE_NOOP("kora::models::KoraLink",
                                            "The link does not name a conversation."));
        if (withMessage && !isUuid(parts[3].toString()))
            return refuse(
                QT_TRANSLATE_NOOP("kora::models::KoraLink", "The link does not name a message."));
        KoraLink link;
        link.kind = Kind::Conversation;
        link.conversationId = parts[1].toString().toLower();
        if (withMessage)
            link.messageId = parts[3].toString().toLower();
        return link;
    }
    if (host.compare(QLatin1String("chat"), Qt::CaseInsensitive) == 0) {
        if (!path.isEmpty() && path != u"/")
            return refuse(QT_TRANSLATE_NOOP("kora::models::KoraLink",
                                            "The link's form is not one Kora accepts."));
        if (q < 0)
            return refuse(
                QT_TRANSLATE_NOOP("kora::models::KoraLink", "The link does not name a Kora user."));
        return parseChat(rest.sliced(q + 1));
    }
    return refuse(
        QT_TRANSLATE_NOOP("kora::models::KoraLink", "Kora cannot open this kind of link."));
}

QString KoraLink::toString() const
{
    if (kind == Kind::Conversation)
        return QStringLiteral("kora://conversation/") + conversationId +
               (messageId.isEmpty() ? QString() : QStringLiteral("/message/") + messageId);
    QString s = QStringLiteral("kora://chat?user=") + userId;
    if (!jobId.isEmpty())
        s += QStringLiteral("&jobId=") + QString::fromLatin1(QUrl::toPercentEncoding(jobId));
    if (!jobTitle.isEmpty())
        s += QStringLiteral("&jobTitle=") + QString::fromLatin1(QUrl::toPercentEncoding(jobTitle));
    return s;
}

} // namespace kora::models
