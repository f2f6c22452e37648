#pragma once

#include "KoraLink.h"
#include "LinkConfirmDialog.h"
#include "MainWindow.h"
#include "UiServices.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace kora::app {

// What a kora:// link does, from the command line or handed over by a second
// launch. A refused link is said so in a message box; a link that comes while
// no one is signed in waits (the latest one) until a main window is set;
// kora://conversation/<id> opens the conversation (after the first sync if it
// is not in the cache yet); kora://chat asks first (ui::LinkConfirmDialog,
// naming the person from the server's directory and the job) and only then
// gets or creates the conversation.
class LinkHandler : public QObject
{
    Q_OBJECT
public:
    explicit LinkHandler(QObject *parent = nullptr);
    ~LinkHandler() override;

    // The signed-in window to act in, or none (signed out, or a support
    // account when `supportMode`: links are refused then).
    void setTarget(const ui::Services *services, ui::MainWindow *window);
    void setSupportMode(bool support);

    void open(const QString &text);
    bool hasPending() const { return m_pending.has_value(); }
    ui::LinkConfirmDialog *confirmDialog() const { return m_confirm; }

Q_SIGNALS:
    // For the log line on stderr and for tests; `link` is the canonical form.
    void received(const QString &link);
    void refused(const QString &reason);
    void deferred(const QString &link);
    void conversationOpened(const QString &conversationId);

private:
    void act(const models::KoraLink &link);
    // With `messageId`, the chat scrolls to that message and highlights it.
    void openConversation(const QString &id, bool afterSync, const QString &messageId = {});
    void askForChat(const models::KoraLink &link);
    void refuse(const QString &reason);

    std::optional<models::KoraLink> m_pending;
    std::optional<ui::Services> m_services;
    QPointer<ui::MainWindow> m_window;
    QPointer<ui::LinkConfirmDialog> m_confirm;
    QPointer<QObject> m_context; // callbacks of the current target only
    bool m_support = false;
    bool m_synced = false; // a sync has finished since setTarget
};

} // namespace kora::app
