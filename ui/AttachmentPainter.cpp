#include "AttachmentPainter.h"

#include "AttachmentLayout.h"
#include "MediaCache.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"
#include "MessageStyle.h"

#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace kora::ui {

using models::MessageListModel;
using S = MessageStyle;

namespace {

// The short type label of a file ("PDF", "ZIP"), from its name or mime type.
QString typeLabel(const QVariantMap &a)
{
    const QString suffix = QFileInfo(a.value(QStringLiteral("name")).toString()).suffix();
    if (!suffix.isEmpty() && suffix.size() <= 5)
        return suffix.toUpper();
    const QString mime = a.value(QStringLiteral("mime")).toString();
    return mime.section(QLatin1Char('/'), -1).left(5).toUpper();
}

// A sheet with a folded corner and the type on it.
void drawFileIcon(QPainter *p, const QRectF &box, const QString &label, const QColor &paper,
                  const QColor &ink, const QFont &font)
{
    p->save();
    const qreal fold = box.width() * 0.3;
    QPainterPath sheet;
    sheet.moveTo(box.topLeft());
    sheet.lineTo(box.right() - fold, box.top());
    sheet.lineTo(box.right(), box.top() + fold);
    sheet.lineTo(box.bottomRight());
    sheet.lineTo(box.bottomLeft());
    sheet.closeSubpath();
    p->setPen(Qt::NoPen);
    p->setBrush(paper);
    p->drawPath(sheet);
    QPainterPath corner;
    corner.moveTo(box.right() - fold, box.top());
    corner.lineTo(box.right() - fold, box.top() + fold);
    corner.lineTo(box.right(), box.top() + fold);
    corner.closeSubpath();
    p->setBrush(paper.darker(125));
    p->drawPath(corner);
    QFont f = font;
    f.setBold(true);
    f.setPixelSize(qMax(7, int(box.width() * 0.28)));
    p->setFont(f);
    p->setPen(ink);
    p->drawText(box.adjusted(1, fold * 0.6, -1, -2), Qt::AlignCenter,
                QFontMetrics(f).elidedText(label, Qt::ElideRight, int(box.width()) - 2));
    p->restore();
}

} // namespace

AttachmentPainter::AttachmentPainter(MediaCache *media)
    : m_media(media)
{}

void AttachmentPainter::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index, const MessageGeometry &g,
                              const QColor &bubble) const
{
    if (g.attachments.isEmpty())
        return;
    const QPalette &pal = option.palette;
    const QColor textColor = pal.color(QPalette::Text);
    const QVariantList attachments = index.data(MessageListModel::AttachmentsRole).toList();
    const qreal imageRadius = S::radius - S::mediaInset;
    for (int i = 0; i < attachments.size() && i < g.attachments.size(); ++i) {
        const QRect rect = g.attachments.at(i);
        if (rect.isEmpty())
            continue;
        const QVariantMap a = attachments.at(i).toMap();
        if (AttachmentLayout::isImage(a)) {
            QPainterPath clip;
            clip.addRoundedRect(QRectF(rect), imageRadius, imageRadius);
            painter->save();
            painter->setClipPath(clip);
            const QString key = MediaCache::keyFor(a, MediaCache::Size::Thumb);
            const QImage image = m_media ? m_media->image(key, MediaCache::Size::Thumb) : QImage();
            if (image.isNull()) {
                // A placeholder of the final size: no jump when the pixels come.
                painter->fillRect(rect, S::mix(bubble, textColor, 0.1));
                if (m_media && m_media->hasFailed(key)) {
                    painter->setPen(S::mix(textColor, bubble, 0.4));
                    painter->setFont(S::smallFont(option.font));
                    painter->drawText(rect.adjusted(6, 6, -6, -6),
                                      Qt::AlignCenter | Qt::TextWordWrap,
                                      MessageDelegate::tr("Image not available"));
                }
            } else {
                // Fill the box, cropping what does not fit (the box has the image's
                // own ratio unless it is one of several, or very small or thin).
                const QSizeF src = image.size();
                const qreal scale = qMax(rect.width() / src.width(), rect.height() / src.height());
                const QSizeF crop(rect.width() / scale, rect.height() / scale);
                const QRectF source(
                    QPointF((src.width() - crop.width()) / 2, (src.height() - crop.height()) / 2),
                    crop);
                painter->setRenderHint(QPainter::SmoothPixmapTransform);
                painter->drawImage(QRectF(rect), image, source);
            }
            painter->restore();
            continue;
        }
        // Another file: type icon, name, size and type.
        painter->setPen(Qt::NoPen);
        painter->setBrush(S::mix(bubble, textColor, 0.07));
        painter->drawRoundedRect(QRectF(rect), imageRadius, imageRadius);
        const bool rtl = option.direction == Qt::RightToLeft;
        const int iconW = 30;
        const int iconH = 36;
        const QRect icon(rtl ? rect.right() - 8 - iconW + 1 : rect.left() + 8,
                         rect.top() + (rect.height() - iconH) / 2, iconW, iconH);
        const QColor accent = pal.color(QPalette::Highlight);
        drawFileIcon(painter, icon, typeLabel(a), accent, pal.color(QPalette::HighlightedText),
                     option.font);
        const QRect textRect = rtl ? QRect(rect.left() + 8, rect.top() + 6,
                                           rect.width() - iconW - 24, rect.height() - 12)
                                   : QRect(icon.right() + 9, rect.top() + 6,
                                           rect.right() - icon.right() - 16, rect.height() - 12);
        QFont nameFont = option.font;
        nameFont.setWeight(QFont::DemiBold);
        const QFontMetrics nameFm(nameFont);
        painter->setFont(nameFont);
        painter->setPen(textColor);
        const QString name = a.value(QStringLiteral("name")).toString();
        // Next to the icon, whatever the direction of the name itself.
        const Qt::Alignment side = Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft);
        const Qt::Alignment align = side | Qt::AlignTop;
        painter->drawText(textRect, align,
                          nameFm.elidedText(name, Qt::ElideMiddle, textRect.width()));
        painter->setFont(S::smallFont(option.font));
        painter->setPen(S::mix(textColor, bubble, 0.42));
        const QString details =
            MessageDelegate::tr("%1 · %2", "file size · file type")
                .arg(QLocale().formattedDataSize(a.value(QStringLiteral("size")).toLongLong(), 1,
                                                 QLocale::DataSizeTraditionalFormat),
                     typeLabel(a));
        painter->drawText(textRect, side | Qt::AlignBottom,
                          QFontMetrics(S::smallFont(option.font))
                              .elidedText(details, Qt::ElideRight, textRect.width()));
    }
}

} // namespace kora::ui
