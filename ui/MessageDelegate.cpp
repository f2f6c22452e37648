#include "MessageDelegate.h"
#include <QListView>
#include <QScrollBar>

#include "MediaCache.h"
#include "TimeText.h"

#include "MessageListModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QStyle>

namespace kora::ui {

using models::MessageListModel;

namespace {

constexpr int sideMargin = 12; // between the view's edge and a bubble
constexpr int padH = 10;       // inside a bubble
constexpr int padV = 6;
constexpr int radius = 12;
constexpr int gapSameSender = 2;
constexpr int gapNewSender = 8;
constexpr int metaGap = 8; // between the last text line and the time
constexpr int tickWidth = 16;
constexpr int mediaInset = 3; // between a bubble's edge and its images
constexpr int mediaGap = 3;   // between images of one message
constexpr int maxMediaWidth = 320;
constexpr int maxMediaHeight = 360;
constexpr int minMediaSide = 72;
constexpr int fileRowHeight = 48;
constexpr int fileRowWidth = 280;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                            a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t, 1.0);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QFont smallFont(const QFont &base)
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * 0.82);
    else if (base.pixelSize() > 0)
        font.setPixelSize(qMax(8, int(base.pixelSize() * 0.82)));
    return font;
}

QFont boldSmallFont(const QFont &base)
{
    QFont font = smallFont(base);
    font.setWeight(QFont::DemiBold);
    return font;
}

QString dayText(const QDate &day)
{
    const QDate today = QDate::currentDate();
    if (day == today)
        return MessageDelegate::tr("Today");
    if (day == today.addDays(-1))
        return MessageDelegate::tr("Yesterday");
    if (day.year() == today.year())
        return QLocale().toString(day, MessageDelegate::tr("d MMMM", "date separator, this year"));
    return QLocale().toString(day, QLocale::LongFormat);
}

QString metaText(const QModelIndex &index)
{
    const QDateTime created = index.data(MessageListModel::CreatedAtRole).toDateTime();
    QString text =
        created.isValid() ? MessageDelegate::timeText(created.toLocalTime().time()) : QString();
    if (index.data(MessageListModel::EditedRole).toBool() &&
        !index.data(MessageListModel::DeletedRole).toBool())
        text = text.isEmpty()
                   ? MessageDelegate::tr("edited")
                   : MessageDelegate::tr("edited %1", "edited mark, then the time").arg(text);
    return text;
}

bool isSystem(const QModelIndex &index)
{
    return index.data(MessageListModel::KindRole).toString() == QLatin1String("system");
}

QColor failureColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(255, 120, 110) : QColor(196, 43, 28);
}

void drawCheck(QPainter *p, const QPointF &origin, qreal h)
{
    // A tick in a 9 × h box.
    QPainterPath path;
    path.moveTo(origin + QPointF(0.5, h * 0.55));
    path.lineTo(origin + QPointF(3.2, h * 0.85));
    path.lineTo(origin + QPointF(8.5, h * 0.2));
    p->drawPath(path);
}

void drawTicks(QPainter *p, const QRectF &box, MessageListModel::Status status, const QColor &color,
               const QColor &accent, const QColor &failure)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const qreal h = qMin<qreal>(box.height(), 11);
    const QPointF origin(box.left() + 1, box.center().y() - h / 2);
    QPen pen(color, 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (status) {
    case MessageListModel::Status::Sending: {
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        const QPointF c(box.left() + 6.5, box.center().y());
        p->drawEllipse(c, 4.6, 4.6);
        p->drawLine(c, c + QPointF(0, -3));
        p->drawLine(c, c + QPointF(2.2, 0));
        break;
    }
    case MessageListModel::Status::Sent:
        p->setPen(pen);
        drawCheck(p, origin + QPointF(2, 0), h);
        break;
    case MessageListModel::Status::Delivered:
    case MessageListModel::Status::Read:
        pen.setColor(status == MessageListModel::Status::Read ? accent : color);
        p->setPen(pen);
        drawCheck(p, origin, h);
        drawCheck(p, origin + QPointF(4.5, 0), h);
        break;
    case MessageListModel::Status::Failed: {
        p->setPen(Qt::NoPen);
        p->setBrush(failure);
        const QPointF c(box.left() + 6.5, box.center().y());
        p->drawEllipse(c, 6, 6);
        p->setPen(QPen(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap));
        p->drawLine(c + QPointF(0, -3.2), c + QPointF(0, 0.8));
        p->drawPoint(c + QPointF(0, 3.2));
        break;
    }
    case MessageListModel::Status::Received:
        break;
    }
    p->restore();
}

// Where a message's attachments go, relative to the block's top left; one
// rect per attachment (AttachmentsRole order). One image at its own aspect
// ratio; several in a grid of two columns (an odd last one across both);
// other files as rows below.
struct MediaBlock
{
    QSize size;
    QList<QRect> rects;
    bool imagesOnly = false;
};

MediaBlock mediaBlock(const QVariantList &attachments, int available)
{
    MediaBlock block;
    if (attachments.isEmpty())
        return block;
    QList<int> images;
    QList<int> files;
    for (int i = 0; i < attachments.size(); ++i)
        (MessageDelegate::isImageAttachment(attachments.at(i).toMap()) ? images : files).append(i);
    block.rects.resize(attachments.size());
    const int width = qMax(minMediaSide, qMin(available, maxMediaWidth));
    int y = 0;
    int blockW = 0;
    if (images.size() == 1) {
        const QVariantMap a = attachments.at(images.first()).toMap();
        QSize natural(a.value(QStringLiteral("width")).toInt(),
                      a.value(QStringLiteral("height")).toInt());
        QSize shown = natural;
        if (shown.width() > width || shown.height() > maxMediaHeight)
            shown = natural.scaled(width, maxMediaHeight, Qt::KeepAspectRatio);
        // Very small or very thin images get a box that can be seen and clicked.
        shown = QSize(qBound(minMediaSide, shown.width(), width),
                      qBound(minMediaSide, shown.height(), maxMediaHeight));
        block.rects[images.first()] = QRect(QPoint(0, 0), shown);
        blockW = shown.width();
        y = shown.height();
    } else if (images.size() > 1) {
        const int cellW = (width - mediaGap) / 2;
        const int cellH = images.size() == 2 ? cellW : cellW * 4 / 5;
        for (int k = 0; k < images.size(); ++k) {
            const int row = k / 2;
            const int top = row * (cellH + mediaGap);
            const bool lastAlone = k == images.size() - 1 && images.size() % 2 == 1;
            block.rects[images.at(k)] =
                lastAlone ? QRect(0, top, width, cellH)
                          : QRect((k % 2) * (cellW + mediaGap), top, cellW, cellH);
            y = top + cellH;
        }
        blockW = width;
    }
    if (!files.isEmpty()) {
        const int rowW = qMax(blockW, qMin(qMax(available, minMediaSide), fileRowWidth));
        for (const int i : std::as_const(files)) {
            if (y > 0)
                y += mediaGap;
            block.rects[i] = QRect(0, y, rowW, fileRowHeight);
            y += fileRowHeight;
        }
        blockW = rowW;
    }
    block.size = QSize(blockW, y);
    block.imagesOnly = files.isEmpty();
    return block;
}

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

MessageDelegate::MessageDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

MessageDelegate::~MessageDelegate() = default;

QString MessageDelegate::timeText(const QTime &time)
{
    return timeOfDayText(time);
}

QString MessageDelegate::displayedText(const QModelIndex &index)
{
    if (index.data(MessageListModel::DeletedRole).toBool())
        return tr("Message deleted");
    return index.data(MessageListModel::BodyRole).toString();
}

bool MessageDelegate::isImageAttachment(const QVariantMap &a)
{
    const QString mime = a.value(QStringLiteral("mime")).toString();
    return mime.startsWith(QLatin1String("image/")) && mime != QLatin1String("image/svg+xml") &&
           a.value(QStringLiteral("width")).toInt() > 0 &&
           a.value(QStringLiteral("height")).toInt() > 0;
}

void MessageDelegate::setMediaCache(MediaCache *cache)
{
    if (m_media)
        disconnect(m_media, nullptr, this, nullptr);
    m_media = cache;
    if (!cache)
        return;
    const auto repaint = [this] {
        if (m_viewport)
            m_viewport->update();
    };
    connect(cache, &MediaCache::ready, this, repaint);
    connect(cache, &MediaCache::failed, this, repaint);
}

QRect MessageDelegate::actionRect(const QModelIndex &index, Hit action) const
{
    if (!m_view || !index.isValid() || !m_view->model())
        return {};
    const QModelIndex shown = index.model() == m_view->model()
                                  ? index
                                  : m_view->model()->index(index.row(), index.column());
    const Geometry g = geometry(optionFor(shown), shown);
    switch (action) {
    case Hit::Retry:
        return g.retry;
    case Hit::Discard:
        return g.discard;
    case Hit::CancelUpload:
        return g.cancel;
    default:
        return {};
    }
}

QList<QRect> MessageDelegate::attachmentRects(const QModelIndex &index) const
{
    if (!m_view || !index.isValid() || !m_view->model())
        return {};
    // The view may show the model through a proxy of the same rows.
    const QModelIndex shown = index.model() == m_view->model()
                                  ? index
                                  : m_view->model()->index(index.row(), index.column());
    return geometry(optionFor(shown), shown).attachments;
}

QList<QPair<int, int>> MessageDelegate::findLinks(const QString &text)
{
    static const QRegularExpression url(QStringLiteral("\\bhttps?://[^\\s<>\"]+"),
                                        QRegularExpression::CaseInsensitiveOption);
    QList<QPair<int, int>> links;
    auto it = url.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        int length = int(m.capturedLength());
        // Punctuation that ends a sentence is not part of the link.
        while (length > 0 &&
               QStringLiteral(".,;:!?)]}'").contains(text.at(m.capturedStart() + length - 1)))
            --length;
        if (length > 8)
            links.append({int(m.capturedStart()), length});
    }
    return links;
}

void MessageDelegate::attach(QAbstractItemView *view)
{
    m_view = view;
    m_viewport = view->viewport();
    view->viewport()->setMouseTracking(true);
    view->viewport()->installEventFilter(this);
}

MessageDelegate *MessageDelegate::install(QListView *view)
{
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setUniformItemSizes(false);
    view->setResizeMode(QListView::Adjust);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setFrameShape(QFrame::NoFrame);
    view->verticalScrollBar()->setSingleStep(24);
    view->viewport()->setBackgroundRole(QPalette::Window);
    view->viewport()->setAutoFillBackground(true);
    auto *delegate = new MessageDelegate(view);
    view->setItemDelegate(delegate);
    delegate->attach(view);
    return delegate;
}

void MessageDelegate::clearCache()
{
    m_layouts.clear();
}

const MessageDelegate::TextEntry *MessageDelegate::textEntry(const QModelIndex &index,
                                                             const QString &text, const QFont &font,
                                                             int width) const
{
    const QString key = QStringLiteral("%1|%2|%3|%4")
                            .arg(index.data(MessageListModel::LocalIdRole).toLongLong())
                            .arg(width)
                            .arg(qHash(text))
                            .arg(font.key());
    if (const TextEntry *cached = m_layouts.object(key))
        return cached;

    auto *entry = new TextEntry;
    QString shown = text;
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator); // same length: link offsets hold
    shown.replace(QLatin1Char('\r'), QLatin1Char(' '));
    entry->rtl = text.isRightToLeft();
    entry->links = findLinks(text);
    entry->layout.setText(shown);
    entry->layout.setFont(font);
    entry->layout.setCacheEnabled(true);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(entry->rtl ? Qt::RightToLeft : Qt::LeftToRight);
    option.setAlignment(Qt::AlignLeading);
    entry->layout.setTextOption(option);
    entry->layout.beginLayout();
    qreal y = 0;
    qreal minX = width;
    for (;;) {
        QTextLine line = entry->layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        entry->width = qMax(entry->width, line.naturalTextWidth());
        minX = qMin(minX, line.naturalTextRect().left());
        entry->lastLine = line.naturalTextWidth();
    }
    entry->layout.endLayout();
    entry->height = qCeil(y);
    entry->width = qCeil(entry->width);
    entry->xShift = entry->layout.lineCount() > 0 ? minX : 0;
    const TextEntry *result = entry;
    m_layouts.insert(key, entry); // one entry, cost 1: never refused
    return result;
}

MessageDelegate::Geometry MessageDelegate::geometry(const QStyleOptionViewItem &option,
                                                    const QModelIndex &index) const
{
    Geometry g;
    const QRect row = option.rect;
    const QFontMetrics smallFm(smallFont(option.font));
    const QFontMetrics fm(option.font);
    int y = row.top();

    // Header: date separator, unread marker.
    const QModelIndex previous = index.siblingAtRow(index.row() - 1);
    const bool dateBoundary = index.data(MessageListModel::DateBoundaryRole).toBool() &&
                              index.data(MessageListModel::CreatedAtRole).toDateTime().isValid();
    const bool unread = index.data(MessageListModel::UnreadMarkerRole).toBool();
    if (dateBoundary) {
        y += 8;
        const int h = smallFm.height() + 8;
        const QString text =
            dayText(index.data(MessageListModel::CreatedAtRole).toDateTime().toLocalTime().date());
        const int w = QFontMetrics(boldSmallFont(option.font)).horizontalAdvance(text) + 24;
        g.dateRect = QRect(row.left() + (row.width() - w) / 2, y, w, h);
        y += h + 4;
    }
    if (unread) {
        y += 6;
        g.unreadRect = QRect(row.left(), y, row.width(), smallFm.height() + 8);
        y += g.unreadRect.height() + 4;
    }
    const bool sameSender = previous.isValid() && !dateBoundary && !unread &&
                            previous.data(MessageListModel::SenderIdRole) ==
                                index.data(MessageListModel::SenderIdRole) &&
                            isSystem(previous) == isSystem(index);
    y += sameSender ? gapSameSender : gapNewSender;
    g.header = QRect(row.left(), row.top(), row.width(), y - row.top());

    const bool system = isSystem(index);
    const bool own = index.data(MessageListModel::IsOwnRole).toBool() && !system;
    const int available = qMax(80, row.width() - 2 * sideMargin);
    const int maxBubble =
        system ? available : qMax(qMin(available, 120), qMin(int(available * 0.78), 640));
    const int textCap = qMax(20, maxBubble - 2 * padH);

    QFont bodyFont = system ? smallFont(option.font) : option.font;
    const bool deleted = index.data(MessageListModel::DeletedRole).toBool();
    if (deleted)
        bodyFont.setItalic(true);

    // Attachments: their boxes come from the sizes the server recorded, so
    // the row is as tall before the pixels arrive as after.
    const QVariantList attachments =
        system || deleted ? QVariantList() : index.data(MessageListModel::AttachmentsRole).toList();
    const MediaBlock media = mediaBlock(attachments, maxBubble - 2 * mediaInset);
    const bool hasMedia = !media.size.isEmpty();
    const int captionCap =
        hasMedia ? qMax(60, qMin(textCap, media.size.width() + 2 * mediaInset - 2 * padH))
                 : textCap;
    const QString text = displayedText(index);
    g.hasText = !text.isEmpty() || !hasMedia;
    g.text = textEntry(index, text, bodyFont, captionCap);

    const auto status = MessageListModel::Status(index.data(MessageListModel::StatusRole).toInt());
    const bool failed = own && status == MessageListModel::Status::Failed;
    // The bar stays while the message is sending (at 0 until its upload starts), so
    // progress ticks never change the row's height.
    const bool uploading = own && hasMedia && status == MessageListModel::Status::Sending;
    const QString meta = system ? QString() : metaText(index);
    const int metaW = system ? 0 : smallFm.horizontalAdvance(meta) + (own ? tickWidth + 4 : 0);
    const int metaH = system ? 0 : smallFm.height();

    int contentW = g.hasText ? int(g.text->width) : 0;
    int contentH = g.hasText ? int(g.text->height) : 0;
    int metaY = 0;
    const bool uiRtl = option.direction == Qt::RightToLeft;
    bool inlineMeta = false;
    // No caption under images: the time sits on the last image.
    g.metaOverlay = !system && hasMedia && !g.hasText && media.imagesOnly && !failed;
    if (!system && !g.metaOverlay) {
        // Inline next to the last line when that line ends on the side the time is on
        // (or there is only one line).
        inlineMeta = g.hasText && (g.text->rtl == uiRtl || g.text->layout.lineCount() == 1) &&
                     g.text->height > 0 && g.text->lastLine + metaGap + metaW <= captionCap;
        if (inlineMeta) {
            contentW = qMax(contentW, int(qCeil(g.text->lastLine)) + metaGap + metaW);
            metaY = contentH - metaH;
        } else {
            contentW = qMax(contentW, metaW);
            metaY = contentH;
            contentH += metaH;
        }
    }
    int failureY = 0;
    if (failed) {
        failureY = contentH + (contentH > 0 ? 4 : 0);
        contentH = failureY + 2 * smallFm.height() + 2;
        const QString reason = index.data(MessageListModel::FailureRole).toString();
        const int reasonW = smallFm.horizontalAdvance(tr("Not sent: %1").arg(reason)) + 2;
        const QFontMetrics bold(boldSmallFont(option.font));
        const int actionsW =
            bold.horizontalAdvance(tr("Retry")) + 16 + bold.horizontalAdvance(tr("Discard"));
        contentW = qMax(contentW, qMin(captionCap, qMax(reasonW, actionsW)));
    }

    // Top to bottom: images and files, the upload bar, then caption, time and failure.
    const int lineH = smallFm.height();
    int bubbleW = contentW + 2 * padH;
    if (hasMedia)
        bubbleW = qMax(bubbleW, media.size.width() + 2 * mediaInset);
    contentW = bubbleW - 2 * padH;
    int cursor = 0; // from the bubble's top
    int mediaTop = 0;
    int progressTop = 0;
    if (hasMedia) {
        mediaTop = mediaInset;
        cursor = mediaTop + media.size.height();
        if (uploading) {
            progressTop = cursor + 6;
            cursor = progressTop + lineH + 2;
        }
    }
    const int contentTop = hasMedia ? (contentH > 0 ? cursor + padV - 1 : cursor) : padV;
    const int bubbleH = hasMedia
                            ? (contentH > 0 ? contentTop + contentH + padV : cursor + mediaInset)
                            : contentH + 2 * padV;
    int left;
    if (system)
        left = row.left() + (row.width() - bubbleW) / 2;
    else if (own)
        left = row.right() - sideMargin - bubbleW + 1;
    else
        left = row.left() + sideMargin;
    // Logical (left-to-right) rects, mirrored for right-to-left layouts.
    const auto visual = [&](const QRect &r) {
        return system ? r : QStyle::visualRect(option.direction, row, r);
    };
    const QRect logicalBubble(left, y, bubbleW, bubbleH);
    g.bubble = visual(logicalBubble);
    const int contentLeft = g.bubble.left() + padH;
    // A paragraph hugs the edge its direction starts from; with the time inline, the
    // edge away from the time (the UI's leading edge).
    const bool hugRight = inlineMeta ? uiRtl : g.text->rtl;
    const qreal textX = hugRight ? contentLeft + contentW - g.text->width - g.text->xShift
                                 : contentLeft - g.text->xShift;
    g.textPos = QPointF(textX, y + contentTop);
    g.attachments.resize(attachments.size());
    QRect lastImage;
    for (int i = 0; i < attachments.size(); ++i) {
        const QRect r = media.rects.value(i);
        if (r.isEmpty())
            continue;
        const QRect logical = r.translated(left + mediaInset, y + mediaTop);
        g.attachments[i] = visual(logical);
        if (isImageAttachment(attachments.at(i).toMap()) &&
            (lastImage.isNull() || logical.bottom() > lastImage.bottom() ||
             (logical.bottom() == lastImage.bottom() && logical.right() > lastImage.right())))
            lastImage = logical;
    }
    if (uploading) {
        const QFontMetrics bold(boldSmallFont(option.font));
        const int cancelW = bold.horizontalAdvance(tr("Cancel"));
        const int right = logicalBubble.right() - padH + 1;
        g.cancel = visual(QRect(right - cancelW, y + progressTop, cancelW, lineH));
        g.progress = visual(QRect(left + padH, y + progressTop,
                                  qMax(20, right - cancelW - 12 - left - padH), lineH));
    }
    if (g.metaOverlay && lastImage.isValid()) {
        g.meta = visual(QRect(lastImage.right() - 6 - metaW - 4, lastImage.bottom() - 6 - metaH - 1,
                              metaW, metaH));
    } else if (!system) {
        const QRect logicalMeta(logicalBubble.right() - padH - metaW + 1, y + contentTop + metaY,
                                metaW, metaH);
        g.meta = visual(logicalMeta);
    }
    if (failed) {
        const QFontMetrics bold(boldSmallFont(option.font));
        g.failure =
            visual(QRect(logicalBubble.left() + padH, y + contentTop + failureY, contentW, lineH));
        const int retryW = bold.horizontalAdvance(tr("Retry"));
        const int discardW = bold.horizontalAdvance(tr("Discard"));
        const int actionsY = y + contentTop + failureY + lineH + 2;
        g.retry = visual(QRect(logicalBubble.left() + padH, actionsY, retryW, lineH));
        g.discard =
            visual(QRect(logicalBubble.left() + padH + retryW + 16, actionsY, discardW, lineH));
    }
    y += bubbleH;
    if (!index.siblingAtRow(index.row() + 1).isValid())
        y += gapNewSender; // air below the newest message
    g.height = y - row.top();
    return g;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    const int width = m_view ? m_view->viewport()->width() : option.rect.width();
    opt.rect = QRect(0, 0, width > 0 ? width : 400, 0);
    return QSize(1, geometry(opt, index).height);
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const Geometry g = geometry(option, index);
    const QPalette &pal = option.palette;
    const bool dark = isDark(pal);
    const bool system = isSystem(index);
    const bool own = index.data(MessageListModel::IsOwnRole).toBool() && !system;
    const QColor window = pal.color(QPalette::Window);
    const QColor textColor = pal.color(QPalette::Text);
    // Read ticks and links on the own (blue) bubble: in dark mode half-way to
    // white, or they are blue on blue.
    const QColor accent = dark ? mix(pal.color(QPalette::Highlight), QColor(Qt::white), 0.55)
                               : pal.color(QPalette::Highlight).darker(110);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    // Each string takes its own direction (an English reason in a right-to-left UI).
    painter->setLayoutDirection(Qt::LayoutDirectionAuto);

    // Date separator: a centred pill.
    if (g.dateRect.isValid()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(mix(window, textColor, dark ? 0.16 : 0.09));
        painter->drawRoundedRect(g.dateRect, g.dateRect.height() / 2.0, g.dateRect.height() / 2.0);
        painter->setFont(boldSmallFont(option.font));
        painter->setPen(mix(textColor, window, 0.25));
        painter->drawText(
            g.dateRect, Qt::AlignCenter,
            dayText(index.data(MessageListModel::CreatedAtRole).toDateTime().toLocalTime().date()));
    }
    // Unread marker: a band across the view.
    if (g.unreadRect.isValid()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(mix(window, pal.color(QPalette::Highlight), dark ? 0.25 : 0.14));
        painter->drawRect(g.unreadRect);
        painter->setFont(boldSmallFont(option.font));
        painter->setPen(accent);
        painter->drawText(g.unreadRect, Qt::AlignCenter, tr("Unread messages"));
    }

    // The bubble.
    QColor bubble;
    if (system)
        bubble = mix(window, textColor, dark ? 0.12 : 0.06);
    else if (own)
        bubble = mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), dark ? 0.45 : 0.2);
    else
        bubble = dark ? mix(window, textColor, 0.12) : pal.color(QPalette::Base);
    // The hairline border is a fill under the bubble, not a stroke: stroking a
    // rounded rect costs the raster engine several times a fill (most of a
    // frame's paint time when scrolling).
    const qreal r = system ? qMin<qreal>(radius, g.bubble.height() / 2.0) : radius;
    painter->setPen(Qt::NoPen);
    QRectF body(g.bubble);
    qreal bodyRadius = r;
    if (!system && !dark) {
        painter->setBrush(mix(bubble, textColor, 0.08));
        painter->drawRoundedRect(body, r, r);
        body.adjust(1, 1, -1, -1);
        bodyRadius = r - 1;
    }
    painter->setBrush(bubble);
    painter->drawRoundedRect(body, bodyRadius, bodyRadius);

    const bool deleted = index.data(MessageListModel::DeletedRole).toBool();
    const QColor muted = mix(textColor, bubble, 0.42);
    paintAttachments(painter, option, index, g, bubble);
    if (g.progress.isValid()) {
        // The upload under way: a bar and Cancel.
        const double progress =
            qBound(0.0, index.data(MessageListModel::UploadProgressRole).toDouble(), 1.0);
        const QRectF track(g.progress.left(), g.progress.center().y() - 2, g.progress.width(), 4);
        painter->setPen(Qt::NoPen);
        painter->setBrush(mix(bubble, textColor, 0.15));
        painter->drawRoundedRect(track, 2, 2);
        QRectF done = track;
        done.setWidth(track.width() * progress);
        if (option.direction == Qt::RightToLeft)
            done.moveRight(track.right());
        painter->setBrush(accent);
        painter->drawRoundedRect(done, 2, 2);
        painter->setFont(boldSmallFont(option.font));
        painter->setPen(accent);
        painter->drawText(g.cancel, Qt::AlignCenter, tr("Cancel"));
    }

    // The body: plain text, links coloured.
    painter->setPen(system || deleted ? mix(textColor, bubble, 0.3) : textColor);
    QList<QTextLayout::FormatRange> formats;
    if (!deleted) {
        for (const auto &[start, length] : g.text->links) {
            QTextLayout::FormatRange range;
            range.start = start;
            range.length = length;
            range.format.setForeground(dark ? pal.color(QPalette::Link).lighter(160)
                                            : pal.color(QPalette::Link));
            range.format.setFontUnderline(true);
            formats.append(range);
        }
    }
    if (g.hasText)
        g.text->layout.draw(painter, g.textPos, formats);

    // Time, edited mark and ticks.
    const auto status = MessageListModel::Status(index.data(MessageListModel::StatusRole).toInt());
    if (g.meta.isValid()) {
        painter->setFont(smallFont(option.font));
        QColor metaColor = muted;
        if (g.metaOverlay) {
            // On the image: light on a dark pill, whatever the theme.
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0, 0, 0, 130));
            const QRectF pill = QRectF(g.meta).adjusted(-5, -1, 5, 1);
            painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
            metaColor = QColor(255, 255, 255, 235);
        }
        painter->setPen(metaColor);
        const bool rtl = option.direction == Qt::RightToLeft;
        QRect textRect = g.meta;
        if (own) {
            const QRect tick = rtl ? QRect(g.meta.left(), g.meta.top(), tickWidth, g.meta.height())
                                   : QRect(g.meta.right() - tickWidth + 1, g.meta.top(), tickWidth,
                                           g.meta.height());
            drawTicks(painter, tick, status, metaColor,
                      g.metaOverlay ? QColor(140, 200, 255) : accent, failureColor(pal));
            textRect = rtl ? g.meta.adjusted(tickWidth + 4, 0, 0, 0)
                           : g.meta.adjusted(0, 0, -(tickWidth + 4), 0);
        }
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignTrailing, metaText(index));
    }
    // A refused message: the reason, Retry and Discard.
    if (g.failure.isValid()) {
        const QFontMetrics smallFm(smallFont(option.font));
        painter->setFont(smallFont(option.font));
        painter->setPen(failureColor(pal));
        const QString reason =
            tr("Not sent: %1").arg(index.data(MessageListModel::FailureRole).toString());
        painter->drawText(g.failure, Qt::AlignVCenter | Qt::AlignLeading,
                          smallFm.elidedText(reason, Qt::ElideRight, g.failure.width()));
        painter->setFont(boldSmallFont(option.font));
        painter->setPen(accent);
        painter->drawText(g.retry, Qt::AlignCenter, tr("Retry"));
        painter->drawText(g.discard, Qt::AlignCenter, tr("Discard"));
    }
    painter->restore();
}

void MessageDelegate::paintAttachments(QPainter *painter, const QStyleOptionViewItem &option,
                                       const QModelIndex &index, const Geometry &g,
                                       const QColor &bubble) const
{
    if (g.attachments.isEmpty())
        return;
    const QPalette &pal = option.palette;
    const QColor textColor = pal.color(QPalette::Text);
    const QVariantList attachments = index.data(MessageListModel::AttachmentsRole).toList();
    const qreal imageRadius = radius - mediaInset;
    for (int i = 0; i < attachments.size() && i < g.attachments.size(); ++i) {
        const QRect rect = g.attachments.at(i);
        if (rect.isEmpty())
            continue;
        const QVariantMap a = attachments.at(i).toMap();
        if (isImageAttachment(a)) {
            QPainterPath clip;
            clip.addRoundedRect(QRectF(rect), imageRadius, imageRadius);
            painter->save();
            painter->setClipPath(clip);
            const QString key = MediaCache::keyFor(a, MediaCache::Size::Thumb);
            const QImage image = m_media ? m_media->image(key, MediaCache::Size::Thumb) : QImage();
            if (image.isNull()) {
                // A placeholder of the final size: no jump when the pixels come.
                painter->fillRect(rect, mix(bubble, textColor, 0.1));
                if (m_media && m_media->hasFailed(key)) {
                    painter->setPen(mix(textColor, bubble, 0.4));
                    painter->setFont(smallFont(option.font));
                    painter->drawText(rect.adjusted(6, 6, -6, -6),
                                      Qt::AlignCenter | Qt::TextWordWrap,
                                      tr("Image not available"));
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
        painter->setBrush(mix(bubble, textColor, 0.07));
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
        painter->setFont(smallFont(option.font));
        painter->setPen(mix(textColor, bubble, 0.42));
        const QString details =
            tr("%1 · %2", "file size · file type")
                .arg(QLocale().formattedDataSize(a.value(QStringLiteral("size")).toLongLong(), 1,
                                                 QLocale::DataSizeTraditionalFormat),
                     typeLabel(a));
        painter->drawText(textRect, side | Qt::AlignBottom,
                          QFontMetrics(smallFont(option.font))
                              .elidedText(details, Qt::ElideRight, textRect.width()));
    }
}

QStyleOptionViewItem MessageDelegate::optionFor(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    if (!m_view)
        return option;
    option.initFrom(m_view->viewport());
    option.font = m_view->font();
    option.direction = m_view->layoutDirection();
    option.rect = m_view->visualRect(index);
    if (option.rect.width() <= 0) // not laid out yet: the width it will have
        option.rect.setWidth(m_view->viewport()->width());
    return option;
}

MessageDelegate::HitResult MessageDelegate::hitTest(const QStyleOptionViewItem &option,
                                                    const QModelIndex &index,
                                                    const QPoint &pos) const
{
    HitResult result;
    if (!index.isValid())
        return result;
    const Geometry g = geometry(option, index);
    if (g.retry.isValid() && g.retry.adjusted(-4, -2, 4, 2).contains(pos)) {
        result.hit = Hit::Retry;
        return result;
    }
    if (g.discard.isValid() && g.discard.adjusted(-4, -2, 4, 2).contains(pos)) {
        result.hit = Hit::Discard;
        return result;
    }
    if (g.cancel.isValid() && g.cancel.adjusted(-6, -4, 6, 4).contains(pos)) {
        result.hit = Hit::CancelUpload;
        return result;
    }
    for (int i = 0; i < g.attachments.size(); ++i) {
        if (!g.attachments.at(i).contains(pos))
            continue;
        const QVariantMap a =
            index.data(MessageListModel::AttachmentsRole).toList().value(i).toMap();
        result.hit = isImageAttachment(a) ? Hit::Image : Hit::File;
        result.attachment = i;
        return result;
    }
    if (g.text->links.isEmpty() || index.data(MessageListModel::DeletedRole).toBool() ||
        !g.bubble.contains(pos))
        return result;
    const QPointF local = QPointF(pos) - g.textPos;
    for (int i = 0; i < g.text->layout.lineCount(); ++i) {
        const QTextLine line = g.text->layout.lineAt(i);
        const QRectF rect = line.naturalTextRect();
        if (local.y() < rect.top() || local.y() >= rect.bottom())
            continue;
        if (local.x() < rect.left() || local.x() > rect.right())
            return result;
        const int cursor = line.xToCursor(local.x(), QTextLine::CursorOnCharacter);
        const QString text = displayedText(index);
        for (const auto &[start, length] : g.text->links) {
            if (cursor >= start && cursor < start + length) {
                result.hit = Hit::Link;
                result.url = QUrl(text.mid(start, length), QUrl::StrictMode);
                if (!result.url.isValid())
                    result.url = QUrl(text.mid(start, length), QUrl::TolerantMode);
                return result;
            }
        }
        return result;
    }
    return result;
}

bool MessageDelegate::eventFilter(QObject *watched, QEvent *event)
{
    // Compare with the viewport before touching m_view: while the view is
    // being destroyed its viewport still sends events, and the view is then no
    // longer a QAbstractItemView (reading m_view would be undefined behaviour).
    const QEvent::Type type = event->type();
    const bool handled = type == QEvent::MouseMove || type == QEvent::MouseButtonPress ||
                         type == QEvent::MouseButtonRelease || type == QEvent::FontChange;
    if (!handled || watched != m_viewport.data() || m_view.isNull())
        return QStyledItemDelegate::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseMove: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint pos = mouse->position().toPoint();
        const QModelIndex index = m_view->indexAt(pos);
        const bool active =
            index.isValid() && hitTest(optionFor(index), index, pos).hit != Hit::None;
        if (active)
            m_view->viewport()->setCursor(Qt::PointingHandCursor);
        else
            m_view->viewport()->unsetCursor();
        break;
    }
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint pos = mouse->position().toPoint();
        const QModelIndex index = m_view->indexAt(pos);
        m_pressed = QPersistentModelIndex();
        if (mouse->button() == Qt::LeftButton && index.isValid() &&
            hitTest(optionFor(index), index, pos).hit != Hit::None) {
            m_pressed = index;
            return true;
        }
        break;
    }
    case QEvent::MouseButtonRelease: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton || !m_pressed.isValid())
            break;
        const QPoint pos = mouse->position().toPoint();
        const QModelIndex index = m_view->indexAt(pos);
        const bool same = index == QModelIndex(m_pressed);
        m_pressed = QPersistentModelIndex();
        if (!same)
            return true;
        const HitResult hit = hitTest(optionFor(index), index, pos);
        const QString clientId = index.data(MessageListModel::ClientIdRole).toString();
        switch (hit.hit) {
        case Hit::Link:
            if (hit.url.isValid() && (hit.url.scheme() == QLatin1String("http") ||
                                      hit.url.scheme() == QLatin1String("https")))
                Q_EMIT linkActivated(hit.url);
            break;
        case Hit::Retry:
            Q_EMIT retryRequested(clientId);
            break;
        case Hit::Discard:
            Q_EMIT discardRequested(clientId);
            break;
        case Hit::CancelUpload:
            Q_EMIT cancelUploadRequested(clientId);
            break;
        case Hit::Image:
            Q_EMIT imageActivated(index, hit.attachment);
            break;
        case Hit::File:
            Q_EMIT fileActivated(index, hit.attachment);
            break;
        case Hit::None:
            break;
        }
        return true;
    }
    case QEvent::FontChange:
        clearCache();
        break;
    default:
        break;
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

} // namespace kora::ui
