#pragma once

#include "ApiTypes.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslError>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QSslCertificate;

namespace kora::net {

class AccountCalls;
class ApiTransfers;
class ApiTransport;
class ConversationCalls;
class MessageCalls;

// The REST half of the contract (protocol.md §3) over a QNetworkAccessManager.
//
// Every call takes a context object and a callback. The callback is always
// called later from the event loop (never inside the call), exactly once,
// unless the context or this client is destroyed first: then never. A null
// context means the client itself.
// Use from the thread the client and the network manager live in.
//
// A facade: ApiTransport builds requests, carries the token and maps errors
// (ApiReplies); AccountCalls, ConversationCalls, MessageCalls and
// ApiTransfers make the calls of each resource.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    template<class T> using Callback = std::function<void(ApiResult<T>)>;

    // `network` is not owned and must outlive this client.
    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ApiClient() override;

    // http(s)://host:port (a path prefix is kept); the API lives under <base>/api/v1.
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const;
    // Sent as "Authorization: Bearer" on every call but login and health.
    void setToken(const QString &token);
    QString token() const;
    // Longest time without any data moving before a call fails with "timeout".
    void setTimeoutMs(int ms);
    int timeoutMs() const;

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
    // Ends every token the signed-in user holds, on every device (this one too).
    void signOutEverywhere(QObject *context, Callback<bool> done);
    void users(const QString &query, int limit, QObject *context,
               Callback<QList<proto::User>> done);
    // `before` an updatedAt (invalid: newest first); limit <= 0: the server's default.
    void conversations(bool archived, const QDateTime &before, int limit, QObject *context,
                       Callback<ConversationPage> done);
    void createDirect(const QString &participantId, const QString &jobId, const QString &jobTitle,
                      QObject *context, Callback<OpenedConversation> done);
    void createGroup(const QString &title, const QStringList &participantIds, QObject *context,
                     Callback<OpenedConversation> done);
    void changeGroup(const QString &id, const GroupChange &change, QObject *context,
                     Callback<proto::Conversation> done);
    void conversation(const QString &id, QObject *context, Callback<proto::Conversation> done);
    void setArchived(const QString &id, bool archived, QObject *context,
                     Callback<proto::Conversation> done);
    void search(const QString &query, const QString &conversationId, const QString &cursor,
                int limit, QObject *context, Callback<SearchPage> done);
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
    // Blocks and reports (protocol 7.4).
    void blocks(QObject *context, Callback<QList<proto::User>> done);
    void setBlocked(const QString &userId, bool blocked, QObject *context, Callback<bool> done);
    void report(const ReportDraft &draft, QObject *context, Callback<FiledReport> done);

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
    QObject *orSelf(QObject *context);

    ApiTransport *m_transport; // child
    ApiTransfers *m_transfers; // child
    std::unique_ptr<AccountCalls> m_accounts;
    std::unique_ptr<ConversationCalls> m_conversations;
    std::unique_ptr<MessageCalls> m_messages;
};

} // namespace kora::net
