#include "ReplyActions.h"

#include "Composer.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"
#include "ReplyQuote.h"

#include <QEvent>
#include <QKeyEvent>
#include <QListView>
#include <QMenu>

namespace kora::ui {

using models::MessageListModel;

ReplyActions::ReplyActions(QListView *view, MessageDelegate *delegate, Composer *composer,
                           bool supportMode, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_delegate(delegate)
    , m_composer(composer)
    , m_supportMode(supportMode)
{
    m_view->installEventFilter(this);
    m_highlight.setSingleShot(true);
    m_highlight.setInterval(highlightMs);
    connect(&m_highlight, &QTimer::timeout, this, [this] { m_delegate->setHighlighted(0); });
    connect(m_delegate, &MessageDelegate::quoteActivated, this, [this](const QModelIndex &index) {
        jumpTo(index.data(MessageListModel::ReplyToIdRole).toString());
    });
}

void ReplyActions::setModel(MessageListModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_wanted.clear();
    m_highlight.stop();
    m_delegate->setHighlighted(0);
    if (!model)
        return;
    // An older page from the server came in (or the load ended): look again.
    connect(model, &MessageListModel::loadingOlderChanged, this, [this](bool loading) {
        if (!loading && !m_wanted.isEmpty())
            QMetaObject::invokeMethod(this, &ReplyActions::continueSearch, Qt::QueuedConnection);
    });
}

bool ReplyActions::canReply(const QModelIndex &index) const
{
    return !m_supportMode && index.isValid() &&
           !index.data(MessageListModel::IdRole).toString().isEmpty() &&
           index.data(MessageListModel::KindRole).toString() != QLatin1String("system");
}

void ReplyActions::replyTo(const QModelIndex &index)
{
    if (!canReply(index))
        return;
    QVariantMap original{
        {QStringLiteral("known"), true},
        {QStringLiteral("isOwn"), index.data(MessageListModel::IsOwnRole)},
        {QStringLiteral("senderName"), index.data(MessageListModel::SenderNameRole)},
        {QStringLiteral("kind"), index.data(MessageListModel::KindRole)},
        {QStringLiteral("body"), index.data(MessageListModel::BodyRole)},
        {QStringLiteral("deleted"), index.data(MessageListModel::DeletedRole)}};
    m_composer->replyTo(index.data(MessageListModel::IdRole).toString(),
                        ReplyQuote::senderText(original), ReplyQuote::lineText(original));
}

void ReplyActions::addTo(QMenu &menu, const QModelIndex &index)
{
    if (!canReply(index))
        return;
    const QPersistentModelIndex target(index);
    QAction *reply = menu.addAction(tr("Reply"), this, [this, target] { replyTo(target); });
    reply->setObjectName(QStringLiteral("chatReplyAction"));
    reply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R)); // shown; the list handles the key
}

int ReplyActions::rowOf(const QString &messageId) const
{
    const QAbstractItemModel *model = m_view->model();
    if (!model || messageId.isEmpty())
        return -1;
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        if (model->index(row, 0).data(MessageListModel::IdRole).toString() == messageId)
            return row;
    }
    return -1;
}

void ReplyActions::show(int row)
{
    const QModelIndex index = m_view->model()->index(row, 0);
    m_view->doItemsLayout(); // rows read in just now have their heights
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_view->setCurrentIndex(index); // Ctrl+R now answers it
    m_delegate->setHighlighted(index.data(MessageListModel::LocalIdRole).toLongLong());
    if (m_keepHighlight)
        m_highlight.stop();
    else
        m_highlight.start();
    Q_EMIT jumped(index);
}

bool ReplyActions::jumpTo(const QString &messageId, bool keepHighlight)
{
    m_wanted.clear();
    m_keepHighlight = keepHighlight;
    if (messageId.isEmpty())
        return false;
    if (const int row = rowOf(messageId); row >= 0) {
        show(row);
        return true;
    }
    m_wanted = messageId;
    m_pagesRead = 0;
    continueSearch();
    return false;
}

void ReplyActions::continueSearch()
{
    while (!m_wanted.isEmpty() && m_model && m_pagesRead < maxPages) {
        if (const int row = rowOf(m_wanted); row >= 0) {
            show(row); // still searching while it scrolls there: no newer pages meanwhile
            m_wanted.clear();
            return;
        }
        if (m_model->isLoadingOlder())
            return; // the server's page comes: loadingOlderChanged looks again
        if (!m_model->canFetchMore({}))
            break;
        ++m_pagesRead;
        m_model->fetchMore({});
    }
    if (m_wanted.isEmpty())
        return;
    const QString missing = m_wanted;
    m_wanted.clear(); // not in the history we can reach
    Q_EMIT notFound(missing);
}

bool ReplyActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view &&
        (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_R && key->modifiers() == Qt::ControlModifier &&
            canReply(m_view->currentIndex())) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                replyTo(m_view->currentIndex());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kora::ui
