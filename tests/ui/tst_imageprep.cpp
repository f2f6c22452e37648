// models::ImagePrep with real files: generated images, an EXIF-rotated JPEG
// with location data, a decompression bomb, damaged and disguised files.
#include "ImagePrep.h"

#include <QBuffer>
#include <QFile>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtEndian>

using kora::models::ImagePrep;

namespace {

QByteArray pngChunk(const char *type, const QByteArray &data)
{
    QByteArray chunk;
    chunk.resize(4);
    qToBigEndian<quint32>(quint32(data.size()), chunk.data());
    QByteArray body = QByteArray(type, 4) + data;
    chunk += body;
    // CRC-32 over type and data (the PNG polynomial).
    quint32 crc = 0xffffffffu;
    for (const char ch : std::as_const(body)) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    QByteArray tail(4, Qt::Uninitialized);
    qToBigEndian<quint32>(crc ^ 0xffffffffu, tail.data());
    return chunk + tail;
}

// A valid PNG header that declares width × height and carries a few bytes of data.
QByteArray bombPng(quint32 width, quint32 height)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(width, ihdr.data());
    qToBigEndian<quint32>(height, ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 6; // RGBA
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) +
           pngChunk("IDAT", QByteArray("\x78\x9c\x63\x00\x00\x00\x01\x00\x01", 9)) +
           pngChunk("IEND", {});
}

// An EXIF APP1 segment (big-endian TIFF) with an orientation and a GPS latitude.
QByteArray exifSegment(quint16 orientation)
{
    QByteArray tiff("MM\0\x2a\0\0\0\x08", 8);
    auto u16 = [&](quint16 v) {
        char b[2];
        qToBigEndian(v, b);
        tiff.append(b, 2);
    };
    auto u32 = [&](quint32 v) {
        char b[4];
        qToBigEndian(v, b);
        tiff.append(b, 4);
    };
    u16(2);                      // IFD0: two entries
    u16(0x0112), u16(3), u32(1); // Orientation, SHORT, 1
    u16(orientation), u16(0);    //   value
    u16(0x8825), u16(4), u32(1); // GPS IFD pointer, LONG, 1
    u32(8 + 2 + 2 * 12 + 4);     //   offset of the GPS IFD
    u32(0);                      // no next IFD
    u16(1);                      // GPS IFD: one entry
    u16(0x0001), u16(2), u32(2); // GPSLatitudeRef, ASCII, 2
    tiff.append("N\0\0\0", 4);   //   value
    u32(0);
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment("\xff\xe1", 2);
    char len[2];
    qToBigEndian<quint16>(quint16(payload.size() + 2), len);
    segment.append(len, 2);
    return segment + payload;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QImage twoColour(int w, int h, bool alpha = false)
{
    QImage image(w, h, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    image.fill(alpha ? QColor(0, 0, 0, 0) : QColor(Qt::white));
    QPainter p(&image);
    p.fillRect(0, 0, w / 2, h, QColor(220, 30, 30));         // left: red
    p.fillRect(w / 2, 0, w - w / 2, h, QColor(30, 30, 220)); // right: blue
    return image;
}

bool reddish(QRgb c)
{
    return qRed(c) > 150 && qBlue(c) < 100;
}

bool bluish(QRgb c)
{
    return qBlue(c) > 150 && qRed(c) < 100;
}

} // namespace

class TestImagePrep : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    QString staging() const { return dir.filePath(QStringLiteral("staging")); }
    QString path(const QString &name) const { return dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir.isValid()); }

    void sanitizeName_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("traversal") << QStringLiteral("../../x") << QStringLiteral("x");
        QTest::newRow("windows") << QStringLiteral("..\\..\\boot.ini")
                                 << QStringLiteral("boot.ini");
        QTest::newRow("hidden") << QStringLiteral("...bashrc") << QStringLiteral("bashrc");
        QTest::newRow("control") << QStringLiteral("a\nb\u202Egnp.exe")
                                 << QStringLiteral("abgnp.exe");
        QTest::newRow("empty") << QStringLiteral("../") << QStringLiteral("file");
        QTest::newRow("plain") << QStringLiteral("Devis cuisine.pdf")
                               << QStringLiteral("Devis cuisine.pdf");
        QTest::newRow("long") << QString(300, QLatin1Char('a')) + QStringLiteral(".png")
                              << QString(116, QLatin1Char('a')) + QStringLiteral(".png");
    }
    void sanitizeName()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(ImagePrep::sanitizeName(input), expected);
    }

    void largeOpaqueImageBecomesJpegAt2048()
    {
        QImage source = twoColour(3000, 1500);
        source.setText(QStringLiteral("Location"), QStringLiteral("KORA-SECRET-PLACE"));
        QVERIFY(source.save(path(QStringLiteral("wide.png"))));
        const auto r = ImagePrep::prepareFile(path(QStringLiteral("wide.png")), staging());
        QVERIFY2(r, qPrintable(r.message));
        QCOMPARE(r.file.name, QStringLiteral("wide.jpg"));
        QCOMPARE(r.file.mime, QStringLiteral("image/jpeg"));
        QCOMPARE(QSize(r.file.width, r.file.height), QSize(2048, 1024));
        QVERIFY(r.file.path.startsWith(staging()));
        const QByteArray bytes = readFile(r.file.path);
        QCOMPARE(r.file.size, bytes.size());
        QVERIFY(!bytes.contains("KORA-SECRET-PLACE"));
        QImageReader reader(r.file.path);
        QCOMPARE(reader.format(), QByteArray("jpeg"));
        const QImage out = reader.read();
        QCOMPARE(out.size(), QSize(2048, 1024));
        QVERIFY(reddish(out.pixel(10, 500)));
        QVERIFY(bluish(out.pixel(2040, 500)));
        QVERIFY(QFile::exists(path(QStringLiteral("wide.png")))); // the original stays
    }

    void transparencyKeepsPng()
    {
        QImage half(200, 100, QImage::Format_ARGB32);
        half.fill(QColor(0, 200, 0, 128));
        QVERIFY(half.save(path(QStringLiteral("alpha.png"))));
        const auto r = ImagePrep::prepareFile(path(QStringLiteral("alpha.png")), staging());
        QVERIFY2(r, qPrintable(r.message));
        QCOMPARE(r.file.mime, QStringLiteral("image/png"));
        QCOMPARE(r.file.name, QStringLiteral("alpha.png"));
        const QImage out(r.file.path);
        QCOMPARE(out.size(), QSize(200, 100));
        QVERIFY(qAbs(qAlpha(out.pixel(5, 5)) - 128) <= 1);
    }

    void exifOrientationAppliedAndLocationDropped()
    {
        // 80 × 40, red on the left; stored with "rotate 90° clockwise" (6).
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(twoColour(80, 40).save(&buffer, "JPEG", 95));
        QByteArray jpeg = buffer.data();
        jpeg.insert(2, exifSegment(6));
        QVERIFY(writeFile(path(QStringLiteral("phone.jpg")), jpeg));
        QVERIFY(readFile(path(QStringLiteral("phone.jpg"))).contains("Exif"));

        const auto r = ImagePrep::prepareFile(path(QStringLiteral("phone.jpg")), staging());
        QVERIFY2(r, qPrintable(r.message));
        QCOMPARE(QSize(r.file.width, r.file.height), QSize(40, 80)); // upright
        const QByteArray out = readFile(r.file.path);
        QVERIFY(!out.contains("Exif")); // no EXIF block: no orientation, no GPS
        QImageReader reader(r.file.path);
        reader.setAutoTransform(true);
        const QImage image = reader.read();
        QCOMPARE(image.size(), QSize(40, 80));
        // Rotated clockwise: what was on the left is now on top.
        QVERIFY(reddish(image.pixel(20, 5)));
        QVERIFY(bluish(image.pixel(20, 75)));
    }

    void hostileFiles()
    {
        const QString hostile = path(QStringLiteral("hostile"));
        // A PNG that declares 100,000 × 100,000 pixels: refused before decoding.
        QVERIFY(writeFile(path(QStringLiteral("bomb.png")), bombPng(100000, 100000)));
        auto r = ImagePrep::prepareFile(path(QStringLiteral("bomb.png")), hostile);
        QCOMPARE(r.error, ImagePrep::Error::Bomb);
        QVERIFY2(r.message.contains(QStringLiteral("bomb.png")), qPrintable(r.message));
        QVERIFY(r.file.path.isEmpty());

        // Text pretending to be a PNG.
        QVERIFY(writeFile(path(QStringLiteral("cat.png")), "this is not a picture"));
        r = ImagePrep::prepareFile(path(QStringLiteral("cat.png")), hostile);
        QCOMPARE(r.error, ImagePrep::Error::Corrupt);
        QVERIFY(r.message.contains(QStringLiteral("cat.png")));

        // A real PNG cut in half.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QImage noise(300, 300, QImage::Format_RGB32);
        for (int y = 0; y < 300; ++y)
            for (int x = 0; x < 300; ++x)
                noise.setPixel(x, y, qRgb((x * 7 + y * 13) % 256, (x * y) % 256, (x ^ y) % 256));
        QVERIFY(noise.save(&buffer, "PNG"));
        QVERIFY(writeFile(path(QStringLiteral("cut.png")), buffer.data().left(buffer.size() / 2)));
        r = ImagePrep::prepareFile(path(QStringLiteral("cut.png")), hostile);
        QCOMPARE(r.error, ImagePrep::Error::Corrupt);

        // Over the file limit (a small limit keeps the test small).
        ImagePrep::Limits small;
        small.maxFileBytes = 1000;
        QVERIFY(writeFile(path(QStringLiteral("big.bin")), QByteArray(1001, 'x')));
        r = ImagePrep::prepareFile(path(QStringLiteral("big.bin")), hostile, small);
        QCOMPARE(r.error, ImagePrep::Error::TooLarge);
        QVERIFY(r.message.contains(QStringLiteral("big.bin")));

        // Missing, empty, a folder.
        QCOMPARE(ImagePrep::prepareFile(path(QStringLiteral("nope.png")), hostile).error,
                 ImagePrep::Error::NotFound);
        QVERIFY(writeFile(path(QStringLiteral("empty.txt")), {}));
        QCOMPARE(ImagePrep::prepareFile(path(QStringLiteral("empty.txt")), hostile).error,
                 ImagePrep::Error::Empty);
        QCOMPARE(ImagePrep::prepareFile(dir.path(), hostile).error, ImagePrep::Error::Unsupported);

        // Nothing half-made was left behind.
        QCOMPARE(QDir(hostile).entryList(QDir::Files | QDir::NoDotAndDotDot).size(), 0);
    }

    void otherFilesPassThrough()
    {
        const QByteArray text = "Quote for the kitchen: 1,200 EUR\n";
        QVERIFY(writeFile(path(QStringLiteral("quote.txt")), text));
        const auto r = ImagePrep::prepareFile(path(QStringLiteral("quote.txt")), staging());
        QVERIFY2(r, qPrintable(r.message));
        QCOMPARE(r.file.name, QStringLiteral("quote.txt"));
        QCOMPARE(r.file.mime, QStringLiteral("text/plain"));
        QVERIFY(!r.file.isImage());
        QCOMPARE(readFile(r.file.path), text);

        // A GIF goes as it is.
        QImage gif(64, 32, QImage::Format_Indexed8);
        gif.setColorCount(2);
        gif.setColor(0, qRgb(0, 0, 0));
        gif.setColor(1, qRgb(255, 255, 255));
        gif.fill(1);
        if (QImageWriter::supportedImageFormats().contains("gif")) {
            QVERIFY(gif.save(path(QStringLiteral("anim.gif"))));
            const auto g = ImagePrep::prepareFile(path(QStringLiteral("anim.gif")), staging());
            QVERIFY2(g, qPrintable(g.message));
            QCOMPARE(g.file.mime, QStringLiteral("image/gif"));
            QCOMPARE(readFile(g.file.path), readFile(path(QStringLiteral("anim.gif"))));
        }
    }

    void pastedImage()
    {
        const auto r = ImagePrep::prepareImage(twoColour(4096, 1024),
                                               QStringLiteral("../paste.png"), staging());
        QVERIFY2(r, qPrintable(r.message));
        QCOMPARE(r.file.name, QStringLiteral("paste.jpg"));
        QCOMPARE(QSize(r.file.width, r.file.height), QSize(2048, 512));
        QCOMPARE(ImagePrep::prepareImage(QImage(), QStringLiteral("x.png"), staging()).error,
                 ImagePrep::Error::Corrupt);
    }

    void largePhotoDoesNotBlockTheEventLoop()
    {
        // A 48-megapixel photo (greyscale keeps the test's own memory small).
        QImage photo(8000, 6000, QImage::Format_Grayscale8);
        for (int y = 0; y < photo.height(); ++y)
            memset(photo.scanLine(y), (y / 40) % 256, size_t(photo.width()));
        QVERIFY(photo.save(path(QStringLiteral("photo.jpg")), "JPEG", 80));
        photo = QImage();

        auto future = ImagePrep::prepareFileAsync(path(QStringLiteral("photo.jpg")), staging());
        QFutureWatcher<ImagePrep::Result> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(future);
        int turnsWhileRunning = 0;
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, this, [&] {
            if (!future.isFinished())
                ++turnsWhileRunning;
        });
        ticker.start();
        QVERIFY(finished.wait(60000));
        ticker.stop();
        QVERIFY2(turnsWhileRunning >= 3, qPrintable(QString::number(turnsWhileRunning)));
        const auto r = future.result();
        QVERIFY2(r, qPrintable(r.message));
        QCOMPARE(QSize(r.file.width, r.file.height), QSize(2048, 1536));
        QVERIFY(r.file.size <= 10 * 1024 * 1024);
    }
};

QTEST_MAIN(TestImagePrep)
#include "tst_imageprep.moc"
