#include "ChatPane.h"

#include "Avatar.h"
#include "Cache.h"
#include "ClientSession.h"
#include "Composer.h"
#include "ConnectionState.h"
#include "ImagePrep.h"
#include "ImageViewer.h"
#include "MediaCache.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"
#include "Outbox.h"
#include "SyncEngine.h"

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
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace kora::ui {

using models::MessageListModel;

// A one-line plain-text label that elides instead of growing the window.
class ElidedLabel : public QLabel
{
public:
    explicit ElidedLabel(QWidget *parent = nullptr)
        : QLabel(parent)
    {
        setTextFormat(Qt::PlainText);
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    void setFullText(const QString &text)
    {
        m_full = text;
        setToolTip(text);
        updateGeometry(); // the size hint follows the text: let the layout know
        elide();
    }
    QString fullText() const { return m_full; }
    QSize minimumSizeHint() const override { return QSize(0, QLabel::minimumSizeHint().height()); }
    QSize sizeHint() const override
    {
        return QSize(fontMetrics().horizontalAdvance(m_full) + 2, QLabel::sizeHint().height());
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        elide();
    }
    void changeEvent(QEvent *event) override
    {
        QLabel::changeEvent(event);
        if (event->type() == QEvent::FontChange)
            elide();
    }

private:
    void elide() { setText(fontMetrics().elidedText(m_full, Qt::ElideRight, qMax(0, width()))); }
    QString m_full;
};

// Covers the pane while files are dragged over it: where to drop, and what
// happens to them. Takes the drop itself and hands it to the composer.
class DropOverlay : public QWidget
{
public:
    DropOverlay(Composer *composer, QWidget *parent)
        : QWidget(parent)
        , m_composer(composer)
    {
        setObjectName(QStringLiteral("chatDropZone"));
        setAcceptDrops(true);
        setAccessibleName(ChatPane::tr("Drop files here to attach them"));
        hide();
    }
    void showOver(QWidget *area)
    {
        setGeometry(area->rect());
        raise();
        show();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = palette();
        QColor veil = pal.color(QPalette::Window);
        veil.setAlpha(225);
        p.fillRect(rect(), veil);
        const QRectF zone = QRectF(rect()).adjusted(16, 16, -16, -16);
        QColor fill = pal.color(QPalette::Highlight);
        fill.setAlpha(28);
        p.setBrush(fill);
        QPen pen(pal.color(QPalette::Highlight), 2, Qt::DashLine);
        pen.setDashPattern({6, 4});
        p.setPen(pen);
        p.drawRoundedRect(zone, 14, 14);
        QFont big = font();
        big.setPointSizeF(big.pointSizeF() * 1.35);
        big.setBold(true);
        const QFontMetrics bigFm(big);
        const QString title = ChatPane::tr("Drop files here to attach them");
        const QString hint = ChatPane::tr("Images are resized to at most 2048 pixels. "
                                          "Files can be up to 25 MB.");
        const QRectF inner = zone.adjusted(24, 0, -24, 0);
        const QRectF titleRect(inner.left(), zone.center().y() - bigFm.height() - 2, inner.width(),
                               bigFm.height());
        p.setFont(big);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(titleRect, Qt::AlignCenter | Qt::TextWordWrap,
                   bigFm.elidedText(title, Qt::ElideRight, int(inner.width())));
        p.setFont(font());
        QColor muted = pal.color(QPalette::PlaceholderText);
        p.setPen(muted);
        p.drawText(
            QRectF(inner.left(), zone.center().y() + 6, inner.width(), zone.height() / 2 - 10),
            Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, hint);
    }
    void dragEnterEvent(QDragEnterEvent *event) override
    {
        if (Composer::hasAttachments(event->mimeData()))
            event->acceptProposedAction();
    }
    void dragMoveEvent(QDragMoveEvent *event) override
    {
        if (Composer::hasAttachments(event->mimeData()))
            event->acceptProposedAction();
    }
    void dragLeaveEvent(QDragLeaveEvent *) override { hide(); }
    void dropEvent(QDropEvent *event) override
    {
        hide();
        if (m_composer->addAttachments(event->mimeData()))
            event->acceptProposedAction();
    }

private:
    Composer *m_composer;
};

namespace {

// The list view fetches more at its bottom by itself; chat history grows at
// the top, so the pane asks for it and the view is told there is nothing.
class NoAutoFetchProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    bool canFetchMore(const QModelIndex &) const override { return false; }
    void fetchMore(const QModelIndex &) override {}
};

// A list view that lays rows out again when their data (and so their height) changes.
class MessageView : public QListView
{
public:
    using QListView::QListView;

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles) override
    {
        QListView::dataChanged(topLeft, bottomRight, roles);
        // Upload progress repaints; it never changes a row's height.
        if (roles.size() == 1 && roles.first() == MessageListModel::UploadProgressRole)
            return;
        scheduleDelayedItemsLayout();
    }
};

// The round "jump to latest" button floating over the messages, with the
// count of new messages as a badge (the count is also its text, for
// accessibility).
class JumpButton : public QToolButton
{
public:
    using QToolButton::QToolButton;
    QSize sizeHint() const override { return QSize(44, 48); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = palette();
        const QRectF circle(4, 8, 36, 36);
        p.setPen(QPen(pal.color(QPalette::Mid), 1));
        p.setBrush(underMouse() ? pal.color(QPalette::AlternateBase) : pal.color(QPalette::Base));
        p.drawEllipse(circle);
        p.setPen(QPen(pal.color(QPalette::Text), 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        const QPointF c = circle.center();
        p.drawPolyline(QPolygonF{c + QPointF(-6, -3), c + QPointF(0, 3), c + QPointF(6, -3)});
        if (text().isEmpty())
            return;
        QFont f = font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 0.8);
        p.setFont(f);
        const QFontMetrics fm(f);
        const int w = qMax(fm.height(), fm.horizontalAdvance(text()) + 8);
        const QRectF badge(c.x() - w / 2.0, 0, w, fm.height());
        p.setPen(Qt::NoPen);
        p.setBrush(pal.color(QPalette::Highlight));
        p.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
        p.setPen(pal.color(QPalette::HighlightedText));
        p.drawText(badge, Qt::AlignCenter, text());
    }
};

QString roleText(const QString &role)
{
    if (role == QLatin1String("worker"))
        return ChatPane::tr("Worker");
    if (role == QLatin1String("hirer"))
        return ChatPane::tr("Hirer");
    if (role == QLatin1String("support"))
        return ChatPane::tr("Support");
    return QString();
}

QString presenceText(const proto::User &user)
{
    if (user.online)
        return ChatPane::tr("online");
    if (!user.lastSeenAt.isValid())
        return ChatPane::tr("offline");
    const QDateTime seen = user.lastSeenAt.toLocalTime();
    const QDate today = QDate::currentDate();
    const QString time = MessageDelegate::timeText(seen.time());
    if (seen.date() == today)
        return ChatPane::tr("last seen today at %1").arg(time);
    if (seen.date() == today.addDays(-1))
        return ChatPane::tr("last seen yesterday at %1").arg(time);
    return ChatPane::tr("last seen %1").arg(QLocale().toString(seen.date(), QLocale::ShortFormat));
}

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
    buildHeader(page);

    m_separator = new QWidget(page);
    m_separator->setFixedHeight(1);
    m_separator->setAutoFillBackground(true);
    layout->addWidget(m_separator);
    updateColors();

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
    m_stack->addWidget(page);
    m_stack->setCurrentIndex(0);

    // Attachments: images from a disk cache beside the message cache; drops anywhere.
    MediaCache::Options mediaOptions;
    mediaOptions.dir =
        QFileInfo(m_services.cache.path()).absoluteDir().filePath(QStringLiteral("media"));
    m_media = new MediaCache(MediaCache::downloaderFetcher(m_services.session.media()),
                             mediaOptions, this);
    m_delegate->setMediaCache(m_media);
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

    connect(&m_services.cache, &models::Cache::conversationsChanged, this,
            &ChatPane::refreshHeader);
    connect(&m_services.sync, &models::SyncEngine::typingChanged, this, [this](const QString &id) {
        if (id == m_conversationId)
            refreshTyping();
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
    disconnect(&m_services.sync, nullptr, this, nullptr);
    disconnect(&m_services.session.connection(), nullptr, this, nullptr);
    m_readTimer.stop();
    m_view->setModel(nullptr);
    delete m_proxy;
    delete m_model;
}

void ChatPane::buildHeader(QWidget *page)
{
    auto *header = new QWidget(page);
    header->setObjectName(QStringLiteral("chatHeader"));
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(8, 6, 12, 6);
    row->setSpacing(10);

    m_backButton = new QToolButton(header);
    m_backButton->setObjectName(QStringLiteral("chatBack"));
    m_backButton->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_backButton->setText(tr("Back"));
    m_backButton->setToolTip(tr("Back to the conversations"));
    m_backButton->setAccessibleName(tr("Back to the conversations"));
    m_backButton->setAutoRaise(true);
    m_backButton->hide();
    connect(m_backButton, &QToolButton::clicked, this, &ChatPane::backRequested);
    row->addWidget(m_backButton);

    m_avatar = new QLabel(header);
    m_avatar->setFixedSize(40, 40);
    m_avatar->setAccessibleName(tr("Avatar"));
    row->addWidget(m_avatar);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(1);
    auto *nameRow = new QHBoxLayout;
    nameRow->setSpacing(8);
    m_name = new ElidedLabel(header);
    m_name->setObjectName(QStringLiteral("chatPeerName"));
    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.08);
    m_name->setFont(bold);
    m_name->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_role = new QLabel(header);
    m_role->setObjectName(QStringLiteral("chatPeerRole"));
    m_role->setTextFormat(Qt::PlainText);
    setMutedColor(m_role);
    nameRow->addWidget(m_name, 0);
    nameRow->addWidget(m_role, 0);
    nameRow->addStretch(1);
    texts->addLayout(nameRow);

    m_presence = new ElidedLabel(header);
    m_presence->setObjectName(QStringLiteral("chatPresence"));
    setMutedColor(m_presence);
    texts->addWidget(m_presence);
    m_typing = new ElidedLabel(header);
    m_typing->setObjectName(QStringLiteral("chatTyping"));
    QPalette accent = m_typing->palette();
    accent.setColor(QPalette::WindowText, accent.color(QPalette::Highlight));
    m_typing->setPalette(accent);
    m_typing->hide();
    texts->addWidget(m_typing);
    m_job = new ElidedLabel(header);
    m_job->setObjectName(QStringLiteral("chatJob"));
    setMutedColor(m_job);
    texts->addWidget(m_job);
    row->addLayout(texts, 1);

    static_cast<QVBoxLayout *>(page->layout())->addWidget(header);
}

void ChatPane::setNarrow(bool narrow)
{
    m_backButton->setVisible(narrow);
}

void ChatPane::focusComposer()
{
    if (!m_services.supportMode && !m_conversationId.isEmpty())
        m_composer->focusEditor();
}

void ChatPane::setConversation(const QString &conversationId)
{
    if (conversationId == m_conversationId && (m_model || conversationId.isEmpty()))
        return;
    joinConversation(false);
    m_composer->setConversation(conversationId);
    m_view->setModel(nullptr);
    delete m_proxy;
    m_proxy = nullptr;
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
    m_peerId.clear();
    m_loadingOlder->hide();
    m_jumpButton->hide();

    if (conversationId.isEmpty()) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_model = new MessageListModel(m_services.cache, conversationId, m_services.userId, this);
    m_model->setOutbox(&m_services.outbox);
    m_proxy = new NoAutoFetchProxy(this);
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);

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
    refreshHeader();
    refreshTyping();
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

// ---------------------------------------------------------------- header

void ChatPane::refreshHeader()
{
    if (m_conversationId.isEmpty())
        return;
    const auto conversation = m_services.cache.conversation(m_conversationId);
    const QList<proto::Participant> participants = m_services.cache.participants(m_conversationId);
    proto::User peer;
    for (const proto::Participant &p : participants) {
        if (p.user.id != m_services.userId) {
            peer = p.user;
            break;
        }
    }
    QString name = peer.name;
    if (conversation && conversation->conversation.type == QLatin1String("group"))
        name = conversation->conversation.title;
    if (name.isEmpty())
        name = tr("Conversation");
    m_name->setFullText(name);
    const QString role = roleText(peer.role);
    m_role->setText(role);
    m_role->setVisible(!role.isEmpty());
    m_presence->setFullText(peer.id.isEmpty() ? QString() : presenceText(peer));
    if (peer.id != m_peerId || m_avatar->pixmap().isNull()) {
        m_peerId = peer.id;
        m_avatar->setPixmap(initialsAvatar(name, name, 40, devicePixelRatioF()));
    }
    QString job;
    if (conversation) {
        const proto::Conversation &c = conversation->conversation;
        if (!c.jobTitle.isEmpty() && !c.jobId.isEmpty())
            job = tr("Job: %1 (#%2)").arg(c.jobTitle, c.jobId);
        else if (!c.jobTitle.isEmpty())
            job = tr("Job: %1").arg(c.jobTitle);
        else if (!c.jobId.isEmpty())
            job = tr("Job #%1").arg(c.jobId);
    }
    m_job->setFullText(job);
    m_job->setVisible(!job.isEmpty());
    refreshTyping();
}

void ChatPane::refreshTyping()
{
    QStringList names;
    if (!m_conversationId.isEmpty()) {
        const QSet<QString> typing = m_services.sync.typingIn(m_conversationId);
        if (!typing.isEmpty()) {
            for (const proto::Participant &p : m_services.cache.participants(m_conversationId)) {
                if (p.user.id != m_services.userId && typing.contains(p.user.id))
                    names.append(p.user.name.isEmpty() ? tr("Someone") : p.user.name);
            }
        }
    }
    QString text;
    if (names.size() == 1)
        text = tr("%1 is typing…").arg(names.first());
    else if (names.size() == 2)
        text = tr("%1 and %2 are typing…").arg(names.at(0), names.at(1));
    else if (names.size() > 2)
        text = tr("Several people are typing…");
    m_typing->setFullText(text);
    m_typing->setVisible(!text.isEmpty());
    m_presence->setVisible(text.isEmpty() && !m_presence->fullText().isEmpty());
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
        if (m_pinned && !m_model->atLatest())
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
    const QRect area = m_view->viewport()->geometry();
    const int x = layoutDirection() == Qt::RightToLeft ? area.left() + 16
                                                       : area.right() - m_jumpButton->width() - 16;
    m_jumpButton->move(x, area.bottom() - m_jumpButton->height() - 12);
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
    const QVariantMap map =
        index.data(MessageListModel::AttachmentsRole).toList().value(attachment).toMap();
    const QString local = map.value(QStringLiteral("localPath")).toString();
    const QString source = !local.isEmpty() && QFileInfo::exists(local)
                               ? QUrl::fromLocalFile(local).toString()
                               : map.value(QStringLiteral("url")).toString();
    if (source.isEmpty()) {
        done(tr("The file is not available."));
        return;
    }
    m_media->saveTo(source, path, this, done);
}

void ChatPane::openFileMenu(const QModelIndex &index, int attachment)
{
    const QVariantMap map =
        index.data(MessageListModel::AttachmentsRole).toList().value(attachment).toMap();
    const QString name =
        models::ImagePrep::sanitizeName(map.value(QStringLiteral("name")).toString());
    const QPersistentModelIndex persistent(index);
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, persistent, attachment, name] {
        // Opened from a private copy, under the name it was sent with (sanitised).
        const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                                .filePath(QStringLiteral("opened/") +
                                          QString::number(QDateTime::currentMSecsSinceEpoch()));
        QDir().mkpath(dir);
        const QString path = QDir(dir).filePath(name);
        saveAttachment(persistent, attachment, path, [path](const QString &error) {
            if (error.isEmpty())
                QDesktopServices::openUrl(QUrl::fromLocalFile(path));
            else
                qWarning("kora.ui: cannot open an attachment: %s", qPrintable(error));
        });
    });
    menu.addAction(tr("Save as…"), this, [this, persistent, attachment, name] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save file"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
                .filePath(name));
        if (path.isEmpty())
            return;
        saveAttachment(persistent, attachment, path, [this](const QString &error) {
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Save file"),
                                     tr("The file could not be saved: %1").arg(error));
        });
    });
    menu.exec(QCursor::pos());
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
    return QWidget::eventFilter(watched, event);
}

void ChatPane::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    const QString text = MessageDelegate::displayedText(index);
    const bool deleted = index.data(MessageListModel::DeletedRole).toBool();
    if (!deleted && !text.isEmpty())
        menu.addAction(tr("Copy text"), this, [text] { QApplication::clipboard()->setText(text); });
    const auto status = MessageListModel::Status(index.data(MessageListModel::StatusRole).toInt());
    const QString clientId = index.data(MessageListModel::ClientIdRole).toString();
    if (status == MessageListModel::Status::Failed) {
        menu.addAction(tr("Retry sending"), this,
                       [this, clientId] { m_services.session.retry(clientId); });
        menu.addAction(tr("Discard"), this,
                       [this, clientId] { m_services.session.discard(clientId); });
    }
    const QString id = index.data(MessageListModel::IdRole).toString();
    if (!m_services.supportMode && index.data(MessageListModel::IsOwnRole).toBool() && !deleted &&
        !id.isEmpty()) {
        menu.addAction(tr("Delete message"), this, [this, id] {
            m_services.session.deleteMessage(id, this, [](const models::Result<proto::Message> &) {
                // Stored by the session; the model shows it.
            });
        });
    }
    if (!menu.isEmpty())
        menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace kora::ui
