#include "MessagePainter.h"

#include "DesignSystem.h"
#include "protocol/ContactGuard.h"

#include "AttachmentPainter.h"
#include "Avatar.h"
#include "BookingStatus.h"
#include "Mentions.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"
#include "MessageStyle.h"
#include "ReactionStrip.h"
#include "ReplyQuote.h"

#include <QDateTime>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>

namespace kora::ui {

using models::MessageListModel;
using S = MessageStyle;

namespace {

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

} // namespace

MessagePainter::MessagePainter(MediaCache *media, const MentionPeople *mentions,
                               const CodeScroll *scroll)
    : m_media(media)
    , m_mentions(mentions)
    , m_scroll(scroll)
{}

void MessagePainter::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index, const MessageGeometry &g) const
{
    const QPalette &pal = option.palette;
    const bool dark = S::isDark(pal);
    const bool system = S::isSystem(index);
    const bool own = index.data(MessageListModel::IsOwnRole).toBool() && !system;
    const QColor window = pal.color(QPalette::Window);
    const QColor textColor = pal.color(QPalette::Text);
    // Read ticks and links on the own (blue) bubble: in dark mode half-way to
    // white, or they are blue on blue.
    const QColor accent = dark ? S::mix(pal.color(QPalette::Highlight), QColor(Qt::white), 0.55)
                               : pal.color(QPalette::Highlight).darker(110);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    // Each string takes its own direction (an English reason in a right-to-left UI).
    painter->setLayoutDirection(Qt::LayoutDirectionAuto);

    // A row jumped to (a reply's original): a band behind it for a moment.
    if (option.state & QStyle::State_Selected) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(S::mix(window, pal.color(QPalette::Highlight), dark ? 0.3 : 0.18));
        painter->drawRect(QRect(option.rect.left(), g.bubble.top() - 3, option.rect.width(),
                                g.bubble.height() + 6));
    }
    // Date separator: a centred pill.
    if (g.dateRect.isValid()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(S::mix(window, textColor, dark ? 0.16 : 0.09));
        painter->drawRoundedRect(g.dateRect, g.dateRect.height() / 2.0, g.dateRect.height() / 2.0);
        painter->setFont(S::boldSmallFont(option.font));
        painter->setPen(S::mix(textColor, window, 0.25));
        painter->drawText(
            g.dateRect, Qt::AlignCenter,
            S::dayText(
                index.data(MessageListModel::CreatedAtRole).toDateTime().toLocalTime().date()));
    }
    // Unread marker: a band across the view.
    if (g.unreadRect.isValid()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(S::mix(window, pal.color(QPalette::Highlight), dark ? 0.25 : 0.14));
        painter->drawRect(g.unreadRect);
        painter->setFont(S::boldSmallFont(option.font));
        painter->setPen(accent);
        painter->drawText(g.unreadRect, Qt::AlignCenter, MessageDelegate::tr("Unread messages"));
    }

    // The bubble.
    QColor bubble;
    if (system)
        bubble = S::mix(window, textColor, dark ? 0.12 : 0.06);
    else if (own)
        bubble =
            S::mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), dark ? 0.45 : 0.2);
    else
        bubble = dark ? S::mix(window, textColor, 0.12) : pal.color(QPalette::Base);
    // The hairline border is a fill under the bubble, not a stroke: stroking a
    // rounded rect costs the raster engine several times a fill (most of a
    // frame's paint time when scrolling).
    const qreal r = system ? qMin<qreal>(S::radius, g.bubble.height() / 2.0) : S::radius;
    painter->setPen(Qt::NoPen);
    QRectF body(g.bubble);
    qreal bodyRadius = r;
    if (!system && !dark) {
        painter->setBrush(S::mix(bubble, textColor, 0.08));
        painter->drawRoundedRect(body, r, r);
        body.adjust(1, 1, -1, -1);
        bodyRadius = r - 1;
    }
    painter->setBrush(bubble);
    painter->drawRoundedRect(body, bodyRadius, bodyRadius);
    // The message picked with the keyboard (Ctrl+R replies to it): a ring.
    if ((option.state & QStyle::State_HasFocus) && !system) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(g.bubble).adjusted(-1.5, -1.5, 1.5, 1.5), r + 1.5, r + 1.5);
        painter->setPen(Qt::NoPen);
    }

    const bool deleted = index.data(MessageListModel::DeletedRole).toBool();
    const QColor muted = S::mix(textColor, bubble, 0.42);
    if (g.avatar.isValid()) {
        // Who is talking, beside the first bubble of their run (their
        // initials on their colour, cached per person, size and scale).
        const QString id = index.data(MessageListModel::SenderIdRole).toString();
        const QString name = index.data(MessageListModel::SenderNameRole).toString();
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const QString key = QStringLiteral("kora-bubble-avatar|%1|%2|%3|%4")
                                .arg(id, name)
                                .arg(g.avatar.width())
                                .arg(dpr);
        QPixmap avatar;
        if (!QPixmapCache::find(key, &avatar)) {
            avatar = initialsAvatar(name, id, g.avatar.width(), dpr);
            QPixmapCache::insert(key, avatar);
        }
        painter->drawPixmap(g.avatar.topLeft(), avatar);
    }
    if (g.sender.isValid()) {
        // Each person's own colour (as their avatar), kept readable on the bubble.
        QColor nameColor = avatarColor(index.data(MessageListModel::SenderIdRole).toString());
        nameColor = dark ? nameColor.lighter(150) : nameColor.darker(110);
        painter->setFont(S::boldSmallFont(option.font));
        painter->setPen(nameColor);
        const QString name = index.data(MessageListModel::SenderNameRole).toString();
        painter->drawText(
            g.sender, Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine,
            QFontMetrics(painter->font()).elidedText(name, Qt::ElideRight, g.sender.width()));
    }
    if (g.quote.isValid())
        ReplyQuote::paint(painter, g.quote, index.data(MessageListModel::ReplyPreviewRole).toMap(),
                          option, bubble, accent);
    AttachmentPainter(m_media).paint(painter, option, index, g, bubble);
    if (g.progress.isValid()) {
        // The upload under way: a bar and Cancel.
        const double progress =
            qBound(0.0, index.data(MessageListModel::UploadProgressRole).toDouble(), 1.0);
        const QRectF track(g.progress.left(), g.progress.center().y() - 2, g.progress.width(), 4);
        painter->setPen(Qt::NoPen);
        painter->setBrush(S::mix(bubble, textColor, 0.15));
        painter->drawRoundedRect(track, 2, 2);
        QRectF done = track;
        done.setWidth(track.width() * progress);
        if (option.direction == Qt::RightToLeft)
            done.moveRight(track.right());
        painter->setBrush(accent);
        painter->drawRoundedRect(done, 2, 2);
        painter->setFont(S::boldSmallFont(option.font));
        painter->setPen(accent);
        painter->drawText(g.cancel, Qt::AlignCenter, MessageDelegate::tr("Cancel"));
    }

    // A booking card's status chip.
    if (g.status.isValid()) {
        const QString status = BookingStatus::of(index);
        const QColor color = BookingStatus::color(status, dark);
        painter->setPen(Qt::NoPen);
        painter->setBrush(S::mix(bubble, color, dark ? 0.3 : 0.16));
        painter->drawRoundedRect(QRectF(g.status), g.status.height() / 2.0,
                                 g.status.height() / 2.0);
        painter->setFont(S::boldSmallFont(option.font));
        painter->setPen(color);
        painter->drawText(g.status, Qt::AlignCenter, BookingStatus::text(status));
        painter->setFont(S::smallFont(option.font)); // a system message's body font
    }

    // The body: plain text, links coloured.
    painter->setPen(system || deleted ? S::mix(textColor, bubble, 0.3) : textColor);
    QList<QTextLayout::FormatRange> formats;
    if (!deleted) {
        for (const auto &[start, length] : g.text->links()) {
            QTextLayout::FormatRange range;
            range.start = start;
            range.length = length;
            range.format.setForeground(dark ? pal.color(QPalette::Link).lighter(160)
                                            : pal.color(QPalette::Link));
            range.format.setFontUnderline(true);
            formats.append(range);
        }
    }
    if (g.hasText && !deleted && !system && m_mentions && !m_mentions->people.isEmpty()) {
        // @mentions in the link colour (their width unchanged); mine on a tint too.
        const QColor link =
            dark ? pal.color(QPalette::Link).lighter(160) : pal.color(QPalette::Link);
        for (const models::Mention &m : models::findMentions(g.text->text(), m_mentions->people)) {
            QTextLayout::FormatRange range;
            range.start = m.start;
            range.length = m.length;
            range.format.setForeground(link);
            if (m.userId == m_mentions->me)
                range.format.setBackground(S::mix(bubble, link, dark ? 0.3 : 0.16));
            formats.append(range);
        }
    }
    if (g.hasText && !deleted && !g.text->hiddenMarks().isEmpty() &&
        index.data(MessageListModel::FlagsRole)
            .toStringList()
            .contains(proto::flag::ContactMasked)) {
        // Contact details the server took out: a muted chip, not text to read.
        painter->save();
        painter->setPen(Qt::NoPen);
        painter->setBrush(S::mix(bubble, textColor, 0.12));
        for (const auto &[start, length] : g.text->hiddenMarks()) {
            for (const QRectF &r : g.text->spanRects(start, length)) {
                const QRectF chip = r.translated(g.textPos).adjusted(-2, 1, 2, -1);
                painter->drawRoundedRect(chip, theme::radiusS, theme::radiusS);
            }
            QTextLayout::FormatRange range;
            range.start = start;
            range.length = length;
            range.format.setForeground(muted);
            formats.append(range);
        }
        painter->restore();
    }
    if (g.hasText) {
        const MessageText::Colors colors{painter->pen().color(), S::mix(textColor, bubble, 0.55),
                                         S::mix(bubble, textColor, dark ? 0.14 : 0.08), accent};
        const qint64 row = index.data(MessageListModel::LocalIdRole).toLongLong();
        g.text->draw(painter, g.textPos, formats, colors,
                     m_scroll ? m_scroll->value(row) : QHash<int, qreal>());
    }

    // Time, edited mark and ticks.
    const auto status = MessageListModel::Status(index.data(MessageListModel::StatusRole).toInt());
    if (g.meta.isValid()) {
        painter->setFont(S::smallFont(option.font));
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
        if (g.ticks.isValid()) {
            drawTicks(painter, g.ticks, status, metaColor,
                      g.metaOverlay ? QColor(140, 200, 255) : accent, S::failureColor(pal));
            textRect = rtl ? g.meta.adjusted(S::tickWidth + 4, 0, 0, 0)
                           : g.meta.adjusted(0, 0, -(S::tickWidth + 4), 0);
        }
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignTrailing, S::metaText(index));
    }
    if (!g.reactions.isEmpty())
        ReactionStrip::paint(painter, g.reactions,
                             index.data(MessageListModel::ReactionsRole).toList(), option,
                             dark ? accent : pal.color(QPalette::Highlight));
    // A refused message: the reason, Retry and Discard.
    if (g.failure.isValid()) {
        const QFontMetrics smallFm(S::smallFont(option.font));
        painter->setFont(S::smallFont(option.font));
        painter->setPen(S::failureColor(pal));
        const QString reason = MessageDelegate::tr("Not sent: %1")
                                   .arg(index.data(MessageListModel::FailureRole).toString());
        painter->drawText(g.failure, Qt::AlignVCenter | Qt::AlignLeading,
                          smallFm.elidedText(reason, Qt::ElideRight, g.failure.width()));
        painter->setFont(S::boldSmallFont(option.font));
        painter->setPen(accent);
        painter->drawText(g.retry, Qt::AlignCenter, MessageDelegate::tr("Retry"));
        painter->drawText(g.discard, Qt::AlignCenter, MessageDelegate::tr("Discard"));
    }
    painter->restore();
}

} // namespace kora::ui
