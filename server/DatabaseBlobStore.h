#pragma once

#include "BlobStore.h"

namespace kora::server {

class Database;

// Blobs in the database (the default on PostgreSQL, so that every process on
// the database serves every upload): a row in `blobs` per (sha256, kind) and
// the bytes in `blob_chunks`, `chunkSize` bytes a row (BYTEA on PostgreSQL,
// BLOB on SQLite). A put is one transaction: the blob row goes in first with
// INSERT ... ON CONFLICT DO NOTHING (so a second writer of the same bytes, on
// any process, waits for the first and then writes nothing), then the chunks,
// then the `complete` marker; readers only see complete blobs. Reading
// fetches one chunk at a time, when the reader gets to it.
//
// Uses the server's connection: call it on that connection's thread only.
class DatabaseBlobStore : public BlobStore
{
public:
    static constexpr int defaultChunkSize = 256 * 1024;

    explicit DatabaseBlobStore(Database &db, int chunkSize = defaultChunkSize);

    int chunkSize() const { return m_chunkSize; }

    QString describe() const override;
    bool threadSafe() const override { return false; }
    Expected<bool, BlobError> put(const BlobKey &key, const QByteArray &bytes) override;
    Expected<bool, BlobError> exists(const BlobKey &key) override;
    Expected<qint64, BlobError> size(const BlobKey &key) override;
    Expected<std::unique_ptr<QIODevice>, BlobError> open(const BlobKey &key) override;

private:
    Database &m_db;
    int m_chunkSize;
};

} // namespace kora::server
