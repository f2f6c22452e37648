#pragma once

#include "SessionTypes.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace kora::models {

class Cache;

// What support staff search conversations by (every field optional).
struct SupportSearch
{
    QString text;  // a participant's name or email, or text in a message
    QString jobId; // exact
    QString userId;
    QDateTime from;   // active at or after
    QDateTime to;     // created before
    QDateTime before; // paging: updatedAt of the last one shown
    int limit = 30;
};

struct AuditRecord
{
    QString id;
    QString actorId;
    QString actorName;
    QString action; // "search" | "view" | "export"
    QString conversationId;
    QString clientAddress;
    QString detail;
    QDateTime at;
};

struct AuditPage
{
    QList<AuditRecord> entries; // newest first
    bool hasMore = false;
};

// The support (admin) routes for the read-only support window, on
// ApiClient::request. Conversation pages read here are written into a cache
// of the support session's own (never the participants' routes, never the
// socket), so the chat item models can show them; the server audits every
// read. Nothing here sends receipts, typing or presence.
class SupportClient : public QObject
{
    Q_OBJECT
public:
    template<class T> using Callback = net::ApiClient::Callback<T>;

    SupportClient(net::ApiClient &api, Cache &cache, QObject *parent = nullptr);

    void search(const SupportSearch &search, QObject *context,
                Callback<net::ConversationPage> done);
    // The page before `beforeSeq` (the newest when < 0), stored in the cache
    // with the conversation; the page's hasMore says whether older ones exist.
    void loadPage(const proto::Conversation &conversation, qint64 beforeSeq, QObject *context,
                  Callback<net::MessagePage> done);
    // Brings the conversation's newest history into the cache: the newest
    // page the first time, what changed since after that; done with whether
    // the cache now reaches back to the first message.
    void open(const proto::Conversation &conversation, QObject *context, Callback<bool> done);
    // Every page older than what the cache holds, down to seq 1 (an export
    // needs the whole history); done with the number of messages fetched.
    void loadAll(const proto::Conversation &conversation, QObject *context, Callback<int> done);
    // Records the export in the audit log; export nothing unless this succeeds.
    void recordExport(const QString &conversationId, const QString &format, QObject *context,
                      Callback<AuditRecord> done);
    void audit(const QDateTime &before, int limit, QObject *context, Callback<AuditPage> done);

    static AuditRecord auditFromJson(const QJsonObject &o);
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size) { m_pageSize = size; }

private:
    void loadAfter(const proto::Conversation &conversation, qint64 afterSeq,
                   QPointer<QObject> context, Callback<bool> done);
    void loadAllFrom(const proto::Conversation &conversation, qint64 beforeSeq, int fetched,
                     QPointer<QObject> context, Callback<int> done);

    net::ApiClient &m_api;
    Cache &m_cache;
    int m_pageSize = 100;
};

} // namespace kora::models
