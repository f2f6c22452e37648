#include "DatabaseBlobStore.h"

#include "Database.h"
#include "ServerLogging.h"

#include <QDateTime>

namespace kora::server {
namespace {

BlobError storageError(const DbError &error)
{
    return {BlobError::Kind::Storage, error.message};
}

BlobError missing(const BlobKey &key)
{
    return {BlobError::Kind::Missing, QStringLiteral("no blob %1").arg(key.name())};
}

qint64 chunksFor(qint64 size, qint64 chunkSize)
{
    return (size + chunkSize - 1) / chunkSize;
}

// A read-only, random-access device over one complete blob that fetches a
// chunk from the database when the reading gets to it (one chunk in memory).
class ChunkReader : public QIODevice
{
public:
    ChunkReader(Database &db, BlobKey key, qint64 size, int chunkSize)
        : m_db(db)
        , m_key(std::move(key))
        , m_size(size)
        , m_chunkSize(chunkSize)
    {}

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 at = pos(); // exact: the device is opened unbuffered
        if (at >= m_size)
            return -1;
        qint64 done = 0;
        while (done < maxSize && at < m_size) {
            const qint64 seq = at / m_chunkSize;
            if (seq != m_seq && !fetch(seq))
                return done > 0 ? done : -1;
            const qint64 offset = at - seq * m_chunkSize;
            const qint64 n = qMin(maxSize - done, qint64(m_chunk.size()) - offset);
            memcpy(data + done, m_chunk.constData() + offset, size_t(n));
            done += n;
            at += n;
        }
        return done;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool fetch(qint64 seq)
    {
        m_seq = -1;
        m_chunk.clear();
        auto q = m_db.exec(QStringLiteral("SELECT data FROM blob_chunks"
                                          " WHERE sha256 = ? AND kind = ? AND seq = ?"),
                           {m_key.sha256, m_key.kindName(), seq});
        if (!q) {
            setErrorString(
                QStringLiteral("cannot read %1: %2").arg(m_key.name(), q.error().message));
            return false;
        }
        if (!q->next()) {
            setErrorString(QStringLiteral("%1 lacks chunk %2").arg(m_key.name()).arg(seq));
            qCWarning(lcServer).noquote() << "damaged blob:" << errorString();
            return false;
        }
        m_chunk = q->value(0).toByteArray();
        const qint64 expected = qMin<qint64>(m_chunkSize, m_size - seq * m_chunkSize);
        if (m_chunk.size() != expected) {
            setErrorString(QStringLiteral("%1: chunk %2 has %3 bytes, not %4")
                               .arg(m_key.name())
                               .arg(seq)
                               .arg(m_chunk.size())
                               .arg(expected));
            qCWarning(lcServer).noquote() << "damaged blob:" << errorString();
            m_chunk.clear();
            return false;
        }
        m_seq = seq;
        return true;
    }

    Database &m_db;
    const BlobKey m_key;
    const qint64 m_size;
    const int m_chunkSize;
    qint64 m_seq = -1; // of the chunk in m_chunk
    QByteArray m_chunk;
};

} // namespace

DatabaseBlobStore::DatabaseBlobStore(Database &db, int chunkSize)
    : m_db(db)
    , m_chunkSize(qMax(1, chunkSize))
{}

QString DatabaseBlobStore::describe() const
{
    return QStringLiteral("the database (%1 KiB chunks)").arg(m_chunkSize / 1024);
}

Expected<bool, BlobError> DatabaseBlobStore::put(const BlobKey &key, const QByteArray &bytes)
{
    if (!key.isValid())
        return unexpected(missing(key));
    const QString kind = key.kindName();
    const qint64 count = chunksFor(bytes.size(), m_chunkSize);
    return m_db.transaction<bool, BlobError>(
        [&]() -> Expected<bool, BlobError> {
            // The row first: a concurrent writer of the same key (on any
            // process) waits here until this transaction ends, then inserts
            // nothing and finds the blob complete.
            auto claimed = m_db.exec(
                QStringLiteral("INSERT INTO blobs (sha256, kind, size, chunk_size, chunk_count,"
                               " complete, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                               " ON CONFLICT DO NOTHING"),
                {key.sha256, kind, qint64(bytes.size()), m_chunkSize, count, false,
                 QDateTime::currentMSecsSinceEpoch()});
            if (!claimed)
                return unexpected(storageError(claimed.error()));
            if (claimed->numRowsAffected() == 0) {
                // There already: whole if complete and its chunks add up (a
                // damaged one, or one an operator marked incomplete, is
                // written again).
                auto row =
                    m_db.exec(QStringLiteral("SELECT b.complete, b.size, b.chunk_count,"
                                             " (SELECT COUNT(*) FROM blob_chunks c"
                                             "  WHERE c.sha256 = b.sha256 AND c.kind = b.kind),"
                                             " (SELECT SUM(LENGTH(c.data)) FROM blob_chunks c"
                                             "  WHERE c.sha256 = b.sha256 AND c.kind = b.kind)"
                                             " FROM blobs b WHERE b.sha256 = ? AND b.kind = ?"),
                              {key.sha256, kind});
                if (!row)
                    return unexpected(storageError(row.error()));
                if (row->next() && row->value(0).toBool() &&
                    row->value(1).toLongLong() == bytes.size() &&
                    row->value(2).toLongLong() == row->value(3).toLongLong() &&
                    row->value(4).toLongLong() == bytes.size())
                    return false; // already stored, whole
                qCWarning(lcServer).noquote() << "rewriting the damaged blob" << key.name();
            }
            // Chunks without a complete row (left by an operator's repair) go.
            auto cleared = m_db.exec(QStringLiteral("DELETE FROM blob_chunks"
                                                    " WHERE sha256 = ? AND kind = ?"),
                                     {key.sha256, kind});
            if (!cleared)
                return unexpected(storageError(cleared.error()));
            for (qint64 seq = 0; seq < count; ++seq) {
                const qint64 from = seq * m_chunkSize;
                const QByteArray chunk = bytes.mid(qsizetype(from), m_chunkSize);
                auto written = m_db.exec(QStringLiteral("INSERT INTO blob_chunks"
                                                        " (sha256, kind, seq, data)"
                                                        " VALUES (?, ?, ?, ?)"),
                                         {key.sha256, kind, seq, chunk});
                if (!written)
                    return unexpected(storageError(written.error()));
            }
            // The marker last (and the sizes, for a row written again).
            auto done =
                m_db.exec(QStringLiteral("UPDATE blobs SET complete = ?, size = ?,"
                                         " chunk_size = ?, chunk_count = ?"
                                         " WHERE sha256 = ? AND kind = ?"),
                          {true, qint64(bytes.size()), m_chunkSize, count, key.sha256, kind});
            if (!done)
                return unexpected(storageError(done.error()));
            return true;
        },
        &storageError);
}

Expected<bool, BlobError> DatabaseBlobStore::exists(const BlobKey &key)
{
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM blobs"
                                      " WHERE sha256 = ? AND kind = ? AND complete = TRUE"),
                       {key.sha256, key.kindName()});
    if (!q)
        return unexpected(storageError(q.error()));
    return q->next();
}

Expected<qint64, BlobError> DatabaseBlobStore::size(const BlobKey &key)
{
    auto q = m_db.exec(QStringLiteral("SELECT size FROM blobs"
                                      " WHERE sha256 = ? AND kind = ? AND complete = TRUE"),
                       {key.sha256, key.kindName()});
    if (!q)
        return unexpected(storageError(q.error()));
    if (!q->next())
        return unexpected(missing(key));
    return q->value(0).toLongLong();
}

Expected<std::unique_ptr<QIODevice>, BlobError> DatabaseBlobStore::open(const BlobKey &key)
{
    auto q = m_db.exec(QStringLiteral("SELECT size, chunk_size, chunk_count FROM blobs"
                                      " WHERE sha256 = ? AND kind = ? AND complete = TRUE"),
                       {key.sha256, key.kindName()});
    if (!q)
        return unexpected(storageError(q.error()));
    if (!q->next())
        return unexpected(missing(key));
    const qint64 size = q->value(0).toLongLong();
    const int chunkSize = q->value(1).toInt();
    const qint64 count = q->value(2).toLongLong();
    if (size < 0 || chunkSize <= 0 || count != chunksFor(size, chunkSize))
        return unexpected(BlobError{BlobError::Kind::Corrupt,
                                    QStringLiteral("%1: its row does not add up (size %2, %3 "
                                                   "chunks of %4)")
                                        .arg(key.name())
                                        .arg(size)
                                        .arg(count)
                                        .arg(chunkSize)});
    auto reader = std::make_unique<ChunkReader>(m_db, key, size, chunkSize);
    reader->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    return std::unique_ptr<QIODevice>(std::move(reader));
}

} // namespace kora::server
