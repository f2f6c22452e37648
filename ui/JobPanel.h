#pragma once

#include "UiServices.h"

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace kora::ui {

// Beside the messages (the header's details button, Ctrl+Shift+I): who the other
// person is (name, role, online or last seen, since when you talk), the
// job the conversation is about now, and this pair's jobs and bookings as
// the marketplace's system messages told them (protocol: Message.meta of
// kind "system", e.g. {"type":"booking","status":"confirmed","jobId",
// "jobTitle"}), newest first. Read from the cache only; refreshed while
// shown when the conversation or its system messages change.
class JobPanel : public QFrame
{
    Q_OBJECT
public:
    static constexpr int historyLimit = 50; // system messages read

    JobPanel(const Services &services, QWidget *parent = nullptr);

    void setConversation(const QString &conversationId);
    void refresh();

    QLabel *personLabel() const { return m_person; }
    QLabel *presenceLabel() const { return m_presence; }
    QLabel *sinceLabel() const { return m_since; }
    QLabel *jobLabel() const { return m_job; }
    // What the rows say: one per job with its latest status, and every update.
    QStringList jobRows() const;
    QStringList updateRows() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    const Services &m_services;
    QString m_conversationId;
    QLabel *m_avatar = nullptr;
    QLabel *m_person = nullptr;
    QLabel *m_role = nullptr;
    QLabel *m_presence = nullptr;
    QLabel *m_since = nullptr;
    QLabel *m_job = nullptr;
    QWidget *m_jobs = nullptr;
    QLabel *m_noJobs = nullptr;
    QWidget *m_updates = nullptr;
    QLabel *m_noUpdates = nullptr;
    QString m_rowsSignature; // what the rows were built from
};

} // namespace kora::ui
