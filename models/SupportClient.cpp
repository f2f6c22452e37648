#include "SupportClient.h"

#include "Cache.h"

#include "protocol/Json.h"

#include <QJsonArray>

#include <algorithm>

namespace kora::models {
namespace {

QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

proto::ApiError badResponse(const QString &what)
{
    return {net::clientCode::BadResponse, what};
}

// The conversation without its last message: stored on its own, that one
// message would make the cache take it for the start of its cached history
// and skip the page older than it.
proto::Conversation withoutLastMessage(proto::Conversation c)
{
    c.lastMessage.reset();
    return c;
}

} // namespace

SupportClient::SupportClient(net::ApiClient &api, Cache &cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
{}

AuditRecord SupportClient::auditFromJson(const QJsonObject &o)
{
    AuditRecord r;
    r.id = o.value(QLatin1String("id")).toString();
    r.actorId = o.value(QLatin1String("actorId")).toString();
    r.actorName = o.value(QLatin1String("actorName")).toString();
    r.action = o.value(QLatin1String("action")).toString();
    r.conversationId = o.value(QLatin1String("conversationId")).toString();
    r.clientAddress = o.value(QLatin1String("clientAddress")).toString();
    r.detail = o.value(QLatin1String("detail")).toString();
    r.at = proto::parseTime(o.value(QLatin1String("at")));
    return r;
}

void SupportClient::search(const SupportSearch &s, QObject *context,
                           Callback<net::ConversationPage> done)
{
    QUrlQuery q;
    const auto add = [&q](const QString &key, const QString &value) {
        if (!value.trimmed().isEmpty())
            q.addQueryItem(key, encoded(value.trimmed()));
    };
    add(QStringLiteral("query"), s.text);
    add(QStringLiteral("jobId"), s.jobId);
    add(QStringLiteral("userId"), s.userId);
    if (s.from.isValid())
        add(QStringLiteral("from"), proto::formatTime(s.from));
    if (s.to.isValid())
        add(QStringLiteral("to"), proto::formatTime(s.to));
    if (s.before.isValid())
        add(QStringLiteral("before"), proto::formatTime(s.before));
    q.addQueryItem(QStringLiteral("limit"), QString::number(s.limit));
    m_api.request("GET", QStringLiteral("/admin/conversations"), q, {}, context,
                  [self = QPointer<SupportClient>(this),
                   done = std::move(done)](net::ApiResult<QJsonObject> r) {
                      if (!r)
                          return done(unexpected(r.error()));
                      const QJsonValue list = r->value(QLatin1String("conversations"));
                      if (!list.isArray())
                          return done(unexpected(badResponse(QStringLiteral("no conversations"))));
                      net::ConversationPage page;
                      for (const QJsonValue &v : list.toArray())
                          page.conversations.append(proto::Conversation::fromJson(v.toObject()));
                      page.hasMore = r->value(QLatin1String("hasMore")).toBool();
                      if (self)
                          self->learnNames(page.conversations);
                      done(page);
                  });
}

void SupportClient::loadPage(const proto::Conversation &conversation, qint64 beforeSeq,
                             QObject *context, Callback<net::MessagePage> done)
{
    QUrlQuery q;
    if (beforeSeq > 0)
        q.addQueryItem(QStringLiteral("beforeSeq"), QString::number(beforeSeq));
    q.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    QPointer<SupportClient> self(this);
    m_api.request(
        "GET",
        QStringLiteral("/admin/conversations/") + net::ApiClient::segment(conversation.id) +
            QStringLiteral("/messages"),
        q, {}, context,
        [self, conversation, beforeSeq, done = std::move(done)](net::ApiResult<QJsonObject> r) {
            if (!r)
                return done(unexpected(r.error()));
            const QJsonValue list = r->value(QLatin1String("messages"));
            if (!list.isArray() || !self)
                return done(unexpected(badResponse(QStringLiteral("no messages"))));
            net::MessagePage page;
            for (const QJsonValue &v : list.toArray())
                page.messages.append(proto::Message::fromJson(v.toObject()));
            page.hasMore = r->value(QLatin1String("hasMore")).toBool();
            Cache &cache = self->m_cache;
            if (auto stored = cache.upsertConversations({withoutLastMessage(conversation)});
                !stored)
                return done(unexpected(proto::ApiError{QStringLiteral("cache"), stored.error()}));
            if (auto stored = cache.storeMessages(page.messages, beforeSeq > 0); !stored)
                return done(unexpected(proto::ApiError{QStringLiteral("cache"), stored.error()}));
            self->learnNames({conversation});
            done(page);
        });
}

void SupportClient::open(const proto::Conversation &conversation, QObject *context,
                         Callback<bool> done)
{
    const QList<CachedMessage> newest = m_cache.messages(conversation.id, 1);
    if (newest.isEmpty() || newest.last().message.seq <= 0) {
        loadPage(conversation, -1, context,
                 [done = std::move(done)](net::ApiResult<net::MessagePage> page) {
                     if (!page)
                         return done(unexpected(page.error()));
                     done(!page->hasMore);
                 });
        return;
    }
    // Opened before in this session: fetch what changed since, so the cache
    // keeps a gap-free run of the newest history.
    loadAfter(conversation, newest.last().message.seq, QPointer<QObject>(context), std::move(done));
}

void SupportClient::loadAfter(const proto::Conversation &conversation, qint64 afterSeq,
                              QPointer<QObject> context, Callback<bool> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("afterSeq"), QString::number(afterSeq));
    q.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    m_api.request(
        "GET",
        QStringLiteral("/admin/conversations/") + net::ApiClient::segment(conversation.id) +
            QStringLiteral("/messages"),
        q, {}, context ? context.data() : this,
        [self = QPointer<SupportClient>(this), conversation, context,
         done = std::move(done)](net::ApiResult<QJsonObject> r) mutable {
            if (!r)
                return done(unexpected(r.error()));
            if (!self)
                return; // the support window is going away
            QList<proto::Message> messages;
            qint64 highest = 0;
            for (const QJsonValue &v : r->value(QLatin1String("messages")).toArray()) {
                messages.append(proto::Message::fromJson(v.toObject()));
                highest = qMax(highest, qMax(messages.last().seq, messages.last().updatedSeq));
            }
            if (auto stored = self->m_cache.upsertConversations({withoutLastMessage(conversation)});
                !stored)
                return done(unexpected(proto::ApiError{QStringLiteral("cache"), stored.error()}));
            if (auto stored = self->m_cache.storeMessages(messages); !stored)
                return done(unexpected(proto::ApiError{QStringLiteral("cache"), stored.error()}));
            if (r->value(QLatin1String("hasMore")).toBool() && highest > 0)
                return self->loadAfter(conversation, highest, context, std::move(done));
            done(self->m_cache.oldestSeq(conversation.id) == 1);
        });
}

void SupportClient::loadAll(const proto::Conversation &conversation, QObject *context,
                            Callback<int> done)
{
    const qint64 oldest = m_cache.oldestSeq(conversation.id);
    if (oldest == 1 || (oldest == 0 && conversation.lastSeq == 0)) {
        QMetaObject::invokeMethod(
            context ? context : this, [done = std::move(done)] { done(0); }, Qt::QueuedConnection);
        return;
    }
    loadAllFrom(conversation, oldest > 0 ? oldest : -1, 0, QPointer<QObject>(context),
                std::move(done));
}

void SupportClient::loadAllFrom(const proto::Conversation &conversation, qint64 beforeSeq,
                                int fetched, QPointer<QObject> context, Callback<int> done)
{
    loadPage(conversation, beforeSeq, context ? context.data() : this,
             [self = QPointer<SupportClient>(this), conversation, fetched, context,
              done = std::move(done)](net::ApiResult<net::MessagePage> page) mutable {
                 if (!page)
                     return done(unexpected(page.error()));
                 if (!self)
                     return;
                 const int total = fetched + int(page->messages.size());
                 if (!page->hasMore || page->messages.isEmpty())
                     return done(total);
                 self->loadAllFrom(conversation, page->messages.first().seq, total, context,
                                   std::move(done));
             });
}

void SupportClient::recordExport(const QString &conversationId, const QString &format,
                                 QObject *context, Callback<AuditRecord> done)
{
    m_api.request("POST",
                  QStringLiteral("/admin/conversations/") +
                      net::ApiClient::segment(conversationId) + QStringLiteral("/export"),
                  {}, {{QStringLiteral("format"), format}}, context,
                  [done = std::move(done)](net::ApiResult<QJsonObject> r) {
                      if (!r)
                          return done(unexpected(r.error()));
                      const AuditRecord record =
                          auditFromJson(r->value(QLatin1String("entry")).toObject());
                      if (record.id.isEmpty())
                          return done(unexpected(badResponse(QStringLiteral("no audit entry"))));
                      done(record);
                  });
}

void SupportClient::audit(const QDateTime &before, int limit, QObject *context,
                          Callback<AuditPage> done)
{
    QUrlQuery q;
    if (before.isValid())
        q.addQueryItem(QStringLiteral("before"), encoded(proto::formatTime(before)));
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    m_api.request("GET", QStringLiteral("/admin/audit"), q, {}, context,
                  [done = std::move(done)](net::ApiResult<QJsonObject> r) {
                      if (!r)
                          return done(unexpected(r.error()));
                      const QJsonValue list = r->value(QLatin1String("entries"));
                      if (!list.isArray())
                          return done(unexpected(badResponse(QStringLiteral("no entries"))));
                      AuditPage page;
                      for (const QJsonValue &v : list.toArray())
                          page.entries.append(auditFromJson(v.toObject()));
                      page.hasMore = r->value(QLatin1String("hasMore")).toBool();
                      done(page);
                  });
}

SupportReport SupportClient::reportFromJson(const QJsonObject &o)
{
    const auto text = [&o](const char *key) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isString() ? v.toString() : QString();
    };
    SupportReport r;
    r.id = text("id");
    r.reporterId = text("reporterId");
    r.conversationId = text("conversationId");
    r.messageId = text("messageId");
    r.reason = text("reason");
    r.note = text("note");
    r.status = text("status");
    r.createdAt = proto::parseTime(o.value(QLatin1String("createdAt")));
    r.resolvedAt = proto::parseTime(o.value(QLatin1String("resolvedAt")));
    r.resolvedBy = text("resolvedBy");
    r.resolution = text("resolution");
    return r;
}

QString SupportClient::userName(const QString &userId) const
{
    return m_names.value(userId);
}

void SupportClient::learnNames(const QList<proto::Conversation> &conversations)
{
    bool learned = false;
    for (const proto::Conversation &c : conversations) {
        for (const proto::Participant &p : c.participants) {
            if (p.user.id.isEmpty() || p.user.name.isEmpty() ||
                m_names.value(p.user.id) == p.user.name)
                continue;
            m_names.insert(p.user.id, p.user.name);
            learned = true;
        }
    }
    if (learned)
        Q_EMIT namesLearned();
}

void SupportClient::reports(const QString &status, const QDateTime &before, int limit,
                            QObject *context, Callback<ReportPage> done)
{
    QUrlQuery q;
    if (!status.isEmpty())
        q.addQueryItem(QStringLiteral("status"), encoded(status));
    if (before.isValid())
        q.addQueryItem(QStringLiteral("before"), encoded(proto::formatTime(before)));
    q.addQueryItem(QStringLiteral("limit"), QString::number(qBound(1, limit, 200)));
    m_api.request("GET", QStringLiteral("/admin/reports"), q, {}, context,
                  [self = QPointer<SupportClient>(this),
                   done = std::move(done)](net::ApiResult<QJsonObject> r) {
                      if (!r)
                          return done(unexpected(r.error()));
                      const QJsonValue list = r->value(QLatin1String("reports"));
                      if (!list.isArray())
                          return done(unexpected(badResponse(QStringLiteral("no reports"))));
                      ReportPage page;
                      for (const QJsonValue &v : list.toArray()) {
                          SupportReport report = reportFromJson(v.toObject());
                          if (report.id.isEmpty() || report.conversationId.isEmpty())
                              continue; // not a report: nothing could be done with it
                          if (self)
                              report.reporterName = self->userName(report.reporterId);
                          page.reports.append(std::move(report));
                      }
                      // Newest first whatever order arrived (paging goes by the oldest's
                      // createdAt).
                      std::stable_sort(page.reports.begin(), page.reports.end(),
                                       [](const SupportReport &a, const SupportReport &b) {
                                           return a.createdAt > b.createdAt;
                                       });
                      page.hasMore = r->value(QLatin1String("hasMore")).toBool();
                      done(page);
                  });
}

void SupportClient::resolveReport(const QString &id, const QString &resolution, QObject *context,
                                  Callback<SupportReport> done)
{
    m_api.request("PATCH", QStringLiteral("/admin/reports/") + net::ApiClient::segment(id), {},
                  {{QStringLiteral("status"), QStringLiteral("resolved")},
                   {QStringLiteral("resolution"), resolution}},
                  context,
                  [self = QPointer<SupportClient>(this), id,
                   done = std::move(done)](net::ApiResult<QJsonObject> r) {
                      if (!r)
                          return done(unexpected(r.error()));
                      SupportReport report = reportFromJson(*r);
                      if (report.id != id || report.status != QLatin1String("resolved"))
                          return done(
                              unexpected(badResponse(QStringLiteral("no resolved report"))));
                      if (self)
                          report.reporterName = self->userName(report.reporterId);
                      done(report);
                  });
}

void SupportClient::findConversation(const QString &conversationId, const QString &participantId,
                                     QObject *context, Callback<proto::Conversation> done)
{
    if (std::optional<CachedConversation> cached = m_cache.conversation(conversationId);
        cached && !cached->conversation.participants.isEmpty()) {
        learnNames({cached->conversation});
        QMetaObject::invokeMethod(
            context ? context : this,
            [done = std::move(done), c = cached->conversation] { done(c); }, Qt::QueuedConnection);
        return;
    }
    searchFor(conversationId, participantId, {}, 0, QPointer<QObject>(context), std::move(done));
}

void SupportClient::searchFor(const QString &conversationId, const QString &participantId,
                              const QDateTime &before, int pages, QPointer<QObject> context,
                              Callback<proto::Conversation> done)
{
    constexpr int maxPages = 20; // 2,000 conversations of one person
    SupportSearch s;
    s.userId = participantId;
    s.before = before;
    s.limit = 100;
    search(s, context ? context.data() : this,
           [self = QPointer<SupportClient>(this), conversationId, participantId, pages, context,
            done = std::move(done)](net::ApiResult<net::ConversationPage> page) mutable {
               if (!page)
                   return done(unexpected(page.error()));
               for (const proto::Conversation &c : page->conversations) {
                   if (c.id == conversationId)
                       return done(c);
               }
               if (!self || !page->hasMore || page->conversations.isEmpty() ||
                   pages + 1 >= maxPages)
                   return done(unexpected(proto::ApiError{
                       proto::code::NotFound, QStringLiteral("the conversation was not found")}));
               self->searchFor(conversationId, participantId, page->conversations.last().updatedAt,
                               pages + 1, context, std::move(done));
           });
}

} // namespace kora::models
