#pragma once

#include "Message.h"
#include "User.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace kora::proto {

struct Participant
{
    User user;
    qint64 lastReadSeq = 0;
    qint64 lastDeliveredSeq = 0;

    QJsonObject toJson() const;
    static Participant fromJson(const QJsonObject &object);
};

struct Conversation
{
    QString id;
    QString type; // "direct" | "group"
    QString title;
    QString jobId;
    QString jobTitle;
    QList<Participant> participants;
    std::optional<Message> lastMessage;
    qint64 lastSeq = 0;
    qint64 unreadCount = 0;
    bool archived = false;
    bool contactAllowed = false; // contact details may be shared (7.5; set by the marketplace)
    QString ownerId; // a group's: who may remove others (its maker while in it); empty for direct
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static Conversation fromJson(const QJsonObject &object);
};

} // namespace kora::proto
