#pragma once

#include "UiServices.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QKeyEvent;
class QLabel;
class QListView;
class QStackedWidget;
class QToolButton;
class QIdentityProxyModel;

namespace kora::models {
class MessageListModel;
}

namespace kora::ui {

class AttachmentMenu;
class Composer;
class MessageDelegate;
class MessageView;
class ChatHeader;
class MediaCache;
class ImageViewer;
class DropOverlay;
class ReplyActions;
class BubbleControls;
class DeleteActions;
class ReactionActions;
class TrustActions;
class GroupActions;
class MentionCompleter;
class BlockedBar;
class SafetyBanner;
class JobPanel;

// One conversation: a header (peer, role, presence or typing, job context),
// the messages (a QListView over models::MessageListModel, painted by
// MessageDelegate: no widget per message) and the composer. Scrolling to the
// top loads older history and keeps the reading position; away from the
// bottom a "jump to latest" button counts what arrived; what is shown while
// the window is active is marked read. Files and images dropped anywhere on
// the pane (a drop zone shows while dragging) go to the composer as
// attachments; a click on an image opens the viewer, on a file offers Open
// and Save as.
class ChatPane : public QWidget
{
    Q_OBJECT
public:
    explicit ChatPane(const Services &services, QWidget *parent = nullptr);
    ~ChatPane() override;

    void setConversation(const QString &conversationId); // "" → a friendly empty state
    QString conversationId() const { return m_conversationId; }
    void setNarrow(bool narrow); // shows a back button in the header
    // The person-and-job panel beside the messages (header button, Ctrl+Shift+I).
    void setDetailsShown(bool shown);
    void focusComposer();

    // For tests and the shell: the parts inside.
    models::MessageListModel *messageModel() const { return m_model; }
    QListView *messageView() const;
    MessageDelegate *messageDelegate() const { return m_delegate; }
    Composer *composer() const { return m_composer; }
    MediaCache *mediaCache() const { return m_media; }
    ReplyActions *replyActions() const { return m_replies; }
    DeleteActions *deleteActions() const { return m_deletes; }
    ReactionActions *reactionActions() const { return m_reactions; }
    // Tab through the picked bubble's painted buttons.
    BubbleControls *bubbleControls() const { return m_bubbleControls; }
    TrustActions *trustActions() const { return m_trust; }
    GroupActions *groupActions() const { return m_groups; }
    MentionCompleter *mentionCompleter() const { return m_mentions; }
    BlockedBar *blockedBar() const { return m_blockedBar; }
    SafetyBanner *safetyBanner() const { return m_safety; }
    JobPanel *jobPanel() const { return m_jobPanel; }
    ChatHeader *header() const { return m_header; }
    QWidget *dropOverlay() const;

    // What a click on an attachment does (public for tests and keyboard use).
    ImageViewer *openImage(const QModelIndex &index, int attachment);
    void saveAttachment(const QModelIndex &index, int attachment, const QString &path,
                        const std::function<void(const QString &error)> &done);
    // Scrolls to this message of the open conversation and keeps it highlighted
    // (reading older pages back until it is there): a kora:// message link.
    void showMessage(const QString &messageId);

Q_SIGNALS:
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onScrolled(int value);
    void onRangeChanged(int min, int max);
    void captureAnchor();
    void restoreAnchor();
    void requestOlder();
    void onOlderLoaded(const QString &conversationId, int count, bool reachedStart);
    void updateJumpButton();
    void jumpToLatest();
    void refreshMentionPeople(); // a group's people for @mentions (none elsewhere)
    void scheduleMarkRead();
    void markRead();
    void showContextMenu(const QPoint &pos);
    // A message's menu (Reply, React, Edit, Copy, Delete, Report), at `globalPos`.
    void showMessageMenu(const QModelIndex &index, const QPoint &globalPos);
    // Enter on the message picked in the list (true when handled).
    bool activateByKey(const QModelIndex &index, const QKeyEvent &key);
    void joinConversation(bool join);
    void updateColors();
    void openFileMenu(const QModelIndex &index, int attachment);

    const Services &m_services;
    QString m_conversationId;
    models::MessageListModel *m_model = nullptr;
    QIdentityProxyModel *m_proxy = nullptr;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    ChatHeader *m_header = nullptr;
    QWidget *m_separator = nullptr;
    QLabel *m_loadingOlder = nullptr;
    MessageView *m_view = nullptr;
    MessageDelegate *m_delegate = nullptr;
    QToolButton *m_jumpButton = nullptr;
    Composer *m_composer = nullptr;
    MediaCache *m_media = nullptr;
    DropOverlay *m_drop = nullptr;
    ReplyActions *m_replies = nullptr;          // child
    DeleteActions *m_deletes = nullptr;         // child
    ReactionActions *m_reactions = nullptr;     // child
    BubbleControls *m_bubbleControls = nullptr; // child
    TrustActions *m_trust = nullptr;            // child
    GroupActions *m_groups = nullptr;           // child
    MentionCompleter *m_mentions = nullptr;     // child
    BlockedBar *m_blockedBar = nullptr;
    SafetyBanner *m_safety = nullptr;
    JobPanel *m_jobPanel = nullptr;
    std::unique_ptr<AttachmentMenu> m_attachmentMenu;

    bool m_pinned = true;     // the view follows the newest message
    bool m_adjusting = false; // we move the scroll bar, not the user
    bool m_olderFailed = false;
    bool m_olderQueued = false;
    int m_unseen = 0; // others' messages appended while scrolled up
    qint64 m_anchorLocalId = 0;
    int m_anchorTop = 0;
    bool m_anchored = false;
    qint64 m_readSent = 0; // the highest seq sent in mark_as_read
    QTimer m_readTimer;
};

} // namespace kora::ui
