#include "TrustActions.h"

#include "BlockList.h"
#include "Cache.h"
#include "ClientSession.h"
#include "ConnectionState.h"
#include "MessageListModel.h"
#include "Outbox.h"
#include "Participants.h"
#include "ReportDialog.h"

#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace kora::ui {

using models::MessageListModel;

TrustActions::TrustActions(const Services &services, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_window(window)
{
    connect(&m_services.session.blocks(), &models::BlockList::changed, this,
            &TrustActions::blockChanged);
    connect(&m_services.cache, &models::Cache::conversationsChanged, this,
            [this](const QStringList &ids) {
                if (ids.isEmpty() || ids.contains(m_conversationId))
                    refreshPeer();
            });
    connect(&m_services.outbox, &models::Outbox::reportFiled, this,
            [this] { Q_EMIT notice(tr("Your report reached Kora support. Thank you.")); });
    connect(&m_services.outbox, &models::Outbox::reportRefused, this,
            [this](const QString &, const proto::ApiError &error) {
                Q_EMIT notice(tr("Your report was not taken: %1").arg(error.message));
            });
}

void TrustActions::setConversation(const QString &conversationId)
{
    m_conversationId = conversationId;
    if (m_question)
        m_question->reject();
    if (m_report)
        m_report->reject();
    refreshPeer();
}

void TrustActions::refreshPeer()
{
    const QString before = m_peerId;
    m_peerId.clear();
    m_peerName.clear();
    const auto conversation = m_services.cache.conversation(m_conversationId);
    if (conversation && conversation->conversation.type == QLatin1String("direct")) {
        const QList<proto::Participant> participants =
            m_services.cache.participants(m_conversationId);
        if (const proto::Participant *p =
                models::otherParticipant(participants, m_services.userId)) {
            m_peerId = p->user.id;
            m_peerName = p->user.name.isEmpty() ? tr("this person") : p->user.name;
        }
    }
    if (m_peerId != before)
        Q_EMIT blockChanged();
}

bool TrustActions::peerBlocked() const
{
    return !m_peerId.isEmpty() && m_services.session.blocks().isBlocked(m_peerId);
}

void TrustActions::addConversationActions(QMenu &menu)
{
    if (m_services.supportMode || m_conversationId.isEmpty())
        return;
    if (!m_peerId.isEmpty()) {
        const bool blocked = peerBlocked();
        QAction *block =
            menu.addAction(blockActionText(m_peerName, blocked), this,
                           blocked ? &TrustActions::unblock : &TrustActions::askToBlock);
        block->setObjectName(QStringLiteral("chatBlockAction"));
    }
    QAction *report =
        menu.addAction(tr("Report conversation…"), this, [this] { askToReport(QString()); });
    report->setObjectName(QStringLiteral("chatReportConversationAction"));
}

QString TrustActions::blockActionText(const QString &name, bool blocked)
{
    return blocked ? tr("Unblock %1").arg(name) : tr("Block %1…").arg(name);
}

bool TrustActions::canReport(const QModelIndex &index) const
{
    return !m_services.supportMode && index.isValid() &&
           !index.data(MessageListModel::IsOwnRole).toBool() &&
           !index.data(MessageListModel::IdRole).toString().isEmpty() &&
           index.data(MessageListModel::KindRole).toString() != QLatin1String("system");
}

void TrustActions::addTo(QMenu &menu, const QModelIndex &index)
{
    if (!canReport(index))
        return;
    const QString id = index.data(MessageListModel::IdRole).toString();
    QAction *report = menu.addAction(tr("Report message…"), this, [this, id] { askToReport(id); });
    report->setObjectName(QStringLiteral("chatReportMessageAction"));
}

void TrustActions::askToBlock()
{
    if (m_peerId.isEmpty() || m_question)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Block %1?").arg(m_peerName),
                                tr("%1 will not be able to write to you, react or start a new "
                                   "conversation with you. You can both still read what was "
                                   "written, and you can unblock them at any time.")
                                    .arg(m_peerName),
                                QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("blockQuestion"));
    QPushButton *yes = box->addButton(tr("Block"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, yes] {
        if (box->clickedButton() == yes)
            setBlocked(true);
    });
    m_question = box;
    box->open();
}

void TrustActions::unblock()
{
    setBlocked(false);
}

void TrustActions::setBlocked(bool blocked)
{
    if (m_peerId.isEmpty())
        return;
    const QString name = m_peerName;
    m_services.session.blocks().setBlocked(
        m_peerId, name, blocked, this, [this, name, blocked](const models::Result<bool> &done) {
            if (done)
                Q_EMIT notice(blocked ? tr("%1 is blocked.").arg(name)
                                      : tr("%1 is unblocked.").arg(name));
            else
                Q_EMIT notice(blocked
                                  ? tr("Could not block %1: %2").arg(name, done.error().message)
                                  : tr("Could not unblock %1: %2").arg(name, done.error().message));
        });
}

void TrustActions::askToReport(const QString &messageId)
{
    if (m_services.supportMode || m_conversationId.isEmpty() || m_report)
        return;
    auto *dialog =
        new ReportDialog(peerBlocked() ? QString() : m_peerName, !messageId.isEmpty(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    const QString conversationId = m_conversationId;
    connect(dialog, &QDialog::accepted, this, [this, dialog, conversationId, messageId] {
        const auto queued =
            m_services.session.report(conversationId, messageId, dialog->reason(), dialog->note());
        if (!queued) {
            Q_EMIT notice(tr("Could not report: %1").arg(queued.error()));
            return;
        }
        if (dialog->alsoBlock() && conversationId == m_conversationId)
            setBlocked(true);
        if (!m_services.session.connection().isConnected())
            Q_EMIT notice(tr("Your report will be sent when you are back online."));
    });
    m_report = dialog;
    dialog->open();
}

} // namespace kora::ui
