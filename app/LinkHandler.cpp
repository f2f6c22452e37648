#include "LinkHandler.h"

#include "ChatPane.h"

#include "Cache.h"
#include "ClientSession.h"
#include "LinkConfirmDialog.h"
#include "MainWindow.h"
#include "NewConversationDialog.h"
#include "SyncEngine.h"
#include "UserDirectory.h"

#include <QMessageBox>

namespace kora::app {

using models::KoraLink;

LinkHandler::LinkHandler(QObject *parent)
    : QObject(parent)
{}

LinkHandler::~LinkHandler()
{
    delete m_confirm;
    delete m_context;
}

void LinkHandler::setTarget(const ui::Services *services, ui::MainWindow *window)
{
    delete m_confirm;
    delete m_context; // answers meant for the previous window are dropped
    m_services.reset();
    m_window = window;
    if (!services || !window)
        return;
    m_services.emplace(*services);
    m_context = new QObject(this);
    m_synced = false;
    connect(&m_services->sync, &models::SyncEngine::syncFinished, m_context,
            [this] { m_synced = true; });
    if (m_pending) {
        const KoraLink link = *m_pending;
        m_pending.reset();
        act(link);
    }
}

void LinkHandler::setSupportMode(bool support)
{
    m_support = support;
    if (support && m_pending) {
        m_pending.reset();
        refuse(tr("A support account cannot open conversations from links."));
    }
}

void LinkHandler::open(const QString &text)
{
    const auto link = KoraLink::parse(text);
    if (!link) {
        refuse(tr("Kora cannot open this link. %1").arg(link.error()));
        return;
    }
    Q_EMIT received(link->toString());
    if (m_support) {
        refuse(tr("A support account cannot open conversations from links."));
        return;
    }
    if (!m_services) {
        m_pending = *link; // the latest link wins
        Q_EMIT deferred(link->toString());
        return;
    }
    act(*link);
}

void LinkHandler::act(const KoraLink &link)
{
    if (link.kind == KoraLink::Kind::Conversation)
        openConversation(link.conversationId, false, link.messageId);
    else
        askForChat(link);
}

void LinkHandler::openConversation(const QString &id, bool afterSync, const QString &messageId)
{
    if (m_services->cache.conversation(id)) {
        m_window->openConversation(id);
        if (!messageId.isEmpty())
            m_window->chatPane()->showMessage(messageId); // older pages read back as needed
        Q_EMIT conversationOpened(id);
        return;
    }
    if (afterSync || (m_synced && !m_services->sync.isSyncing())) {
        refuse(tr("This conversation is not one of yours, or it no longer exists."));
        return;
    }
    // Not synced since signing in: the list may not be here yet. Look again after it.
    auto *once = new QObject(m_context);
    const auto retry = [this, id, messageId, once] {
        // Copies first: deleting `once` ends this connection and its lambda.
        LinkHandler *self = this;
        const QString conversationId = id;
        const QString message = messageId;
        delete once;
        self->openConversation(conversationId, true, message);
    };
    connect(&m_services->sync, &models::SyncEngine::syncFinished, once, retry);
    connect(&m_services->sync, &models::SyncEngine::syncFailed, once, retry);
}

void LinkHandler::askForChat(const KoraLink &link)
{
    if (link.userId == m_services->userId) {
        refuse(tr("This link is for a conversation with yourself."));
        return;
    }
    const QString userId = link.userId;
    m_services->session.users().search(
        userId, 5, m_context, [this, link](models::Result<QList<proto::User>> found) {
            if (!found) {
                refuse(tr("Kora cannot look up the person of this link. %1")
                           .arg(ui::NewConversationDialog::describeError(found.error())));
                return;
            }
            const auto it = std::find_if(found->cbegin(), found->cend(),
                                         [&](const proto::User &u) { return u.id == link.userId; });
            if (it == found->cend()) {
                refuse(tr("No one you can write to matches this link."));
                return;
            }
            delete m_confirm;
            auto *dialog = new ui::LinkConfirmDialog(*it, link.jobId, link.jobTitle, m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            m_confirm = dialog;
            connect(dialog, &QDialog::accepted, m_context, [this, link] {
                m_services->session.openDirect(
                    link.userId, link.jobId, link.jobTitle, m_context,
                    [this](models::Result<models::OpenedConversation> opened) {
                        if (!opened) {
                            refuse(ui::NewConversationDialog::describeError(opened.error()));
                            return;
                        }
                        const QString id = opened->conversation.id;
                        m_window->openConversation(id);
                        Q_EMIT conversationOpened(id);
                    });
            });
            dialog->open();
            dialog->raise();
            dialog->activateWindow();
        });
}

void LinkHandler::refuse(const QString &reason)
{
    Q_EMIT refused(reason);
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Kora"), reason, QMessageBox::Ok, m_window);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("linkRefusedBox"));
    box->open();
}

} // namespace kora::app
