#include "ChatPane.h"

#include "AttachmentMenu.h"
#include "BlockedBar.h"
#include "BubbleControls.h"
#include "Cache.h"
#include "ChatHeader.h"
#include "ClientSession.h"
#include "Composer.h"
#include "ConnectionState.h"
#include "DeleteActions.h"
#include "DropOverlay.h"
#include "GroupActions.h"
#include "ImagePrep.h"
#include "ImageViewer.h"
#include "JobPanel.h"
#include "JumpButton.h"
#include "KoraLink.h"
#include "MediaCache.h"
#include "MentionCompleter.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"
#include "MessageView.h"
#include "NoAutoFetchProxy.h"
#include "Outbox.h"
#include "ReactionActions.h"
#include "ReplyActions.h"
#include "SafetyBanner.h"
#include "SyncEngine.h"
#include "TrustActions.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QIdentityProxyModel>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace kora::ui {

using models::MessageListModel;

namespace {

void setMutedColor(QWidget *widget)
{
    QPalette pal = widget->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    widget->setPalette(pal);
}

} // namespace

ChatPane::ChatPane(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    // Page 0: nothing open.
    m_emptyLabel = new QLabel(m_stack);
    m_emptyLabel->setObjectName(QStringLiteral("chatEmptyState"));
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(24);
    m_emptyLabel->setText(tr("Choose a conversation to start chatting.\n"
                             "Your messages with workers and hirers show up here."));
    setMutedColor(m_emptyLabel);
    m_stack->addWidget(m_emptyLabel);

    // Page 1: a conversation.
    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_header = new ChatHeader(m_services, page);
    connect(m_header, &ChatHeader::backRequested, this, &ChatPane::backRequested);
    layout->addWidget(m_header);

    m_separator = new QWidget(page);
    m_separator->setFixedHeight(1);
    m_separator->setAutoFillBackground(true);
    layout->addWidget(m_separator);
    updateColors();
    // Below the header: the conversation's column, and the details panel beside it.
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    layout->addLayout(body, 1);
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    body->addLayout(column, 1);
    m_jobPanel = new JobPanel(m_services, page);
    m_jobPanel->hide();
    body->addWidget(m_jobPanel);
    connect(m_header, &ChatHeader::detailsToggled, this, &ChatPane::setDetailsShown);
    // Ctrl+Shift+I everywhere; Ctrl+I too, except in the composer, where it
    // is italic.
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), QKeySequence(Qt::CTRL | Qt::Key_I)}) {
        auto *details = new QShortcut(keys, this);
        details->setContext(Qt::WidgetWithChildrenShortcut);
        connect(details, &QShortcut::activated, this,
                [this] { setDetailsShown(!m_jobPanel->isVisibleTo(this)); });
    }
    layout = column;
    m_safety = new SafetyBanner(m_services, page);
    layout->addWidget(m_safety);

    m_loadingOlder = new QLabel(page);
    m_loadingOlder->setObjectName(QStringLiteral("chatLoadingOlder"));
    m_loadingOlder->setTextFormat(Qt::PlainText);
    m_loadingOlder->setText(tr("Loading earlier messages…"));
    m_loadingOlder->setAlignment(Qt::AlignCenter);
    m_loadingOlder->setMargin(4);
    setMutedColor(m_loadingOlder);
    m_loadingOlder->hide();
    layout->addWidget(m_loadingOlder);

    m_view = new MessageView(page);
    m_view->setObjectName(QStringLiteral("chatMessages"));
    m_view->setAccessibleName(tr("Messages"));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_delegate = MessageDelegate::install(m_view);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);

    m_jumpButton = new JumpButton(m_view);
    m_jumpButton->setObjectName(QStringLiteral("chatJumpToLatest"));
    m_jumpButton->setAccessibleName(tr("Jump to the newest message"));
    m_jumpButton->setToolTip(tr("Jump to the newest message"));
    m_jumpButton->setAttribute(Qt::WA_Hover);
    m_jumpButton->setCursor(Qt::PointingHandCursor);
    m_jumpButton->hide();
    connect(m_jumpButton, &QToolButton::clicked, this, &ChatPane::jumpToLatest);

    m_composer = new Composer(m_services, page);
    m_composer->setObjectName(QStringLiteral("chatComposer"));
    m_composer->setVisible(!m_services.supportMode);
    layout->addWidget(m_composer);
    m_trust = new TrustActions(m_services, this, this);
    m_groups = new GroupActions(m_services, this, this);
    m_mentions = new MentionCompleter(m_composer->editor(), this);
    connect(m_groups, &GroupActions::membershipChanged, this, &ChatPane::refreshMentionPeople);
    m_blockedBar = new BlockedBar(*m_trust, *m_groups, m_composer, page);
    layout->addWidget(m_blockedBar);
    m_header->moreButton()->setVisible(!m_services.supportMode);
    m_header->detailsButton()->setVisible(!m_services.supportMode);
    connect(m_header, &ChatHeader::menuRequested, m_trust, [this](QMenu *menu) {
        m_groups->addConversationActions(*menu);
        m_trust->addConversationActions(*menu);
    });
    m_stack->addWidget(page);
    m_stack->setCurrentIndex(0);

    // Attachments: images from a disk cache beside the message cache; drops anywhere.
    MediaCache::Options mediaOptions;
    mediaOptions.dir =
        QFileInfo(m_services.cache.path()).absoluteDir().filePath(QStringLiteral("media"));
    m_media = new MediaCache(MediaCache::downloaderFetcher(m_services.session.media()),
                             mediaOptions, this);
    m_delegate->setMediaCache(m_media);
    m_attachmentMenu = std::make_unique<AttachmentMenu>(*m_media, this);
    // An own image just acknowledged: the outbox copy becomes the cached bytes of
    // its server url and thumbnail, so the bubble never waits for a download.
    connect(&m_services.outbox, &models::Outbox::acknowledged, this,
            [this](const QString &clientId, const proto::Message &message) {
                const QDir files(QDir(m_services.outbox.filesDir()).filePath(clientId));
                for (qsizetype i = 0; i < message.attachments.size(); ++i) {
                    const proto::Attachment &a = message.attachments.at(i);
                    if (!a.mime.startsWith(QLatin1String("image/")))
                        continue;
                    const QString local = files.filePath(QString::number(i));
                    m_media->adopt(a.url, local);
                    m_media->adopt(a.thumbUrl, local);
                }
            });
    m_drop = new DropOverlay(m_composer, page);
    m_replies = new ReplyActions(m_view, m_delegate, m_composer, m_services.supportMode, this);
    // A message jumped to is read where it is: the chat no longer follows
    // the latest (or newer pages would slide it away again).
    connect(m_replies, &ReplyActions::jumped, this, [this] { m_pinned = false; });
    m_deletes = new DeleteActions(m_view, m_services, this, this);
    m_reactions = new ReactionActions(m_view, m_delegate, m_services, this);
    m_bubbleControls = new BubbleControls(m_view, m_delegate, this);
    connect(m_trust, &TrustActions::notice, m_reactions, &ReactionActions::showNotice);
    connect(m_groups, &GroupActions::notice, m_reactions, &ReactionActions::showNotice);
    // The hover toolbar's Reply and ⋮ (its emoji are the reactions' own).
    connect(m_reactions, &ReactionActions::replyRequested, m_replies, &ReplyActions::replyTo);
    connect(m_reactions, &ReactionActions::actionsRequested, this, &ChatPane::showMessageMenu);
    setAcceptDrops(!m_services.supportMode);
    m_composer->editor()->viewport()->installEventFilter(this);

    QScrollBar *bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, &ChatPane::onScrolled);
    connect(bar, &QScrollBar::rangeChanged, this, &ChatPane::onRangeChanged);
    connect(m_view, &QListView::customContextMenuRequested, this, &ChatPane::showContextMenu);
    connect(m_delegate, &MessageDelegate::linkActivated, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_delegate, &MessageDelegate::retryRequested, this,
            [this](const QString &clientId) { m_services.session.retry(clientId); });
    connect(m_delegate, &MessageDelegate::discardRequested, this,
            [this](const QString &clientId) { m_services.session.discard(clientId); });
    connect(m_delegate, &MessageDelegate::cancelUploadRequested, this,
            [this](const QString &clientId) { m_services.session.discard(clientId); });
    connect(m_delegate, &MessageDelegate::imageActivated, this,
            [this](const QModelIndex &index, int attachment) { openImage(index, attachment); });
    connect(m_delegate, &MessageDelegate::fileActivated, this, &ChatPane::openFileMenu);
    connect(m_composer, &Composer::messageSent, this, [this] {
        // Sending brings you to your message.
        if (m_model && !m_model->atLatest())
            m_model->jumpToLatest();
        m_pinned = true;
        m_view->scrollToBottom();
        updateJumpButton();
    });

    connect(&m_services.cache, &models::Cache::conversationsChanged, m_header,
            &ChatHeader::refresh);
    connect(&m_services.sync, &models::SyncEngine::typingChanged, this, [this](const QString &id) {
        if (id == m_conversationId)
            m_header->refreshTyping();
    });
    connect(&m_services.sync, &models::SyncEngine::olderLoaded, this, &ChatPane::onOlderLoaded);
    connect(&m_services.session.connection(), &models::ConnectionState::connected, this, [this] {
        m_olderFailed = false;
        joinConversation(true);
        scheduleMarkRead();
    });

    m_readTimer.setSingleShot(true);
    m_readTimer.setInterval(0);
    connect(&m_readTimer, &QTimer::timeout, this, &ChatPane::markRead);
}

ChatPane::~ChatPane()
{
    // The composer saves its draft as it goes: no header refresh on a half-destroyed pane.
    disconnect(&m_services.cache, nullptr, this, nullptr);
    disconnect(&m_services.cache, nullptr, m_header, nullptr);
    disconnect(&m_services.cache, nullptr, m_groups, nullptr); // membershipChanged → this
    disconnect(&m_services.sync, nullptr, this, nullptr);
    disconnect(&m_services.session.connection(), nullptr, this, nullptr);
    m_readTimer.stop();
    m_view->setModel(nullptr);
    delete m_proxy;
    delete m_model;
}

void ChatPane::setNarrow(bool narrow)
{
    m_header->setNarrow(narrow);
}

void ChatPane::setDetailsShown(bool shown)
{
    shown = shown && !m_services.supportMode;
    m_jobPanel->setVisible(shown);
    const QSignalBlocker quiet(m_header->detailsButton());
    m_header->detailsButton()->setChecked(shown);
}

void ChatPane::focusComposer()
{
    if (!m_services.supportMode && !m_conversationId.isEmpty())
        m_composer->focusEditor();
}

void ChatPane::refreshMentionPeople()
{
    const auto conversation = m_services.cache.conversation(m_conversationId);
    const bool group = conversation && conversation->conversation.type == QLatin1String("group");
    const QList<proto::Participant> people =
        group ? conversation->conversation.participants : QList<proto::Participant>();
    m_delegate->setMentionPeople(people, m_services.userId);
    m_mentions->setPeople(people, m_services.userId);
}

void ChatPane::setConversation(const QString &conversationId)
{
    if (conversationId == m_conversationId && (m_model || conversationId.isEmpty()))
        return;
    joinConversation(false);
    m_composer->setConversation(conversationId);
    m_safety->setConversation(conversationId);
    m_jobPanel->setConversation(conversationId);
    m_view->setModel(nullptr);
    delete m_proxy;
    m_proxy = nullptr;
    m_replies->setModel(nullptr);
    m_reactions->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_delegate->clearCache();
    m_media->cancelPending();
    m_drop->hide();
    m_conversationId = conversationId;
    m_pinned = true;
    m_unseen = 0;
    m_anchored = false;
    m_olderFailed = false;
    m_readSent = 0;
    m_loadingOlder->hide();
    m_jumpButton->hide();

    m_trust->setConversation(conversationId);
    m_groups->setConversation(conversationId);
    m_deletes->setConversation(conversationId);
    m_blockedBar->refresh();
    if (conversationId.isEmpty()) {
        m_header->setConversation(QString());
        m_stack->setCurrentIndex(0);
        return;
    }
    const auto conversation = m_services.cache.conversation(conversationId);
    m_delegate->setSenderNames(conversation &&
                               conversation->conversation.type == QLatin1String("group"));
    refreshMentionPeople();
    m_model = new MessageListModel(m_services.cache, conversationId, m_services.userId, this);
    m_model->setOutbox(&m_services.outbox);
    // Messages that arrive while this chat is read (in front, at the bottom)
    // are read as they come: no "unread" band above them.
    m_model->setReadingProbe([this] {
        return !m_services.supportMode && isVisible() && isActiveWindow() && m_pinned && m_model &&
               m_model->atLatest();
    });
    m_proxy = new NoAutoFetchProxy(this);
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_replies->setModel(m_model);
    m_reactions->setModel(m_model);

    connect(m_model, &MessageListModel::olderHistoryWanted, this,
            [this] { m_services.sync.fetchOlder(m_conversationId); });
    connect(m_model, &MessageListModel::loadingOlderChanged, m_loadingOlder, &QWidget::setVisible);
    connect(m_model, &MessageListModel::newMessagesBelowChanged, this, &ChatPane::updateJumpButton);
    connect(m_model, &MessageListModel::atLatestChanged, this, [this] {
        updateJumpButton();
        scheduleMarkRead();
    });
    // Connected to the proxy, after the view: the view has seen each change first.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, &ChatPane::captureAnchor);
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, &ChatPane::captureAnchor);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                if (!m_pinned && m_model->atLatest() && last == m_model->rowCount() - 1) {
                    for (int row = first; row <= last; ++row) {
                        const QModelIndex index = m_model->index(row, 0);
                        if (!index.data(MessageListModel::IsOwnRole).toBool() &&
                            index.data(MessageListModel::SeqRole).toLongLong() > 0)
                            ++m_unseen;
                    }
                }
                restoreAnchor();
                updateJumpButton();
                scheduleMarkRead();
            });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ChatPane::restoreAnchor);

    m_stack->setCurrentIndex(1);
    m_header->setConversation(conversationId);
    joinConversation(true);
    // A conversation with no message cached yet: ask for its newest page.
    if (m_model->rowCount() == 0) {
        if (const auto c = m_services.cache.conversation(conversationId);
            c && c->conversation.lastSeq > 0)
            m_services.sync.fetchOlder(conversationId);
    }
    m_view->scrollToBottom();
    scheduleMarkRead();
}

void ChatPane::joinConversation(bool join)
{
    m_services.session.joinConversation(m_conversationId, join);
}

// ---------------------------------------------------------------- scrolling

void ChatPane::onScrolled(int value)
{
    QScrollBar *bar = m_view->verticalScrollBar();
    if (!m_adjusting) {
        m_pinned = value >= bar->maximum() - 2;
        if (value > bar->minimum())
            m_olderFailed = false; // the user scrolled: a failed load may be tried again
    }
    if (m_model) {
        if (value <= bar->minimum() && bar->maximum() > 0)
            requestOlder();
        // Not while a jump reads back older pages: the window slides away
        // from the latest on purpose.
        if (m_pinned && !m_model->atLatest() && !m_replies->isSearching())
            m_model->fetchNewer();
    }
    if (m_pinned)
        m_unseen = 0;
    updateJumpButton();
    scheduleMarkRead();
}

void ChatPane::onRangeChanged(int, int max)
{
    QScrollBar *bar = m_view->verticalScrollBar();
    if (m_pinned && bar->value() != max) {
        m_adjusting = true;
        bar->setValue(max);
        m_adjusting = false;
    }
    if (max == 0 && m_model)
        requestOlder(); // the rows do not fill the view yet
    updateJumpButton();
}

void ChatPane::captureAnchor()
{
    if (m_anchored || m_pinned || !m_model)
        return;
    const QModelIndex top = m_view->indexAt(QPoint(4, 1));
    if (!top.isValid())
        return;
    m_anchorLocalId = top.data(MessageListModel::LocalIdRole).toLongLong();
    m_anchorTop = m_view->visualRect(top).top();
    m_anchored = true;
}

void ChatPane::restoreAnchor()
{
    if (!m_anchored || !m_model)
        return;
    m_anchored = false;
    if (m_pinned)
        return;
    const int row = m_model->rowOfLocalId(m_anchorLocalId);
    if (row < 0)
        return;
    m_view->doItemsLayout(); // the new rows' heights, now
    const int top = m_view->visualRect(m_proxy->index(row, 0)).top();
    QScrollBar *bar = m_view->verticalScrollBar();
    m_adjusting = true;
    bar->setValue(bar->value() + top - m_anchorTop);
    m_adjusting = false;
}

void ChatPane::requestOlder()
{
    if (!m_model || m_olderQueued || m_olderFailed)
        return;
    m_olderQueued = true;
    // Not from inside the model's or the view's own signals.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_olderQueued = false;
            if (!m_model || !m_model->canFetchMore({}))
                return;
            QScrollBar *bar = m_view->verticalScrollBar();
            if (bar->value() > bar->minimum())
                return; // scrolled away meanwhile
            if (bar->maximum() > 0)
                m_pinned = false; // keep the reading position while rows come in above
            m_model->fetchMore({});
        },
        Qt::QueuedConnection);
}

void ChatPane::onOlderLoaded(const QString &conversationId, int count, bool reachedStart)
{
    if (!m_model || conversationId != m_conversationId)
        return;
    if (reachedStart)
        m_model->setHistoryComplete(true);
    if (count == 0 && !reachedStart) {
        m_olderFailed = true; // until the user scrolls or the link comes back
        m_model->reload();    // ends the loading state
        return;
    }
    QScrollBar *bar = m_view->verticalScrollBar();
    if (bar->value() <= bar->minimum())
        requestOlder(); // show what arrived
}

QListView *ChatPane::messageView() const
{
    return m_view;
}

void ChatPane::updateJumpButton()
{
    if (!m_model) {
        m_jumpButton->hide();
        return;
    }
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool farFromEnd = bar->maximum() - bar->value() > m_view->viewport()->height() / 3;
    const bool show = !m_model->atLatest() || (!m_pinned && farFromEnd) || (!m_pinned && m_unseen);
    const int count = qMin(999, m_model->newMessagesBelow() + m_unseen);
    m_jumpButton->setText(count > 0 ? QLocale().toString(count) : QString());
    m_jumpButton->setAccessibleDescription(count > 0 ? tr("%n new message(s)", nullptr, count)
                                                     : QString());
    m_jumpButton->resize(m_jumpButton->sizeHint());
    m_jumpButton->update();
    // Shown, it sits in a strip kept free under the rows, never over a bubble.
    const int strip = m_jumpButton->height() + 12;
    m_view->setBottomReserve(show ? strip : 0);
    const QRect area = m_view->viewport()->geometry();
    const int x = layoutDirection() == Qt::RightToLeft ? area.left() + 16
                                                       : area.right() - m_jumpButton->width() - 16;
    m_jumpButton->move(x, show ? area.bottom() + 1 + (strip - m_jumpButton->height()) / 2
                               : area.bottom() - m_jumpButton->height() - 12);
    m_jumpButton->setVisible(show);
    if (show)
        m_jumpButton->raise();
}

void ChatPane::jumpToLatest()
{
    if (!m_model)
        return;
    if (!m_model->atLatest())
        m_model->jumpToLatest();
    m_pinned = true;
    m_unseen = 0;
    m_view->scrollToBottom();
    updateJumpButton();
    scheduleMarkRead();
}

// ---------------------------------------------------------------- read receipts

void ChatPane::scheduleMarkRead()
{
    if (!m_services.supportMode && m_model)
        m_readTimer.start();
}

void ChatPane::markRead()
{
    if (m_services.supportMode || !m_model || !isVisible() || !isActiveWindow())
        return;
    if (!m_model->atLatest() || !m_pinned)
        return;
    qint64 seq = 0;
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        const QModelIndex index = m_model->index(row, 0);
        if (!index.data(MessageListModel::IsOwnRole).toBool() &&
            index.data(MessageListModel::SeqRole).toLongLong() > 0) {
            seq = index.data(MessageListModel::SeqRole).toLongLong();
            break;
        }
    }
    if (seq <= m_readSent)
        return;
    if (m_services.session.sendReadReceipt(m_conversationId, seq))
        m_readSent = seq;
}

// ---------------------------------------------------------------- events

void ChatPane::updateColors()
{
    // A hairline between header and messages that suits light and dark palettes.
    const QColor window = palette().color(QPalette::Window);
    const QColor text = palette().color(QPalette::WindowText);
    QPalette pal = m_separator->palette();
    pal.setColor(QPalette::Window, QColor::fromRgbF(window.redF() * 0.85 + text.redF() * 0.15,
                                                    window.greenF() * 0.85 + text.greenF() * 0.15,
                                                    window.blueF() * 0.85 + text.blueF() * 0.15));
    m_separator->setPalette(pal);
}

void ChatPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ActivationChange)
        scheduleMarkRead();
    else if (event->type() == QEvent::FontChange || event->type() == QEvent::LayoutDirectionChange)
        m_delegate->clearCache();
    else if (event->type() == QEvent::PaletteChange)
        updateColors();
}

void ChatPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    scheduleMarkRead();
}

QWidget *ChatPane::dropOverlay() const
{
    return m_drop;
}

void ChatPane::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_conversationId.isEmpty() || m_services.supportMode ||
        !Composer::hasAttachments(event->mimeData()))
        return;
    event->acceptProposedAction();
    m_drop->showOver(m_drop->parentWidget());
}

void ChatPane::dropEvent(QDropEvent *event)
{
    m_drop->hide();
    if (!m_conversationId.isEmpty() && m_composer->addAttachments(event->mimeData()))
        event->acceptProposedAction();
}

ImageViewer *ChatPane::openImage(const QModelIndex &index, int attachment)
{
    if (!m_model || !index.isValid())
        return nullptr;
    return ImageViewer::open(*m_media, index, attachment, this);
}

void ChatPane::saveAttachment(const QModelIndex &index, int attachment, const QString &path,
                              const std::function<void(const QString &)> &done)
{
    m_attachmentMenu->save(index, attachment, path, done);
}

void ChatPane::openFileMenu(const QModelIndex &index, int attachment)
{
    m_attachmentMenu->exec(index, attachment);
}

bool ChatPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DragEnter && m_composer &&
        watched == m_composer->editor()->viewport()) {
        // Files dragged over the text field: the drop zone takes over.
        auto *drag = static_cast<QDragEnterEvent *>(event);
        if (!m_conversationId.isEmpty() && !m_services.supportMode &&
            Composer::hasAttachments(drag->mimeData())) {
            drag->acceptProposedAction();
            m_drop->showOver(m_drop->parentWidget());
            return true;
        }
    }
    if (watched == m_view && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, &ChatPane::updateJumpButton, Qt::QueuedConnection);
    if (watched == m_view && event->type() == QEvent::KeyPress &&
        activateByKey(m_view->currentIndex(), *static_cast<QKeyEvent *>(event)))
        return true;
    return QWidget::eventFilter(watched, event);
}

bool ChatPane::activateByKey(const QModelIndex &index, const QKeyEvent &key)
{
    // What a bubble draws as buttons, for the message picked with the keyboard:
    // Enter does the main one (Retry a refused message, open the first image
    // or file). (Delete is DeleteActions'.)
    const bool enter = key.key() == Qt::Key_Return || key.key() == Qt::Key_Enter;
    if (!enter || !index.isValid() || m_services.supportMode || key.modifiers() != Qt::NoModifier)
        return false;
    if (MessageListModel::Status(index.data(MessageListModel::StatusRole).toInt()) ==
        MessageListModel::Status::Failed) {
        m_services.session.retry(index.data(MessageListModel::ClientIdRole).toString());
        return true;
    }
    if (index.data(MessageListModel::DeletedRole).toBool())
        return false;
    const QVariantList files = index.data(MessageListModel::AttachmentsRole).toList();
    if (files.isEmpty())
        return false;
    // As a click on it does (the index of the view's model, as the delegate gives).
    if (MessageDelegate::isImageAttachment(files.first().toMap()))
        openImage(index, 0);
    else
        openFileMenu(index, 0);
    return true;
}

void ChatPane::showMessage(const QString &messageId)
{
    if (m_model && !messageId.isEmpty())
        m_replies->jumpTo(messageId, true);
}

void ChatPane::showContextMenu(const QPoint &pos)
{
    showMessageMenu(m_view->indexAt(pos), m_view->viewport()->mapToGlobal(pos));
}

void ChatPane::showMessageMenu(const QModelIndex &index, const QPoint &globalPos)
{
    if (!index.isValid())
        return;
    QMenu menu(this);
    m_replies->addTo(menu, index);
    m_reactions->addTo(menu, index);
    const QString text = MessageDelegate::displayedText(index);
    const bool deleted = index.data(MessageListModel::DeletedRole).toBool();
    const qint64 localId = index.data(MessageListModel::LocalIdRole).toLongLong();
    if (!m_services.supportMode && m_composer->canEdit(localId)) {
        QAction *edit =
            menu.addAction(tr("Edit"), this, [this, localId] { m_composer->editMessage(localId); });
        edit->setObjectName(QStringLiteral("chatEditAction"));
    }
    if (!deleted && !text.isEmpty()) {
        QAction *copy = menu.addAction(tr("Copy text"), this,
                                       [text] { QApplication::clipboard()->setText(text); });
        copy->setObjectName(QStringLiteral("chatCopyAction"));
    }
    if (const QString id = index.data(MessageListModel::IdRole).toString();
        !id.isEmpty() && !m_conversationId.isEmpty()) {
        // kora://conversation/<id>/message/<id>: opens Kora at this message.
        models::KoraLink link;
        link.conversationId = m_conversationId;
        link.messageId = id;
        const QString url = link.toString();
        QAction *copyLink = menu.addAction(tr("Copy link to message"), this,
                                           [url] { QApplication::clipboard()->setText(url); });
        copyLink->setObjectName(QStringLiteral("chatCopyLinkAction"));
    }
    const auto status = MessageListModel::Status(index.data(MessageListModel::StatusRole).toInt());
    const QString clientId = index.data(MessageListModel::ClientIdRole).toString();
    if (status == MessageListModel::Status::Failed) {
        menu.addAction(tr("Retry sending"), this,
                       [this, clientId] { m_services.session.retry(clientId); });
        menu.addAction(tr("Discard"), this,
                       [this, clientId] { m_services.session.discard(clientId); });
    }
    if (m_deletes->canDelete(index)) {
        menu.addSeparator();
        m_deletes->addTo(menu, index);
    }
    if (m_trust->canReport(index)) {
        menu.addSeparator();
        m_trust->addTo(menu, index);
    }
    if (!menu.isEmpty())
        menu.exec(globalPos);
}

} // namespace kora::ui
