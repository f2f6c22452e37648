#include "MessageSearch.h"

#include "ServerLogging.h"
#include "SqlValues.h"

#include "protocol/Json.h"

namespace kora::server {
namespace {

using proto::ApiError;
namespace code = proto::code;

ApiError invalid(const QString &message)
{
    return {code::Invalid, message};
}

// A position in the newest-first order: (createdAt, id) of the last result
// given. Opaque to clients; "v1" lets a later server change its shape.
struct Key
{
    qint64 createdAtMs = 0;
    QString messageId;
};

QString encodeCursor(const Key &key)
{
    const QByteArray raw =
        "v1|" + QByteArray::number(key.createdAtMs) + '|' + key.messageId.toUtf8();
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<Key> decodeCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split('|');
    if (parts.size() != 3 || parts[0] != "v1" || parts[2].isEmpty() || parts[2].size() > 64)
        return std::nullopt;
    bool ok = false;
    const qint64 at = parts[1].toLongLong(&ok);
    if (!ok || at < 0)
        return std::nullopt;
    return Key{at, QString::fromUtf8(parts[2])};
}

// Each term a quoted prefix, all of them required. Terms hold only letters,
// digits and marks (terms()), so the quoting can never be broken.
QString ftsQuery(const QStringList &terms)
{
    QStringList parts;
    for (QString t : terms)
        parts.append(QLatin1Char('"') + t.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
                     QLatin1String("\"*"));
    return parts.join(QLatin1Char(' '));
}

QString tsQuery(const QStringList &terms)
{
    QStringList parts;
    for (QString t : terms)
        parts.append(QLatin1Char('\'') + t.replace(QLatin1Char('\''), QLatin1String("''")) +
                     QLatin1String("':*"));
    return parts.join(QLatin1String(" & "));
}

} // namespace

QStringList MessageSearch::terms(const QString &query)
{
    QStringList words;
    QString word;
    bool hasBase = false; // a word of marks alone is no word
    auto flush = [&] {
        if (hasBase)
            words.append(word);
        word.clear();
        hasBase = false;
    };
    for (const char32_t c : query.toUcs4()) {
        const bool base = QChar::isLetterOrNumber(c);
        if (base || QChar::isMark(c)) {
            word += QString::fromUcs4(&c, 1);
            hasBase = hasBase || base;
        } else {
            flush();
        }
    }
    flush();
    return words;
}

Result<SearchPage> MessageSearch::search(const Actor &actor, const QString &query,
                                         const QString &conversationId, const QString &cursor,
                                         int limit)
{
    if (actor.isSupport())
        return unexpected(ApiError{code::Forbidden,
                                   QStringLiteral("support accounts search through the admin "
                                                  "routes (/api/v1/admin/conversations?query=)")});
    if (query.trimmed().isEmpty())
        return unexpected(invalid(QStringLiteral("query is required")));
    if (query.size() > maxQueryLength)
        return unexpected(invalid(
            QStringLiteral("query is too long (at most %1 characters)").arg(maxQueryLength)));
    const QStringList words = terms(query);
    if (words.isEmpty())
        return unexpected(invalid(QStringLiteral("query has no words to search for")));
    if (words.size() > maxTerms)
        return unexpected(
            invalid(QStringLiteral("query has too many words (at most %1)").arg(maxTerms)));
    std::optional<Key> after;
    if (!cursor.isEmpty()) {
        after = decodeCursor(cursor);
        if (!after)
            return unexpected(invalid(QStringLiteral("cursor is not one this server gave")));
    }
    if (!conversationId.isEmpty()) {
        if (auto access = m_chat.checkAccess(actor, conversationId); !access)
            return unexpected(access.error());
    }

    QString sql = QStringLiteral("SELECT m.id, m.created_at, c.id, c.title, c.job_id,"
                                 " c.job_title, c.type FROM ");
    QVariantList binds;
    if (m_db.isPostgres()) {
        sql += QStringLiteral("messages m");
    } else {
        sql += QStringLiteral("message_search JOIN messages m ON m.id = message_search.message_id");
    }
    sql += QStringLiteral(" JOIN participants p ON p.conversation_id = m.conversation_id"
                          " AND p.user_id = ?"
                          " JOIN conversations c ON c.id = m.conversation_id WHERE ");
    binds.append(actor.userId);
    if (m_db.isPostgres()) {
        sql += QStringLiteral("m.search_tsv @@ to_tsquery('simple', unaccent(?))");
        binds.append(tsQuery(words));
    } else {
        sql += QStringLiteral("message_search MATCH ?");
        binds.append(ftsQuery(words));
    }
    sql += QStringLiteral(" AND m.deleted = FALSE");
    if (!conversationId.isEmpty()) {
        sql += QStringLiteral(" AND m.conversation_id = ?");
        binds.append(conversationId);
    }
    if (after) {
        sql += QStringLiteral(" AND (m.created_at < ? OR (m.created_at = ? AND m.id < ?))");
        binds << after->createdAtMs << after->createdAtMs << after->messageId;
    }
    sql += QStringLiteral(" ORDER BY m.created_at DESC, m.id DESC LIMIT ?");
    binds.append(limit + 1);

    auto q = m_db.exec(sql, binds);
    if (!q) {
        qCWarning(lcServerDb) << "search failed:" << q.error().message;
        return unexpected(ApiError{code::Internal, QStringLiteral("the search failed; try again")});
    }
    QStringList ids;
    QHash<QString, QJsonObject> conversations;
    SearchPage page;
    Key last;
    while (q->next()) {
        if (ids.size() == limit) {
            page.hasMore = true;
            break;
        }
        const QString id = q->value(0).toString();
        ids.append(id);
        last = {q->value(1).toLongLong(), id};
        QJsonObject c{{QStringLiteral("id"), q->value(2).toString()},
                      {QStringLiteral("type"), q->value(6).toString()}};
        proto::insertOptional(c, QLatin1String("title"), q->value(3).toString());
        proto::insertOptional(c, QLatin1String("jobId"), q->value(4).toString());
        proto::insertOptional(c, QLatin1String("jobTitle"), q->value(5).toString());
        conversations.insert(id, c);
    }
    auto messages = m_messages.findMany(ids);
    if (!messages) {
        qCWarning(lcServerDb) << "search failed:" << messages.error().message;
        return unexpected(ApiError{code::Internal, QStringLiteral("the search failed; try again")});
    }
    for (const proto::Message &m : std::as_const(*messages))
        page.results.append({m, conversations.value(m.id)});
    if (page.hasMore)
        page.next = encodeCursor(last);
    return page;
}

} // namespace kora::server
