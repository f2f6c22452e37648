// The BlobStore implementations on their own: the directory (files renamed
// into place) and the database (chunks, a `complete` marker written last),
// each on the engine of the run (SQLite, or PostgreSQL for tst_blobstore_pg).
#include "TestDatabase.h"

#include "Database.h"
#include "DatabaseBlobStore.h"
#include "DirBlobStore.h"
#include "Migrations.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

using namespace kora::server;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(random.bounded(256));
    return bytes;
}

BlobKey keyOf(const QByteArray &bytes, BlobKind kind = BlobKind::Original)
{
    return {
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
        kind};
}

} // namespace

class TestBlobStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    kora::test::TestDatabase m_database;
    std::unique_ptr<Database> m_db;

    Database::Options options() const
    {
        return {m_dir.filePath(QStringLiteral("kora.sqlite3")), m_database.url(), false};
    }

    std::unique_ptr<BlobStore> makeStore(const QString &which, int chunkSize)
    {
        if (which == QLatin1String("dir"))
            return std::make_unique<DirBlobStore>(m_dir.filePath(QStringLiteral("blobs")));
        return std::make_unique<DatabaseBlobStore>(*m_db, chunkSize);
    }

    qint64 count(const QString &sql, const QVariantList &binds)
    {
        auto q = m_db->exec(sql, binds);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_database.ok(), qPrintable(m_database.error()));
        auto db = Database::open(options());
        QVERIFY2(db, qPrintable(db ? QString() : db.error()));
        m_db = std::move(*db);
        const auto migrated = migrate(*m_db);
        QVERIFY2(migrated, qPrintable(migrated ? QString() : migrated.error()));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<int>("chunkSize");
        QTest::addColumn<int>("size");
        QTest::newRow("dir") << u"dir"_qs << 0 << 700 * 1024 + 3;
        QTest::newRow("database, one chunk") << u"database"_qs << 256 * 1024 << 1000;
        QTest::newRow("database, exact chunks") << u"database"_qs << 1000 << 5000;
        QTest::newRow("database, default chunks")
            << u"database"_qs << DatabaseBlobStore::defaultChunkSize << 1024 * 1024 + 17;
    }
    void roundTrip()
    {
        QFETCH(QString, which);
        QFETCH(int, chunkSize);
        QFETCH(int, size);
        auto store = makeStore(which, chunkSize);
        const QByteArray bytes = randomBytes(size, quint32(size));
        const QByteArray thumb = randomBytes(321, quint32(size) + 1);
        const BlobKey key = keyOf(bytes);
        const BlobKey thumbKey{key.sha256, BlobKind::Thumbnail};

        QCOMPARE(*store->exists(key), false);
        QCOMPARE(store->size(key).error().kind, BlobError::Kind::Missing);
        QCOMPARE(store->open(key).error().kind, BlobError::Kind::Missing);
        QCOMPARE(*store->put(key, bytes), true);
        QCOMPARE(*store->put(key, bytes), false); // content-addressed: stored once
        QCOMPARE(*store->put(thumbKey, thumb), true);
        QCOMPARE(*store->exists(key), true);
        QCOMPARE(*store->size(key), qint64(size));
        QCOMPARE(*store->size(thumbKey), qint64(thumb.size()));
        QCOMPARE(*store->readAll(key), bytes);
        QCOMPARE(*store->readAll(thumbKey), thumb);

        // Random access through the device, across a chunk boundary.
        auto device = store->open(key);
        QVERIFY(device);
        QIODevice &in = **device;
        QCOMPARE(in.size(), qint64(size));
        const qint64 at = size / 2 - 7;
        QVERIFY(in.seek(at));
        QCOMPARE(in.read(2000), bytes.mid(at, 2000));
        QVERIFY(in.seek(0));
        QCOMPARE(in.read(10), bytes.left(10));

        if (which == QLatin1String("database")) {
            const qint64 chunks = (size + chunkSize - 1) / chunkSize;
            QCOMPARE(count(u"SELECT COUNT(*) FROM blob_chunks WHERE sha256 = ? AND kind = ?"_qs,
                           {key.sha256, u"original"_qs}),
                     chunks);
            QCOMPARE(count(u"SELECT COUNT(*) FROM blobs WHERE sha256 = ?"_qs, {key.sha256}), 2);
        } else {
            // The layout of the first releases, and no temporary file left.
            const QString root = m_dir.filePath(QStringLiteral("blobs"));
            QVERIFY(QFile::exists(root + u'/' + key.sha256.left(2) + u'/' + key.sha256));
            QVERIFY(QFile::exists(root + u'/' + key.sha256.left(2) + u'/' + key.sha256 +
                                  u".thumb.jpg"_qs));
            QCOMPARE(QDir(root + u'/' + key.sha256.left(2)).entryList(QDir::Files).size(), 2);
        }
    }

    // Writers of the same bytes at the same moment, each on a connection (or
    // file handle) of its own, as two server processes would be.
    void concurrentPutsStoreOnce_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("dir") << u"dir"_qs;
        QTest::newRow("database") << u"database"_qs;
    }
    void concurrentPutsStoreOnce()
    {
        QFETCH(QString, which);
        const QByteArray bytes = randomBytes(900 * 1024 + 5, 77 + quint32(which.size()));
        const BlobKey key = keyOf(bytes);
        const QString root = m_dir.filePath(QStringLiteral("blobs"));
        const Database::Options options = this->options();
        constexpr int writers = 4;
        QThreadPool pool; // one thread each: they wait for one another
        pool.setMaxThreadCount(writers);
        QSemaphore ready, go;
        QList<QFuture<QString>> results;
        for (int i = 0; i < writers; ++i) {
            results.append(QtConcurrent::run(&pool, [&]() -> QString {
                std::unique_ptr<Database> db;
                std::unique_ptr<BlobStore> store;
                if (which == QLatin1String("dir")) {
                    store = std::make_unique<DirBlobStore>(root);
                } else {
                    auto opened = Database::open(options);
                    if (!opened) {
                        ready.release();
                        return opened.error();
                    }
                    db = std::move(*opened);
                    store = std::make_unique<DatabaseBlobStore>(*db, 64 * 1024);
                }
                ready.release();
                go.acquire(); // all start together
                const auto put = store->put(key, bytes);
                return put ? (*put ? u"wrote"_qs : u"found"_qs) : put.error().message;
            }));
        }
        ready.acquire(writers);
        go.release(writers);
        int wrote = 0;
        for (auto &result : results) {
            result.waitForFinished();
            const QString outcome = result.result();
            QVERIFY2(outcome == u"wrote"_qs || outcome == u"found"_qs, qPrintable(outcome));
            wrote += outcome == u"wrote"_qs ? 1 : 0;
        }
        QVERIFY(wrote >= 1);
        auto store = makeStore(which, 64 * 1024);
        QCOMPARE(*store->readAll(key), bytes);
        if (which == QLatin1String("database")) {
            QCOMPARE(wrote, 1); // the others waited on the row and wrote nothing
            QCOMPARE(count(u"SELECT COUNT(*) FROM blobs WHERE sha256 = ?"_qs, {key.sha256}), 1);
            QCOMPARE(count(u"SELECT COUNT(*) FROM blob_chunks WHERE sha256 = ?"_qs, {key.sha256}),
                     (bytes.size() + 64 * 1024 - 1) / (64 * 1024));
        } else {
            // One whole file; each writer's temporary file was renamed or removed.
            const QStringList files =
                QDir(root + u'/' + key.sha256.left(2)).entryList(QDir::Files | QDir::Hidden);
            QCOMPARE(files, QStringList{key.sha256});
        }
    }

    // A row whose marker is not set (what a reader would see of a write in
    // progress without the transaction): invisible, and the next put repairs it.
    void incompleteBlobIsInvisible()
    {
        DatabaseBlobStore store(*m_db, 1000);
        const QByteArray bytes = randomBytes(2500, 5);
        const BlobKey key = keyOf(bytes);
        QVERIFY(m_db->exec(u"INSERT INTO blobs (sha256, kind, size, chunk_size, chunk_count,"
                           " complete, created_at) VALUES (?, 'original', 2500, 1000, 3, ?, 0)"_qs,
                           {key.sha256, false}));
        QVERIFY(m_db->exec(u"INSERT INTO blob_chunks (sha256, kind, seq, data)"
                           " VALUES (?, 'original', 0, ?)"_qs,
                           {key.sha256, bytes.left(1000)}));
        QCOMPARE(*store.exists(key), false);
        QCOMPARE(store.open(key).error().kind, BlobError::Kind::Missing);
        QCOMPARE(*store.put(key, bytes), true);
        QCOMPARE(*store.readAll(key), bytes);
    }

    void damageIsReported()
    {
        DatabaseBlobStore store(*m_db, 1000);
        const QByteArray bytes = randomBytes(3500, 6);
        const BlobKey key = keyOf(bytes);
        QVERIFY(*store.put(key, bytes));
        // A chunk gone.
        QVERIFY(
            m_db->exec(u"DELETE FROM blob_chunks WHERE sha256 = ? AND seq = 2"_qs, {key.sha256}));
        auto read = store.readAll(key);
        QVERIFY(!read);
        QCOMPARE(read.error().kind, BlobError::Kind::Corrupt);
        QVERIFY2(read.error().message.contains(u"chunk 2"_qs), qPrintable(read.error().message));
        // A chunk cut short.
        QVERIFY(m_db->exec(u"INSERT INTO blob_chunks (sha256, kind, seq, data)"
                           " VALUES (?, 'original', 2, ?)"_qs,
                           {key.sha256, QByteArray("short")}));
        read = store.readAll(key);
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(u"5 bytes"_qs), qPrintable(read.error().message));
        // A row that does not add up.
        QVERIFY(m_db->exec(u"UPDATE blobs SET chunk_count = 9 WHERE sha256 = ?"_qs, {key.sha256}));
        QCOMPARE(store.open(key).error().kind, BlobError::Kind::Corrupt);

        // The directory: a file gone is missing, a file cut short ends early.
        DirBlobStore dir(m_dir.filePath(QStringLiteral("damaged")));
        QVERIFY(*dir.put(key, bytes));
        QVERIFY(QFile::resize(dir.path(key), 10));
        QCOMPARE(*dir.readAll(key), bytes.left(10)); // a file's length is its size
        QVERIFY(QFile::remove(dir.path(key)));
        QCOMPARE(dir.readAll(key).error().kind, BlobError::Kind::Missing);
        // Keys are hex digests only: nothing else reaches the file system.
        QCOMPARE(dir.put({u"../../etc/passwd"_qs, BlobKind::Original}, bytes).error().kind,
                 BlobError::Kind::Missing);
        QCOMPARE(store.put({u"x"_qs, BlobKind::Original}, bytes).error().kind,
                 BlobError::Kind::Missing);
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestBlobStore)
#include "tst_blobstore.moc"
