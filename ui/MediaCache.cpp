#include "MediaCache.h"

#include "MediaDownloader.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImageReader>
#include <QSaveFile>
#include <QUrl>
#include <QVariantMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace kora::ui {

namespace {

constexpr int allocationLimitMb = 100;

// Local files are keyed as file: URLs; server paths ("/api/v1/…") and URLs
// are downloaded.
bool isLocal(const QString &key)
{
    return key.startsWith(QLatin1String("file:"));
}

QString localPath(const QString &key)
{
    return QUrl(key).toLocalFile();
}

struct Decoded
{
    QImage image;
    QString error;
};

// On a worker: look at the declared size first, decode to at most maxSide.
Decoded decodeImage(const QString &path, const QByteArray &bytes, int maxSide)
{
    QBuffer buffer;
    QImageReader reader;
    if (path.isEmpty()) {
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        reader.setDevice(&buffer);
    } else {
        reader.setFileName(path);
    }
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    const QSize declared = reader.size();
    if (!declared.isValid() || declared.isEmpty())
        return {{}, MediaCache::tr("The image cannot be read.")};
    if (qint64(declared.width()) * declared.height() > 120'000'000)
        return {{}, MediaCache::tr("The image is too large to show.")};
    const int longest = qMax(declared.width(), declared.height());
    if (longest > maxSide)
        reader.setScaledSize(declared.scaled(maxSide, maxSide, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return {{}, MediaCache::tr("The image cannot be read.")};
    if (image.format() != QImage::Format_ARGB32_Premultiplied &&
        image.format() != QImage::Format_RGB32)
        image = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                              : QImage::Format_RGB32);
    return {image, {}};
}

int costKiB(const QImage &image)
{
    return qMax(1, int(image.sizeInBytes() / 1024));
}

} // namespace

MediaCache::Fetcher MediaCache::downloaderFetcher(models::MediaDownloader &downloader)
{
    Fetcher f;
    f.fetch = [&downloader](const QString &url, qint64 maxBytes, QObject *context, Done done) {
        return downloader.download(
            url, maxBytes, context, [done](const models::Result<QByteArray> &result) {
                if (result)
                    done(*result, QString());
                else
                    done({}, result.error().message.isEmpty() ? result.error().code
                                                              : result.error().message);
            });
    };
    f.cancel = [&downloader](quint64 handle) { downloader.cancel(handle); };
    return f;
}

MediaCache::MediaCache(Fetcher fetcher, Options options, QObject *parent)
    : QObject(parent)
    , m_fetcher(std::move(fetcher))
    , m_options(std::move(options))
{
    m_memory.setMaxCost(m_options.memoryCapKiB);
    // Process-wide; set here on the UI thread so the decoding workers only read it.
    if (QImageReader::allocationLimit() > allocationLimitMb)
        QImageReader::setAllocationLimit(allocationLimitMb);
}

MediaCache::~MediaCache()
{
    cancelPending();
}

QString MediaCache::keyFor(const QVariantMap &attachment, Size size)
{
    const QString local = attachment.value(QStringLiteral("localPath")).toString();
    if (!local.isEmpty() && QFileInfo::exists(local))
        return QUrl::fromLocalFile(local).toString();
    const QString thumb = attachment.value(QStringLiteral("thumbUrl")).toString();
    if (size == Size::Thumb && !thumb.isEmpty())
        return thumb;
    return attachment.value(QStringLiteral("url")).toString();
}

QString MediaCache::memoryKey(const QString &key, Size size)
{
    return (size == Size::Thumb ? QLatin1String("t|") : QLatin1String("f|")) + key;
}

QString MediaCache::failure(const QString &key) const
{
    return m_failures.value(key);
}

QImage MediaCache::image(const QString &key, Size size)
{
    if (key.isEmpty())
        return {};
    if (const QImage *cached = m_memory.object(memoryKey(key, size)))
        return *cached;
    if (const auto it = m_failed.constFind(key); it != m_failed.cend()) {
        if (QDateTime::currentMSecsSinceEpoch() - *it < m_options.retryAfterMs)
            return {};
        m_failed.erase(it);
        m_failures.remove(key);
    }
    load(key, size);
    return {};
}

void MediaCache::load(const QString &key, Size size)
{
    const QString mkey = memoryKey(key, size);
    if (m_loading.contains(mkey))
        return;
    m_loading.insert(mkey);
    if (isLocal(key)) {
        decode(key, size, localPath(key), {});
        return;
    }
    scanDisk();
    const QString path = diskPath(key);
    if (m_disk.contains(QFileInfo(path).fileName()) && QFileInfo::exists(path)) {
        touch(key);
        decode(key, size, path, {});
        return;
    }
    // Newest request last: the rows on screen now are served first.
    m_queue.removeIf([&](const Request &r) { return r.key == key && r.size == size; });
    m_queue.append({key, size});
    // Rows scrolled past long ago are not worth a download any more.
    while (m_queue.size() > 64) {
        m_loading.remove(memoryKey(m_queue.first().key, m_queue.first().size));
        m_queue.removeFirst();
    }
    pumpQueue();
}

void MediaCache::pumpQueue()
{
    while (m_downloads.size() < m_options.maxParallel && !m_queue.isEmpty()) {
        const Request request = m_queue.takeLast();
        if (m_downloads.contains(request.key))
            continue; // the same bytes are coming; both sizes decode from them
        ++m_downloadsStarted;
        const quint64 generation = m_generation;
        const QString key = request.key;
        // A placeholder first: the fetcher may answer before returning.
        m_downloads.insert(key, 0);
        const quint64 handle = m_fetcher.fetch(
            key, m_options.maxDownloadBytes, this,
            [this, key, generation](const QByteArray &bytes, const QString &error) {
                if (generation != m_generation)
                    return;
                m_downloads.remove(key);
                if (!error.isEmpty()) {
                    fail(key, error);
                } else {
                    storeOnDisk(key, bytes);
                    // Decode every size that waits for these bytes.
                    for (const Size size : {Size::Thumb, Size::Full}) {
                        if (m_loading.contains(memoryKey(key, size)))
                            decode(key, size, QString(), bytes);
                    }
                }
                QMetaObject::invokeMethod(this, &MediaCache::pumpQueue, Qt::QueuedConnection);
            });
        if (m_downloads.contains(key))
            m_downloads[key] = handle;
    }
}

void MediaCache::decode(const QString &key, Size size, const QString &path, QByteArray bytes)
{
    const int side = size == Size::Thumb ? m_options.thumbSide : m_options.fullSide;
    auto *watcher = new QFutureWatcher<Decoded>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, key, size, generation] {
        const Decoded decoded = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const QString mkey = memoryKey(key, size);
        if (!m_loading.remove(mkey))
            return;
        if (!decoded.error.isEmpty()) {
            fail(key, decoded.error);
            return;
        }
        const int cost = costKiB(decoded.image);
        if (cost <= m_memory.maxCost())
            m_memory.insert(mkey, new QImage(decoded.image), cost);
        Q_EMIT ready(key);
    });
    watcher->setFuture(QtConcurrent::run(
        [path, bytes = std::move(bytes), side] { return decodeImage(path, bytes, side); }));
}

void MediaCache::fail(const QString &key, const QString &message)
{
    m_loading.remove(memoryKey(key, Size::Thumb));
    m_loading.remove(memoryKey(key, Size::Full));
    m_failed.insert(key, QDateTime::currentMSecsSinceEpoch());
    m_failures.insert(key, message);
    Q_EMIT failed(key, message);
}

void MediaCache::saveTo(const QString &url, const QString &path, QObject *context,
                        std::function<void(const QString &error)> done)
{
    fetchBytes(url, context, [path, done](const QByteArray &bytes, const QString &error) {
        QString problem = error;
        if (problem.isEmpty()) {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
                !file.commit())
                problem = file.errorString();
        }
        done(problem);
    });
}

void MediaCache::fetchBytes(const QString &url, QObject *context, Done done)
{
    if (isLocal(url)) {
        QFile file(localPath(url));
        QByteArray bytes;
        QString error;
        if (file.open(QIODevice::ReadOnly))
            bytes = file.readAll();
        else
            error = file.errorString();
        QMetaObject::invokeMethod(
            context, [done, bytes, error] { done(bytes, error); }, Qt::QueuedConnection);
        return;
    }
    scanDisk();
    const QString path = diskPath(url);
    QFile cached(path);
    if (m_disk.contains(QFileInfo(path).fileName()) && cached.open(QIODevice::ReadOnly)) {
        touch(url);
        const QByteArray bytes = cached.readAll();
        QMetaObject::invokeMethod(
            context, [done, bytes] { done(bytes, QString()); }, Qt::QueuedConnection);
        return;
    }
    m_fetcher.fetch(url, m_options.maxDownloadBytes, context,
                    [this, url, done](const QByteArray &bytes, const QString &error) {
                        if (error.isEmpty())
                            storeOnDisk(url, bytes);
                        done(bytes, error);
                    });
}

void MediaCache::adopt(const QString &key, const QString &localPath)
{
    if (key.isEmpty() || isLocal(key))
        return;
    QFile file(localPath);
    if (!file.open(QIODevice::ReadOnly) || file.size() > m_options.maxDownloadBytes)
        return;
    storeOnDisk(key, file.readAll());
    const QString fileKey = QUrl::fromLocalFile(localPath).toString();
    for (const Size size : {Size::Thumb, Size::Full}) {
        if (const QImage *decoded = m_memory.object(memoryKey(fileKey, size)))
            m_memory.insert(memoryKey(key, size), new QImage(*decoded), costKiB(*decoded));
    }
    m_failed.remove(key);
    m_failures.remove(key);
}

void MediaCache::cancelPending()
{
    ++m_generation;
    m_queue.clear();
    const auto downloads = std::exchange(m_downloads, {});
    for (const quint64 handle : downloads) {
        if (handle && m_fetcher.cancel)
            m_fetcher.cancel(handle);
    }
    m_loading.clear();
}

// ---------------------------------------------------------------- disk

QString MediaCache::diskPath(const QString &key) const
{
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1);
    return QDir(m_options.dir).filePath(QString::fromLatin1(hash.toHex()));
}

void MediaCache::scanDisk()
{
    if (m_scanned)
        return;
    m_scanned = true;
    const QDir dir(m_options.dir);
    const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot);
    for (const QFileInfo &info : files) {
        if (info.fileName().size() != 40)
            continue; // not ours
        m_disk.insert(info.fileName(), {info.size(), info.lastModified().toMSecsSinceEpoch()});
        m_diskBytes += info.size();
    }
    evict();
}

void MediaCache::storeOnDisk(const QString &key, const QByteArray &bytes)
{
    if (bytes.size() > m_options.diskCapBytes / 4)
        return; // one huge file would flush everything else
    scanDisk();
    if (!QDir().mkpath(m_options.dir))
        return;
    const QString path = diskPath(key);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qWarning("kora.ui: cannot write the media cache: %s", qPrintable(file.errorString()));
        return;
    }
    const QString name = QFileInfo(path).fileName();
    if (const auto it = m_disk.constFind(name); it != m_disk.cend())
        m_diskBytes -= it->bytes;
    m_disk.insert(name, {bytes.size(), QDateTime::currentMSecsSinceEpoch()});
    m_diskBytes += bytes.size();
    evict();
}

void MediaCache::touch(const QString &key)
{
    const QString path = diskPath(key);
    const auto it = m_disk.find(QFileInfo(path).fileName());
    if (it == m_disk.end())
        return;
    const QDateTime now = QDateTime::currentDateTime();
    it->usedAt = now.toMSecsSinceEpoch();
    // Kept on the file too, so the order survives a restart.
    QFile file(path);
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(now, QFileDevice::FileModificationTime);
}

void MediaCache::evict()
{
    if (m_diskBytes <= m_options.diskCapBytes)
        return;
    // Down to 90% of the cap, least recently used first.
    QList<QPair<qint64, QString>> order;
    order.reserve(m_disk.size());
    for (auto it = m_disk.cbegin(); it != m_disk.cend(); ++it)
        order.append({it->usedAt, it.key()});
    std::sort(order.begin(), order.end());
    const qint64 target = m_options.diskCapBytes * 9 / 10;
    const QDir dir(m_options.dir);
    for (const auto &[usedAt, name] : std::as_const(order)) {
        if (m_diskBytes <= target)
            break;
        Q_UNUSED(usedAt)
        QFile::remove(dir.filePath(name));
        m_diskBytes -= m_disk.take(name).bytes;
    }
}

} // namespace kora::ui
