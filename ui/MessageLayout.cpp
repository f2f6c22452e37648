#include "MessageLayout.h"

#include "AttachmentLayout.h"
#include "BookingStatus.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"
#include "MessageStyle.h"
#include "ReactionStrip.h"
#include "ReplyQuote.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QFontMetrics>
#include <QStyle>
#include <QtMath>

namespace kora::ui {

using models::MessageListModel;
using S = MessageStyle;

MessageLayout::MessageLayout(QObject *parent)
    : QObject(parent)
{}

MessageLayout::~MessageLayout()
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
}

void MessageLayout::clear()
{
    m_rows.clear();
    m_revisions.clear();
    m_texts.clear();
}

void MessageLayout::setSenderNames(bool on, bool ownToo)
{
    if (on == m_senderNames && ownToo == m_ownSenderNames)
        return;
    m_senderNames = on;
    m_ownSenderNames = ownToo;
    m_rows.clear();
}

void MessageLayout::watch(const QAbstractItemModel *model)
{
    if (model == m_model)
        return;
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_rows.clear();
    m_revisions.clear();
    m_model = model;
    if (!model)
        return;
    const auto dropRows = [this] {
        m_rows.clear();
        m_revisions.clear();
    };
    m_connections = {
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles) {
                    // Upload progress repaints; it never changes a row's geometry.
                    if (roles.size() == 1 && roles.first() == MessageListModel::UploadProgressRole)
                        return;
                    rowsChanged(topLeft.parent(), topLeft.row(), bottomRight.row());
                }),
        // A removed row's id may come back with other data.
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &MessageLayout::rowsChanged),
        connect(model, &QAbstractItemModel::modelReset, this, dropRows),
        connect(model, &QAbstractItemModel::layoutChanged, this, dropRows),
    };
}

void MessageLayout::rowsChanged(const QModelIndex &parent, int first, int last)
{
    if (!m_model)
        return;
    for (int row = first; row <= last; ++row) {
        const QVariant id = m_model->index(row, 0, parent).data(MessageListModel::LocalIdRole);
        if (id.isValid())
            ++m_revisions[id.toLongLong()];
    }
}

MessageLayout::Neighbours MessageLayout::neighboursOf(const QModelIndex &index)
{
    Neighbours n;
    const QModelIndex previous = index.siblingAtRow(index.row() - 1);
    n.hasPrevious = previous.isValid();
    if (n.hasPrevious) {
        n.previousSender = previous.data(MessageListModel::SenderIdRole);
        n.previousSystem = S::isSystem(previous);
    }
    n.hasNext = index.siblingAtRow(index.row() + 1).isValid();
    return n;
}

MessageGeometry MessageLayout::geometry(const QStyleOptionViewItem &option,
                                        const QModelIndex &index)
{
    watch(index.model());
    const QDate today = QDate::currentDate(); // "Today" and "Yesterday" move at midnight
    if (option.font != m_font || option.direction != m_direction || today != m_day) {
        m_rows.clear();
        m_font = option.font;
        m_direction = option.direction;
        m_day = today;
    }
    const QVariant id = index.data(MessageListModel::LocalIdRole);
    if (!id.isValid())
        return compute(option, index); // no identity to cache it under
    const Key key{id.toLongLong(), option.rect.width()};
    const quint32 revision = m_revisions.value(key.localId);
    const Neighbours neighbours = neighboursOf(index);
    if (const Entry *entry = m_rows.object(key);
        entry && entry->revision == revision && entry->neighbours == neighbours)
        return entry->geometry.translated(option.rect.topLeft());

    QStyleOptionViewItem atOrigin = option;
    atOrigin.rect.moveTopLeft(QPoint(0, 0));
    auto *entry = new Entry{compute(atOrigin, index), neighbours, revision};
    const MessageGeometry result = entry->geometry.translated(option.rect.topLeft());
    m_rows.insert(key, entry); // cost 1: never refused
    return result;
}

std::shared_ptr<const MessageText> MessageLayout::text(const QModelIndex &index,
                                                       const QString &text, const QFont &font,
                                                       int width, bool markup)
{
    const QString key = QStringLiteral("%1|%2|%3|%4|%5")
                            .arg(index.data(MessageListModel::LocalIdRole).toLongLong())
                            .arg(width)
                            .arg(qHash(text))
                            .arg(font.key())
                            .arg(markup);
    if (const auto *cached = m_texts.object(key))
        return *cached;
    auto entry = std::make_shared<const MessageText>(text, font, width, markup);
    m_texts.insert(key, new std::shared_ptr<const MessageText>(entry));
    return entry;
}

MessageGeometry MessageLayout::compute(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    MessageGeometry g;
    const QRect row = option.rect;
    const QFontMetrics smallFm(S::smallFont(option.font));
    int y = row.top();

    // Header: date separator, unread marker.
    const QModelIndex previous = index.siblingAtRow(index.row() - 1);
    const bool dateBoundary = index.data(MessageListModel::DateBoundaryRole).toBool() &&
                              index.data(MessageListModel::CreatedAtRole).toDateTime().isValid();
    const bool unread = index.data(MessageListModel::UnreadMarkerRole).toBool();
    if (dateBoundary) {
        y += 8;
        const int h = smallFm.height() + 8;
        const QString text = S::dayText(
            index.data(MessageListModel::CreatedAtRole).toDateTime().toLocalTime().date());
        const int w = QFontMetrics(S::boldSmallFont(option.font)).horizontalAdvance(text) + 24;
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
                            S::isSystem(previous) == S::isSystem(index);
    y += sameSender ? S::gapSameSender : S::gapNewSender;
    g.header = QRect(row.left(), row.top(), row.width(), y - row.top());

    const bool system = S::isSystem(index);
    const bool own = index.data(MessageListModel::IsOwnRole).toBool() && !system;
    // A group's others' bubbles stand beside a column of avatars (one at the
    // start of each run), all aligned whether or not theirs has one.
    const bool avatars = m_senderNames && !m_ownSenderNames && !own && !system;
    const int avatarGutter = avatars ? S::avatarSide + S::avatarGap : 0;
    const int available = qMax(80, row.width() - 2 * S::sideMargin - avatarGutter);
    const int maxBubble =
        system ? available : qMax(qMin(available, 120), qMin(int(available * 0.78), 640));
    const int textCap = qMax(20, maxBubble - 2 * S::padH);

    QFont bodyFont = system ? S::smallFont(option.font) : option.font;
    const bool deleted = index.data(MessageListModel::DeletedRole).toBool();
    if (deleted)
        bodyFont.setItalic(true);

    // Attachments: their boxes come from the sizes the server recorded, so
    // the row is as tall before the pixels arrive as after.
    const QVariantList attachments =
        system || deleted ? QVariantList() : index.data(MessageListModel::AttachmentsRole).toList();
    const AttachmentLayout media(attachments, maxBubble - 2 * S::mediaInset);
    const bool hasMedia = !media.size().isEmpty();
    const int captionCap =
        hasMedia ? qMax(60, qMin(textCap, media.size().width() + 2 * S::mediaInset - 2 * S::padH))
                 : textCap;
    // A reply: its original quoted on top.
    const QVariantMap preview =
        system || deleted ? QVariantMap() : index.data(MessageListModel::ReplyPreviewRole).toMap();
    const QSize quote = preview.isEmpty()
                            ? QSize()
                            : ReplyQuote::sizeFor(preview, option.font, maxBubble - 2 * S::padH);
    // A booking card (a system message with a status): its chip on top.
    const QString booking = system ? BookingStatus::of(index) : QString();
    const QFontMetrics chipFm(S::boldSmallFont(option.font));
    const QSize chip = booking.isEmpty()
                           ? QSize()
                           : QSize(chipFm.horizontalAdvance(BookingStatus::text(booking)) + 16,
                                   chipFm.height() + 4);
    // A group: who wrote it, over the first bubble of their run.
    const QString senderName = m_senderNames && (!own || m_ownSenderNames) && !system && !sameSender
                                   ? index.data(MessageListModel::SenderNameRole).toString()
                                   : QString();
    const QFontMetrics nameFm(S::boldSmallFont(option.font));
    const int nameH = senderName.isEmpty() ? 0 : nameFm.height();
    const int nameSpace = senderName.isEmpty() ? 0 : S::padV + nameH;
    const int quoteSpace = nameSpace + (preview.isEmpty() ? 0 : S::padV + quote.height()) +
                           (booking.isEmpty() ? 0 : S::padV + chip.height());
    const QString text = MessageDelegate::displayedText(index);
    g.hasText = !text.isEmpty() || !hasMedia;
    g.text = this->text(index, text, bodyFont, captionCap, !system && !deleted);

    const auto status = MessageListModel::Status(index.data(MessageListModel::StatusRole).toInt());
    const bool failed = own && status == MessageListModel::Status::Failed;
    // The bar stays while the message is sending (at 0 until its upload starts), so
    // progress ticks never change the row's height.
    const bool uploading = own && hasMedia && status == MessageListModel::Status::Sending;
    const QString meta = system ? QString() : S::metaText(index);
    // A deleted message has no delivery left to show: no ticks.
    const bool ticks = own && !deleted;
    const int metaW = system ? 0 : smallFm.horizontalAdvance(meta) + (ticks ? S::tickWidth + 4 : 0);
    const int metaH = system ? 0 : smallFm.height();

    int contentW = g.hasText ? int(g.text->width()) : 0;
    int contentH = g.hasText ? int(g.text->height()) : 0;
    int metaY = 0;
    const bool uiRtl = option.direction == Qt::RightToLeft;
    bool inlineMeta = false;
    // No caption under images: the time sits on the last image.
    g.metaOverlay = !system && hasMedia && !g.hasText && media.imagesOnly() && !failed;
    if (!system && !g.metaOverlay) {
        // Inline next to the last line when that line ends on the side the time is on
        // (or there is only one line).
        inlineMeta = g.hasText && (g.text->isRightToLeft() == uiRtl || g.text->lineCount() == 1) &&
                     g.text->height() > 0 && g.text->lastLine() + S::metaGap + metaW <= captionCap;
        if (inlineMeta) {
            contentW = qMax(contentW, int(qCeil(g.text->lastLine())) + S::metaGap + metaW);
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
        const int reasonW =
            smallFm.horizontalAdvance(MessageDelegate::tr("Not sent: %1").arg(reason)) + 2;
        const QFontMetrics bold(S::boldSmallFont(option.font));
        const int actionsW = bold.horizontalAdvance(MessageDelegate::tr("Retry")) + 16 +
                             bold.horizontalAdvance(MessageDelegate::tr("Discard"));
        contentW = qMax(contentW, qMin(captionCap, qMax(reasonW, actionsW)));
    }

    // Top to bottom: images and files, the upload bar, then caption, time and failure.
    const int lineH = smallFm.height();
    int bubbleW = qMax(qMax(contentW, quote.width()), chip.width()) + 2 * S::padH;
    if (!senderName.isEmpty())
        bubbleW =
            qMax(bubbleW, qMin(maxBubble, nameFm.horizontalAdvance(senderName) + 2 * S::padH));
    if (!booking.isEmpty()) // a card, not a line: room to read it at a glance
        bubbleW = qMax(bubbleW, qMin(available, 280));
    if (hasMedia)
        bubbleW = qMax(bubbleW, media.size().width() + 2 * S::mediaInset);
    contentW = bubbleW - 2 * S::padH;
    int cursor = 0; // from the bubble's top
    int mediaTop = 0;
    int progressTop = 0;
    if (hasMedia) {
        mediaTop = quoteSpace + S::mediaInset;
        cursor = mediaTop + media.size().height();
        if (uploading) {
            progressTop = cursor + 6;
            cursor = progressTop + lineH + 2;
        }
    }
    const int contentTop =
        hasMedia ? (contentH > 0 ? cursor + S::padV - 1 : cursor) : quoteSpace + S::padV;
    const int bubbleH =
        hasMedia ? (contentH > 0 ? contentTop + contentH + S::padV : cursor + S::mediaInset)
                 : quoteSpace + contentH + 2 * S::padV;
    int left;
    if (system)
        left = row.left() + (row.width() - bubbleW) / 2;
    else if (own)
        left = row.right() - S::sideMargin - bubbleW + 1;
    else
        left = row.left() + S::sideMargin + avatarGutter;
    // Logical (left-to-right) rects, mirrored for right-to-left layouts.
    const auto visual = [&](const QRect &r) {
        return system ? r : QStyle::visualRect(option.direction, row, r);
    };
    const QRect logicalBubble(left, y, bubbleW, bubbleH);
    g.bubble = visual(logicalBubble);
    const int contentLeft = g.bubble.left() + S::padH;
    if (!senderName.isEmpty())
        g.sender = visual(QRect(left + S::padH, y + S::padV, bubbleW - 2 * S::padH, nameH));
    if (avatars && !senderName.isEmpty())
        g.avatar = visual(QRect(row.left() + S::sideMargin, y, S::avatarSide, S::avatarSide));
    if (!preview.isEmpty())
        g.quote = visual(
            QRect(left + S::padH, y + nameSpace + S::padV, bubbleW - 2 * S::padH, quote.height()));
    if (!booking.isEmpty())
        g.status = QStyle::visualRect(
            option.direction, g.bubble,
            QRect(g.bubble.left() + S::padH, y + nameSpace + S::padV, chip.width(), chip.height()));
    // A paragraph hugs the edge its direction starts from; with the time inline, the
    // edge away from the time (the UI's leading edge).
    const bool hugRight = inlineMeta ? uiRtl : g.text->isRightToLeft();
    const qreal textX = hugRight ? contentLeft + contentW - g.text->width() : contentLeft;
    g.textPos = QPointF(textX, y + contentTop);
    g.attachments.resize(attachments.size());
    QRect lastImage;
    for (int i = 0; i < attachments.size(); ++i) {
        const QRect r = media.rects().value(i);
        if (r.isEmpty())
            continue;
        const QRect logical = r.translated(left + S::mediaInset, y + mediaTop);
        g.attachments[i] = visual(logical);
        if (AttachmentLayout::isImage(attachments.at(i).toMap()) &&
            (lastImage.isNull() || logical.bottom() > lastImage.bottom() ||
             (logical.bottom() == lastImage.bottom() && logical.right() > lastImage.right())))
            lastImage = logical;
    }
    if (uploading) {
        const QFontMetrics bold(S::boldSmallFont(option.font));
        const int cancelW = bold.horizontalAdvance(MessageDelegate::tr("Cancel"));
        const int right = logicalBubble.right() - S::padH + 1;
        g.cancel = visual(QRect(right - cancelW, y + progressTop, cancelW, lineH));
        g.progress = visual(QRect(left + S::padH, y + progressTop,
                                  qMax(20, right - cancelW - 12 - left - S::padH), lineH));
    }
    if (g.metaOverlay && lastImage.isValid()) {
        g.meta = visual(QRect(lastImage.right() - 6 - metaW - 4, lastImage.bottom() - 6 - metaH - 1,
                              metaW, metaH));
    } else if (!system) {
        const QRect logicalMeta(logicalBubble.right() - S::padH - metaW + 1, y + contentTop + metaY,
                                metaW, metaH);
        g.meta = visual(logicalMeta);
    }
    if (ticks && g.meta.isValid()) {
        const QRect logicalTicks(g.meta.right() - S::tickWidth + 1, g.meta.top(), S::tickWidth,
                                 g.meta.height());
        g.ticks = option.direction == Qt::RightToLeft
                      ? QRect(g.meta.left(), g.meta.top(), S::tickWidth, g.meta.height())
                      : logicalTicks;
    }
    if (failed) {
        const QFontMetrics bold(S::boldSmallFont(option.font));
        g.failure = visual(
            QRect(logicalBubble.left() + S::padH, y + contentTop + failureY, contentW, lineH));
        const int retryW = bold.horizontalAdvance(MessageDelegate::tr("Retry"));
        const int discardW = bold.horizontalAdvance(MessageDelegate::tr("Discard"));
        const int actionsY = y + contentTop + failureY + lineH + 2;
        g.retry = visual(QRect(logicalBubble.left() + S::padH, actionsY, retryW, lineH));
        g.discard =
            visual(QRect(logicalBubble.left() + S::padH + retryW + 16, actionsY, discardW, lineH));
    }
    y += bubbleH;
    // Reactions: chips under the bubble from its leading edge (an own bubble narrower
    // than them lets them run towards the other side rather than off the view).
    const QVariantList chips =
        system || deleted ? QVariantList() : index.data(MessageListModel::ReactionsRole).toList();
    if (!chips.isEmpty()) {
        QSize extent;
        const QList<QRect> rects = ReactionStrip::layout(chips, option.font, maxBubble, &extent);
        const int chipsLeft =
            own ? qMax(row.left() + S::sideMargin,
                       qMin(logicalBubble.left(), logicalBubble.right() + 1 - extent.width()))
                : logicalBubble.left();
        y += ReactionStrip::gap;
        for (const QRect &r : rects)
            g.reactions.append(visual(r.translated(chipsLeft, y)));
        y += extent.height();
    }
    if (!index.siblingAtRow(index.row() + 1).isValid())
        y += S::gapNewSender; // air below the newest message
    g.height = y - row.top();
    return g;
}

} // namespace kora::ui
