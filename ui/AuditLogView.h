#pragma once

#include "SupportClient.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace kora::ui {

// The support audit log, newest first: when, who, what (searched, viewed
// messages, exported a transcript, read the reports queue, resolved a
// report), which conversation, from which address.
class AuditLogView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditLogView(models::SupportClient &client, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    const QList<models::AuditRecord> &entries() const { return m_entries; }
    static QString actionText(const QString &action);
    // How the Conversation column names a conversation ("" when unknown: the
    // id is shown). The support window names the ones it has seen by their
    // participants and job.
    void setConversationNamer(std::function<QString(const QString &)> namer);

public Q_SLOTS:
    void refresh();
    void loadMore();

Q_SIGNALS:
    void refreshed();

private:
    void load(bool more);

    models::SupportClient &m_client;
    std::function<QString(const QString &)> m_namer;
    QTableWidget *m_table;
    QPushButton *m_refresh;
    QPushButton *m_more;
    QLabel *m_status;
    QList<models::AuditRecord> m_entries;
    int m_generation = 0;
};

} // namespace kora::ui
