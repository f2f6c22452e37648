#pragma once

#include "ClientSession.h"
#include "ClientStack.h"
#include "UiServices.h"

#include <QModelIndex>
#include <QUrl>

#include <memory>

class QPlainTextEdit;

namespace kora::models {
class MessageListModel;
}

namespace kora::ui {
class AttachmentStrip;
class ChatPane;
class Composer;
} // namespace kora::ui

// One signed-in client as the app composes it for its widgets: the client
// core (ClientStack), the session layer over it, the ui::Services, and
// optionally a chat pane. Destroyed pane first, core last.
struct SignedInClient
{
    enum class Connect {
        No,          // built, never opened
        Open,        // opened, not waited for
        WaitForSync, // opened, and the first sync has finished
    };

    // Null when the cache cannot be opened or (WaitForSync) no sync finished
    // within 10 s.
    static std::unique_ptr<SignedInClient> create(const QUrl &server, const QString &token,
                                                  const QString &userId, const QString &name,
                                                  const QString &cachePath,
                                                  Connect connect = Connect::WaitForSync);
    ~SignedInClient();

    // Opens the socket and waits for a sync to finish.
    bool openAndSync(int timeoutMs = 10000);
    // A chat pane on these services (replacing one made before).
    kora::ui::ChatPane *makeChatPane(int width, int height);

    kora::models::MessageListModel *model() const;
    kora::ui::Composer *composer() const;
    QPlainTextEdit *editor() const;
    kora::ui::AttachmentStrip *strip() const;
    // The row `fromEnd` rows above the newest one.
    QModelIndex last(int fromEnd = 0) const;

    std::unique_ptr<ClientStack> stack;
    std::unique_ptr<kora::models::ClientSession> session;
    std::unique_ptr<kora::ui::Services> services;
    std::unique_ptr<kora::ui::ChatPane> pane;
};
