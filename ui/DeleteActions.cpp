#include "DeleteActions.h"

#include "ClientSession.h"
#include "DesignSystem.h"
#include "MessageListModel.h"
#include "Outbox.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace kora::ui {

using models::MessageListModel;

DeleteActions::DeleteActions(QListView *view, const Services &services, QWidget *window,
                             QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_services(services)
    , m_window(window)
    , m_bar(new QFrame(view))
    , m_barText(new QLabel(m_bar))
    , m_undoButton(new QPushButton(tr("Undo"), m_bar))
{
    // Floats over the messages (nothing below it moves while it shows).
    m_bar->setObjectName(QStringLiteral("chatUndoBar"));
    m_bar->setAutoFillBackground(true);
    m_bar->setBackgroundRole(QPalette::ToolTipBase);
    m_bar->setForegroundRole(QPalette::ToolTipText);
    m_bar->setFrameShape(QFrame::StyledPanel);
    m_barText->setTextFormat(Qt::PlainText);
    m_barText->setWordWrap(true);
    m_barText->setForegroundRole(QPalette::ToolTipText);
    m_undoButton->setObjectName(QStringLiteral("chatUndoButton"));
    m_undoButton->setToolTip(tr("Keep the message (Ctrl+Z)"));
    auto *row = new QHBoxLayout(m_bar);
    row->setContentsMargins(theme::spaceL, theme::spaceS, theme::spaceS, theme::spaceS);
    row->setSpacing(theme::spaceL);
    row->addWidget(m_barText, 1);
    row->addWidget(m_undoButton);
    m_bar->hide();
    m_barTimer.setSingleShot(true);
    connect(&m_barTimer, &QTimer::timeout, m_bar, &QWidget::hide);
    connect(m_undoButton, &QPushButton::clicked, this, &DeleteActions::undo);
    if (!m_services.supportMode)
        m_view->installEventFilter(this);
}

void DeleteActions::setConversation(const QString &conversationId)
{
    m_conversationId = conversationId;
    m_lastDelete.clear();
    m_barTimer.stop();
    m_bar->hide();
}

bool DeleteActions::canDelete(const QModelIndex &index) const
{
    return !m_services.supportMode && index.isValid() &&
           index.data(MessageListModel::IsOwnRole).toBool() &&
           !index.data(MessageListModel::DeletedRole).toBool() &&
           !index.data(MessageListModel::IdRole).toString().isEmpty() &&
           index.data(MessageListModel::KindRole).toString() != QLatin1String("system");
}

void DeleteActions::addTo(QMenu &menu, const QModelIndex &index)
{
    if (!canDelete(index))
        return;
    const QPersistentModelIndex target(index);
    QAction *remove =
        menu.addAction(tr("Delete for everyone…"), this, [this, target] { askToDelete(target); });
    remove->setObjectName(QStringLiteral("chatDeleteAction"));
    remove->setShortcut(QKeySequence(Qt::Key_Delete)); // shown; the list handles the key
}

void DeleteActions::askToDelete(const QModelIndex &index)
{
    if (!canDelete(index) || m_question)
        return;
    const QString conversationId = m_conversationId;
    const QString messageId = index.data(MessageListModel::IdRole).toString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete message"),
                                tr("Delete for everyone?"), QMessageBox::Cancel, m_window);
    box->setInformativeText(tr("The message is removed for everyone in this conversation. "
                               "You can undo this for a few seconds."));
    box->setObjectName(QStringLiteral("deleteQuestion"));
    QPushButton *yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, yes, conversationId, messageId] {
        if (box->clickedButton() == yes)
            deleteMessage(conversationId, messageId);
    });
    m_question = box;
    box->open();
}

void DeleteActions::deleteMessage(const QString &conversationId, const QString &messageId)
{
    const auto queued = m_services.session.deleteForEveryone(conversationId, messageId);
    if (!queued) {
        m_lastDelete.clear();
        showBar(tr("Could not delete the message: %1").arg(queued.error()), false);
        return;
    }
    m_lastDelete = *queued;
    showBar(tr("Message deleted."), true);
}

void DeleteActions::undo()
{
    if (m_lastDelete.isEmpty())
        return;
    const QString clientId = std::exchange(m_lastDelete, {});
    if (m_services.session.undoDelete(clientId)) {
        m_barTimer.stop();
        m_bar->hide();
        return;
    }
    showBar(tr("Too late to undo: the message is already deleted."), false);
}

QString DeleteActions::undoText() const
{
    return m_bar->isVisible() ? m_barText->text() : QString();
}

void DeleteActions::showBar(const QString &text, bool undoable)
{
    m_barText->setText(text);
    m_undoButton->setVisible(undoable);
    placeBar();
    m_bar->show();
    m_bar->raise();
    // Gone when the delete goes out (Undo could no longer take it back).
    m_barTimer.start(undoable ? qMax(1000, m_services.outbox.deleteHoldMs()) : 4000);
}

void DeleteActions::placeBar()
{
    const int width = qBound(160, m_view->width() - 24, 460);
    m_bar->setFixedWidth(width);
    m_bar->adjustSize();
    m_bar->move((m_view->width() - m_bar->width()) / 2, m_view->height() - m_bar->height() - 12);
}

bool DeleteActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view) {
        if (event->type() == QEvent::Resize && m_bar->isVisible())
            placeBar();
        if (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride) {
            auto *key = static_cast<QKeyEvent *>(event);
            const QModelIndex current = m_view->currentIndex();
            const bool deleteKey =
                key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier;
            const bool remove = deleteKey && canDelete(current);
            // A refused message never went out: Delete drops it, nothing to ask.
            const bool discard =
                deleteKey && current.isValid() &&
                MessageListModel::Status(current.data(MessageListModel::StatusRole).toInt()) ==
                    MessageListModel::Status::Failed;
            const bool takeBack =
                key->matches(QKeySequence::Undo) && m_bar->isVisible() && !m_lastDelete.isEmpty();
            if (remove || discard || takeBack) {
                event->accept();
                if (event->type() == QEvent::KeyPress) {
                    if (remove)
                        askToDelete(current);
                    else if (discard)
                        m_services.session.discard(
                            current.data(MessageListModel::ClientIdRole).toString());
                    else
                        undo();
                }
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kora::ui
