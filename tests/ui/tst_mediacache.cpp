// ui::MediaCache: memory and disk caps while scrolling through 1,000 images,
// LRU order across a restart, decode limits. The bytes come from an
// in-process image source (generated PNGs) behind the cache's Fetcher seam;
// tst_attachments covers the real server.
#include "MediaCache.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtEndian>

using kora::ui::MediaCache;

namespace {

QByteArray pngBytes(int w, int h, int seed)
{
    QImage image(w, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            image.setPixel(x, y,
                           qRgb((x * seed) % 256, (y * 7 + seed) % 256, (x ^ y ^ seed) % 256));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

// Serves "/img/<n>" as a PNG of 160 × 120 and "/wide" as 3000 × 1000; answers
// later, like a network would.
struct ImageSource
{
    int fetches = 0;
    QHash<QString, QByteArray> special;
    MediaCache::Fetcher fetcher()
    {
        MediaCache::Fetcher f;
        f.fetch = [this](const QString &url, qint64 maxBytes, QObject *context,
                         MediaCache::Done done) -> quint64 {
            ++fetches;
            QByteArray bytes = special.value(url);
            if (bytes.isEmpty())
                bytes = pngBytes(160, 120, int(url.section(QLatin1Char('/'), -1).toInt()));
            QTimer::singleShot(0, context, [done, bytes, maxBytes] {
                if (bytes.size() > maxBytes)
                    done({}, QStringLiteral("too_large"));
                else
                    done(bytes, {});
            });
            return quint64(fetches);
        };
        f.cancel = [](quint64) {};
        return f;
    }
};

} // namespace

class TestMediaCache : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir.isValid()); }

    void scrollingThroughAThousandImagesStaysWithinTheCaps()
    {
        ImageSource source;
        MediaCache::Options options;
        options.dir = dir.filePath(QStringLiteral("scroll"));
        options.memoryCapKiB = 1024;       // about 13 thumbnails of 160 × 120
        options.diskCapBytes = 100 * 1024; // about 140 of these PNGs
        MediaCache cache(source.fetcher(), options);
        QSignalSpy ready(&cache, &MediaCache::ready);
        int peakMemory = 0;
        qint64 peakDisk = 0;
        // A screenful of eight rows at a time, as a view paints them.
        for (int first = 0; first < 1000; first += 8) {
            QSet<QString> wanted;
            for (int i = first; i < first + 8; ++i) {
                const QString key = QStringLiteral("/img/%1").arg(i);
                if (cache.image(key, MediaCache::Size::Thumb).isNull())
                    wanted.insert(key);
            }
            while (!wanted.isEmpty()) {
                QVERIFY(ready.wait(5000));
                for (const auto &args : std::as_const(ready))
                    wanted.remove(args.at(0).toString());
                ready.clear();
            }
            for (int i = first; i < first + 8; ++i) {
                const QImage image =
                    cache.image(QStringLiteral("/img/%1").arg(i), MediaCache::Size::Thumb);
                QCOMPARE(image.size(), QSize(160, 120));
            }
            peakMemory = qMax(peakMemory, cache.memoryCostKiB());
            peakDisk = qMax(peakDisk, cache.diskBytes());
        }
        QCOMPARE(source.fetches, 1000);
        QVERIFY2(peakMemory <= options.memoryCapKiB, qPrintable(QString::number(peakMemory)));
        QVERIFY2(peakDisk <= options.diskCapBytes, qPrintable(QString::number(peakDisk)));
        QVERIFY(cache.memoryCount() >= 8); // the screen's worth is kept
        // What is on disk agrees with the count (evicted files are gone).
        const QDir folder(options.dir);
        qint64 onDisk = 0;
        for (const QFileInfo &info : folder.entryInfoList(QDir::Files))
            onDisk += info.size();
        QCOMPARE(onDisk, cache.diskBytes());
        QVERIFY2(onDisk > options.diskCapBytes / 2,
                 qPrintable(QStringLiteral("%1 %2").arg(onDisk).arg(cache.diskFiles())));
    }

    void leastRecentlyUsedSurvivesEvictionAndRestart()
    {
        ImageSource source;
        MediaCache::Options options;
        options.dir = dir.filePath(QStringLiteral("lru"));
        const qint64 one = pngBytes(160, 120, 1).size();
        options.diskCapBytes = one * 10; // about ten files
        {
            MediaCache cache(source.fetcher(), options);
            QSignalSpy ready(&cache, &MediaCache::ready);
            for (int i = 0; i < 8; ++i) {
                cache.image(QStringLiteral("/img/%1").arg(i), MediaCache::Size::Full);
                QVERIFY(ready.wait(5000));
            }
            QCOMPARE(cache.diskFiles(), 8);
        }
        // A new session: the files are still there; using /img/0 makes it recent.
        MediaCache cache(source.fetcher(), options);
        QSignalSpy ready(&cache, &MediaCache::ready);
        const int before = source.fetches;
        cache.image(QStringLiteral("/img/0"), MediaCache::Size::Full);
        QVERIFY(ready.wait(5000));
        QCOMPARE(source.fetches, before); // from disk, not downloaded again
        QCOMPARE(cache.diskFiles(), 8);
        for (int i = 100; i < 106; ++i) {
            cache.image(QStringLiteral("/img/%1").arg(i), MediaCache::Size::Full);
            QVERIFY(ready.wait(5000));
        }
        QVERIFY(cache.diskBytes() <= options.diskCapBytes);
        // /img/0 was used recently, 1…7 not: some of those went, 0 stayed.
        MediaCache again(source.fetcher(), options);
        QSignalSpy readyAgain(&again, &MediaCache::ready);
        const int fetches = source.fetches;
        again.image(QStringLiteral("/img/0"), MediaCache::Size::Full);
        QVERIFY(readyAgain.wait(5000));
        QCOMPARE(source.fetches, fetches);
        for (int i = 1; i < 8; ++i) {
            again.image(QStringLiteral("/img/%1").arg(i), MediaCache::Size::Full);
            QVERIFY(readyAgain.wait(5000));
        }
        QVERIFY(source.fetches > fetches);
    }

    void decodeLimits()
    {
        ImageSource source;
        source.special.insert(QStringLiteral("/wide"), pngBytes(3000, 1000, 3));
        source.special.insert(QStringLiteral("/text"), QByteArray("not an image at all"));
        // A PNG header declaring 100,000 × 100,000 pixels.
        QByteArray ihdr(13, '\0');
        qToBigEndian<quint32>(100000, ihdr.data());
        qToBigEndian<quint32>(100000, ihdr.data() + 4);
        ihdr[8] = 8;
        ihdr[9] = 6;
        QByteArray bomb("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
        bomb += ihdr + QByteArray(4, '\0');
        source.special.insert(QStringLiteral("/bomb"), bomb);
        MediaCache::Options options;
        options.dir = dir.filePath(QStringLiteral("limits"));
        MediaCache cache(source.fetcher(), options);
        QSignalSpy ready(&cache, &MediaCache::ready);
        QSignalSpy failed(&cache, &MediaCache::failed);

        QVERIFY(cache.image(QStringLiteral("/wide"), MediaCache::Size::Thumb).isNull());
        QVERIFY(ready.wait(5000));
        QCOMPARE(cache.image(QStringLiteral("/wide"), MediaCache::Size::Thumb).size(),
                 QSize(480, 160));
        cache.image(QStringLiteral("/wide"), MediaCache::Size::Full);
        QVERIFY(ready.wait(5000));
        QCOMPARE(cache.image(QStringLiteral("/wide"), MediaCache::Size::Full).size(),
                 QSize(3000, 1000));

        for (const QString &key : {QStringLiteral("/text"), QStringLiteral("/bomb")}) {
            cache.image(key, MediaCache::Size::Thumb);
            QVERIFY(failed.wait(5000));
            QCOMPARE(failed.last().at(0).toString(), key);
            QVERIFY(!failed.last().at(1).toString().isEmpty());
            QVERIFY(cache.hasFailed(key));
            // Not tried again at once (no download loop while painting).
            const int fetches = source.fetches;
            QVERIFY(cache.image(key, MediaCache::Size::Thumb).isNull());
            QCOMPARE(source.fetches, fetches);
        }
        // The good image is unaffected.
        QVERIFY(!cache.image(QStringLiteral("/wide"), MediaCache::Size::Thumb).isNull());
    }
};

QTEST_MAIN(TestMediaCache)
#include "tst_mediacache.moc"
