#include "AttachmentLayout.h"

#include "MessageStyle.h"

#include <QVariantMap>

namespace kora::ui {

bool AttachmentLayout::isImage(const QVariantMap &a)
{
    const QString mime = a.value(QStringLiteral("mime")).toString();
    return mime.startsWith(QLatin1String("image/")) && mime != QLatin1String("image/svg+xml") &&
           a.value(QStringLiteral("width")).toInt() > 0 &&
           a.value(QStringLiteral("height")).toInt() > 0;
}

AttachmentLayout::AttachmentLayout(const QVariantList &attachments, int available)
{
    using S = MessageStyle;
    if (attachments.isEmpty())
        return;
    QList<int> images;
    QList<int> files;
    for (int i = 0; i < attachments.size(); ++i)
        (isImage(attachments.at(i).toMap()) ? images : files).append(i);
    m_rects.resize(attachments.size());
    const int width = qMax(S::minMediaSide, qMin(available, S::maxMediaWidth));
    int y = 0;
    int blockW = 0;
    if (images.size() == 1) {
        const QVariantMap a = attachments.at(images.first()).toMap();
        QSize natural(a.value(QStringLiteral("width")).toInt(),
                      a.value(QStringLiteral("height")).toInt());
        QSize shown = natural;
        if (shown.width() > width || shown.height() > S::maxMediaHeight)
            shown = natural.scaled(width, S::maxMediaHeight, Qt::KeepAspectRatio);
        // Very small or very thin images get a box that can be seen and clicked.
        shown = QSize(qBound(S::minMediaSide, shown.width(), width),
                      qBound(S::minMediaSide, shown.height(), S::maxMediaHeight));
        m_rects[images.first()] = QRect(QPoint(0, 0), shown);
        blockW = shown.width();
        y = shown.height();
    } else if (images.size() > 1) {
        const int cellW = (width - S::mediaGap) / 2;
        const int cellH = images.size() == 2 ? cellW : cellW * 4 / 5;
        for (int k = 0; k < images.size(); ++k) {
            const int row = k / 2;
            const int top = row * (cellH + S::mediaGap);
            const bool lastAlone = k == images.size() - 1 && images.size() % 2 == 1;
            m_rects[images.at(k)] = lastAlone
                                        ? QRect(0, top, width, cellH)
                                        : QRect((k % 2) * (cellW + S::mediaGap), top, cellW, cellH);
            y = top + cellH;
        }
        blockW = width;
    }
    if (!files.isEmpty()) {
        const int rowW = qMax(blockW, qMin(qMax(available, S::minMediaSide), S::fileRowWidth));
        for (const int i : std::as_const(files)) {
            if (y > 0)
                y += S::mediaGap;
            m_rects[i] = QRect(0, y, rowW, S::fileRowHeight);
            y += S::fileRowHeight;
        }
        blockW = rowW;
    }
    m_size = QSize(blockW, y);
    m_imagesOnly = files.isEmpty();
}

} // namespace kora::ui
