#include "ApiClient.h"

#include "NetLogging.h"
#include "protocol/Json.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace kora::net {
namespace {

using proto::ApiError;

ApiError badResponse(const QString &what)
{
    return {clientCode::BadResponse,
            QStringLiteral("the server's answer could not be read: %1").arg(what)};
}

// The parse step of the typed calls: a JSON object into a protocol type, or bad_response.
template<class T> ApiResult<T> entity(const QJsonObject &o)
{
    if (o.value(QLatin1String("id")).toString().isEmpty())
        return unexpected(badResponse(QStringLiteral("an entity without an id")));
    return T::fromJson(o);
}

template<class T> ApiResult<QList<T>> listOf(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue value = o.value(key);
    if (!value.isArray())
        return unexpected(badResponse(QStringLiteral("%1 is not a list").arg(key)));
    QList<T> list;
    for (const QJsonValue &item : value.toArray()) {
        auto parsed = entity<T>(item.toObject());
        if (!parsed)
            return unexpected(parsed.error());
        list.append(std::move(*parsed));
    }
    return list;
}

ApiError transportError(QNetworkReply::NetworkError error, const QString &text,
                        const QList<QSslError> &sslErrors)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::UnknownNetworkError:
        return {clientCode::Unreachable, text};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout gives; we never abort
        return {clientCode::Timeout, text};
    case QNetworkReply::SslHandshakeFailedError:
        return {clientCode::Tls,
                sslErrors.isEmpty() ? text : ApiClient::describeSslErrors(sslErrors)};
    default:
        return {clientCode::Network, text};
    }
}

// A non-2xx answer: the contract's {"error":{code,message,retryAfter?}}, or http_<status>.
ApiError httpError(int status, const QString &reason, const QByteArray &body,
                   const QByteArray &retryAfter)
{
    const QJsonObject e =
        QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    ApiError error = ApiError::fromJson(e);
    if (error.code.isEmpty())
        error = {QStringLiteral("http_%1").arg(status),
                 QStringLiteral("HTTP %1 %2").arg(status).arg(reason).trimmed()};
    bool ok = false;
    const int seconds = retryAfter.trimmed().toInt(&ok);
    if (error.retryAfterSeconds <= 0 && ok && seconds > 0)
        error.retryAfterSeconds = seconds;
    return error;
}

// Deletes a manager once the calls it carries have finished (deleting it would drop them).
void retire(QNetworkAccessManager *manager)
{
    if (!manager)
        return;
    const auto idle = [manager] {
        const auto replies = manager->findChildren<QNetworkReply *>();
        return std::all_of(replies.cbegin(), replies.cend(),
                           [](const QNetworkReply *r) { return r->isFinished(); });
    };
    if (idle()) {
        manager->deleteLater();
        return;
    }
    QObject::connect(manager, &QNetworkAccessManager::finished, manager, [manager, idle] {
        if (idle())
            manager->deleteLater();
    });
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    Q_ASSERT(network);
}

void ApiClient::setTrustedCertificate(const QSslCertificate &certificate)
{
    retire(std::exchange(m_pinned, nullptr));
    m_ssl.reset();
    if (certificate.isNull())
        return;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> cas = config.caCertificates();
    if (cas.isEmpty()) // loaded on demand: setting a list would drop the system's
        cas = QSslConfiguration::systemCaCertificates();
    cas.append(certificate);
    config.setCaCertificates(cas);
    m_ssl = config;
    m_pinned = new QNetworkAccessManager(this);
    m_pinned->setProxy(m_network->proxy());
}

QString ApiClient::describeSslErrors(const QList<QSslError> &errors)
{
    QStringList problems;
    QSslCertificate certificate;
    for (const QSslError &e : errors) {
        problems.append(e.errorString());
        if (certificate.isNull())
            certificate = e.certificate();
    }
    problems.removeDuplicates();
    QString text = problems.join(QLatin1String("; "));
    if (!certificate.isNull())
        text += QStringLiteral(" (certificate \"%1\", SHA-256 %2)")
                    .arg(certificate.subjectDisplayName(),
                         QString::fromLatin1(
                             certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
    return text;
}

QString ApiClient::segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

ApiResult<ApiClient::Response> ApiClient::readReply(QNetworkReply *reply,
                                                    const QList<QSslError> &sslErrors)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // Below 200 are transport failures (network, proxy); above, Qt's names for HTTP statuses.
    if (!status.isValid() || (reply->error() != QNetworkReply::NoError && reply->error() < 200))
        return unexpected(transportError(reply->error(), reply->errorString(), sslErrors));
    const int code = status.toInt();
    const QByteArray body = reply->readAll();
    if (code < 200 || code > 299)
        return unexpected(
            httpError(code, reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(),
                      body, reply->rawHeader("Retry-After")));
    if (body.trimmed().isEmpty())
        return Response{code, {}};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return unexpected(badResponse(error.errorString()));
    if (!doc.isObject())
        return unexpected(badResponse(QStringLiteral("not a JSON object")));
    return Response{code, doc.object()};
}

QNetworkRequest ApiClient::apiRequest(const QUrl &url, Auth auth) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    // A redirect would carry the token elsewhere; the API never redirects.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (auth == Auth::Bearer && !m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (m_ssl)
        request.setSslConfiguration(*m_ssl);
    return request;
}

void ApiClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                     const QJsonObject &body, Auth auth, QObject *context, Callback<Response> done)
{
    const QPointer<QObject> guard(context ? context : this);
    if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty()) {
        QTimer::singleShot(0, this, [guard, done = std::move(done)] {
            if (guard)
                done(unexpected(
                    ApiError{clientCode::Unreachable, QStringLiteral("no server address is set")}));
        });
        return;
    }
    QUrl url = m_baseUrl;
    QString prefix = url.path(QUrl::FullyEncoded);
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + QLatin1String("/api/v1") + path, QUrl::TolerantMode);
    url.setQuery(query);

    QNetworkRequest request = apiRequest(url, auth);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = nullptr;
    if (body.isEmpty() && method != "POST" && method != "PATCH" && method != "PUT") {
        reply = network()->sendCustomRequest(request, method);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        reply = network()->sendCustomRequest(request, method,
                                             QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    auto sslErrors = std::make_shared<QList<QSslError>>();
    connect(reply, &QNetworkReply::sslErrors, this,
            [sslErrors](const QList<QSslError> &errors) { *sslErrors = errors; });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, guard, auth, sslErrors, method, path, done = std::move(done)] {
                ApiResult<Response> result = readReply(reply, *sslErrors);
                qCDebug(lcNet).noquote()
                    << method << path
                    << (result ? QString::number(result->status) : result.error().code)
                    << reply->error();
                if (!result && auth == Auth::Bearer &&
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 401)
                    Q_EMIT unauthorized(); // may destroy this: touch only captures below
                if (guard)
                    done(std::move(result));
            });
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

template<class T, class Parse>
void ApiClient::call(const QByteArray &method, const QString &path, const QUrlQuery &query,
                     const QJsonObject &body, Auth auth, QObject *context, Callback<T> done,
                     Parse parse)
{
    send(method, path, query, body, auth, context,
         [done = std::move(done), parse = std::move(parse)](ApiResult<Response> r) {
             if (!r)
                 done(unexpected(r.error()));
             else
                 done(parse(*r));
         });
}

void ApiClient::request(const QByteArray &method, const QString &path, const QUrlQuery &query,
                        const QJsonObject &body, QObject *context, Callback<QJsonObject> done)
{
    call<QJsonObject>(method, path, query, body, Auth::Bearer, context, std::move(done),
                      [](const Response &r) -> ApiResult<QJsonObject> { return r.json; });
}

void ApiClient::health(QObject *context, Callback<Health> done)
{
    call<Health>("GET", QStringLiteral("/health"), {}, {}, Auth::None, context, std::move(done),
                 [](const Response &r) -> ApiResult<Health> {
                     const QString status = r.json.value(QLatin1String("status")).toString();
                     if (status.isEmpty())
                         return unexpected(badResponse(QStringLiteral("no status")));
                     return Health{status, r.json.value(QLatin1String("version")).toString()};
                 });
}

void ApiClient::login(const QString &email, const QString &password, QObject *context,
                      Callback<LoginResult> done)
{
    const QJsonObject body{{QStringLiteral("email"), email},
                           {QStringLiteral("password"), password}};
    call<LoginResult>(
        "POST", QStringLiteral("/auth/login"), {}, body, Auth::None, context, std::move(done),
        [](const Response &r) -> ApiResult<LoginResult> {
            const QString token = r.json.value(QLatin1String("token")).toString();
            auto user = entity<proto::User>(r.json.value(QLatin1String("user")).toObject());
            if (token.isEmpty() || !user)
                return unexpected(badResponse(QStringLiteral("no token or user")));
            return LoginResult{token, proto::parseTime(r.json.value(QLatin1String("expiresAt"))),
                               *user};
        });
}

void ApiClient::me(QObject *context, Callback<proto::User> done)
{
    call<proto::User>("GET", QStringLiteral("/me"), {}, {}, Auth::Bearer, context, std::move(done),
                      [](const Response &r) { return entity<proto::User>(r.json); });
}

void ApiClient::users(const QString &query, int limit, QObject *context,
                      Callback<QList<proto::User>> done)
{
    QUrlQuery q;
    if (!query.isEmpty())
        q.addQueryItem(QStringLiteral("query"), query);
    if (limit > 0)
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    call<QList<proto::User>>(
        "GET", QStringLiteral("/users"), q, {}, Auth::Bearer, context, std::move(done),
        [](const Response &r) { return listOf<proto::User>(r.json, QLatin1String("users")); });
}

void ApiClient::conversations(bool archived, const QDateTime &before, int limit, QObject *context,
                              Callback<ConversationPage> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("archived"),
                   archived ? QStringLiteral("true") : QStringLiteral("false"));
    if (before.isValid())
        q.addQueryItem(QStringLiteral("before"), proto::formatTime(before));
    if (limit > 0)
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    call<ConversationPage>(
        "GET", QStringLiteral("/conversations"), q, {}, Auth::Bearer, context, std::move(done),
        [](const Response &r) -> ApiResult<ConversationPage> {
            auto list = listOf<proto::Conversation>(r.json, QLatin1String("conversations"));
            if (!list)
                return unexpected(list.error());
            return ConversationPage{*list, r.json.value(QLatin1String("hasMore")).toBool()};
        });
}

void ApiClient::createDirect(const QString &participantId, const QString &jobId,
                             const QString &jobTitle, QObject *context,
                             Callback<OpenedConversation> done)
{
    QJsonObject body{{QStringLiteral("participantId"), participantId}};
    proto::insertOptional(body, QLatin1String("jobId"), jobId);
    proto::insertOptional(body, QLatin1String("jobTitle"), jobTitle);
    call<OpenedConversation>("POST", QStringLiteral("/conversations"), {}, body, Auth::Bearer,
                             context, std::move(done),
                             [](const Response &r) -> ApiResult<OpenedConversation> {
                                 auto c = entity<proto::Conversation>(r.json);
                                 if (!c)
                                     return unexpected(c.error());
                                 return OpenedConversation{*c, r.status == 201};
                             });
}

void ApiClient::conversation(const QString &id, QObject *context,
                             Callback<proto::Conversation> done)
{
    call<proto::Conversation>(
        "GET", QStringLiteral("/conversations/") + segment(id), {}, {}, Auth::Bearer, context,
        std::move(done), [](const Response &r) { return entity<proto::Conversation>(r.json); });
}

void ApiClient::setArchived(const QString &id, bool archived, QObject *context,
                            Callback<proto::Conversation> done)
{
    call<proto::Conversation>(
        "PATCH", QStringLiteral("/conversations/") + segment(id), {},
        {{QStringLiteral("archived"), archived}}, Auth::Bearer, context, std::move(done),
        [](const Response &r) { return entity<proto::Conversation>(r.json); });
}

void ApiClient::messages(const QString &conversationId, std::optional<qint64> beforeSeq,
                         std::optional<qint64> afterSeq, int limit, QObject *context,
                         Callback<MessagePage> done)
{
    QUrlQuery q;
    if (beforeSeq)
        q.addQueryItem(QStringLiteral("beforeSeq"), QString::number(*beforeSeq));
    if (afterSeq)
        q.addQueryItem(QStringLiteral("afterSeq"), QString::number(*afterSeq));
    if (limit > 0)
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    call<MessagePage>(
        "GET",
        QStringLiteral("/conversations/") + segment(conversationId) + QStringLiteral("/messages"),
        q, {}, Auth::Bearer, context, std::move(done),
        [](const Response &r) -> ApiResult<MessagePage> {
            auto list = listOf<proto::Message>(r.json, QLatin1String("messages"));
            if (!list)
                return unexpected(list.error());
            return MessagePage{*list, r.json.value(QLatin1String("hasMore")).toBool()};
        });
}

void ApiClient::sendMessage(const QString &conversationId, const QString &clientId,
                            const QString &kind, const QString &body,
                            const QStringList &attachmentIds, const QString &replyToId,
                            QObject *context, Callback<SentMessage> done)
{
    QJsonObject json{{QStringLiteral("clientId"), clientId},
                     {QStringLiteral("kind"), kind},
                     {QStringLiteral("body"), body}};
    if (!attachmentIds.isEmpty())
        json.insert(QLatin1String("attachmentIds"), QJsonArray::fromStringList(attachmentIds));
    proto::insertOptional(json, QLatin1String("replyToId"), replyToId);
    call<SentMessage>("POST",
                      QStringLiteral("/conversations/") + segment(conversationId) +
                          QStringLiteral("/messages"),
                      {}, json, Auth::Bearer, context, std::move(done),
                      [](const Response &r) -> ApiResult<SentMessage> {
                          auto m = entity<proto::Message>(r.json);
                          if (!m)
                              return unexpected(m.error());
                          return SentMessage{*m, r.status == 201};
                      });
}

void ApiClient::editMessage(const QString &id, const QString &body, QObject *context,
                            Callback<proto::Message> done)
{
    call<proto::Message>("PATCH", QStringLiteral("/messages/") + segment(id), {},
                         {{QStringLiteral("body"), body}}, Auth::Bearer, context, std::move(done),
                         [](const Response &r) { return entity<proto::Message>(r.json); });
}

void ApiClient::deleteMessage(const QString &id, QObject *context, Callback<proto::Message> done)
{
    call<proto::Message>("DELETE", QStringLiteral("/messages/") + segment(id), {}, {}, Auth::Bearer,
                         context, std::move(done),
                         [](const Response &r) { return entity<proto::Message>(r.json); });
}

void ApiClient::markRead(const QString &conversationId, qint64 seq, QObject *context,
                         Callback<bool> done)
{
    call<bool>("POST",
               QStringLiteral("/conversations/") + segment(conversationId) +
                   QStringLiteral("/read"),
               {}, {{QStringLiteral("seq"), seq}}, Auth::Bearer, context, std::move(done),
               [](const Response &) -> ApiResult<bool> { return true; });
}

// --- transfers

namespace {

// Calls `done` later from the event loop, unless `guard` is gone by then.
template<class T>
void later(QObject *client, const QPointer<QObject> &guard, std::function<void(ApiResult<T>)> done,
           ApiError error)
{
    QTimer::singleShot(0, client, [guard, done = std::move(done), error = std::move(error)] {
        if (guard)
            done(unexpected(error));
    });
}

} // namespace

ApiClient::TransferId
ApiClient::startTransfer(QNetworkReply *reply, bool upload, QObject *context, Progress progress,
                         qint64 maxBytes,
                         std::function<void(ApiResult<QByteArray>, int status)> finish)
{
    const TransferId id = ++m_lastTransfer;
    m_transfers.emplace(id, reply);
    const QPointer<QObject> guard(context ? context : this);
    auto sslErrors = std::make_shared<QList<QSslError>>();
    // Why the reply was aborted by us, if it was: Cancelled or TooLarge.
    auto abortReason = std::make_shared<ApiError>();
    connect(reply, &QNetworkReply::sslErrors, this,
            [sslErrors](const QList<QSslError> &errors) { *sslErrors = errors; });
    if (progress) {
        const auto report = [guard, progress](qint64 done, qint64 total) {
            if (guard)
                progress(done, total);
        };
        // An upload reports what it sent (not its small JSON answer), a download what came.
        if (upload)
            connect(reply, &QNetworkReply::uploadProgress, this, report);
        else
            connect(reply, &QNetworkReply::downloadProgress, this, report);
    }
    if (maxBytes >= 0) {
        const auto tooLarge = [reply, abortReason, maxBytes](qint64 size) {
            if (size <= maxBytes || !abortReason->code.isEmpty())
                return;
            *abortReason =
                ApiError{proto::code::TooLarge,
                         QStringLiteral("the file is larger than %1 bytes").arg(maxBytes)};
            reply->abort();
        };
        connect(reply, &QNetworkReply::metaDataChanged, this, [reply, tooLarge] {
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid())
                tooLarge(length.toLongLong());
        });
        connect(reply, &QNetworkReply::downloadProgress, this,
                [tooLarge](qint64 received, qint64) { tooLarge(received); });
    }
    connect(
        reply, &QNetworkReply::finished, this,
        [this, id, reply, guard, sslErrors, abortReason, finish = std::move(finish)] {
            m_transfers.erase(id);
            reply->deleteLater();
            if (!guard)
                return;
            const QVariant cancelled = reply->property("kora.cancelled");
            if (cancelled.toBool()) {
                finish(unexpected(ApiError{clientCode::Cancelled,
                                           QStringLiteral("the transfer was cancelled")}),
                       0);
                return;
            }
            if (!abortReason->code.isEmpty()) {
                finish(unexpected(*abortReason), 0);
                return;
            }
            const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            if (!status.isValid() ||
                (reply->error() != QNetworkReply::NoError && reply->error() < 200)) {
                finish(unexpected(transportError(reply->error(), reply->errorString(), *sslErrors)),
                       0);
                return;
            }
            const int code = status.toInt();
            const QByteArray body = reply->readAll();
            if (code < 200 || code > 299) {
                finish(unexpected(httpError(
                           code,
                           reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(),
                           body, reply->rawHeader("Retry-After"))),
                       code);
                return;
            }
            finish(body, code);
        });
    return id;
}

bool ApiClient::cancelTransfer(TransferId id)
{
    const auto it = m_transfers.find(id);
    if (it == m_transfers.end() || !it->second || it->second->isFinished())
        return false;
    QNetworkReply *reply = it->second;
    reply->setProperty("kora.cancelled", true);
    reply->abort(); // finished comes synchronously or later; either way `done` runs once
    return true;
}

ApiClient::TransferId ApiClient::uploadAttachment(const QString &filePath, const QString &name,
                                                  const QString &mime, QObject *context,
                                                  Callback<proto::Attachment> done,
                                                  Progress progress)
{
    const QPointer<QObject> guard(context ? context : this);
    if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty()) {
        later<proto::Attachment>(
            this, guard, std::move(done),
            ApiError{clientCode::Unreachable, QStringLiteral("no server address is set")});
        return 0;
    }
    auto file = std::make_unique<QFile>(filePath);
    if (!file->open(QIODevice::ReadOnly)) {
        later<proto::Attachment>(
            this, guard, std::move(done),
            ApiError{clientCode::FileError,
                     QStringLiteral("cannot read %1: %2")
                         .arg(QDir::toNativeSeparators(filePath), file->errorString())});
        return 0;
    }
    QUrl url = m_baseUrl;
    QString prefix = url.path(QUrl::FullyEncoded);
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + QLatin1String("/api/v1/attachments"), QUrl::TolerantMode);
    QNetworkRequest request = apiRequest(url, Auth::Bearer);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      mime.isEmpty() ? QByteArrayLiteral("application/octet-stream")
                                     : mime.toLatin1());
    request.setHeader(QNetworkRequest::ContentLengthHeader, file->size());
    // Percent-encoded UTF-8: a header is bytes, a name is any text.
    request.setRawHeader("X-Filename", QUrl::toPercentEncoding(name));
    QNetworkReply *reply = network()->post(request, file.get());
    file.release()->setParent(reply); // read while the reply lives, closed with it

    return startTransfer(reply, true, context, std::move(progress), -1,
                         [this, done = std::move(done)](ApiResult<QByteArray> body, int status) {
                             if (!body) {
                                 if (status == 401)
                                     Q_EMIT unauthorized();
                                 done(unexpected(body.error()));
                                 return;
                             }
                             const QJsonDocument doc = QJsonDocument::fromJson(*body);
                             done(entity<proto::Attachment>(doc.object()));
                         });
}

std::optional<QUrl> ApiClient::resolveDownload(const QString &urlOrPath) const
{
    const QUrl given(urlOrPath, QUrl::StrictMode);
    if (!given.isValid() || urlOrPath.isEmpty())
        return std::nullopt;
    if (given.isRelative()) {
        if (!given.host().isEmpty()) // "//elsewhere/…"
            return std::nullopt;
        QUrl url = m_baseUrl;
        QString prefix = url.path(QUrl::FullyEncoded);
        while (prefix.endsWith(QLatin1Char('/')))
            prefix.chop(1);
        QString path = given.path(QUrl::FullyEncoded);
        if (!path.startsWith(QLatin1Char('/')))
            path.prepend(QLatin1Char('/'));
        url.setPath(prefix + path, QUrl::TolerantMode);
        url.setQuery(given.query(QUrl::FullyEncoded), QUrl::TolerantMode);
        return url;
    }
    if (given.scheme() != m_baseUrl.scheme() ||
        given.host().compare(m_baseUrl.host(), Qt::CaseInsensitive) != 0 ||
        given.port(given.scheme() == QLatin1String("https") ? 443 : 80) !=
            m_baseUrl.port(m_baseUrl.scheme() == QLatin1String("https") ? 443 : 80) ||
        !given.userInfo().isEmpty())
        return std::nullopt;
    return given;
}

ApiClient::TransferId ApiClient::download(const QString &urlOrPath, qint64 maxBytes,
                                          QObject *context, Callback<QByteArray> done,
                                          Progress progress)
{
    const QPointer<QObject> guard(context ? context : this);
    if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty()) {
        later<QByteArray>(
            this, guard, std::move(done),
            ApiError{clientCode::Unreachable, QStringLiteral("no server address is set")});
        return 0;
    }
    const std::optional<QUrl> url = resolveDownload(urlOrPath);
    if (!url) {
        later<QByteArray>(
            this, guard, std::move(done),
            ApiError{proto::code::Invalid,
                     QStringLiteral("not an address on this server: %1").arg(urlOrPath.left(200))});
        return 0;
    }
    QNetworkReply *reply = network()->get(apiRequest(*url, Auth::Bearer));
    return startTransfer(reply, false, context, std::move(progress), maxBytes,
                         [this, done = std::move(done)](ApiResult<QByteArray> body, int status) {
                             if (!body && status == 401)
                                 Q_EMIT unauthorized();
                             done(std::move(body));
                         });
}

} // namespace kora::net
