#include "SignedInClient.h"

#include "ChatPane.h"
#include "Composer.h"
#include "MessageListModel.h"

#include <QSignalSpy>

std::unique_ptr<SignedInClient> SignedInClient::create(const QUrl &server, const QString &token,
                                                       const QString &userId, const QString &name,
                                                       const QString &cachePath, Connect connect)
{
    auto c = std::make_unique<SignedInClient>();
    c->stack =
        std::make_unique<ClientStack>(server, token, userId, cachePath, quietSocketOptions());
    if (!c->stack->error.isEmpty())
        return nullptr;
    c->session = std::make_unique<kora::models::ClientSession>(
        *c->stack->cache, *c->stack->outbox, c->stack->api, c->stack->socket, userId);
    c->services.reset(new kora::ui::Services{*c->stack->cache, *c->stack->outbox, *c->stack->sync,
                                             *c->session, userId, name});
    if (connect == Connect::WaitForSync && !c->openAndSync())
        return nullptr;
    if (connect == Connect::Open)
        c->stack->socket.open();
    return c;
}

SignedInClient::~SignedInClient()
{
    pane.reset();
    services.reset();
    session.reset();
    stack.reset();
}

bool SignedInClient::openAndSync(int timeoutMs)
{
    QSignalSpy synced(stack->sync.get(), &kora::models::SyncEngine::syncFinished);
    stack->socket.open();
    return synced.wait(timeoutMs) || !synced.isEmpty();
}

kora::ui::ChatPane *SignedInClient::makeChatPane(int width, int height)
{
    pane.reset();
    pane = std::make_unique<kora::ui::ChatPane>(*services);
    pane->resize(width, height);
    return pane.get();
}

kora::models::MessageListModel *SignedInClient::model() const
{
    return pane->messageModel();
}

kora::ui::Composer *SignedInClient::composer() const
{
    return pane->composer();
}

QPlainTextEdit *SignedInClient::editor() const
{
    return pane->composer()->editor();
}

kora::ui::AttachmentStrip *SignedInClient::strip() const
{
    return pane->composer()->attachmentStrip();
}

QModelIndex SignedInClient::last(int fromEnd) const
{
    return model()->index(model()->rowCount() - 1 - fromEnd, 0);
}
