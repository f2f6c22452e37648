#include "ReactionActions.h"

#include "ClientSession.h"
#include "EmojiPicker.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"
#include "Outbox.h"
#include "QuickReactionBar.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>

namespace kora::ui {

using models::MessageListModel;

ReactionActions::ReactionActions(QListView *view, MessageDelegate *delegate,
                                 const Services &services, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_delegate(delegate)
    , m_services(services)
    , m_viewport(view->viewport())
    , m_bar(new QuickReactionBar(view->viewport()))
    , m_picker(new EmojiPicker(view))
    , m_notice(new QLabel(view))
{
    m_notice->setObjectName(QStringLiteral("chatReactionNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->setMargin(8);
    m_notice->setAutoFillBackground(true);
    m_notice->setBackgroundRole(QPalette::ToolTipBase);
    m_notice->setForegroundRole(QPalette::ToolTipText);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->hide();
    m_noticeTimer.setSingleShot(true);
    m_noticeTimer.setInterval(noticeMs);
    connect(&m_noticeTimer, &QTimer::timeout, m_notice, &QWidget::hide);
    if (m_services.supportMode)
        return; // chips say who reacted; nothing here toggles them
    m_delegate->setReactionsEnabled(true);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    connect(m_delegate, &MessageDelegate::reactionActivated, this, &ReactionActions::toggle);
    connect(m_bar, &QuickReactionBar::picked, this, [this](const QString &emoji) {
        const QModelIndex row = m_barRow;
        hideBar();
        toggle(row, emoji);
    });
    connect(m_bar, &QuickReactionBar::replyRequested, this, [this] {
        const QModelIndex row = m_barRow;
        hideBar();
        Q_EMIT replyRequested(row);
    });
    connect(m_bar, &QuickReactionBar::actionsRequested, this, [this](const QPoint &globalPos) {
        const QModelIndex row = m_barRow;
        hideBar();
        Q_EMIT actionsRequested(row, globalPos);
    });
    connect(m_bar, &QuickReactionBar::moreRequested, this, [this] {
        const QModelIndex row = m_barRow;
        hideBar();
        openPicker(row);
    });
    connect(m_picker, &EmojiPicker::picked, this,
            [this](const QString &emoji) { toggle(m_pickerRow, emoji); });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &ReactionActions::hideBar);
    connect(&m_services.outbox, &models::Outbox::reactionRefused, this,
            &ReactionActions::onRefused);
}

ReactionActions::~ReactionActions() = default;

void ReactionActions::setModel(MessageListModel *model)
{
    m_model = model;
    hideBar();
    m_pickerRow = QPersistentModelIndex();
    if (m_picker && m_picker->isVisible())
        m_picker->close();
}

bool ReactionActions::canReact(const QModelIndex &index) const
{
    return !m_services.supportMode && m_model && index.isValid() &&
           !index.data(MessageListModel::IdRole).toString().isEmpty() &&
           index.data(MessageListModel::KindRole).toString() != QLatin1String("system") &&
           !index.data(MessageListModel::DeletedRole).toBool();
}

QStringList ReactionActions::mine(const QModelIndex &index)
{
    QStringList list;
    for (const QVariant &chip : index.data(MessageListModel::ReactionsRole).toList()) {
        const QVariantMap map = chip.toMap();
        if (map.value(QStringLiteral("mine")).toBool())
            list.append(map.value(QStringLiteral("emoji")).toString());
    }
    return list;
}

void ReactionActions::toggle(const QModelIndex &index, const QString &emoji)
{
    if (!canReact(index) || emoji.isEmpty())
        return;
    const bool on = !mine(index).contains(emoji);
    const auto queued = m_services.session.react(
        m_model->conversationId(), index.data(MessageListModel::IdRole).toString(), emoji, on);
    if (!queued)
        showNotice(tr("Could not react: %1").arg(queued.error()));
}

void ReactionActions::addTo(QMenu &menu, const QModelIndex &index)
{
    if (!canReact(index))
        return;
    const QPersistentModelIndex target(index);
    QMenu *react = menu.addMenu(tr("React"));
    react->menuAction()->setObjectName(QStringLiteral("chatReactMenu"));
    const QStringList already = mine(index);
    for (const QString &emoji : EmojiPicker::quick()) {
        QAction *action =
            react->addAction(emoji, this, [this, target, emoji] { toggle(target, emoji); });
        action->setCheckable(true);
        action->setChecked(already.contains(emoji));
    }
    react->addSeparator();
    QAction *more = react->addAction(tr("More reactions…"), this,
                                     [this, target] { openPicker(target, QCursor::pos()); });
    more->setObjectName(QStringLiteral("chatMoreReactionsAction"));
    more->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E)); // shown; the list handles the key
}

void ReactionActions::openPicker(const QModelIndex &index, const QPoint &globalPos)
{
    if (!canReact(index) || !m_picker)
        return;
    m_pickerRow = index;
    QPoint at = globalPos;
    if (at.isNull()) {
        const QRect bubble = m_delegate->bubbleRect(index);
        const bool rtl = m_view->layoutDirection() == Qt::RightToLeft;
        at = m_view->viewport()->mapToGlobal(rtl ? bubble.bottomRight() : bubble.bottomLeft());
        if (rtl)
            at.rx() -= m_picker->sizeHint().width();
    }
    m_picker->popup(at);
}

void ReactionActions::showBar(const QModelIndex &index)
{
    if (!canReact(index) || !m_bar) {
        hideBar();
        return;
    }
    const QRect bubble = m_delegate->bubbleRect(index);
    if (bubble.isNull()) {
        hideBar();
        return;
    }
    m_barRow = index;
    m_bar->setMine(mine(index));
    m_bar->adjustSize();
    const QSize size = m_bar->sizeHint();
    const QRect area = m_view->viewport()->rect();
    // Beside the bubble on the side of the view with room, level with its top;
    // where that is too narrow, over the bubble's top edge at its far end.
    const bool onLeft = bubble.center().x() < area.center().x();
    int x = onLeft ? bubble.right() + 6 : bubble.left() - 6 - size.width();
    int y = bubble.top();
    if (x < area.left() || x + size.width() - 1 > area.right()) {
        x = onLeft ? bubble.right() - size.width() + 1 : bubble.left();
        y = bubble.top() - size.height() + 4;
    }
    x = qBound(area.left(), x, qMax(area.left(), area.right() - size.width()));
    y = qBound(area.top(), y, qMax(area.top(), area.bottom() - size.height()));
    m_bar->setGeometry(QRect(QPoint(x, y), size));
    m_bar->show();
    m_bar->raise();
}

void ReactionActions::hideBar()
{
    m_barRow = QPersistentModelIndex();
    if (m_bar)
        m_bar->hide();
}

void ReactionActions::showNotice(const QString &text)
{
    if (!m_notice)
        return;
    m_notice->setText(text);
    const int width = qMin(m_view->width() - 24, 420);
    m_notice->setFixedWidth(qMax(120, width));
    m_notice->adjustSize();
    m_notice->move((m_view->width() - m_notice->width()) / 2,
                   m_view->height() - m_notice->height() - 12);
    m_notice->show();
    m_notice->raise();
    m_noticeTimer.start();
}

void ReactionActions::onRefused(const QString &, const QString &emoji, bool on,
                                const proto::ApiError &error)
{
    QString reason;
    if (error.code == QLatin1String("invalid"))
        reason = tr("the message was deleted or takes no more reactions");
    else if (error.code == QLatin1String("forbidden") || error.code == QLatin1String("read_only") ||
             error.code == QLatin1String("blocked"))
        reason = tr("you cannot react in this conversation");
    else if (error.code == QLatin1String("not_found"))
        reason = tr("the message is gone");
    else
        reason = error.message.isEmpty() ? error.code : error.message;
    showNotice(on ? tr("Your reaction %1 was not added: %2").arg(emoji, reason)
                  : tr("Your reaction %1 was not removed: %2").arg(emoji, reason));
}

bool ReactionActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view &&
        (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_E && key->modifiers() == Qt::ControlModifier &&
            canReact(m_view->currentIndex())) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                openPicker(m_view->currentIndex());
            return true;
        }
    }
    if (watched == m_viewport.data() && m_viewport && m_bar) {
        if (event->type() == QEvent::MouseMove) {
            const QPoint pos = static_cast<QMouseEvent *>(event)->position().toPoint();
            const QModelIndex index = m_view->indexAt(pos);
            if (index != QModelIndex(m_barRow) || !m_bar->isVisible())
                showBar(index);
        } else if (event->type() == QEvent::Leave) {
            hideBar();
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kora::ui
