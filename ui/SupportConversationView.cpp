#include "SupportConversationView.h"

#include "Cache.h"
#include "DesignSystem.h"
#include "ImageViewer.h"
#include "MediaCache.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"
#include "ReplyActions.h"

#include <QHBoxLayout>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace kora::ui {
namespace {

using models::MessageListModel;

// The rows as support staff see them: the conversation as its participants
// see it, one person's messages on the right (the worker's, or the first
// participant's) and the other's on the left, each run of one sender's
// messages headed by their name (the delegate's, as in a group); no "unread" marker (support reads
// nothing). The view must not fetch on its own either: QAbstractItemView
// fetches more at the bottom, and older messages go on top; this view
// fetches at the top itself.
class SupportRows : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    bool canFetchMore(const QModelIndex &) const override { return false; }
    void fetchMore(const QModelIndex &) override {}
    void setRightSide(const QString &userId) { m_right = userId; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == MessageListModel::UnreadMarkerRole)
            return false;
        if (role == MessageListModel::StatusRole)
            return int(MessageListModel::Status::Received); // no ticks: support sent nothing
        if (role != MessageListModel::IsOwnRole)
            return QIdentityProxyModel::data(index, role);
        // The source's rows (asking our own would come back here).
        const QModelIndex row = mapToSource(index);
        const bool system =
            row.data(MessageListModel::KindRole).toString() == QLatin1String("system");
        return !system && !m_right.isEmpty() &&
               row.data(MessageListModel::SenderIdRole).toString() == m_right;
    }

private:
    QString m_right;
};

// Lays rows out again when their data (and so their height) changes.
class SupportMessageView : public QListView
{
public:
    using QListView::QListView;

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles) override
    {
        QListView::dataChanged(topLeft, bottomRight, roles);
        scheduleDelayedItemsLayout();
    }
};

} // namespace

SupportConversationView::SupportConversationView(models::SupportClient &client,
                                                 models::Cache &cache, QString myUserId,
                                                 QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_cache(cache)
    , m_myUserId(std::move(myUserId))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("supportConversationHeader"));
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(theme::spaceL, theme::spaceM, theme::spaceL, theme::spaceM);
    auto *titles = new QVBoxLayout;
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("supportConversationTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_subtitle = new QLabel(header);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    headerLayout->addLayout(titles, 1);
    m_export = new QPushButton(tr("Export transcript…"), header);
    m_export->setObjectName(QStringLiteral("supportExportButton"));
    m_export->setEnabled(false);
    m_export->hide(); // until a conversation is open
    headerLayout->addWidget(m_export, 0, Qt::AlignTop);
    layout->addWidget(header);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("supportConversationStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_status->setContentsMargins(theme::spaceM, theme::spaceXs, theme::spaceM, theme::spaceXs);
    m_status->hide();
    layout->addWidget(m_status);

    m_view = new SupportMessageView(this);
    m_view->setObjectName(QStringLiteral("supportMessages"));
    m_view->setAccessibleName(tr("Messages"));
    m_delegate = MessageDelegate::install(m_view);
    m_delegate->setSenderNames(true, true); // whose each run is, on both sides
    layout->addWidget(m_view, 1);
    // Read-only: no composer, so nothing can be answered; jumps only.
    m_jumps = new ReplyActions(m_view, m_delegate, nullptr, true, this);
    connect(m_jumps, &ReplyActions::jumped, this, &SupportConversationView::focused);
    connect(m_jumps, &ReplyActions::notFound, this, [this](const QString &messageId) {
        if (messageId != m_focusMessageId)
            return; // a reply's original: as in the chat pane, nothing to say
        setStatus(tr("The reported message is no longer in this conversation."));
        Q_EMIT focused({});
    });
    connect(m_delegate, &MessageDelegate::imageActivated, this,
            [this](const QModelIndex &index, int attachment) {
                if (MediaCache *media = m_delegate->mediaCache())
                    ImageViewer::open(*media, index, attachment, this);
            });

    setStatus(tr("Search on the left and pick a conversation to read it. Opening one is logged."));

    connect(m_export, &QPushButton::clicked, this, &SupportConversationView::exportRequested);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &SupportConversationView::onScrolled);
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this] {
        if (!m_anchorLocalId || !m_model)
            return;
        const int row = m_model->rowOfLocalId(m_anchorLocalId);
        if (row < 0)
            return;
        const QRect rect = m_view->visualRect(m_proxy->index(row, 0));
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value() + rect.top() -
                                              m_anchorOffset);
        m_anchorLocalId = 0;
    });
}

QString SupportConversationView::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

void SupportConversationView::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void SupportConversationView::setMediaCache(MediaCache *media)
{
    m_delegate->setMediaCache(media);
}

QString SupportConversationView::rightSide(const proto::Conversation &conversation)
{
    for (const proto::Participant &p : conversation.participants) {
        if (p.user.role == QLatin1String("worker"))
            return p.user.id;
    }
    return conversation.participants.isEmpty() ? QString()
                                               : conversation.participants.first().user.id;
}

void SupportConversationView::open(const proto::Conversation &conversation,
                                   const QString &focusMessageId)
{
    const int generation = ++m_generation;
    m_conversation = conversation;
    m_focusMessageId = focusMessageId;
    QStringList names;
    for (const proto::Participant &p : conversation.participants)
        names.append(p.user.name);
    m_title->setText(conversation.title.isEmpty() ? names.join(QStringLiteral(" · "))
                                                  : conversation.title);
    QString subtitle;
    if (!conversation.jobId.isEmpty() || !conversation.jobTitle.isEmpty())
        subtitle = conversation.jobId.isEmpty()
                       ? tr("Job: %1").arg(conversation.jobTitle)
                       : tr("Job: %1 (%2)").arg(conversation.jobTitle, conversation.jobId);
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
    m_export->setEnabled(false);
    m_export->show();
    m_delegate->clearCache();

    m_jumps->setModel(nullptr);
    m_view->setModel(nullptr);
    delete m_proxy;
    delete m_model;
    m_loading = true;
    setStatus(tr("Loading the conversation…"));
    m_client.open(
        conversation, this, [this, generation, focusMessageId](models::Result<bool> complete) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!complete) {
                setStatus(tr("Could not open the conversation: %1").arg(complete.error().message));
                return;
            }
            setStatus({});
            m_model = new MessageListModel(m_cache, m_conversation.id, m_myUserId, this);
            m_model->setHistoryComplete(*complete);
            auto *rows = new SupportRows(this);
            rows->setRightSide(rightSide(m_conversation));
            m_proxy = rows;
            m_proxy->setSourceModel(m_model);
            m_view->setModel(m_proxy);
            m_jumps->setModel(m_model);
            connect(m_model, &MessageListModel::olderHistoryWanted, this,
                    &SupportConversationView::loadOlder);
            m_export->setEnabled(true);
            m_view->scrollToBottom();
            // Rows are laid out later: stay at the newest message once they are,
            // or go to the one asked for.
            QTimer::singleShot(0, m_view, [this, generation, focusMessageId] {
                if (generation != m_generation)
                    return;
                if (focusMessageId.isEmpty())
                    m_view->scrollToBottom();
                else
                    m_jumps->jumpTo(focusMessageId, true);
            });
            Q_EMIT loaded();
        });
}

void SupportConversationView::onScrolled(int value)
{
    QScrollBar *bar = m_view->verticalScrollBar();
    if (!m_model || m_loading || value > bar->minimum() || bar->maximum() == 0)
        return;
    if (!m_model->canFetchMore({}))
        return;
    // Not from inside the scroll bar's or the model's own signals.
    QMetaObject::invokeMethod(
        this,
        [this] {
            QScrollBar *bar = m_view->verticalScrollBar();
            if (!m_model || bar->value() > bar->minimum() || !m_model->canFetchMore({}))
                return;
            const QModelIndex top = m_view->indexAt(QPoint(4, 4));
            if (top.isValid()) {
                m_anchorLocalId = top.data(MessageListModel::LocalIdRole).toLongLong();
                m_anchorOffset = m_view->visualRect(top).top();
            }
            m_model->fetchMore({});
        },
        Qt::QueuedConnection);
}

void SupportConversationView::loadOlder()
{
    if (!m_model || m_loading)
        return;
    const qint64 oldest = m_cache.oldestSeq(m_conversation.id);
    if (oldest <= 1) {
        m_model->setHistoryComplete(true);
        return;
    }
    m_loading = true;
    const int generation = m_generation;
    setStatus(tr("Loading older messages…"));
    m_client.loadPage(
        m_conversation, oldest, this, [this, generation](models::Result<models::MessagePage> page) {
            if (generation != m_generation || !m_model)
                return;
            m_loading = false;
            if (!page) {
                m_model->reload(); // ends the loading state
                setStatus(tr("Could not load older messages: %1").arg(page.error().message));
                return;
            }
            setStatus({});
            m_model->setHistoryComplete(!page->hasMore);
            // Show what arrived if the view is still at the top.
            onScrolled(m_view->verticalScrollBar()->value());
            Q_EMIT loaded();
        });
}

} // namespace kora::ui
