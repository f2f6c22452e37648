#pragma once

#include "Outbox.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace kora::ui {

// Asks why a conversation or a message is reported to support (protocol
// 7.4): one reason, an optional note (at most 1000 characters, counted as
// you type) and, in a direct conversation, whether to block the person too.
// Nothing is sent from here; the caller reads the answer once accepted.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int maxNote = models::Outbox::maxReportNote;

    // `peerName` empty: a group (nothing to block). `aboutMessage`: one
    // message is reported rather than the conversation.
    ReportDialog(const QString &peerName, bool aboutMessage, QWidget *parent = nullptr);

    QString reason() const; // "" until one is chosen
    QString note() const;
    bool alsoBlock() const;
    // For tests and keyboard users: choose a reason by its protocol name.
    void chooseReason(const QString &reason);
    void setNote(const QString &note);
    QPushButton *sendButton() const { return m_send; }

    // The reason as the user reads it.
    static QString reasonText(const QString &reason);

private:
    void refreshState();

    QButtonGroup *m_reasons = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_count = nullptr;
    QCheckBox *m_block = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace kora::ui
