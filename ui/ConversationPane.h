#pragma once

#include "UiServices.h"

#include <QSet>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QModelIndex;
class QTabBar;
class QToolButton;

namespace kora::models {
class ConversationListModel;
class ConversationFilterModel;
} // namespace kora::models

namespace kora::ui {

class ConversationDelegate;

// The left pane: a search box, "New conversation", the Chats / Archived
// views and the conversation list (one delegate paints every row). A click,
// Enter, Alt+Up/Down or selectConversation() activates a conversation:
// it becomes the selected row and conversationActivated is emitted.
class ConversationPane : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationPane(const Services &services, QWidget *parent = nullptr);
    ~ConversationPane() override;

    // The conversation last activated (kept while a search hides its row).
    QString currentConversationId() const;
    // Selects and activates `id`, switching to the view (Chats / Archived) that
    // holds it and clearing a search that hides it. An id not in the cache yet
    // is selected as soon as it arrives.
    void selectConversation(const QString &id);
    void selectNext();     // Alt+Down
    void selectPrevious(); // Alt+Up
    void focusList();
    void focusSearch(); // Ctrl+F
    void openNewConversation();
    void openNewGroup();               // a title and the people in it (GroupDialog)
    QAbstractItemModel *model() const; // the filtered model shown (for the quick switcher)

    bool showsArchived() const;
    void setShowsArchived(bool archived);
    // The conversations shown as muted (a struck bell, a grey count).
    void setMuted(const QSet<QString> &conversationIds);
    // The people whose direct messages come through quiet hours (user ids):
    // the row menu shows a check on "Notify during quiet hours".
    void setImportantPeople(const QSet<QString> &userIds);
    // The row menu (Archive / Unarchive, Mark as read, Mute / Unmute, Block,
    // Report) for a conversation; the caller owns it. Used by the context menu
    // and by tests.
    QMenu *createContextMenu(const QString &conversationId, QWidget *parent = nullptr);

Q_SIGNALS:
    void conversationActivated(const QString &id);
    // From a row's context menu: the window opens the conversation and asks
    // there (ChatPane's TrustActions), so the question and its outcome are
    // shown where the conversation is.
    void blockRequested(const QString &conversationId, bool block);
    void reportRequested(const QString &conversationId);
    void muteRequested(const QString &conversationId, bool muted);
    void importantRequested(const QString &userId, bool important);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateNewButtonFont();
    void activate(const QModelIndex &index);
    void step(int delta);
    bool selectVisible(const QString &id); // selects without activating; false when not shown
    void restoreSelection();
    void updatePlaceholder();
    void setArchived(const QString &id, bool archived);
    void markRead(const QString &id);
    void showError(const QString &title, const QString &text);

    Services m_services;
    models::ConversationListModel *m_source = nullptr;
    models::ConversationFilterModel *m_filter = nullptr;
    ConversationDelegate *m_delegate = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_new = nullptr;
    QTabBar *m_views = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_placeholder = nullptr;
    QString m_currentId;
    QString m_waitingFor;      // selected as soon as the cache has it
    QSet<QString> m_important; // user ids: "Notify during quiet hours"
    bool m_restoring = false;
};

} // namespace kora::ui
