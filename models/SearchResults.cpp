#include "SearchResults.h"

#include "Cache.h"
#include "ClientSession.h"
#include "ConnectionState.h"
#include "Participants.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace kora::models {

namespace {

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QChar::LineSeparator, QLatin1Char(' '));
    text.replace(QChar::ParagraphSeparator, QLatin1Char(' '));
    return text.simplified();
}

} // namespace

SearchResults::SearchResults(Cache &cache, ClientSession &session, QObject *parent)
    : QAbstractListModel(parent)
    , m_cache(cache)
    , m_session(session)
{}

QString SearchResults::titleOf(const QString &conversationId, const QString &fallback) const
{
    const auto c = m_cache.conversation(conversationId);
    const QString title = c ? titleFor(c->conversation, m_session.userId()) : QString();
    return title.isEmpty() ? fallback : title;
}

SearchResults::Row SearchResults::rowFor(const proto::Message &m, const QString &fallbackTitle,
                                         bool serverOnly) const
{
    Row row;
    row.messageId = m.id;
    row.conversationId = m.conversationId;
    row.conversationTitle = titleOf(m.conversationId, fallbackTitle);
    row.senderId = m.senderId;
    for (const proto::Participant &p : m_cache.participants(m.conversationId)) {
        if (p.user.id == m.senderId)
            row.senderName = p.user.name;
    }
    row.body = oneLine(m.body);
    row.createdAt = m.createdAt;
    row.serverOnly = serverOnly;
    return row;
}

void SearchResults::arrange(QList<Row> rows)
{
    // Groups in the order of their newest match; newest first within each.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.createdAt > b.createdAt; });
    QHash<QString, int> groupOf;
    for (const Row &r : std::as_const(rows)) {
        if (!groupOf.contains(r.conversationId))
            groupOf.insert(r.conversationId, int(groupOf.size()));
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        return groupOf.value(a.conversationId) < groupOf.value(b.conversationId);
    });
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i].first = i == 0 || rows[i - 1].conversationId != rows[i].conversationId;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void SearchResults::setQuery(const QString &text)
{
    const int serial = ++m_serial;
    m_query = text.trimmed();
    m_words = Cache::searchWords(m_query);
    m_serverBusy = false;
    m_localOnly = false;
    QList<Row> rows;
    if (!m_words.isEmpty()) {
        for (const CachedMessage &m :
             m_cache.searchMessages(m_query, localLimit, m_conversationId)) {
            if (!m.message.id.isEmpty()) // not the outbox's rows: nothing to open yet
                rows.append(rowFor(m.message, QString(), false));
        }
    }
    arrange(rows);
    if (m_words.isEmpty())
        return;
    if (!m_session.connection().isConnected()) {
        m_localOnly = true;
        Q_EMIT serverDone();
        return;
    }
    m_serverBusy = true;
    m_session.searchServer(m_query, m_conversationId, QString(), serverLimit, this,
                           [this, serial](Result<SearchPage> page) {
                               if (serial != m_serial)
                                   return; // a newer search replaced this one
                               m_serverBusy = false;
                               if (!page) {
                                   m_localOnly = true;
                                   Q_EMIT serverDone();
                                   return;
                               }
                               QSet<QString> here;
                               for (const Row &r : std::as_const(m_rows))
                                   here.insert(r.messageId);
                               QList<Row> rows = m_rows;
                               for (const net::SearchHit &hit : std::as_const(page->hits)) {
                                   if (here.contains(hit.message.id))
                                       continue;
                                   rows.append(rowFor(hit.message, hit.conversationTitle,
                                                      !m_cache.hasMessage(hit.message.id)));
                               }
                               arrange(rows);
                               Q_EMIT serverDone();
                           });
}

int SearchResults::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchResults::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return r.body;
    case MessageIdRole:
        return r.messageId;
    case ConversationIdRole:
        return r.conversationId;
    case ConversationTitleRole:
        return r.conversationTitle;
    case SenderNameRole:
        return r.senderName;
    case SenderIdRole:
        return r.senderId;
    case CreatedAtRole:
        return r.createdAt;
    case FirstInConversationRole:
        return r.first;
    case OnServerOnlyRole:
        return r.serverOnly;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResults::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{MessageIdRole, "messageId"},
                  {ConversationIdRole, "conversationId"},
                  {ConversationTitleRole, "conversationTitle"},
                  {SenderNameRole, "senderName"},
                  {SenderIdRole, "senderId"},
                  {BodyRole, "body"},
                  {CreatedAtRole, "createdAt"},
                  {FirstInConversationRole, "firstInConversation"},
                  {OnServerOnlyRole, "onServerOnly"}});
    return names;
}

} // namespace kora::models
