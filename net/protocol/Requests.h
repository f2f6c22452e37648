#pragma once

#include "../Expected.h"
#include "ApiError.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// What the server receives, parsed and validated field by field. Every parser
// returns either a complete request or an `invalid` error that names the field.
namespace kora::proto {

struct BodyLimits
{
    int maxBodyCodePoints = 4000;
};

// Trims `body` and checks it against the limits; `allowEmpty` for image/file.
Expected<QString, ApiError> validateBody(const QString &body, const BodyLimits &limits,
                                         bool allowEmpty);

struct LoginRequest
{
    QString email;
    QString password;
    static Expected<LoginRequest, ApiError> parse(const QJsonObject &o);
};

struct CreateConversationRequest
{
    QString participantId;      // direct
    QStringList participantIds; // group
    QString title;              // group
    QString jobId;
    QString jobTitle;
    bool isGroup() const { return participantId.isEmpty(); }
    static Expected<CreateConversationRequest, ApiError> parse(const QJsonObject &o);
};

// PATCH /api/v1/conversations/{id}: what to change, at least one of them.
struct ConversationPatch
{
    std::optional<bool> archived; // as the requester sees it
    std::optional<QString> title; // groups only; trimmed, 1-200 characters
    static Expected<ConversationPatch, ApiError> parse(const QJsonObject &o);
};

// POST /api/v1/conversations/{id}/participants: people to add to a group.
struct AddParticipantsRequest
{
    QStringList userIds; // 1-100, duplicates merged
    static Expected<AddParticipantsRequest, ApiError> parse(const QJsonObject &o);
};

struct SendMessageRequest
{
    QString conversationId; // socket only; REST takes it from the path
    QString clientId;
    QString kind;
    QString body;
    QStringList attachmentIds;
    QString replyToId;
    static Expected<SendMessageRequest, ApiError>
    parse(const QJsonObject &o, const BodyLimits &limits, bool needsConversationId);
};

struct EditMessageRequest
{
    QString messageId; // socket only
    QString body;
    static Expected<EditMessageRequest, ApiError>
    parse(const QJsonObject &o, const BodyLimits &limits, bool needsMessageId);
};

// {conversationId?, seq}: read and delivered cursors.
struct CursorRequest
{
    QString conversationId;
    qint64 seq = 0;
    static Expected<CursorRequest, ApiError> parse(const QJsonObject &o, bool needsConversationId);
};

// Reads a required non-empty string field, or says which one is missing.
Expected<QString, ApiError> requiredString(const QJsonObject &o, QLatin1String key,
                                           int maxLength = 200);

} // namespace kora::proto
