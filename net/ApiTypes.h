#pragma once

#include "Expected.h"
#include "protocol/ApiError.h"
#include "protocol/Attachment.h"
#include "protocol/Conversation.h"
#include "protocol/Message.h"
#include "protocol/User.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kora::net {

template<class T> using ApiResult = Expected<T, proto::ApiError>;

// Error codes the client makes itself, next to the contract's (proto::code).
// An HTTP error whose body is not the contract's {"error":{…}} gets "http_<status>".
namespace clientCode {
inline const QString Unreachable = QStringLiteral("unreachable");  // refused, host not found
inline const QString Timeout = QStringLiteral("timeout");          // no data for timeoutMs
inline const QString Tls = QStringLiteral("tls");                  // handshake or certificate
inline const QString Network = QStringLiteral("network");          // any other transport failure
inline const QString BadResponse = QStringLiteral("bad_response"); // 2xx we cannot read
inline const QString Cancelled = QStringLiteral("cancelled");      // cancelTransfer()
inline const QString FileError = QStringLiteral("file");           // a local file cannot be read
} // namespace clientCode

struct Health
{
    QString status;
    QString version;
};

struct LoginResult
{
    QString token;
    QDateTime expiresAt;
    proto::User user;
};

struct ConversationPage
{
    QList<proto::Conversation> conversations;
    bool hasMore = false;
};

struct MessagePage
{
    QList<proto::Message> messages; // ascending by seq
    bool hasMore = false;
};

// GET /search (protocol 7.3): matching messages, newest first, with the
// conversation each is in.
struct SearchHit
{
    proto::Message message;
    QString conversationType;  // "direct" | "group"
    QString conversationTitle; // a group's; empty for a direct conversation
};

struct SearchPage
{
    QList<SearchHit> hits;
    bool hasMore = false;
    QString next; // the cursor of the next page, when hasMore
};

// POST answers that say whether something was made (201) or already there (200).
struct OpenedConversation
{
    proto::Conversation conversation;
    bool created = false;
};

// A change to a group (docs/protocol.md, Groups): its title, or people
// added, or one person removed (the caller: leaving).
struct GroupChange
{
    enum class Kind { Rename, Add, Remove };
    Kind kind = Kind::Rename;
    QString title;       // Rename
    QStringList userIds; // Add: who; Remove: exactly one
};

struct SentMessage
{
    proto::Message message;
    bool created = false;
};

// A report of a conversation, or of one of its messages, to support (7.4).
// `clientId` (a UUID) makes a retry answer the report already stored.
struct ReportDraft
{
    QString clientId;
    QString conversationId;
    QString messageId; // empty: the conversation as a whole
    QString reason;    // spam, scam, off_platform_payment, harassment, other
    QString note;      // at most 1000 code points; may be empty
};

struct FiledReport
{
    QString id;
    QString status;
    bool created = false;
};

} // namespace kora::net
