#include "AdminApi.h"

#include "ChatService.h"
#include "ConversationRepository.h"
#include "MessageRepository.h"
#include "ServerLogging.h"

#include "protocol/Json.h"
#include "protocol/Requests.h"

#include <QJsonArray>

namespace kora::server {
namespace {

namespace code = proto::code;
using Method = QHttpServerRequest::Method;

HttpReply invalid(const QString &message)
{
    return HttpReply::error({code::Invalid, message});
}

HttpReply internal()
{
    return HttpReply::error(
        {code::Internal, QStringLiteral("the server could not store or read that; try again")});
}

QString queryText(const QHttpServerRequest &r, const QString &key)
{
    return r.query().queryItemValue(key, QUrl::FullyDecoded).trimmed();
}

Expected<qint64, HttpReply> queryInt(const QHttpServerRequest &r, const QString &key,
                                     qint64 fallback, qint64 minimum, qint64 maximum)
{
    if (!r.query().hasQueryItem(key))
        return fallback;
    bool ok = false;
    const qint64 value = r.query().queryItemValue(key).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return unexpected(invalid(QStringLiteral("%1 must be a number from %2 to %3")
                                      .arg(key)
                                      .arg(minimum)
                                      .arg(maximum)));
    return value;
}

// An ISO 8601 time parameter as milliseconds, -1 when absent.
Expected<qint64, HttpReply> queryTime(const QHttpServerRequest &r, const QString &key)
{
    const QString text = queryText(r, key);
    if (text.isEmpty())
        return qint64(-1);
    const QDateTime time = proto::parseTime(text);
    if (!time.isValid())
        return unexpected(invalid(QStringLiteral("%1 must be an ISO 8601 time").arg(key)));
    return time.toMSecsSinceEpoch();
}

QString likePattern(const QString &text)
{
    QString pattern = text.toLower();
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

struct SearchFilter
{
    QString userId;
    QString text; // a participant's name or email, or text in a message
    QString jobId;
    qint64 fromMs = -1; // active at or after
    qint64 toMs = -1;   // created before
    qint64 beforeMs = -1;
    int limit = 20;
};

Expected<QStringList, DbError> searchIds(Database &db, const SearchFilter &f)
{
    QString sql = QStringLiteral("SELECT c.id FROM conversations c WHERE 1 = 1");
    QVariantList binds;
    if (!f.userId.isEmpty()) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM participants p"
                              " WHERE p.conversation_id = c.id AND p.user_id = ?)");
        binds.append(f.userId);
    }
    if (!f.text.isEmpty()) {
        const QString pattern = likePattern(f.text);
        sql += QStringLiteral(
            " AND (EXISTS (SELECT 1 FROM participants p JOIN users u ON u.id = p.user_id"
            " WHERE p.conversation_id = c.id AND (LOWER(u.name) LIKE ? ESCAPE '\\'"
            " OR LOWER(u.email) LIKE ? ESCAPE '\\'))"
            " OR EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id"
            " AND m.deleted = FALSE AND LOWER(m.body) LIKE ? ESCAPE '\\'))");
        binds << pattern << pattern << pattern;
    }
    if (!f.jobId.isEmpty()) {
        sql += QStringLiteral(" AND c.job_id = ?");
        binds.append(f.jobId);
    }
    if (f.fromMs >= 0) {
        sql += QStringLiteral(" AND c.updated_at >= ?");
        binds.append(f.fromMs);
    }
    if (f.toMs >= 0) {
        sql += QStringLiteral(" AND c.created_at < ?");
        binds.append(f.toMs);
    }
    if (f.beforeMs >= 0) {
        sql += QStringLiteral(" AND c.updated_at < ?");
        binds.append(f.beforeMs);
    }
    sql += QStringLiteral(" ORDER BY c.updated_at DESC, c.id DESC LIMIT ?");
    binds.append(f.limit + 1);
    auto q = db.exec(sql, binds);
    if (!q)
        return unexpected(q.error());
    QStringList ids;
    while (q->next())
        ids.append(q->value(0).toString());
    return ids;
}

} // namespace

AdminApi::AdminApi(Database &db, ChatService &chat, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_chat(chat)
    , m_audit(db)
    , m_reports(db)
{}

std::optional<HttpReply> AdminApi::audit(const HttpContext &c, const QString &action,
                                         const QString &conversationId, const QString &detail)
{
    AuditEntry entry;
    entry.actorId = c.actor.userId;
    entry.action = action;
    entry.conversationId = conversationId;
    entry.clientAddress = c.request.remoteAddress().toString();
    entry.detail = detail;
    if (auto stored = m_audit.record(entry); !stored) {
        qCWarning(lcServerDb) << "audit entry not stored, request refused:"
                              << stored.error().message;
        return internal();
    }
    return std::nullopt;
}

HttpOutcome AdminApi::searchConversations(HttpContext &c)
{
    SearchFilter f;
    const auto limit = queryInt(c.request, QStringLiteral("limit"), 20, 1, 100);
    const auto from = queryTime(c.request, QStringLiteral("from"));
    const auto to = queryTime(c.request, QStringLiteral("to"));
    const auto before = queryTime(c.request, QStringLiteral("before"));
    for (const auto *value : {&limit, &from, &to, &before}) {
        if (!*value)
            return value->error();
    }
    f.limit = int(*limit);
    f.fromMs = *from;
    f.toMs = *to;
    f.beforeMs = *before;
    f.userId = queryText(c.request, QStringLiteral("userId"));
    f.text = queryText(c.request, QStringLiteral("query"));
    f.jobId = queryText(c.request, QStringLiteral("jobId"));
    if (f.userId.size() > 64 || f.text.size() > 200 || f.jobId.size() > 200)
        return invalid(QStringLiteral("a search field is too long"));

    if (auto refused = audit(c, QStringLiteral("search"), {}, c.request.url().query()))
        return *refused;
    auto ids = searchIds(m_db, f);
    if (!ids)
        return internal();
    const bool hasMore = ids->size() > f.limit;
    if (hasMore)
        ids->removeLast();
    QJsonArray list;
    for (const QString &id : std::as_const(*ids)) {
        auto view = m_chat.viewFor(id, c.actor.userId);
        if (!view)
            return HttpReply::error(view.error());
        view->unreadCount = 0; // support reads nothing: unread is the participants' business
        view->archived = false;
        list.append(view->toJson());
    }
    return HttpReply::json(
        {{QStringLiteral("conversations"), list}, {QStringLiteral("hasMore"), hasMore}});
}

HttpOutcome AdminApi::conversationMessages(HttpContext &c)
{
    constexpr qint64 maxSeq = (qint64(1) << 53) - 1;
    const auto limit = queryInt(c.request, QStringLiteral("limit"), 50, 1, 200);
    const auto beforeSeq = queryInt(c.request, QStringLiteral("beforeSeq"), -1, 1, maxSeq);
    const auto afterSeq = queryInt(c.request, QStringLiteral("afterSeq"), -1, 0, maxSeq);
    for (const auto *value : {&limit, &beforeSeq, &afterSeq}) {
        if (!*value)
            return value->error();
    }
    if (*beforeSeq >= 0 && *afterSeq >= 0)
        return invalid(QStringLiteral("give beforeSeq or afterSeq, not both"));
    const QString id = c.params[0];
    ConversationRepository conversations(m_db);
    auto found = conversations.find(id, c.actor.userId);
    if (!found)
        return internal();
    if (!*found)
        return HttpReply::error({code::NotFound, QStringLiteral("no such conversation")});

    // The audit entry is committed before anything of the conversation is read.
    if (auto refused = audit(c, QStringLiteral("view"), id, c.request.url().query()))
        return *refused;
    MessageRepository messages(m_db);
    auto page = *afterSeq >= 0 ? messages.after(id, *afterSeq, int(*limit))
                               : messages.before(id, *beforeSeq, int(*limit));
    if (!page)
        return internal();
    QJsonArray list;
    for (const proto::Message &m : std::as_const(page->messages))
        list.append(m.toJson());
    return HttpReply::json(
        {{QStringLiteral("messages"), list}, {QStringLiteral("hasMore"), page->hasMore}});
}

HttpOutcome AdminApi::recordExport(HttpContext &c)
{
    const QString format = c.body.value(QLatin1String("format")).toString();
    if (format != QLatin1String("html") && format != QLatin1String("pdf"))
        return invalid(QStringLiteral("format must be html or pdf"));
    const QString id = c.params[0];
    ConversationRepository conversations(m_db);
    auto found = conversations.find(id, c.actor.userId);
    if (!found)
        return internal();
    if (!*found)
        return HttpReply::error({code::NotFound, QStringLiteral("no such conversation")});
    AuditEntry entry;
    entry.actorId = c.actor.userId;
    entry.action = QStringLiteral("export");
    entry.conversationId = id;
    entry.clientAddress = c.request.remoteAddress().toString();
    entry.detail = QStringLiteral("format=") + format;
    auto stored = m_audit.record(entry);
    if (!stored)
        return internal();
    stored->actorName = c.actor.name;
    return HttpReply::json({{QStringLiteral("entry"), stored->toJson()}}, 201);
}

HttpOutcome AdminApi::auditLog(HttpContext &c)
{
    const auto limit = queryInt(c.request, QStringLiteral("limit"), 50, 1, 200);
    const auto before = queryTime(c.request, QStringLiteral("before"));
    for (const auto *value : {&limit, &before}) {
        if (!*value)
            return value->error();
    }
    const QString conversationId = queryText(c.request, QStringLiteral("conversationId"));
    if (conversationId.size() > 64)
        return invalid(QStringLiteral("conversationId is too long"));
    auto page = m_audit.list(conversationId, *before, int(*limit));
    if (!page)
        return internal();
    QJsonArray list;
    for (const AuditEntry &e : std::as_const(page->entries))
        list.append(e.toJson());
    return HttpReply::json(
        {{QStringLiteral("entries"), list}, {QStringLiteral("hasMore"), page->hasMore}});
}

HttpOutcome AdminApi::reports(HttpContext &c)
{
    const auto limit = queryInt(c.request, QStringLiteral("limit"), 50, 1, 200);
    const auto before = queryTime(c.request, QStringLiteral("before"));
    for (const auto *value : {&limit, &before}) {
        if (!*value)
            return value->error();
    }
    const QString status = queryText(c.request, QStringLiteral("status"));
    if (!status.isEmpty() && status != QLatin1String("open") && status != QLatin1String("resolved"))
        return invalid(QStringLiteral("status must be open or resolved"));
    if (auto refused = audit(c, QStringLiteral("reports"), {}, c.request.url().query()))
        return *refused;
    auto page = m_reports.list(status, *before, int(*limit));
    if (!page)
        return internal();
    QJsonArray list;
    for (const Report &r : std::as_const(page->reports))
        list.append(r.toJson());
    return HttpReply::json(
        {{QStringLiteral("reports"), list}, {QStringLiteral("hasMore"), page->hasMore}});
}

HttpOutcome AdminApi::resolveReport(HttpContext &c)
{
    if (c.body.value(QLatin1String("status")).toString() != QLatin1String("resolved"))
        return invalid(QStringLiteral("status must be \"resolved\""));
    const QJsonValue given = c.body.value(QLatin1String("resolution"));
    const auto resolution = given.isString()
                                ? proto::validateBody(given.toString(), {1000}, false)
                                : Expected<QString, proto::ApiError>(unexpected(proto::ApiError{}));
    if (!resolution)
        return invalid(QStringLiteral("resolution must be text of 1 to 1000 characters"));
    const QString id = c.params[0];
    auto found = m_reports.find(id);
    if (!found)
        return internal();
    if (!*found)
        return HttpReply::error({code::NotFound, QStringLiteral("no such report")});
    // Audited before anything changes or is answered.
    if (auto refused = audit(c, QStringLiteral("resolve"), (*found)->conversationId,
                             QStringLiteral("report=") + id))
        return *refused;
    auto resolved =
        m_reports.resolve(id, c.actor.userId, *resolution, QDateTime::currentMSecsSinceEpoch());
    if (!resolved)
        return internal();
    if (!*resolved)
        return HttpReply::error({code::Conflict, QStringLiteral("the report is resolved already")});
    auto now = m_reports.find(id);
    if (!now || !*now)
        return internal();
    return HttpReply::json((*now)->toJson());
}

void AdminApi::registerRoutes(HttpRouter &router)
{
    // Support accounts only; everyone else is forbidden before anything is read.
    const auto supportOnly = [this](HttpOutcome (AdminApi::*handler)(HttpContext &)) {
        return [this, handler](HttpContext &c) -> HttpOutcome {
            if (!c.actor.isSupport())
                return HttpReply::error({code::Forbidden, QStringLiteral("support accounts only")});
            return (this->*handler)(c);
        };
    };
    router.add(Method::Get, QStringLiteral("/api/v1/admin/conversations"), Access::Bearer,
               supportOnly(&AdminApi::searchConversations));
    router.add(Method::Get, QStringLiteral("/api/v1/admin/conversations/:id/messages"),
               Access::Bearer, supportOnly(&AdminApi::conversationMessages));
    router.add(Method::Post, QStringLiteral("/api/v1/admin/conversations/:id/export"),
               Access::Bearer, supportOnly(&AdminApi::recordExport));
    router.add(Method::Get, QStringLiteral("/api/v1/admin/audit"), Access::Bearer,
               supportOnly(&AdminApi::auditLog));
    router.add(Method::Get, QStringLiteral("/api/v1/admin/reports"), Access::Bearer,
               supportOnly(&AdminApi::reports));
    router.add(Method::Patch, QStringLiteral("/api/v1/admin/reports/:id"), Access::Bearer,
               supportOnly(&AdminApi::resolveReport));
}

} // namespace kora::server
