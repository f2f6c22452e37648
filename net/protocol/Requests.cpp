#include "Requests.h"

#include "Json.h"

#include <QJsonArray>

#include <cmath>

namespace kora::proto {
namespace {

ApiError invalid(const QString &message)
{
    return {code::Invalid, message};
}

// Optional string field: absent or null is empty; any other non-string is an error.
Expected<QString, ApiError> optionalString(const QJsonObject &o, QLatin1String key,
                                           int maxLength = 200)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString())
        return unexpected(invalid(QStringLiteral("%1 must be a string").arg(key)));
    if (v.toString().size() > maxLength)
        return unexpected(invalid(QStringLiteral("%1 is too long").arg(key)));
    return v.toString();
}

Expected<QStringList, ApiError> idList(const QJsonObject &o, QLatin1String key, int maxCount)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QStringList();
    if (!v.isArray())
        return unexpected(invalid(QStringLiteral("%1 must be an array of ids").arg(key)));
    const QJsonArray array = v.toArray();
    if (array.size() > maxCount)
        return unexpected(invalid(QStringLiteral("%1 has too many entries").arg(key)));
    QStringList ids;
    for (const QJsonValue &id : array) {
        if (!id.isString() || id.toString().isEmpty() || id.toString().size() > 64)
            return unexpected(invalid(QStringLiteral("%1 must hold ids").arg(key)));
        if (!ids.contains(id.toString()))
            ids.append(id.toString());
    }
    return ids;
}

Expected<qint64, ApiError> seqField(const QJsonObject &o)
{
    const QJsonValue v = o.value(QLatin1String("seq"));
    const double d = v.toDouble(-1);
    // Range first: casting an out-of-range double to an integer is undefined.
    if (!v.isDouble() || !(d >= 0 && d <= 9007199254740991.0) || d != std::floor(d))
        return unexpected(invalid(QStringLiteral("seq must be a non-negative integer")));
    return qint64(d);
}

} // namespace

Expected<QString, ApiError> requiredString(const QJsonObject &o, QLatin1String key, int maxLength)
{
    const Expected<QString, ApiError> value = optionalString(o, key, maxLength);
    if (!value)
        return value;
    if (value->isEmpty())
        return unexpected(invalid(QStringLiteral("%1 is required").arg(key)));
    return value;
}

Expected<QString, ApiError> validateBody(const QString &body, const BodyLimits &limits,
                                         bool allowEmpty)
{
    QString trimmed = body.trimmed();
    // Count code points, not UTF-16 units: an emoji is one character to the user.
    // Text that is not text is refused: lone surrogates, NUL and the other
    // control characters (tab and line breaks aside).
    qsizetype codePoints = 0;
    bool visible = false;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        char32_t ucs = c.unicode();
        if (c.isHighSurrogate()) {
            if (i + 1 >= trimmed.size() || !trimmed.at(i + 1).isLowSurrogate())
                return unexpected(invalid(QStringLiteral("body is not valid Unicode text")));
            ucs = QChar::surrogateToUcs4(c, trimmed.at(i + 1));
            ++i;
        } else if (c.isLowSurrogate()) {
            return unexpected(invalid(QStringLiteral("body is not valid Unicode text")));
        }
        ++codePoints;
        const QChar::Category category = QChar::category(ucs);
        if (category == QChar::Other_Control && ucs != U'\t' && ucs != U'\n' && ucs != U'\r')
            return unexpected(invalid(QStringLiteral("body contains control characters")));
        // Spaces and invisible format characters (zero-width space, joiners,
        // direction marks) alone say nothing.
        if (!QChar::isSpace(ucs) && category != QChar::Other_Format)
            visible = true;
    }
    if (!visible) {
        if (!allowEmpty)
            return unexpected(invalid(QStringLiteral("body must not be empty")));
        trimmed.clear(); // an invisible caption is no caption
        codePoints = 0;
    }
    if (codePoints > limits.maxBodyCodePoints)
        return unexpected(invalid(
            QStringLiteral("body is longer than %1 characters").arg(limits.maxBodyCodePoints)));
    return trimmed;
}

Expected<LoginRequest, ApiError> LoginRequest::parse(const QJsonObject &o)
{
    const auto email = requiredString(o, QLatin1String("email"), 320);
    if (!email)
        return unexpected(email.error());
    const auto password = requiredString(o, QLatin1String("password"), 1024);
    if (!password)
        return unexpected(password.error());
    const QString normalised = email->trimmed().toLower();
    if (normalised.isEmpty())
        return unexpected(invalid(QStringLiteral("email is required")));
    return LoginRequest{normalised, *password};
}

Expected<CreateConversationRequest, ApiError> CreateConversationRequest::parse(const QJsonObject &o)
{
    CreateConversationRequest r;
    const auto participant = optionalString(o, QLatin1String("participantId"), 64);
    const auto participants = idList(o, QLatin1String("participantIds"), 100);
    const auto title = optionalString(o, QLatin1String("title"), 200);
    const auto jobId = optionalString(o, QLatin1String("jobId"), 200);
    const auto jobTitle = optionalString(o, QLatin1String("jobTitle"), 200);
    for (const auto *field : {&participant, &title, &jobId, &jobTitle}) {
        if (!*field)
            return unexpected(field->error());
    }
    if (!participants)
        return unexpected(participants.error());
    r.participantId = *participant;
    r.participantIds = *participants;
    r.title = title->trimmed();
    r.jobId = *jobId;
    r.jobTitle = jobTitle->trimmed();
    if (r.participantId.isEmpty() == r.participantIds.isEmpty())
        return unexpected(invalid(QStringLiteral("give either participantId or participantIds")));
    if (r.isGroup() && r.title.isEmpty())
        return unexpected(invalid(QStringLiteral("a group conversation needs a title")));
    return r;
}

Expected<ConversationPatch, ApiError> ConversationPatch::parse(const QJsonObject &o)
{
    ConversationPatch p;
    const QJsonValue archived = o.value(QLatin1String("archived"));
    if (!archived.isUndefined()) {
        if (!archived.isBool())
            return unexpected(invalid(QStringLiteral("archived must be true or false")));
        p.archived = archived.toBool();
    }
    if (o.contains(QLatin1String("title"))) {
        const auto title = optionalString(o, QLatin1String("title"), 200);
        if (!title)
            return unexpected(title.error());
        if (title->trimmed().isEmpty())
            return unexpected(invalid(QStringLiteral("a group needs a title")));
        p.title = title->trimmed();
    }
    if (!p.archived && !p.title)
        return unexpected(invalid(QStringLiteral("give archived or title")));
    return p;
}

Expected<AddParticipantsRequest, ApiError> AddParticipantsRequest::parse(const QJsonObject &o)
{
    const auto ids = idList(o, QLatin1String("userIds"), 100);
    if (!ids)
        return unexpected(ids.error());
    if (ids->isEmpty())
        return unexpected(invalid(QStringLiteral("userIds must name someone")));
    return AddParticipantsRequest{*ids};
}

Expected<SendMessageRequest, ApiError>
SendMessageRequest::parse(const QJsonObject &o, const BodyLimits &limits, bool needsConversationId)
{
    SendMessageRequest r;
    if (needsConversationId) {
        const auto id = requiredString(o, QLatin1String("conversationId"), 64);
        if (!id)
            return unexpected(id.error());
        r.conversationId = *id;
    }
    const auto clientId = requiredString(o, QLatin1String("clientId"), 64);
    if (!clientId)
        return unexpected(clientId.error());
    if (!isUuid(*clientId))
        return unexpected(invalid(QStringLiteral("clientId must be a UUID")));
    r.clientId = clientId->toLower();

    const auto kind = optionalString(o, QLatin1String("kind"), 16);
    if (!kind)
        return unexpected(kind.error());
    r.kind = kind->isEmpty() ? QStringLiteral("text") : *kind;
    if (r.kind != QLatin1String("text") && r.kind != QLatin1String("image") &&
        r.kind != QLatin1String("file"))
        return unexpected(invalid(QStringLiteral("kind must be text, image or file")));

    const auto attachments = idList(o, QLatin1String("attachmentIds"), 10);
    if (!attachments)
        return unexpected(attachments.error());
    r.attachmentIds = *attachments;
    if (r.kind == QLatin1String("text") && !r.attachmentIds.isEmpty())
        return unexpected(
            invalid(QStringLiteral("attachmentIds are not allowed on a text message")));
    if (r.kind != QLatin1String("text") && r.attachmentIds.isEmpty())
        return unexpected(invalid(QStringLiteral("an image or file message needs attachmentIds")));

    const QJsonValue body = o.value(QLatin1String("body"));
    if (!body.isUndefined() && !body.isNull() && !body.isString())
        return unexpected(invalid(QStringLiteral("body must be a string")));
    const auto checked = validateBody(body.toString(), limits, r.kind != QLatin1String("text"));
    if (!checked)
        return unexpected(checked.error());
    r.body = *checked;

    const auto replyTo = optionalString(o, QLatin1String("replyToId"), 64);
    if (!replyTo)
        return unexpected(replyTo.error());
    r.replyToId = *replyTo;
    return r;
}

Expected<EditMessageRequest, ApiError>
EditMessageRequest::parse(const QJsonObject &o, const BodyLimits &limits, bool needsMessageId)
{
    EditMessageRequest r;
    if (needsMessageId) {
        const auto id = requiredString(o, QLatin1String("messageId"), 64);
        if (!id)
            return unexpected(id.error());
        r.messageId = *id;
    }
    const QJsonValue body = o.value(QLatin1String("body"));
    if (!body.isString())
        return unexpected(invalid(QStringLiteral("body must be a string")));
    const auto checked = validateBody(body.toString(), limits, false);
    if (!checked)
        return unexpected(checked.error());
    r.body = *checked;
    return r;
}

Expected<CursorRequest, ApiError> CursorRequest::parse(const QJsonObject &o,
                                                       bool needsConversationId)
{
    CursorRequest r;
    if (needsConversationId) {
        const auto id = requiredString(o, QLatin1String("conversationId"), 64);
        if (!id)
            return unexpected(id.error());
        r.conversationId = *id;
    }
    const auto seq = seqField(o);
    if (!seq)
        return unexpected(seq.error());
    r.seq = *seq;
    return r;
}

} // namespace kora::proto
