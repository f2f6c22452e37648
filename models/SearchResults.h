#pragma once

#include "SessionTypes.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QStringList>

namespace kora::models {

class Cache;
class ClientSession;

// One search over every conversation (protocol 7.3): the messages cached
// here first (Cache::searchMessages, at once, offline too), then what the
// server finds in history that is not cached, merged without repeats. Rows
// are grouped by conversation (the group of the newest match first), newest
// first within a group; the first row of a group says so
// (FirstInConversationRole) so a view can head it with the conversation.
class SearchResults : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role : int {
        MessageIdRole = Qt::UserRole + 1,
        ConversationIdRole,
        ConversationTitleRole, // the other person, or the group's title
        SenderNameRole,        // "You" is the view's business: empty sender id = unknown
        SenderIdRole,
        BodyRole, // one line, as written (plain text)
        CreatedAtRole,
        FirstInConversationRole,
        OnServerOnlyRole, // found by the server, not cached here
    };
    Q_ENUM(Role)

    // Neither is owned; both outlive this model.
    SearchResults(Cache &cache, ClientSession &session, QObject *parent = nullptr);

    // Searches for `text` (empty: clears). The local results replace the rows
    // at once; the server's follow when it answers (if connected).
    void setQuery(const QString &text);
    // Only this conversation's messages (empty: every conversation); takes
    // effect at the next setQuery.
    void setConversation(const QString &conversationId) { m_conversationId = conversationId; }
    QString conversation() const { return m_conversationId; }
    QString query() const { return m_query; }
    // The words being looked for (what a view highlights).
    QStringList words() const { return m_words; }
    bool isSearchingServer() const { return m_serverBusy; }
    // The server was not asked (offline) or could not answer: local results only.
    bool isLocalOnly() const { return m_localOnly; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static constexpr int localLimit = 200;
    static constexpr int serverLimit = 50;

Q_SIGNALS:
    // The server's part arrived, failed or was not asked; isLocalOnly() tells which.
    void serverDone();

private:
    struct Row
    {
        QString messageId;
        QString conversationId;
        QString conversationTitle;
        QString senderId;
        QString senderName;
        QString body;
        QDateTime createdAt;
        bool serverOnly = false;
        bool first = false;
    };
    Row rowFor(const proto::Message &m, const QString &fallbackTitle, bool serverOnly) const;
    QString titleOf(const QString &conversationId, const QString &fallback) const;
    void arrange(QList<Row> rows);

    Cache &m_cache;
    ClientSession &m_session;
    QString m_query;
    QString m_conversationId;
    QStringList m_words;
    QList<Row> m_rows;
    int m_serial = 0;
    bool m_serverBusy = false;
    bool m_localOnly = false;
};

} // namespace kora::models
