#include "MessageDelegate.h"

#include "AttachmentLayout.h"
#include "DesignSystem.h"
#include "MediaCache.h"
#include "MessageHitTester.h"
#include "MessageLayout.h"
#include "MessageListModel.h"
#include "MessagePainter.h"
#include "MessageText.h"
#include "ReactionStrip.h"
#include "TimeText.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QListView>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

namespace kora::ui {

using models::MessageListModel;

MessageDelegate::MessageDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_layout(new MessageLayout(this))
{}

MessageDelegate::~MessageDelegate() = default;

QString MessageDelegate::timeText(const QTime &time)
{
    return timeOfDayText(time);
}

QString MessageDelegate::deliveryText(const QModelIndex &index, bool withReason)
{
    if (!index.data(MessageListModel::IsOwnRole).toBool() ||
        index.data(MessageListModel::DeletedRole).toBool())
        return {};
    switch (MessageListModel::Status(index.data(MessageListModel::StatusRole).toInt())) {
    case MessageListModel::Status::Sending:
        return tr("Waiting to be sent");
    case MessageListModel::Status::Failed:
        return withReason
                   ? tr("Not sent: %1").arg(index.data(MessageListModel::FailureRole).toString())
                   : tr("Not sent");
    case MessageListModel::Status::Sent:
        return tr("Sent");
    case MessageListModel::Status::Delivered:
        return tr("Delivered");
    case MessageListModel::Status::Read:
        return tr("Read");
    case MessageListModel::Status::Received:
        break;
    }
    return {};
}

QString MessageDelegate::metaToolTip(const QModelIndex &index)
{
    const QDateTime at = index.data(MessageListModel::CreatedAtRole).toDateTime().toLocalTime();
    if (!at.isValid())
        return {};
    QString text =
        tr("%1 at %2").arg(QLocale().toString(at.date(), QLocale::LongFormat), timeText(at.time()));
    if (index.data(MessageListModel::EditedRole).toBool())
        text = tr("%1 (edited)").arg(text);
    const QString state = deliveryText(index, false);
    return state.isEmpty() ? text : tr("%1 · %2", "date · delivery state").arg(text, state);
}

QString MessageDelegate::accessibleText(const QModelIndex &index)
{
    const bool own = index.data(MessageListModel::IsOwnRole).toBool();
    const QString kind = index.data(MessageListModel::KindRole).toString();
    QString body =
        (kind == QLatin1String("system") || index.data(MessageListModel::DeletedRole).toBool()
             ? displayedText(index)
             : models::markup::plainText(displayedText(index)))
            .simplified();
    const int files = index.data(MessageListModel::AttachmentsRole).toList().size();
    if (!index.data(MessageListModel::DeletedRole).toBool() && files > 0) {
        const QString what = kind == QLatin1String("image") ? tr("%n photo(s)", nullptr, files)
                                                            : tr("%n file(s)", nullptr, files);
        body = body.isEmpty() ? what : tr("%1, %2", "attachments, caption").arg(what, body);
    }
    const QDateTime at = index.data(MessageListModel::CreatedAtRole).toDateTime().toLocalTime();
    const QString time = at.isValid() ? timeText(at.time()) : QString();
    if (kind == QLatin1String("system"))
        return time.isEmpty() ? body : tr("%1: %2", "time: system message").arg(time, body);
    const QString sender = own ? tr("You")
                           : index.data(MessageListModel::SenderNameRole).toString().isEmpty()
                               ? tr("Someone")
                               : index.data(MessageListModel::SenderNameRole).toString();
    QString text = time.isEmpty() ? tr("%1: %2", "sender: message").arg(sender, body)
                                  : tr("%1, %2: %3").arg(sender, time, body);
    if (!text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('?')) &&
        !text.endsWith(QLatin1Char('!')))
        text += QLatin1Char('.');
    if (const QString state = deliveryText(index, true); !state.isEmpty())
        text += QLatin1Char(' ') + state + QLatin1Char('.');
    return text;
}

QString MessageDelegate::displayedText(const QModelIndex &index)
{
    if (index.data(MessageListModel::DeletedRole).toBool())
        return tr("Message deleted");
    return index.data(MessageListModel::ShownTextRole).toString();
}

bool MessageDelegate::isImageAttachment(const QVariantMap &a)
{
    return AttachmentLayout::isImage(a);
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

std::optional<MessageGeometry> MessageDelegate::geometryOf(const QModelIndex &index) const
{
    if (!m_view || !index.isValid() || !m_view->model())
        return std::nullopt;
    const QModelIndex shown = index.model() == m_view->model()
                                  ? index
                                  : m_view->model()->index(index.row(), index.column());
    return m_layout->geometry(optionFor(shown), shown);
}

QRect MessageDelegate::actionRect(const QModelIndex &index, Hit action) const
{
    const auto g = geometryOf(index);
    if (!g)
        return {};
    switch (action) {
    case Hit::Retry:
        return g->retry;
    case Hit::Discard:
        return g->discard;
    case Hit::CancelUpload:
        return g->cancel;
    case Hit::Quote:
        return g->quote;
    default:
        return {};
    }
}

QRect MessageDelegate::bubbleRect(const QModelIndex &index) const
{
    const auto g = geometryOf(index);
    return g ? g->bubble : QRect();
}

QRect MessageDelegate::tickRect(const QModelIndex &index) const
{
    const auto g = geometryOf(index);
    return g ? g->ticks : QRect();
}

QList<QRect> MessageDelegate::reactionRects(const QModelIndex &index) const
{
    const auto g = geometryOf(index);
    return g ? g->reactions : QList<QRect>();
}

bool MessageDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.isValid() && view == m_view) {
        const HitResult hit = MessageHitTester::hitTest(m_layout->geometry(optionFor(index), index),
                                                        index, event->pos());
        if (hit.hit == Hit::None &&
            MessageHitTester::overHiddenMark(m_layout->geometry(optionFor(index), index), index,
                                             event->pos())) {
            QToolTip::showText(event->globalPos(),
                               tr("Contact details hidden by Kora. They can be shared once "
                                  "the booking is confirmed."),
                               view->viewport(), view->visualRect(index));
            return true;
        }
        if (hit.hit == Hit::None &&
            m_layout->geometry(optionFor(index), index).meta.contains(event->pos())) {
            // The time: the whole date, and how far my message got.
            QToolTip::showText(event->globalPos(), metaToolTip(index), view->viewport(),
                               view->visualRect(index));
            return true;
        }
        if (hit.hit == Hit::Reaction) {
            const QVariantMap chip =
                index.data(MessageListModel::ReactionsRole).toList().value(hit.reaction).toMap();
            QToolTip::showText(event->globalPos(), ReactionStrip::toolTip(chip), view->viewport(),
                               view->visualRect(index));
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

QList<QRect> MessageDelegate::attachmentRects(const QModelIndex &index) const
{
    if (!m_view || !index.isValid() || !m_view->model())
        return {};
    // The view may show the model through a proxy of the same rows.
    const QModelIndex shown = index.model() == m_view->model()
                                  ? index
                                  : m_view->model()->index(index.row(), index.column());
    return m_layout->geometry(optionFor(shown), shown).attachments;
}

QRect MessageDelegate::senderNameRect(const QModelIndex &index) const
{
    const auto g = geometryOf(index);
    return g ? g->sender : QRect();
}

QRect MessageDelegate::avatarRect(const QModelIndex &index) const
{
    const auto g = geometryOf(index);
    return g ? g->avatar : QRect();
}

QList<QPair<int, int>> MessageDelegate::findLinks(const QString &text)
{
    return models::markup::findLinks(text);
}

std::shared_ptr<const MessageText> MessageDelegate::shownText(const QModelIndex &index,
                                                              QPointF *pos) const
{
    const auto g = geometryOf(index);
    if (!g)
        return nullptr;
    if (pos)
        *pos = g->textPos;
    return g->text;
}

bool MessageDelegate::scrollCode(const QModelIndex &index, const QPoint &pos, qreal by)
{
    const auto g = geometryOf(index);
    if (!g || !g->hasText)
        return false;
    const QPointF local = QPointF(pos) - g->textPos;
    for (const MessageText::CodeBox &box : g->text->scrollableCode()) {
        if (!box.rect.contains(local))
            continue;
        const qint64 row = index.data(MessageListModel::LocalIdRole).toLongLong();
        qreal &at = m_codeScroll[row][box.block];
        const qreal moved = qBound<qreal>(0, at + by, box.maxScroll);
        if (moved == at)
            return false; // at the end: let the chat scroll on
        at = moved;
        if (m_viewport)
            m_viewport->update(m_view->visualRect(index));
        return true;
    }
    return false;
}

qreal MessageDelegate::codeScroll(const QModelIndex &index, int block) const
{
    return m_codeScroll.value(index.data(MessageListModel::LocalIdRole).toLongLong()).value(block);
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
    m_layout->clear();
}

void MessageDelegate::setSenderNames(bool on, bool ownToo)
{
    m_layout->setSenderNames(on, ownToo);
}

void MessageDelegate::setMentionPeople(const QList<proto::Participant> &people, const QString &me)
{
    m_mentions = {people, me};
}

void MessageDelegate::setHighlighted(qint64 localId)
{
    if (m_highlighted == localId)
        return;
    m_highlighted = localId;
    if (m_viewport)
        m_viewport->update();
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    const int width = m_view ? m_view->viewport()->width() : option.rect.width();
    opt.rect = QRect(0, 0, width > 0 ? width : 400, 0);
    return QSize(1, m_layout->geometry(opt, index).height);
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    // The view selects nothing: "selected" is the row jumped to.
    opt.state.setFlag(QStyle::State_Selected,
                      m_highlighted != 0 &&
                          index.data(MessageListModel::LocalIdRole).toLongLong() == m_highlighted);
    MessagePainter(m_media, &m_mentions, &m_codeScroll)
        .paint(painter, opt, index, m_layout->geometry(opt, index));
    if (m_focusControl >= 0 && index == QModelIndex(m_focusRow)) {
        // The keyboard's place among the row's buttons.
        const QList<Control> controls = controlsOf(index);
        if (m_focusControl < controls.size()) {
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            QPen pen(opt.palette.color(QPalette::Highlight), 2);
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(
                QRectF(controls.at(m_focusControl).rect).adjusted(-2, -2, 2, 2), theme::radiusM,
                theme::radiusM);
            painter->restore();
        }
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
    if (!index.isValid())
        return {};
    HitResult hit = MessageHitTester::hitTest(m_layout->geometry(option, index), index, pos);
    if (hit.hit == Hit::Reaction && !m_reactionsEnabled)
        hit.hit = Hit::None; // the tooltip still names who (helpEvent)
    return hit;
}

void MessageDelegate::activate(const QModelIndex &index, const HitResult &hit)
{
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
    case Hit::Quote:
        Q_EMIT quoteActivated(index);
        break;
    case Hit::Reaction:
        Q_EMIT reactionActivated(index, index.data(MessageListModel::ReactionsRole)
                                            .toList()
                                            .value(hit.reaction)
                                            .toMap()
                                            .value(QStringLiteral("emoji"))
                                            .toString());
        break;
    case Hit::None:
        break;
    }
}

QList<MessageDelegate::Control> MessageDelegate::controlsOf(const QModelIndex &index) const
{
    QList<Control> controls;
    const auto g = geometryOf(index);
    if (!g)
        return controls;
    const auto add = [&controls](Hit kind, const QRect &rect, const QString &name, int n = -1) {
        if (rect.isNull())
            return;
        Control c;
        c.hit.hit = kind;
        if (kind == Hit::Image || kind == Hit::File)
            c.hit.attachment = n;
        if (kind == Hit::Reaction)
            c.hit.reaction = n;
        c.rect = rect;
        c.name = name;
        controls.append(c);
    };
    add(Hit::Quote, g->quote, tr("Original message"));
    if (!index.data(MessageListModel::DeletedRole).toBool()) {
        const QVariantList files = index.data(MessageListModel::AttachmentsRole).toList();
        for (int i = 0; i < files.size() && i < g->attachments.size(); ++i) {
            const QVariantMap file = files.at(i).toMap();
            const QString name = file.value(QStringLiteral("name")).toString();
            if (isImageAttachment(file))
                add(Hit::Image, g->attachments.at(i), tr("Image %1").arg(name), i);
            else
                add(Hit::File, g->attachments.at(i), tr("File %1").arg(name), i);
        }
    }
    add(Hit::Retry, g->retry, tr("Retry"));
    add(Hit::Discard, g->discard, tr("Discard"));
    add(Hit::CancelUpload, g->cancel, tr("Cancel upload"));
    if (m_reactionsEnabled) {
        const QVariantList chips = index.data(MessageListModel::ReactionsRole).toList();
        for (int i = 0; i < chips.size() && i < g->reactions.size(); ++i) {
            const QVariantMap chip = chips.at(i).toMap();
            const QString text = ReactionStrip::chipText(chip);
            add(Hit::Reaction, g->reactions.at(i),
                chip.value(QStringLiteral("mine")).toBool() ? tr("Reaction %1, yours").arg(text)
                                                            : tr("Reaction %1").arg(text),
                i);
        }
    }
    return controls;
}

void MessageDelegate::setFocusedControl(const QModelIndex &index, int control)
{
    m_focusRow = control >= 0 ? QPersistentModelIndex(index) : QPersistentModelIndex();
    m_focusControl = control;
    if (m_viewport)
        m_viewport->update();
}

bool MessageDelegate::eventFilter(QObject *watched, QEvent *event)
{
    // Compare with the viewport before touching m_view: while the view is
    // being destroyed its viewport still sends events, and the view is then no
    // longer a QAbstractItemView (reading m_view would be undefined behaviour).
    const QEvent::Type type = event->type();
    const bool handled = type == QEvent::MouseMove || type == QEvent::MouseButtonPress ||
                         type == QEvent::MouseButtonRelease || type == QEvent::FontChange ||
                         type == QEvent::Wheel;
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
        activate(index, hitTest(optionFor(index), index, pos));
        return true;
    }
    case QEvent::FontChange:
        clearCache();
        break;
    case QEvent::Wheel: {
        // Sideways (a touchpad, a tilting wheel, or Shift with the wheel) over
        // a code block wider than its bubble scrolls the block.
        const auto *wheel = static_cast<QWheelEvent *>(event);
        int dx = wheel->angleDelta().x();
        if (dx == 0 && (wheel->modifiers() & Qt::ShiftModifier))
            dx = wheel->angleDelta().y();
        if (dx != 0 && scrollCode(m_view->indexAt(wheel->position().toPoint()),
                                  wheel->position().toPoint(), -dx * 48.0 / 120.0))
            return true;
        break;
    }
    default:
        break;
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

} // namespace kora::ui
