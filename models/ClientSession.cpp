#include "ClientSession.h"

#include "BlockList.h"
#include "Cache.h"
#include "ConnectionState.h"
#include "MediaDownloader.h"
#include "ModelsLogging.h"
#include "Outbox.h"
#include "QuickReplies.h"
#include "SocketIoClient.h"
#include "SupportClient.h"
#include "UserDirectory.h"

#include <QJsonObject>
#include <QPointer>

#include <type_traits>

namespace kora::models {

namespace {
QJsonObject inConversation(const QString &conversationId)
{
    return {{QStringLiteral("conversationId"), conversationId}};
}

proto::ApiError storageError(const QString &message)
{
    proto::ApiError error;
    error.code = StorageError;
    error.message = message;
    return error;
}
} // namespace

ClientSession::ClientSession(Cache &cache, Outbox &outbox, net::ApiClient &api,
                             net::SocketIoClient &socket, QString userId, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_outbox(outbox)
    , m_api(api)
    , m_socket(socket)
    , m_userId(std::move(userId))
    , m_connection(new ConnectionState(socket, this))
    , m_users(new UserDirectory(api, this))
    , m_blocks(new BlockList(cache, api, socket, this))
    , m_quickReplies(new QuickReplies(cache, this))
    , m_media(new MediaDownloader(api, this))
{
    connect(&m_api, &net::ApiClient::unauthorized, this,
            [this] { onUnauthorized(tr("Your session has expired.")); });
    connect(&m_socket, &net::SocketIoClient::unauthorized, this,
            [this](const QString &) { onUnauthorized(tr("Your session has expired.")); });
    connect(&m_socket, &net::SocketIoClient::eventReceived, this,
            [this](const QString &name, const QJsonObject &payload) {
                if (name == QLatin1String("new_message"))
                    Q_EMIT messageArrived(proto::Message::fromJson(
                        payload.value(QLatin1String("message")).toObject()));
            });
}

ClientSession::~ClientSession() = default;

void ClientSession::start()
{
    m_socket.open();
}

void ClientSession::stop()
{
    m_socket.close();
}

void ClientSession::setToken(const QString &token)
{
    m_api.setToken(token);
    m_socket.setToken(token);
    m_signedOut = false;
    m_socket.open();
}

void ClientSession::onUnauthorized(const QString &reason)
{
    if (m_signedOut)
        return;
    m_signedOut = true;
    qCInfo(lcSync) << "signed out by the server";
    // Stop reconnecting with a token the server refuses; the outbox keeps its rows.
    m_socket.close();
    Q_EMIT signedOut(reason);
}

Expected<CachedMessage, QString> ClientSession::send(const QString &conversationId,
                                                     const QString &body, const QString &replyToId)
{
    return m_outbox.send(conversationId, body, QStringLiteral("text"), {}, replyToId);
}

Expected<CachedMessage, QString> ClientSession::sendFiles(const QString &conversationId,
                                                          const QString &body,
                                                          const QList<LocalAttachment> &files,
                                                          const QString &replyToId)
{
    return m_outbox.sendFiles(conversationId, body, files, replyToId);
}

Expected<bool, QString> ClientSession::react(const QString &conversationId,
                                             const QString &messageId, const QString &emoji,
                                             bool on)
{
    return m_outbox.react(conversationId, messageId, emoji, on);
}

void ClientSession::retry(const QString &clientId)
{
    m_outbox.retry(clientId);
}

void ClientSession::discard(const QString &clientId)
{
    m_outbox.discard(clientId);
}

void ClientSession::editMessage(const QString &messageId, const QString &body, QObject *context,
                                ResultCallback<proto::Message> done)
{
    QPointer<QObject> guard(context);
    m_api.editMessage(messageId, body, this,
                      [this, guard, done = std::move(done)](Result<proto::Message> result) {
                          if (result && !m_cache.storeMessages({*result}))
                              qCWarning(lcSync) << "cannot store an edited message";
                          if (guard)
                              done(std::move(result));
                      });
}

void ClientSession::deleteMessage(const QString &messageId, QObject *context,
                                  ResultCallback<proto::Message> done)
{
    QPointer<QObject> guard(context);
    m_api.deleteMessage(messageId, this,
                        [this, guard, done = std::move(done)](Result<proto::Message> result) {
                            if (result && !m_cache.storeMessages({*result}))
                                qCWarning(lcSync) << "cannot store a deletion";
                            if (guard)
                                done(std::move(result));
                        });
}

Expected<QString, QString> ClientSession::deleteForEveryone(const QString &conversationId,
                                                            const QString &messageId)
{
    return m_outbox.deleteMessage(conversationId, messageId);
}

bool ClientSession::undoDelete(const QString &clientId)
{
    return m_outbox.undoDelete(clientId);
}

bool ClientSession::sendTyping(const QString &conversationId, bool typing)
{
    if (!m_socket.isConnected() || conversationId.isEmpty())
        return false;
    m_socket.emitEvent(typing ? QStringLiteral("typing_start") : QStringLiteral("typing_stop"),
                       inConversation(conversationId));
    return true;
}

bool ClientSession::joinConversation(const QString &conversationId, bool join)
{
    if (!m_socket.isConnected() || conversationId.isEmpty())
        return false;
    m_socket.emitEvent(join ? QStringLiteral("join_conversation")
                            : QStringLiteral("leave_conversation"),
                       inConversation(conversationId));
    return true;
}

bool ClientSession::sendReadReceipt(const QString &conversationId, qint64 seq)
{
    qint64 known = 0;
    for (const proto::Participant &p : m_cache.participants(conversationId)) {
        if (p.user.id == m_userId)
            known = p.lastReadSeq;
    }
    if (seq > known) {
        if (auto set = m_cache.setCursor(conversationId, m_userId, seq, true); !set)
            qCWarning(lcSync) << "cannot store the read cursor:" << set.error();
    }
    if (!m_socket.isConnected())
        return false;
    QJsonObject payload = inConversation(conversationId);
    payload.insert(QStringLiteral("seq"), seq);
    m_socket.emitEvent(QStringLiteral("mark_as_read"), payload);
    return true;
}

void ClientSession::markRead(const QString &conversationId, qint64 seq, QObject *context,
                             ResultCallback<bool> done)
{
    QPointer<QObject> guard(context);
    m_api.markRead(conversationId, seq, this,
                   [this, guard, conversationId, seq, done = std::move(done)](Result<bool> result) {
                       if (result) {
                           if (auto stored = m_cache.setCursor(conversationId, m_userId, seq, true);
                               !stored)
                               result = unexpected(storageError(stored.error()));
                       }
                       if (guard)
                           done(std::move(result));
                   });
}

void ClientSession::setArchived(const QString &conversationId, bool archived, QObject *context,
                                ResultCallback<proto::Conversation> done)
{
    QPointer<QObject> guard(context);
    m_api.setArchived(
        conversationId, archived, this,
        [this, guard, conversationId, done = std::move(done)](Result<proto::Conversation> result) {
            if (result) {
                if (auto stored = m_cache.setArchived(conversationId, result->archived); !stored)
                    result = unexpected(storageError(stored.error()));
            }
            if (guard)
                done(std::move(result));
        });
}

void ClientSession::openDirect(const QString &participantId, const QString &jobId,
                               const QString &jobTitle, QObject *context,
                               ResultCallback<OpenedConversation> done)
{
    m_api.createDirect(participantId, jobId, jobTitle, this, storedThen(context, std::move(done)));
}

void ClientSession::searchServer(const QString &query, const QString &conversationId,
                                 const QString &cursor, int limit, QObject *context,
                                 ResultCallback<SearchPage> done)
{
    m_api.search(query, conversationId, cursor, limit, context, std::move(done));
}

void ClientSession::openGroup(const QString &title, const QStringList &participantIds,
                              QObject *context, ResultCallback<OpenedConversation> done)
{
    m_api.createGroup(title, participantIds, this, storedThen(context, std::move(done)));
}

void ClientSession::changeGroup(const QString &conversationId, const GroupChange &change,
                                QObject *context, ResultCallback<proto::Conversation> done)
{
    m_api.changeGroup(conversationId, change, this, storedThen(context, std::move(done)));
}

template<class T>
ResultCallback<T> ClientSession::storedThen(QObject *context, ResultCallback<T> done)
{
    return [this, guard = QPointer<QObject>(context), done = std::move(done)](Result<T> result) {
        if (result) {
            const proto::Conversation *c = nullptr;
            if constexpr (std::is_same_v<T, OpenedConversation>)
                c = &result->conversation;
            else
                c = &*result;
            if (auto stored = m_cache.upsertConversations({*c}); !stored)
                result = unexpected(storageError(stored.error()));
        }
        if (guard)
            done(std::move(result));
    };
}

void ClientSession::signOutEverywhere(QObject *context, ResultCallback<bool> done)
{
    QPointer<QObject> guard(context);
    m_api.signOutEverywhere(this, [guard, done = std::move(done)](Result<bool> result) {
        if (guard)
            done(std::move(result));
    });
}

Expected<bool, QString> ClientSession::report(const QString &conversationId,
                                              const QString &messageId, const QString &reason,
                                              const QString &note)
{
    return m_outbox.report(conversationId, messageId, reason, note);
}

std::unique_ptr<SupportClient> ClientSession::supportClient(Cache &cache)
{
    return std::make_unique<SupportClient>(m_api, cache);
}

} // namespace kora::models
