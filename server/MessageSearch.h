#pragma once

#include "ChatService.h"
#include "MessageRepository.h"

#include <QJsonObject>

namespace kora::server {

struct SearchResult
{
    proto::Message message;
    QJsonObject conversation; // {id, title?, jobId?, jobTitle?, type}
};

struct SearchPage
{
    QList<SearchResult> results; // newest first
    bool hasMore = false;
    QString next; // the cursor of the page after this one, when hasMore
};

// Full-text search over the messages of the caller's own conversations
// (protocol 7.3): word prefixes, case and accents folded (SQLite: FTS5 with
// unicode61 remove_diacritics 2; PostgreSQL: 'simple' tsvector of the
// unaccented body). The index is written by MessageRepository in the
// transaction of each insert, edit and delete.
class MessageSearch
{
public:
    MessageSearch(Database &db, ChatService &chat)
        : m_db(db)
        , m_chat(chat)
        , m_messages(db)
    {}

    static constexpr int maxQueryLength = 200;
    static constexpr int maxTerms = 10;

    // `conversationId` may be empty (all of the caller's conversations);
    // `cursor` is empty or a `next` of an earlier page.
    Result<SearchPage> search(const Actor &actor, const QString &query,
                              const QString &conversationId, const QString &cursor, int limit);

    // The words of a query: runs of letters, digits and combining marks.
    // Everything else (quotes, operators, punctuation) only separates them,
    // so no user text ever reaches the engines' query syntax.
    static QStringList terms(const QString &query);

private:
    Database &m_db;
    ChatService &m_chat;
    MessageRepository m_messages;
};

} // namespace kora::server
