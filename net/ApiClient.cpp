#include "ApiClient.h"

#include "AccountCalls.h"
#include "ApiReplies.h"
#include "ApiTransfers.h"
#include "ApiTransport.h"
#include "ConversationCalls.h"
#include "MessageCalls.h"

namespace kora::net {

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_transport(new ApiTransport(network, this))
    , m_transfers(new ApiTransfers(*m_transport, this))
    , m_accounts(std::make_unique<AccountCalls>(*m_transport))
    , m_conversations(std::make_unique<ConversationCalls>(*m_transport))
    , m_messages(std::make_unique<MessageCalls>(*m_transport))
{
    connect(m_transport, &ApiTransport::unauthorized, this, &ApiClient::unauthorized);
}

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_transport->setBaseUrl(url);
}

QUrl ApiClient::baseUrl() const
{
    return m_transport->baseUrl();
}

void ApiClient::setToken(const QString &token)
{
    m_transport->setToken(token);
}

QString ApiClient::token() const
{
    return m_transport->token();
}

void ApiClient::setTimeoutMs(int ms)
{
    m_transport->setTimeoutMs(ms);
}

int ApiClient::timeoutMs() const
{
    return m_transport->timeoutMs();
}

void ApiClient::setTrustedCertificate(const QSslCertificate &certificate)
{
    m_transport->setTrustedCertificate(certificate);
}

QString ApiClient::describeSslErrors(const QList<QSslError> &errors)
{
    return ApiReplies::describeSslErrors(errors);
}

QString ApiClient::segment(const QString &id)
{
    return ApiTransport::segment(id);
}

void ApiClient::request(const QByteArray &method, const QString &path, const QUrlQuery &query,
                        const QJsonObject &body, QObject *context, Callback<QJsonObject> done)
{
    m_transport->call<QJsonObject>(
        method, path, query, body, ApiTransport::Auth::Bearer, orSelf(context), std::move(done),
        [](const ApiResponse &r) -> ApiResult<QJsonObject> { return r.json; });
}

// A null context means the client itself (not the part that makes the call).
QObject *ApiClient::orSelf(QObject *context)
{
    return context ? context : this;
}

void ApiClient::health(QObject *context, Callback<Health> done)
{
    m_accounts->health(orSelf(context), std::move(done));
}

void ApiClient::login(const QString &email, const QString &password, QObject *context,
                      Callback<LoginResult> done)
{
    m_accounts->login(email, password, orSelf(context), std::move(done));
}

void ApiClient::me(QObject *context, Callback<proto::User> done)
{
    m_accounts->me(orSelf(context), std::move(done));
}

void ApiClient::users(const QString &query, int limit, QObject *context,
                      Callback<QList<proto::User>> done)
{
    m_accounts->users(query, limit, orSelf(context), std::move(done));
}

void ApiClient::conversations(bool archived, const QDateTime &before, int limit, QObject *context,
                              Callback<ConversationPage> done)
{
    m_conversations->conversations(archived, before, limit, orSelf(context), std::move(done));
}

void ApiClient::createDirect(const QString &participantId, const QString &jobId,
                             const QString &jobTitle, QObject *context,
                             Callback<OpenedConversation> done)
{
    m_conversations->createDirect(participantId, jobId, jobTitle, orSelf(context), std::move(done));
}

void ApiClient::createGroup(const QString &title, const QStringList &participantIds,
                            QObject *context, Callback<OpenedConversation> done)
{
    m_conversations->createGroup(title, participantIds, orSelf(context), std::move(done));
}

void ApiClient::changeGroup(const QString &id, const GroupChange &change, QObject *context,
                            Callback<proto::Conversation> done)
{
    m_conversations->changeGroup(id, change, orSelf(context), std::move(done));
}

void ApiClient::conversation(const QString &id, QObject *context,
                             Callback<proto::Conversation> done)
{
    m_conversations->conversation(id, orSelf(context), std::move(done));
}

void ApiClient::setArchived(const QString &id, bool archived, QObject *context,
                            Callback<proto::Conversation> done)
{
    m_conversations->setArchived(id, archived, orSelf(context), std::move(done));
}

void ApiClient::signOutEverywhere(QObject *context, Callback<bool> done)
{
    m_accounts->signOutEverywhere(orSelf(context), std::move(done));
}

void ApiClient::blocks(QObject *context, Callback<QList<proto::User>> done)
{
    m_accounts->blocks(orSelf(context), std::move(done));
}

void ApiClient::setBlocked(const QString &userId, bool blocked, QObject *context,
                           Callback<bool> done)
{
    m_accounts->setBlocked(userId, blocked, orSelf(context), std::move(done));
}

void ApiClient::report(const ReportDraft &draft, QObject *context, Callback<FiledReport> done)
{
    m_accounts->report(draft, orSelf(context), std::move(done));
}

void ApiClient::markRead(const QString &conversationId, qint64 seq, QObject *context,
                         Callback<bool> done)
{
    m_conversations->markRead(conversationId, seq, orSelf(context), std::move(done));
}

void ApiClient::search(const QString &query, const QString &conversationId, const QString &cursor,
                       int limit, QObject *context, Callback<SearchPage> done)
{
    m_messages->search(query, conversationId, cursor, limit, orSelf(context), std::move(done));
}

void ApiClient::messages(const QString &conversationId, std::optional<qint64> beforeSeq,
                         std::optional<qint64> afterSeq, int limit, QObject *context,
                         Callback<MessagePage> done)
{
    m_messages->messages(conversationId, beforeSeq, afterSeq, limit, orSelf(context),
                         std::move(done));
}

void ApiClient::sendMessage(const QString &conversationId, const QString &clientId,
                            const QString &kind, const QString &body,
                            const QStringList &attachmentIds, const QString &replyToId,
                            QObject *context, Callback<SentMessage> done)
{
    m_messages->sendMessage(conversationId, clientId, kind, body, attachmentIds, replyToId,
                            orSelf(context), std::move(done));
}

void ApiClient::editMessage(const QString &id, const QString &body, QObject *context,
                            Callback<proto::Message> done)
{
    m_messages->editMessage(id, body, orSelf(context), std::move(done));
}

void ApiClient::deleteMessage(const QString &id, QObject *context, Callback<proto::Message> done)
{
    m_messages->deleteMessage(id, orSelf(context), std::move(done));
}

ApiClient::TransferId ApiClient::uploadAttachment(const QString &filePath, const QString &name,
                                                  const QString &mime, QObject *context,
                                                  Callback<proto::Attachment> done,
                                                  Progress progress)
{
    return m_transfers->uploadAttachment(filePath, name, mime, orSelf(context), std::move(done),
                                         std::move(progress));
}

ApiClient::TransferId ApiClient::download(const QString &urlOrPath, qint64 maxBytes,
                                          QObject *context, Callback<QByteArray> done,
                                          Progress progress)
{
    return m_transfers->download(urlOrPath, maxBytes, orSelf(context), std::move(done),
                                 std::move(progress));
}

bool ApiClient::cancelTransfer(TransferId id)
{
    return m_transfers->cancelTransfer(id);
}

} // namespace kora::net
