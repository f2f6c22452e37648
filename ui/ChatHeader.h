#pragma once

#include "UiServices.h"
#include "protocol/Conversation.h"
#include "protocol/User.h"

#include <QIcon>
#include <QWidget>

class QLabel;
class QMenu;
class QToolButton;

namespace kora::ui {

class ElidedLabel;

// The top of a chat pane: back button (narrow windows), avatar, the peer's
// name and role (or the group's title), presence, or who is typing instead
// of it, and the job the conversation is about. Reads the cache and the sync
// engine's typing state; asks nothing of the network.
class ChatHeader : public QWidget
{
    Q_OBJECT
public:
    explicit ChatHeader(const Services &services, QWidget *parent = nullptr);

    // The conversation shown ("" shows nothing); refreshes.
    void setConversation(const QString &conversationId);
    void setNarrow(bool narrow); // shows the back button
    // Name, role, presence, avatar and job again from the cache (then typing).
    void refresh();
    // Who is typing, from the sync engine: shown instead of presence.
    void refreshTyping();

    // The conversation's menu (⋮): filled by whoever listens to menuRequested.
    QToolButton *moreButton() const { return m_moreButton; }
    // Shows or hides the details panel (checkable; detailsToggled says so).
    QToolButton *detailsButton() const { return m_detailsButton; }

    // "Worker", "Hirer", "Support" ("" for anything else), and "online" /
    // "last seen …", in the reader's language. Without a live link
    // (`live` false) what the cache says may be stale: someone who was online
    // is "connecting…" (we are), a last seen time stays true.
    static QString roleText(const QString &role);
    static QString presenceText(const proto::User &user, bool live = true);
    // The narrow view's back arrow (Kora's SVG, mirrored right to left).
    static QIcon backIcon(Qt::LayoutDirection direction);

protected:
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    void backRequested();
    // The ⋮ menu is about to open: add the actions for this conversation.
    void menuRequested(QMenu *menu);
    void detailsToggled(bool shown);

private:
    // "3 people: Ama Mensah, Yaw Boateng and you" (names in the locale's order).
    QString membersText(const QList<proto::Participant> &participants) const;

    const Services &m_services;
    QString m_conversationId;
    QString m_peerId;
    QToolButton *m_backButton = nullptr;
    QLabel *m_avatar = nullptr;
    ElidedLabel *m_name = nullptr;
    ElidedLabel *m_role = nullptr;
    ElidedLabel *m_presence = nullptr;
    ElidedLabel *m_typing = nullptr;
    ElidedLabel *m_job = nullptr;
    QToolButton *m_moreButton = nullptr;
    QToolButton *m_detailsButton = nullptr;
};

} // namespace kora::ui
