#pragma once

#include "Expected.h"
#include "protocol/ApiError.h"
#include "protocol/Attachment.h"
#include "protocol/Conversation.h"
#include "protocol/Message.h"
#include "protocol/User.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>
#include <unordered_map>

class QFile;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QSslCertificate;

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

// POST answers that say whether something was made (201) or already there (200).
struct OpenedConversation
{
    proto::Conversation conversation;
    bool created = false;
};

struct SentMessage
{
    proto::Message message;
    bool created = false;
};

// The REST half of the contract (protocol.md §3) over a QNetworkAccessManager.
//
// Every call takes a context object and a callback. The callback is always
// called later from the event loop (never inside the call), exactly once,
// unless the context or this client is destroyed first: then never. A null
// context means the client itself.
// Use from the thread the client and the network manager live in.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    template<class T> using Callback = std::function<void(ApiResult<T>)>;

    // `network` is not owned and must outlive this client.
    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    // http(s)://host:port (a path prefix is kept); the API lives under <base>/api/v1.
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    // Sent as "Authorization: Bearer" on every call but login and health.
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    // Longest time without any data moving before a call fails with "timeout".
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    // Trusts exactly this certificate, in addition to the system's CAs, for a
    // private server with a self-signed certificate. Certificates are always
    // validated; a null certificate goes back to the system's CAs only.
    // Qt pools a manager's connections by host and port, whatever TLS rules
    // made them, so calls under a trusted certificate go through a network
    // manager of this client's own: no connection crosses between the rules.
    void setTrustedCertificate(const QSslCertificate &certificate);
    // A human-readable account of what is wrong with a certificate.
    static QString describeSslErrors(const QList<QSslError> &errors);

    void health(QObject *context, Callback<Health> done);
    // Does not set the token: the caller stores it and calls setToken.
    void login(const QString &email, const QString &password, QObject *context,
               Callback<LoginResult> done);
    void me(QObject *context, Callback<proto::User> done);
    void users(const QString &query, int limit, QObject *context,
               Callback<QList<proto::User>> done);
    // `before` an updatedAt (invalid: newest first); limit <= 0: the server's default.
    void conversations(bool archived, const QDateTime &before, int limit, QObject *context,
                       Callback<ConversationPage> done);
    void createDirect(const QString &participantId, const QString &jobId, const QString &jobTitle,
                      QObject *context, Callback<OpenedConversation> done);
    void conversation(const QString &id, QObject *context, Callback<proto::Conversation> done);
    void setArchived(const QString &id, bool archived, QObject *context,
                     Callback<proto::Conversation> done);
    void messages(const QString &conversationId, std::optional<qint64> beforeSeq,
                  std::optional<qint64> afterSeq, int limit, QObject *context,
                  Callback<MessagePage> done);
    void sendMessage(const QString &conversationId, const QString &clientId, const QString &kind,
                     const QString &body, const QStringList &attachmentIds,
                     const QString &replyToId, QObject *context, Callback<SentMessage> done);
    void editMessage(const QString &id, const QString &body, QObject *context,
                     Callback<proto::Message> done);
    void deleteMessage(const QString &id, QObject *context, Callback<proto::Message> done);
    void markRead(const QString &conversationId, qint64 seq, QObject *context, Callback<bool> done);

    // Uploads and downloads (attachments). Each returns a TransferId that
    // cancelTransfer() takes; the callback still comes exactly once, later
    // (with clientCode::Cancelled when cancelled). `progress` is called with
    // bytes moved so far and the total (-1 when unknown), never after `done`.
    using TransferId = quint64; // 0 is never a transfer
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // POST /attachments: streams the file from disk (it must stay there until
    // done). `name` goes in X-Filename, `mime` in Content-Type. A file that
    // cannot be opened answers clientCode::FileError.
    TransferId uploadAttachment(const QString &filePath, const QString &name, const QString &mime,
                                QObject *context, Callback<proto::Attachment> done,
                                Progress progress = {});
    // Authenticated GET of an attachment's url or thumbUrl: a path relative
    // to the base URL ("/api/v1/attachments/…"), or an absolute URL on the
    // same scheme, host and port as the base URL (anything else is refused
    // with `invalid`, so the token never goes elsewhere). More than
    // `maxBytes` (declared or received) aborts with `too_large`.
    TransferId download(const QString &urlOrPath, qint64 maxBytes, QObject *context,
                        Callback<QByteArray> done, Progress progress = {});
    // Aborts a transfer still running; its callback gets clientCode::Cancelled.
    // Unknown or finished ids are ignored. Returns whether one was cancelled.
    bool cancelTransfer(TransferId id);

    // Any route: `path` is below /api/v1 ("/me"), already percent-encoded where
    // needed; `body` is sent as JSON unless empty. 204 gives an empty object.
    void request(const QByteArray &method, const QString &path, const QUrlQuery &query,
                 const QJsonObject &body, QObject *context, Callback<QJsonObject> done);

    // Escapes an id for use as one path segment.
    static QString segment(const QString &id);

Q_SIGNALS:
    // An authenticated call was answered 401: the token expired or was revoked
    // (or none was set). Not for login or health: a refused login answers that
    // call only.
    void unauthorized();

private:
    struct Response
    {
        int status = 0;
        QJsonObject json;
    };
    enum class Auth { None, Bearer };
    static ApiResult<Response> readReply(QNetworkReply *reply, const QList<QSslError> &sslErrors);
    void send(const QByteArray &method, const QString &path, const QUrlQuery &query,
              const QJsonObject &body, Auth auth, QObject *context, Callback<Response> done);
    template<class T, class Parse>
    void call(const QByteArray &method, const QString &path, const QUrlQuery &query,
              const QJsonObject &body, Auth auth, QObject *context, Callback<T> done, Parse parse);

    QNetworkRequest apiRequest(const QUrl &url, Auth auth) const;
    std::optional<QUrl> resolveDownload(const QString &urlOrPath) const;
    TransferId startTransfer(QNetworkReply *reply, bool upload, QObject *context, Progress progress,
                             qint64 maxBytes,
                             std::function<void(ApiResult<QByteArray>, int status)> finish);

    QNetworkAccessManager *network() const { return m_pinned ? m_pinned : m_network; }

    QNetworkAccessManager *m_network;
    QNetworkAccessManager *m_pinned = nullptr; // child; only with a trusted certificate
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = 15000;
    std::optional<QSslConfiguration> m_ssl;
    TransferId m_lastTransfer = 0;
    std::unordered_map<TransferId, QPointer<QNetworkReply>> m_transfers; // running only
};

} // namespace kora::net
