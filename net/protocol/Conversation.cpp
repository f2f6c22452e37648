#include "Conversation.h"

#include "Json.h"

#include <QJsonArray>

namespace kora::proto {

QJsonObject Participant::toJson() const
{
    return {{QStringLiteral("user"), user.toJson()},
            {QStringLiteral("lastReadSeq"), lastReadSeq},
            {QStringLiteral("lastDeliveredSeq"), lastDeliveredSeq}};
}

Participant Participant::fromJson(const QJsonObject &o)
{
    return {User::fromJson(o.value(QLatin1String("user")).toObject()),
            o.value(QLatin1String("lastReadSeq")).toInteger(),
            o.value(QLatin1String("lastDeliveredSeq")).toInteger()};
}

QJsonObject Conversation::toJson() const
{
    QJsonArray people;
    for (const Participant &p : participants)
        people.append(p.toJson());
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("participants"), people},
                  {QStringLiteral("lastMessage"),
                   lastMessage ? QJsonValue(lastMessage->toJson()) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("lastSeq"), lastSeq},
                  {QStringLiteral("unreadCount"), unreadCount},
                  {QStringLiteral("archived"), archived},
                  {QStringLiteral("contactAllowed"), contactAllowed},
                  {QStringLiteral("createdAt"), formatTime(createdAt)},
                  {QStringLiteral("updatedAt"), formatTime(updatedAt)}};
    insertOptional(o, QLatin1String("title"), title);
    insertOptional(o, QLatin1String("jobId"), jobId);
    insertOptional(o, QLatin1String("jobTitle"), jobTitle);
    insertOptional(o, QLatin1String("ownerId"), ownerId);
    return o;
}

Conversation Conversation::fromJson(const QJsonObject &o)
{
    Conversation c;
    c.id = o.value(QLatin1String("id")).toString();
    c.type = o.value(QLatin1String("type")).toString();
    c.title = o.value(QLatin1String("title")).toString();
    c.jobId = o.value(QLatin1String("jobId")).toString();
    c.jobTitle = o.value(QLatin1String("jobTitle")).toString();
    const QJsonArray people = o.value(QLatin1String("participants")).toArray();
    for (const QJsonValue &p : people)
        c.participants.append(Participant::fromJson(p.toObject()));
    const QJsonValue last = o.value(QLatin1String("lastMessage"));
    if (last.isObject())
        c.lastMessage = Message::fromJson(last.toObject());
    c.lastSeq = o.value(QLatin1String("lastSeq")).toInteger();
    c.unreadCount = o.value(QLatin1String("unreadCount")).toInteger();
    c.archived = o.value(QLatin1String("archived")).toBool();
    c.contactAllowed = o.value(QLatin1String("contactAllowed")).toBool();
    c.ownerId = o.value(QLatin1String("ownerId")).toString();
    c.createdAt = parseTime(o.value(QLatin1String("createdAt")));
    c.updatedAt = parseTime(o.value(QLatin1String("updatedAt")));
    return c;
}

} // namespace kora::proto
