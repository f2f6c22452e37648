#include "Message.h"

#include "Json.h"

#include <QJsonArray>

namespace kora::proto {

QJsonObject Message::toJson() const
{
    QJsonArray files;
    for (const Attachment &a : attachments)
        files.append(a.toJson());
    QJsonArray reacted;
    for (const Reaction &r : reactions)
        reacted.append(r.toJson());
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("clientId"), clientId},
                  {QStringLiteral("conversationId"), conversationId},
                  {QStringLiteral("seq"), seq},
                  {QStringLiteral("updatedSeq"), updatedSeq},
                  {QStringLiteral("senderId"), senderId},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("body"), body},
                  {QStringLiteral("attachments"), files},
                  {QStringLiteral("reactions"), reacted},
                  {QStringLiteral("flags"), QJsonArray::fromStringList(flags)},
                  {QStringLiteral("createdAt"), formatTime(createdAt)},
                  {QStringLiteral("deleted"), deleted}};
    insertOptional(o, QLatin1String("replyToId"), replyToId);
    insertOptional(o, QLatin1String("editedAt"), editedAt);
    if (replyPreview)
        o.insert(QLatin1String("replyPreview"), replyPreview->toJson());
    if (!meta.isEmpty())
        o.insert(QLatin1String("meta"), meta);
    return o;
}

Message Message::fromJson(const QJsonObject &o)
{
    Message m;
    m.id = o.value(QLatin1String("id")).toString();
    m.clientId = o.value(QLatin1String("clientId")).toString();
    m.conversationId = o.value(QLatin1String("conversationId")).toString();
    m.seq = o.value(QLatin1String("seq")).toInteger();
    m.updatedSeq = o.value(QLatin1String("updatedSeq")).toInteger();
    m.senderId = o.value(QLatin1String("senderId")).toString();
    m.kind = o.value(QLatin1String("kind")).toString();
    m.body = o.value(QLatin1String("body")).toString();
    const QJsonArray files = o.value(QLatin1String("attachments")).toArray();
    for (const QJsonValue &f : files)
        m.attachments.append(Attachment::fromJson(f.toObject()));
    m.replyToId = o.value(QLatin1String("replyToId")).toString();
    if (const QJsonValue preview = o.value(QLatin1String("replyPreview")); preview.isObject())
        m.replyPreview = ReplyPreview::fromJson(preview.toObject());
    const QJsonArray reacted = o.value(QLatin1String("reactions")).toArray();
    for (const QJsonValue &r : reacted)
        m.reactions.append(Reaction::fromJson(r.toObject()));
    const QJsonArray flags = o.value(QLatin1String("flags")).toArray();
    for (const QJsonValue &f : flags) {
        if (f.isString())
            m.flags.append(f.toString());
    }
    m.createdAt = parseTime(o.value(QLatin1String("createdAt")));
    m.editedAt = parseTime(o.value(QLatin1String("editedAt")));
    m.deleted = o.value(QLatin1String("deleted")).toBool();
    if (m.kind == QLatin1String("system"))
        m.meta = o.value(QLatin1String("meta")).toObject();
    return m;
}

} // namespace kora::proto
