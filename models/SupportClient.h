#pragma once

#include "SessionTypes.h"

#include <QDateTime>
#include <QHash>
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
    QString action; // "search" | "view" | "export" | "reports" | "resolve"
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

// A report in support's queue (protocol 7.4).
struct SupportReport
{
    QString id;
    QString reporterId;
    QString reporterName; // "" while nobody the support client has seen goes by that id
    QString conversationId;
    QString messageId; // "" when the conversation is reported
    QString reason;    // "spam" | "scam" | "off_platform_payment" | "harassment" | "other"
    QString note;
    QString status; // "open" | "resolved"
    QDateTime createdAt;
    QDateTime resolvedAt;
    QString resolvedBy;
    QString resolution;

    bool isOpen() const { return status == QLatin1String("open"); }
};

struct ReportPage
{
    QList<SupportReport> reports; // newest first
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

    // Support's reports queue: `status` "open", "resolved" or "" (both),
    // newest first, older than `before` (a report's createdAt) when valid.
    // Audited as `reports` by the server before anything is read.
    void reports(const QString &status, const QDateTime &before, int limit, QObject *context,
                 Callback<ReportPage> done);
    // Resolves an open report with `resolution` (1-1000 characters); done
    // with the report as the server now has it (audited as `resolve`).
    // Resolving a resolved one is refused with proto::code::Conflict.
    void resolveReport(const QString &id, const QString &resolution, QObject *context,
                       Callback<SupportReport> done);
    // The conversation a report is about, with its participants: from this
    // session's cache when it was opened before, otherwise found among the
    // conversations of `participantId` (the reporter) by an audited search.
    void findConversation(const QString &conversationId, const QString &participantId,
                          QObject *context, Callback<proto::Conversation> done);
    // A participant's name from the conversations searched for or opened in
    // this session; "" when not seen.
    QString userName(const QString &userId) const;

    static AuditRecord auditFromJson(const QJsonObject &o);
    // Empty id or conversationId when the object is no report.
    static SupportReport reportFromJson(const QJsonObject &o);
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size) { m_pageSize = size; }

Q_SIGNALS:
    void namesLearned(); // userName() knows more people than before

private:
    void learnNames(const QList<proto::Conversation> &conversations);
    void searchFor(const QString &conversationId, const QString &participantId,
                   const QDateTime &before, int pages, QPointer<QObject> context,
                   Callback<proto::Conversation> done);
    void loadAfter(const proto::Conversation &conversation, qint64 afterSeq,
                   QPointer<QObject> context, Callback<bool> done);
    void loadAllFrom(const proto::Conversation &conversation, qint64 beforeSeq, int fetched,
                     QPointer<QObject> context, Callback<int> done);

    net::ApiClient &m_api;
    Cache &m_cache;
    int m_pageSize = 100;
    QHash<QString, QString> m_names; // user id → name
};

} // namespace kora::models
