#include "ConversationDelegate.h"

#include "DesignSystem.h"
#include "TimeText.h"

#include "Avatar.h"
#include "ConversationListModel.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>
#include <QTextOption>

namespace kora::ui {

using models::ConversationListModel;

namespace {

struct Colors
{
    QColor background; // what the row is painted on (for the ring around the online dot)
    QColor text;
    QColor muted;
    QColor accent; // "Draft:"
    QColor badge;
    QColor badgeText;
    QColor online;
};

Colors colorsFor(const QStyleOptionViewItem &option)
{
    const QPalette &pal = option.palette;
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (option.state & QStyle::State_Active) ? QPalette::Active
                                                                               : QPalette::Inactive;
    const QColor base = pal.color(group, QPalette::Base);
    const bool dark = base.lightnessF() < 0.5;
    Colors c;
    c.online = theme::online(pal);
    if (option.state & QStyle::State_Selected) {
        c.background = pal.color(group, QPalette::Highlight);
        c.text = pal.color(group, QPalette::HighlightedText);
        c.muted = theme::mix(c.text, c.background, 0.25);
        c.accent = c.text;
        c.badge = c.text;
        c.badgeText = c.background;
        return c;
    }
    c.text = pal.color(group, QPalette::Text);
    c.background = base;
    if (option.state & QStyle::State_MouseOver)
        c.background = theme::mix(base, c.text, dark ? 0.10 : 0.06);
    c.muted = theme::mix(c.text, c.background, 0.42);
    c.accent = theme::failure(pal);
    c.badge = pal.color(group, QPalette::Highlight);
    c.badgeText = pal.color(group, QPalette::HighlightedText);
    return c;
}

// Draws one piece of text into `logical` (left-to-right coordinates inside
// `row`), mirrored for right-to-left layouts. The piece keeps its own
// direction (an Arabic preview in an English UI reads right to left) and is
// aligned to the start of the UI's direction.
void drawPiece(QPainter *p, const QRect &row, Qt::LayoutDirection ui, const QRect &logical,
               const QString &text, const QFont &font, const QColor &color)
{
    if (text.isEmpty() || logical.width() <= 0)
        return;
    const QRect visual = QStyle::visualRect(ui, row, logical);
    QTextOption option(Qt::AlignAbsolute | Qt::AlignVCenter |
                       (ui == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft));
    option.setWrapMode(QTextOption::NoWrap);
    option.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    p->setFont(font);
    p->setPen(color);
    p->drawText(QRectF(visual), text, option);
}

QPixmap avatarPixmap(const QString &name, int size, qreal dpr)
{
    const QString key = QStringLiteral("kora-avatar|%1|%2|%3").arg(size).arg(dpr).arg(name);
    QPixmap pixmap;
    if (!QPixmapCache::find(key, &pixmap)) {
        pixmap = initialsAvatar(name, name, size, dpr);
        QPixmapCache::insert(key, pixmap);
    }
    return pixmap;
}

// A small clock face: a message is still waiting in the outbox.
void drawClock(QPainter *p, const QRectF &box, const QColor &color)
{
    const qreal side = qMin(box.width(), box.height());
    const QRectF face(box.center().x() - side / 2, box.center().y() - side / 2, side, side);
    QPen pen(color, qMax(1.0, side / 10.0));
    pen.setCapStyle(Qt::RoundCap);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawEllipse(
        face.adjusted(pen.widthF() / 2, pen.widthF() / 2, -pen.widthF() / 2, -pen.widthF() / 2));
    const QPointF c = face.center();
    p->drawLine(c, c - QPointF(0, side * 0.30));
    p->drawLine(c, c + QPointF(side * 0.22, 0));
}

} // namespace

struct ConversationDelegate::Metrics
{
    QFont base;
    QFont bold;
    QFont small;
    QFont badge;
    int pad = 0;
    int gap = 0;
    int avatar = 0;
    int lineBold = 0;
    int lineSmall = 0;
    int lineBase = 0;
    int leading = 0;
    int height = 0;
};

ConversationDelegate::ConversationDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

ConversationDelegate::Metrics
ConversationDelegate::metrics(const QStyleOptionViewItem &option) const
{
    Metrics m;
    m.base = option.font;
    m.bold = m.base;
    m.bold.setBold(true);
    m.small = m.base;
    if (m.small.pointSizeF() > 0)
        m.small.setPointSizeF(m.base.pointSizeF() * 0.88);
    else
        m.small.setPixelSize(qMax(8, qRound(m.base.pixelSize() * 0.88)));
    m.badge = m.small;
    m.badge.setBold(true);
    const QFontMetrics base(m.base);
    m.lineBase = base.height();
    m.lineBold = QFontMetrics(m.bold).height();
    m.lineSmall = QFontMetrics(m.small).height();
    m.pad = qMax(4, m.lineBase * 2 / 5);
    m.gap = qMax(4, m.lineBase / 2);
    m.leading = qMax(1, m.lineBase / 8);
    const int text = m.lineBold + m.lineSmall + m.lineBase + 2 * m.leading;
    m.avatar = qMax(32, qRound(m.lineBase * 2.7));
    m.height = qMax(m.avatar, text) + 2 * m.pad;
    return m;
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const Metrics m = metrics(option);
    return {m.pad * 2 + m.avatar + m.gap + QFontMetrics(m.base).averageCharWidth() * 16, m.height};
}

void ConversationDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    if (!index.isValid())
        return;
    const Metrics m = metrics(option);
    const Colors c = colorsFor(option);
    const QRect row = option.rect;
    const Qt::LayoutDirection ui = option.direction;

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);
    p->setClipRect(row);
    if (option.state & (QStyle::State_Selected | QStyle::State_MouseOver))
        p->fillRect(row, c.background);

    // Avatar with the online dot on its trailing bottom edge.
    const QString title = titleText(index);
    const QRect avatar(row.left() + m.pad, row.top() + (row.height() - m.avatar) / 2, m.avatar,
                       m.avatar);
    const qreal dpr = p->device() ? p->device()->devicePixelRatioF() : qApp->devicePixelRatio();
    p->drawPixmap(QStyle::visualRect(ui, row, avatar).topLeft(),
                  avatarPixmap(title, m.avatar, dpr));
    if (index.data(ConversationListModel::OnlineRole).toBool()) {
        const int dot = qMax(8, m.avatar / 4);
        const int ring = qMax(2, dot / 5);
        const QRect outer(avatar.right() + 1 - dot - ring + ring / 2,
                          avatar.bottom() + 1 - dot - ring + ring / 2, dot + 2 * ring,
                          dot + 2 * ring);
        const QRectF visual = QStyle::visualRect(ui, row, outer);
        p->setPen(Qt::NoPen);
        p->setBrush(c.background);
        p->drawEllipse(visual);
        p->setBrush(c.online);
        p->drawEllipse(visual.adjusted(ring, ring, -ring, -ring));
    }

    const int left = avatar.right() + 1 + m.gap;
    const int right = row.right() + 1 - m.pad; // exclusive
    const int textHeight = m.lineBold + m.lineSmall + m.lineBase + 2 * m.leading;
    const int top = row.top() + (row.height() - textHeight) / 2;
    const QFontMetrics baseFm(m.base);
    const QFontMetrics boldFm(m.bold);
    const QFontMetrics smallFm(m.small);

    // Line 1: name · role ........ [clock] time
    const QRect line1(left, top, right - left, m.lineBold);
    // Small pieces on the first line share the name's baseline.
    const int smallTop = line1.top() + boldFm.ascent() - smallFm.ascent();
    int end = right;
    const QString time =
        activityText(index.data(ConversationListModel::LastActivityRole).toDateTime());
    if (!time.isEmpty()) {
        const int w = smallFm.horizontalAdvance(time);
        drawPiece(p, row, ui, QRect(end - w, smallTop, w, m.lineSmall), time, m.small, c.muted);
        end -= w + m.gap / 2;
    }
    const int pending = index.data(ConversationListModel::PendingCountRole).toInt();
    if (pending > 0) {
        if (pending > 1) {
            const QString count = QLocale().toString(pending);
            const int w = smallFm.horizontalAdvance(count);
            drawPiece(p, row, ui, QRect(end - w, smallTop, w, m.lineSmall), count, m.small,
                      c.muted);
            end -= w + qMax(2, m.gap / 4);
        }
        const int side = smallFm.ascent();
        const QRect box(end - side, smallTop + (m.lineSmall - side) / 2, side, side);
        drawClock(p, QStyle::visualRect(ui, row, box), c.muted);
        end -= side + m.gap / 2;
    }
    const bool muted = index.data(ConversationListModel::MutedRole).toBool();
    if (muted) {
        // Notifications muted: a struck bell before the time.
        const int side = smallFm.ascent() + 2;
        const QRect box(end - side, smallTop + (m.lineSmall - side) / 2, side, side);
        static const QIcon bell(QStringLiteral(":/icons/muted.svg"));
        bell.paint(p, QStyle::visualRect(ui, row, box));
        end -= side + m.gap / 2;
    }
    {
        const int avail = end - left - m.gap / 2;
        const QString role = roleText(index.data(ConversationListModel::PeerRoleRole).toString());
        const int nameW = boldFm.horizontalAdvance(title);
        const int roleW = role.isEmpty() ? 0 : smallFm.horizontalAdvance(role);
        const int sep = m.gap;
        // The name comes first: the role is shown only next to the whole name.
        const bool showRole = roleW > 0 && nameW + sep + roleW <= avail;
        const int nameSpace = avail;
        const QString name = boldFm.elidedText(title, Qt::ElideRight, qMax(0, nameSpace));
        const int drawnW = qMin(boldFm.horizontalAdvance(name), nameSpace);
        drawPiece(p, row, ui, QRect(left, line1.top(), drawnW, line1.height()), name, m.bold,
                  c.text);
        if (showRole) {
            drawPiece(p, row, ui, QRect(left + drawnW + sep, smallTop, roleW, m.lineSmall), role,
                      m.small, c.muted);
        }
    }

    // Line 2: the job, or how many are in a group without one.
    const QRect line2(left, line1.bottom() + 1 + m.leading, right - left, m.lineSmall);
    const QString job = jobText(index);
    const QString second = job.isEmpty() ? membersText(index) : job;
    if (!second.isEmpty()) {
        const QString elided = smallFm.elidedText(second, Qt::ElideRight, line2.width());
        drawPiece(p, row, ui,
                  QRect(line2.topLeft(), QSize(smallFm.horizontalAdvance(elided), line2.height())),
                  elided, m.small, c.muted);
    }

    // Line 3: preview or draft ........ unread badge
    const QRect line3(left, line2.bottom() + 1 + m.leading, right - left, m.lineBase);
    end = right;
    const QString badge = badgeText(index.data(ConversationListModel::UnreadCountRole).toInt());
    if (!badge.isEmpty()) {
        const QFontMetrics badgeFm(m.badge);
        const int h = qMin(m.lineBase, badgeFm.height() + 2);
        const int w = qMax(h, badgeFm.horizontalAdvance(badge) + h * 2 / 3);
        const QRect pill(end - w, line3.top() + (line3.height() - h) / 2, w, h);
        const QRect visual = QStyle::visualRect(ui, row, pill);
        p->setPen(Qt::NoPen);
        // A muted conversation's count is grey: there, but not calling.
        const bool grey = muted && !(option.state & QStyle::State_Selected);
        p->setBrush(grey ? c.muted : c.badge);
        p->drawRoundedRect(QRectF(visual), h / 2.0, h / 2.0);
        // "99+" reads left to right in every layout (not "+99").
        QTextOption centred(Qt::AlignCenter);
        centred.setTextDirection(Qt::LeftToRight);
        p->setFont(m.badge);
        p->setPen(grey ? c.background : c.badgeText);
        p->drawText(QRectF(visual), badge, centred);
        end -= w + m.gap;
    }
    {
        int x = left;
        const int avail = end - left;
        const QString prefix = draftPrefix(index);
        QString body = previewText(index);
        if (!prefix.isEmpty()) {
            body = body.mid(prefix.size());
            // The space goes between the pieces, whatever their direction.
            const QString shown = baseFm.elidedText(prefix.trimmed(), Qt::ElideRight, avail);
            const int w = baseFm.horizontalAdvance(shown);
            drawPiece(p, row, ui, QRect(x, line3.top(), w, line3.height()), shown, m.base,
                      c.accent);
            x += w + baseFm.horizontalAdvance(QLatin1Char(' '));
        }
        const QString elided = baseFm.elidedText(body, Qt::ElideRight, qMax(0, end - x));
        drawPiece(
            p, row, ui,
            QRect(x, line3.top(), qMin(baseFm.horizontalAdvance(elided), end - x), line3.height()),
            elided, m.base, prefix.isEmpty() ? c.muted : c.text);
    }

    if (option.state & QStyle::State_HasFocus && option.state & QStyle::State_KeyboardFocusChange &&
        !(option.state & QStyle::State_Selected)) {
        QPen focus(c.muted, 1, Qt::DotLine);
        p->setPen(focus);
        p->setBrush(Qt::NoBrush);
        p->drawRect(QRectF(row).adjusted(0.5, 0.5, -0.5, -0.5));
    }
    p->restore();
}

QString ConversationDelegate::oneLine(const QString &text)
{
    QString out = text;
    for (QChar &ch : out) {
        const ushort u = ch.unicode();
        if (u == '\n' || u == '\r' || u == '\t' || u == 0x2028 || u == 0x2029 || u == 0x0b ||
            u == 0x0c || u == 0x85)
            ch = QLatin1Char(' ');
    }
    return out.simplified();
}

QString ConversationDelegate::titleText(const QModelIndex &index)
{
    return oneLine(index.data(ConversationListModel::TitleRole).toString());
}

QString ConversationDelegate::roleText(const QString &role)
{
    if (role == QLatin1String("worker"))
        return tr("Worker");
    if (role == QLatin1String("hirer"))
        return tr("Hirer");
    if (role == QLatin1String("support"))
        return tr("Support");
    return oneLine(role);
}

QString ConversationDelegate::jobText(const QModelIndex &index)
{
    return oneLine(index.data(ConversationListModel::JobTitleRole).toString());
}

QString ConversationDelegate::membersText(const QModelIndex &index)
{
    const int members = index.data(ConversationListModel::MemberCountRole).toInt();
    return members > 0 ? tr("Group · %n people", "a group's members, in the list", members)
                       : QString();
}

QString ConversationDelegate::draftPrefix(const QModelIndex &index)
{
    return oneLine(index.data(ConversationListModel::DraftRole).toString()).isEmpty()
               ? QString()
               : tr("Draft: ");
}

QString ConversationDelegate::previewText(const QModelIndex &index)
{
    const QString draft = oneLine(index.data(ConversationListModel::DraftRole).toString());
    if (!draft.isEmpty())
        return draftPrefix(index) + draft;
    return oneLine(index.data(ConversationListModel::LastMessagePreviewRole).toString());
}

QString ConversationDelegate::activityText(const QDateTime &when, const QDateTime &now,
                                           const QLocale &locale)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const QDate day = local.date();
    const QDate today = now.toLocalTime().date();
    if (day == today)
        return timeOfDayText(local.time(), locale);
    const qint64 daysAgo = day.daysTo(today);
    if (daysAgo > 0 && daysAgo < 7)
        return locale.dayName(day.dayOfWeek(), QLocale::ShortFormat);
    return locale.toString(day, QLocale::ShortFormat);
}

QString ConversationDelegate::badgeText(int unread)
{
    if (unread <= 0)
        return {};
    return unread > 99 ? tr("99+") : QLocale().toString(unread);
}

QString ConversationDelegate::accessibleText(const QModelIndex &index)
{
    QStringList parts{titleText(index)};
    const QString role = roleText(index.data(ConversationListModel::PeerRoleRole).toString());
    if (!role.isEmpty())
        parts << role;
    if (index.data(ConversationListModel::OnlineRole).toBool())
        parts << tr("online");
    if (index.data(ConversationListModel::MutedRole).toBool())
        parts << tr("muted");
    const QString job = jobText(index);
    if (!job.isEmpty())
        parts << tr("job: %1").arg(job);
    else if (const QString members = membersText(index); !members.isEmpty())
        parts << members;
    const int unread = index.data(ConversationListModel::UnreadCountRole).toInt();
    if (unread > 0)
        parts << tr("%n unread", nullptr, unread);
    const QString preview = previewText(index);
    if (!preview.isEmpty())
        parts << preview;
    const QString time =
        activityText(index.data(ConversationListModel::LastActivityRole).toDateTime());
    if (!time.isEmpty())
        parts << time;
    return parts.join(QStringLiteral(", "));
}

} // namespace kora::ui
