#pragma once

#include "ReportDialog.h"
#include "UiServices.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

class QMenu;
class QModelIndex;

namespace kora::ui {

// Blocking and reporting in the chat pane (protocol 7.4): "Block…" /
// "Unblock" and "Report conversation…" in the conversation's ⋮ menu,
// "Report message…" on someone else's message. Blocking asks once and goes
// through the server; a report is queued in the outbox (so it waits offline)
// and may block the person too. Dialogs are window-modal and opened with
// open(), never exec(). Nothing here in support mode (read-only).
class TrustActions : public QObject
{
    Q_OBJECT
public:
    // `window` parents the dialogs; not owned.
    TrustActions(const Services &services, QWidget *window, QObject *parent = nullptr);

    void setConversation(const QString &conversationId);
    // The other person of a direct conversation ("" for a group or nothing shown).
    QString peerId() const { return m_peerId; }
    QString peerName() const { return m_peerName; }
    bool peerBlocked() const;

    void addConversationActions(QMenu &menu);
    // "Block Kofi…" or "Unblock Kofi", wherever the action is offered.
    static QString blockActionText(const QString &name, bool blocked);
    void addTo(QMenu &menu, const QModelIndex &index);
    bool canReport(const QModelIndex &index) const;

    // Asks "Block …?" (the answer blocks); unblocking asks nothing.
    void askToBlock();
    void unblock();
    // Opens the report dialog; messageId "" reports the conversation.
    void askToReport(const QString &messageId);

    // The open dialogs, for tests.
    QMessageBox *blockQuestion() const { return m_question; }
    ReportDialog *reportDialog() const { return m_report; }

Q_SIGNALS:
    // The peer was blocked or unblocked (here or by another device).
    void blockChanged();
    // Something to tell the user for a few seconds.
    void notice(const QString &text);

private:
    void setBlocked(bool blocked);
    void refreshPeer();

    const Services &m_services;
    QWidget *m_window;
    QString m_conversationId;
    QString m_peerId;
    QString m_peerName;
    QPointer<QMessageBox> m_question;
    QPointer<ReportDialog> m_report;
};

} // namespace kora::ui
