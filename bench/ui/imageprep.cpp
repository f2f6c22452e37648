// bench-imageprep: prints how long ImagePrep takes on a 50-megapixel photo
// (8660 × 5774 JPEG, colour, with detail) and on a 12-megapixel PNG
// screenshot, on a worker thread as the app runs it. Asserts nothing.
#include "ImagePrep.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>

using kora::models::ImagePrep;

namespace {

QImage photo(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB888);
    for (int y = 0; y < h; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < w; ++x) {
            line[3 * x] = uchar((x * 3 + y) & 0xff);
            line[3 * x + 1] = uchar((x ^ y) & 0xff);
            line[3 * x + 2] = uchar((y * 5 - x) & 0xff);
        }
    }
    return image;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    struct Case
    {
        const char *label;
        QString file;
        QSize size;
        const char *format;
    };
    const QList<Case> cases{
        {"50 MP JPEG photo", dir.filePath(QStringLiteral("photo.jpg")), QSize(8660, 5774), "JPEG"},
        {"12 MP PNG screenshot", dir.filePath(QStringLiteral("shot.png")), QSize(4000, 3000),
         "PNG"},
    };
    for (const Case &c : cases) {
        {
            const QImage image = photo(c.size.width(), c.size.height());
            if (!image.save(c.file, c.format, 90)) {
                out << "cannot write " << c.file << Qt::endl;
                return 1;
            }
        }
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto future = ImagePrep::prepareFileAsync(c.file, dir.filePath(QStringLiteral("s")));
            future.waitForFinished();
            const auto result = future.result();
            out << c.label << " (" << QFileInfo(c.file).size() / 1024 << " KiB) run " << run + 1
                << ": " << timer.elapsed() << " ms → " << result.file.width << "×"
                << result.file.height << " " << result.file.mime << " " << result.file.size / 1024
                << " KiB" << (result ? "" : " FAILED ") << result.message << Qt::endl;
        }
    }
    return 0;
}
