#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QString>

#include <functional>

namespace kora::models {
class MediaDownloader;
}

namespace kora::ui {

// Images of attachments for the views: thumbnails and full images, from an
// own message's local copy, from the disk cache or downloaded (through a
// Fetcher; models::MediaDownloader in the app). Decoding happens on a worker with
// an allocation limit and a decode size cap. Decoded images are kept in a
// small in-memory LRU (cost in KiB); downloaded bytes in a disk cache folder
// with a size cap, evicting the least recently used files. image() never
// blocks: it answers what is in memory and otherwise starts loading and emits
// ready(key) when the image is there, failed(key, message) when it cannot be.
class MediaCache : public QObject
{
    Q_OBJECT
public:
    // Fetches url (at most maxBytes) and calls done(bytes, error) once, error
    // empty on success; returns a handle cancel() takes (0: none).
    using Done = std::function<void(const QByteArray &bytes, const QString &error)>;
    struct Fetcher
    {
        std::function<quint64(const QString &url, qint64 maxBytes, QObject *context, Done done)>
            fetch;
        std::function<void(quint64 handle)> cancel;
    };
    // Authenticated downloads through the session's downloader (which outlives the cache).
    static Fetcher downloaderFetcher(models::MediaDownloader &downloader);

    struct Options
    {
        QString dir;                             // the disk cache (created on demand)
        qint64 diskCapBytes = 256 * 1024 * 1024; // downloaded bytes kept on disk
        int memoryCapKiB = 48 * 1024;            // decoded pixels kept in memory
        qint64 maxDownloadBytes = 26 * 1024 * 1024;
        int maxParallel = 4;      // downloads at once
        int thumbSide = 480;      // thumbnails are decoded to at most this
        int fullSide = 4096;      // full images too (40 MP uploads exist)
        int retryAfterMs = 30000; // a failed key is not tried again before
    };

    enum class Size { Thumb, Full };

    MediaCache(Fetcher fetcher, Options options, QObject *parent = nullptr);
    ~MediaCache() override;

    // The key of an attachment (a MessageListModel attachment map) at a size:
    // its local copy while it is ours and pending, else its thumbUrl or url.
    static QString keyFor(const QVariantMap &attachment, Size size);
    // The image if decoded in memory; otherwise starts loading it (once) and
    // returns a null image. Keys are file: URLs (local copies) or server
    // paths and urls.
    QImage image(const QString &key, Size size);
    bool hasFailed(const QString &key) const { return m_failed.contains(key); }
    QString failure(const QString &key) const;
    // The raw bytes of a server file (for "Save as" of other files), from the
    // disk cache or downloaded; done(bytes, error) is called once, later.
    void fetchBytes(const QString &url, QObject *context, Done done);
    // Writes those bytes to `path` (atomically); done(error) once, later ("" when saved).
    void saveTo(const QString &url, const QString &path, QObject *context,
                std::function<void(const QString &error)> done);

    // Takes a local file as the bytes of a server key (an own image, just
    // acknowledged: its url and thumbUrl need no download), with any decoded
    // copy already in memory.
    void adopt(const QString &key, const QString &localPath);

    // Stops queued and running downloads (the conversation changed).
    void cancelPending();

    // For tests and figures.
    qint64 diskBytes() const { return m_diskBytes; }
    int diskFiles() const { return int(m_disk.size()); }
    int memoryCostKiB() const { return m_memory.totalCost(); }
    int memoryCapKiB() const { return m_memory.maxCost(); }
    int memoryCount() const { return m_memory.count(); }
    int downloadsStarted() const { return m_downloadsStarted; }
    const Options &options() const { return m_options; }

Q_SIGNALS:
    void ready(const QString &key);
    void failed(const QString &key, const QString &message);

private:
    struct Request
    {
        QString key;
        Size size;
    };
    struct DiskEntry
    {
        qint64 bytes = 0;
        qint64 usedAt = 0; // msecs since epoch, ordering only
    };
    void load(const QString &key, Size size);
    void pumpQueue();
    void decode(const QString &key, Size size, const QString &path, QByteArray bytes);
    void finishDecode(const QString &key, const QImage &image, const QString &error);
    void fail(const QString &key, const QString &message);
    QString diskPath(const QString &key) const;
    void scanDisk();
    void storeOnDisk(const QString &key, const QByteArray &bytes);
    void touch(const QString &key);
    void evict();
    static QString memoryKey(const QString &key, Size size);

    Fetcher m_fetcher;
    Options m_options;
    QCache<QString, QImage> m_memory;
    QHash<QString, DiskEntry> m_disk; // file name → entry
    qint64 m_diskBytes = 0;
    bool m_scanned = false;
    QSet<QString> m_loading;             // memory keys being loaded
    QList<Request> m_queue;              // waiting downloads, newest last
    QHash<QString, quint64> m_downloads; // key → handle
    QHash<QString, qint64> m_failed;     // key → when (ms)
    QHash<QString, QString> m_failures;  // key → message
    int m_downloadsStarted = 0;
    quint64 m_generation = 0; // bumped by cancelPending: late results are dropped
};

} // namespace kora::ui
