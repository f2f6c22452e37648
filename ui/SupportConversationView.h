#pragma once

#include "SupportClient.h"

#include "MessageListModel.h"

#include <QIdentityProxyModel>
#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace kora::ui {

class MediaCache;
class MessageDelegate;
class ReplyActions;

// One conversation as support staff see it: a header with the participants
// and the job, the messages (MessageListModel over the support session's
// cache, painted by MessageDelegate: bubbles, system messages centred) and
// an export button. Read-only: no composer, no context menu, no receipts.
// Older pages are fetched through the admin route when the view is scrolled
// to the top. Opened with a message (a reported one), it reads older pages
// until it has it, scrolls to it and keeps it highlighted; a click on a
// reply's quote jumps to the original the same way (ReplyActions).
class SupportConversationView : public QWidget
{
    Q_OBJECT
public:
    SupportConversationView(models::SupportClient &client, models::Cache &cache, QString myUserId,
                            QWidget *parent = nullptr);

    // `focusMessageId`: the message to scroll to and highlight, "" for the newest.
    void open(const proto::Conversation &conversation, const QString &focusMessageId = {});
    // Where image thumbnails come from; a click on one opens the viewer.
    void setMediaCache(MediaCache *media);
    QString conversationId() const { return m_conversation.id; }
    const proto::Conversation &conversation() const { return m_conversation; }
    models::MessageListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QPushButton *exportButton() const { return m_export; }
    MessageDelegate *delegate() const { return m_delegate; }
    QString statusText() const;
    bool isLoading() const { return m_loading; }
    // Whose messages are on the right: the worker's (else the first participant's).
    static QString rightSide(const proto::Conversation &conversation);

Q_SIGNALS:
    void exportRequested();
    void loaded(); // the newest page (or an older one) is in
    // The message open() was given is on screen, highlighted (or, with an
    // invalid index, could not be found in the conversation's history).
    void focused(const QModelIndex &index);

private:
    void setStatus(const QString &text);
    void loadOlder();
    void onScrolled(int value);

    models::SupportClient &m_client;
    models::Cache &m_cache;
    QString m_myUserId;
    proto::Conversation m_conversation;
    QString m_focusMessageId; // the reported message open() was given
    QLabel *m_title;
    QLabel *m_subtitle;
    QPushButton *m_export;
    QLabel *m_status;
    QListView *m_view;
    MessageDelegate *m_delegate;
    ReplyActions *m_jumps;
    QPointer<models::MessageListModel> m_model;
    QPointer<QIdentityProxyModel> m_proxy;
    bool m_loading = false;
    int m_generation = 0;
    // Keeps the row at the top in place while older rows are put above it.
    qint64 m_anchorLocalId = 0;
    int m_anchorOffset = 0;
};

} // namespace kora::ui
