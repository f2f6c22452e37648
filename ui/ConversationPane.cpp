#include "ConversationPane.h"

#include "BlockList.h"
#include "DesignSystem.h"

#include "Cache.h"
#include "ClientSession.h"
#include "ConnectionState.h"
#include "ConversationDelegate.h"
#include "ConversationFilterModel.h"
#include "ConversationListModel.h"
#include "GroupDialog.h"
#include "NewConversationDialog.h"
#include "Participants.h"
#include "TrustActions.h"

#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QTabBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace kora::ui {

using models::ConversationListModel;

namespace {

constexpr int chatsTab = 0;
constexpr int archivedTab = 1;

// The filter model with what a screen reader says for each row.
class AccessibleFilterModel : public models::ConversationFilterModel
{
public:
    using models::ConversationFilterModel::ConversationFilterModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::AccessibleTextRole && index.isValid())
            return ConversationDelegate::accessibleText(index);
        return models::ConversationFilterModel::data(index, role);
    }
};

} // namespace

ConversationPane::ConversationPane(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    m_source = new ConversationListModel(services.cache, services.userId, this);
    // Presence is only as fresh as the link: offline, nobody shows as online.
    if (!services.supportMode) {
        auto &connection = services.session.connection();
        m_source->setPresenceLive(connection.isConnected());
        connect(&connection, &models::ConnectionState::stateChanged, m_source, [this] {
            m_source->setPresenceLive(m_services.session.connection().isConnected());
        });
    }
    m_filter = new AccessibleFilterModel(this);
    m_filter->setSourceModel(m_source);

    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_new = new QToolButton(this);
    m_new->setText(QStringLiteral("+"));
    m_new->setAutoRaise(true);
    updateNewButtonFont();

    m_views = new QTabBar(this);
    m_views->setDocumentMode(true);
    m_views->setExpanding(true);
    m_views->setDrawBase(false);
    m_views->addTab(QString());
    m_views->addTab(QString());

    m_delegate = new ConversationDelegate(this);
    m_list = new QListView(this);
    m_list->setModel(m_filter);
    m_list->setItemDelegate(m_delegate);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMouseTracking(true);
    m_list->viewport()->setAttribute(Qt::WA_Hover);
    m_list->installEventFilter(this);
    m_list->viewport()->installEventFilter(this);

    m_placeholder = new QLabel(m_list->viewport());
    m_placeholder->setTextFormat(Qt::PlainText); // it quotes the search text
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_placeholder->hide();

    auto *top = new QHBoxLayout;
    top->setContentsMargins(theme::spaceS, theme::spaceS, theme::spaceS, 0);
    top->setSpacing(theme::spaceXs);
    top->addWidget(m_search, 1);
    top->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(theme::spaceXs);
    layout->addLayout(top);
    layout->addWidget(m_views);
    layout->addWidget(m_list, 1);

    // No focus proxy: with one, Qt 6.4 tabs into the list and skips the
    // search box, the new-conversation button and the views before it.
    setTabOrder(m_search, m_new);
    setTabOrder(m_new, m_views);
    setTabOrder(m_views, m_list);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        restoreSelection();
        updatePlaceholder();
    });
    connect(m_new, &QToolButton::clicked, this, &ConversationPane::openNewConversation);
    // Its arrow offers a group too (a click is still a direct conversation).
    auto *newMenu = new QMenu(m_new);
    newMenu->addAction(tr("New conversation…"), this, &ConversationPane::openNewConversation);
    QAction *newGroup = newMenu->addAction(tr("New group…"), this, &ConversationPane::openNewGroup);
    newGroup->setObjectName(QStringLiteral("newGroupAction"));
    m_new->setMenu(newMenu);
    m_new->setPopupMode(QToolButton::MenuButtonPopup);
    connect(m_views, &QTabBar::currentChanged, this, [this](int tab) {
        m_filter->setArchived(tab == archivedTab);
        restoreSelection();
        updatePlaceholder();
    });
    connect(m_list, &QListView::clicked, this, &ConversationPane::activate);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_filter, signal, this, [this] {
            restoreSelection();
            updatePlaceholder();
        });
    }
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        restoreSelection();
        updatePlaceholder();
    });
    connect(m_filter, &QAbstractItemModel::layoutChanged, this,
            &ConversationPane::restoreSelection);

    // "Today 14:05" becomes "Mon" at midnight: repaint the times now and then.
    auto *clock = new QTimer(this);
    clock->setInterval(60 * 1000);
    connect(clock, &QTimer::timeout, m_list->viewport(), qOverload<>(&QWidget::update));
    clock->start();

    retranslate();
    updatePlaceholder();
}

ConversationPane::~ConversationPane() = default;

void ConversationPane::retranslate()
{
    m_search->setPlaceholderText(tr("Search"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_search->setToolTip(tr("Filter conversations by name or job (Ctrl+F)"));
    m_new->setToolTip(tr("New conversation"));
    m_new->setAccessibleName(tr("New conversation"));
    m_views->setTabText(chatsTab, tr("Chats"));
    m_views->setTabText(archivedTab, tr("Archived"));
    m_views->setAccessibleName(tr("Conversation views"));
    m_list->setAccessibleName(tr("Conversations"));
    updatePlaceholder();
}

void ConversationPane::setImportantPeople(const QSet<QString> &userIds)
{
    m_important = userIds;
}

void ConversationPane::setMuted(const QSet<QString> &conversationIds)
{
    m_source->setMuted(conversationIds);
}

QString ConversationPane::currentConversationId() const
{
    return m_currentId;
}

QAbstractItemModel *ConversationPane::model() const
{
    return m_filter;
}

bool ConversationPane::showsArchived() const
{
    return m_views->currentIndex() == archivedTab;
}

void ConversationPane::setShowsArchived(bool archived)
{
    m_views->setCurrentIndex(archived ? archivedTab : chatsTab);
}

void ConversationPane::selectConversation(const QString &id)
{
    if (id.isEmpty())
        return;
    const int row = m_source->rowOf(id);
    if (row < 0) {
        m_waitingFor = id; // not in the cache yet: selected when it arrives
        return;
    }
    m_waitingFor.clear();
    m_currentId = id;
    const bool archived =
        m_source->index(row, 0).data(ConversationListModel::ArchivedRole).toBool();
    setShowsArchived(archived);
    if (!selectVisible(id)) {
        m_search->clear(); // a search hid it
        selectVisible(id);
    }
    Q_EMIT conversationActivated(id);
}

void ConversationPane::selectNext()
{
    step(+1);
}

void ConversationPane::selectPrevious()
{
    step(-1);
}

void ConversationPane::step(int delta)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || !m_list->selectionModel()->isSelected(current)) {
        activate(m_filter->index(0, 0));
        return;
    }
    const int row = qBound(0, current.row() + delta, rows - 1);
    if (row != current.row())
        activate(m_filter->index(row, 0));
}

void ConversationPane::focusList()
{
    m_list->setFocus(Qt::OtherFocusReason);
}

void ConversationPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ConversationPane::openNewConversation()
{
    auto *dialog = new NewConversationDialog(m_services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewConversationDialog::conversationOpened, this,
            &ConversationPane::selectConversation);
    dialog->open();
}

void ConversationPane::openNewGroup()
{
    auto *dialog = new GroupDialog(m_services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GroupDialog::conversationOpened, this, &ConversationPane::selectConversation);
    dialog->open();
}

void ConversationPane::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString id = index.data(ConversationListModel::IdRole).toString();
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    m_currentId = id;
    m_waitingFor.clear();
    Q_EMIT conversationActivated(id);
}

bool ConversationPane::selectVisible(const QString &id)
{
    const int row = m_source->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_source->index(row, 0));
    if (!index.isValid())
        return false;
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    return true;
}

void ConversationPane::restoreSelection()
{
    if (m_restoring)
        return;
    m_restoring = true;
    if (!m_waitingFor.isEmpty() && m_source->rowOf(m_waitingFor) >= 0) {
        const QString id = m_waitingFor;
        m_restoring = false;
        selectConversation(id);
        return;
    }
    if (!m_currentId.isEmpty()) {
        const QModelIndex current = m_list->currentIndex();
        const bool shown = current.isValid() &&
                           current.data(ConversationListModel::IdRole).toString() == m_currentId &&
                           m_list->selectionModel()->isSelected(current);
        if (!shown && !selectVisible(m_currentId))
            m_list->selectionModel()->clearSelection();
    }
    m_restoring = false;
}

void ConversationPane::updatePlaceholder()
{
    if (!m_placeholder)
        return;
    const bool empty = m_filter->rowCount() == 0;
    if (empty) {
        const QString search = m_search->text().simplified();
        if (!search.isEmpty())
            m_placeholder->setText(tr("No conversations match “%1”.").arg(search));
        else if (showsArchived())
            m_placeholder->setText(tr("No archived conversations."));
        else
            m_placeholder->setText(tr("No conversations yet.\nStart one with “+”."));
        m_placeholder->setGeometry(m_list->viewport()->rect().adjusted(12, 12, -12, -12));
    }
    m_placeholder->setVisible(empty);
}

QMenu *ConversationPane::createContextMenu(const QString &conversationId, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setAccessibleName(tr("Conversation actions"));
    const int row = m_source->rowOf(conversationId);
    if (row < 0)
        return menu;
    const QModelIndex index = m_source->index(row, 0);
    const bool archived = index.data(ConversationListModel::ArchivedRole).toBool();
    QAction *archive = menu->addAction(archived ? tr("Unarchive") : tr("Archive"));
    archive->setObjectName(archived ? QStringLiteral("unarchive") : QStringLiteral("archive"));
    connect(archive, &QAction::triggered, this,
            [this, conversationId, archived] { setArchived(conversationId, !archived); });
    if (index.data(ConversationListModel::UnreadCountRole).toInt() > 0 && !m_services.supportMode) {
        QAction *read = menu->addAction(tr("Mark as read"));
        read->setObjectName(QStringLiteral("markRead"));
        connect(read, &QAction::triggered, this,
                [this, conversationId] { markRead(conversationId); });
    }
    if (m_services.supportMode)
        return menu;
    const bool muted = index.data(ConversationListModel::MutedRole).toBool();
    QAction *mute = menu->addAction(muted ? tr("Unmute notifications") : tr("Mute notifications"));
    mute->setObjectName(muted ? QStringLiteral("unmute") : QStringLiteral("mute"));
    connect(mute, &QAction::triggered, this,
            [this, conversationId, muted] { Q_EMIT muteRequested(conversationId, !muted); });
    // Block and report, as in the chat's ⋮ menu.
    const auto cached = m_services.cache.conversation(conversationId);
    if (cached && cached->conversation.type == QLatin1String("direct")) {
        if (const proto::Participant *p =
                models::otherParticipant(cached->conversation.participants, m_services.userId)) {
            const bool important = m_important.contains(p->user.id);
            QAction *notify = menu->addAction(tr("Notify during quiet hours"));
            notify->setObjectName(QStringLiteral("importantAction"));
            notify->setCheckable(true);
            notify->setChecked(important);
            connect(notify, &QAction::triggered, this, [this, id = p->user.id, important] {
                Q_EMIT importantRequested(id, !important);
            });
            const bool blocked = m_services.session.blocks().isBlocked(p->user.id);
            menu->addSeparator();
            QAction *block = menu->addAction(TrustActions::blockActionText(p->user.name, blocked));
            block->setObjectName(QStringLiteral("conversationBlockAction"));
            connect(block, &QAction::triggered, this, [this, conversationId, blocked] {
                Q_EMIT blockRequested(conversationId, !blocked);
            });
        }
    }
    QAction *report = menu->addAction(TrustActions::tr("Report conversation…"));
    report->setObjectName(QStringLiteral("conversationReportAction"));
    connect(report, &QAction::triggered, this,
            [this, conversationId] { Q_EMIT reportRequested(conversationId); });
    return menu;
}

void ConversationPane::setArchived(const QString &id, bool archived)
{
    m_services.session.setArchived(
        id, archived, this, [this, archived](models::Result<proto::Conversation> result) {
            const QString title = archived ? tr("Could not archive the conversation")
                                           : tr("Could not unarchive the conversation");
            if (!result) {
                showError(title, NewConversationDialog::describeError(result.error()));
                return;
            }
        });
}

void ConversationPane::markRead(const QString &id)
{
    const auto cached = m_services.cache.conversation(id);
    if (!cached)
        return;
    const qint64 seq = cached->conversation.lastSeq;
    m_services.session.markRead(id, seq, this, [this](models::Result<bool> result) {
        if (!result)
            showError(tr("Could not mark the conversation as read"),
                      NewConversationDialog::describeError(result.error()));
    });
}

void ConversationPane::showError(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText); // server messages are not markup
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool ConversationPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_PageDown:
            if (m_filter->rowCount() == 0)
                return false;
            m_list->setFocus(Qt::TabFocusReason);
            if (!m_list->currentIndex().isValid() ||
                !m_list->selectionModel()->isSelected(m_list->currentIndex()))
                m_list->setCurrentIndex(m_filter->index(0, 0));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // Search, then Enter: open the selected match, or the first one.
            if (m_filter->rowCount() == 0)
                return false;
            if (m_list->currentIndex().isValid() &&
                m_list->selectionModel()->isSelected(m_list->currentIndex()))
                activate(m_list->currentIndex());
            else
                activate(m_filter->index(0, 0));
            return true;
        case Qt::Key_Escape:
            if (m_search->text().isEmpty())
                return false;
            m_search->clear();
            return true;
        default:
            return false;
        }
    }
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            m_list->currentIndex().isValid()) {
            activate(m_list->currentIndex());
            return true;
        }
        if (key->key() == Qt::Key_Up && key->modifiers() == Qt::NoModifier &&
            m_list->currentIndex().row() <= 0) {
            focusSearch(); // Up from the first row goes back to the search box
            return true;
        }
        return false;
    }
    if (watched == m_list->viewport()) {
        if (event->type() == QEvent::Resize) {
            updatePlaceholder();
        } else if (event->type() == QEvent::ContextMenu) {
            auto *menuEvent = static_cast<QContextMenuEvent *>(event);
            QModelIndex index;
            QPoint where = menuEvent->pos();
            if (menuEvent->reason() == QContextMenuEvent::Keyboard) {
                index = m_list->currentIndex();
                where = m_list->visualRect(index).center();
            } else {
                index = m_list->indexAt(menuEvent->pos());
            }
            if (!index.isValid())
                return false;
            QMenu *menu =
                createContextMenu(index.data(ConversationListModel::IdRole).toString(), this);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(m_list->viewport()->mapToGlobal(where));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConversationPane::updateNewButtonFont()
{
    // A larger, bold "+" that follows the pane's font (large-font settings).
    QFont plus = font();
    plus.setBold(true);
    if (plus.pointSizeF() > 0)
        plus.setPointSizeF(plus.pointSizeF() * 1.3);
    else
        plus.setPixelSize(qRound(plus.pixelSize() * 1.3));
    m_new->setFont(plus);
}

void ConversationPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        updateNewButtonFont();
    QWidget::changeEvent(event);
}

} // namespace kora::ui
