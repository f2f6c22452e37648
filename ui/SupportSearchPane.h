#pragma once

#include "SupportClient.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace kora::ui {

// A date and time of day in the user's locale, short, without seconds.
QString dateTimeText(const QDateTime &time);

// The support window's left side: find conversations by a participant's name
// or email or text in their messages, by job id, and by date range (all
// through the admin search route, which audits each search), and pick one.
class SupportSearchPane : public QWidget
{
    Q_OBJECT
public:
    SupportSearchPane(models::SupportClient &client, QWidget *parent = nullptr);

    QLineEdit *textField() const { return m_text; }
    QLineEdit *jobField() const { return m_job; }
    QCheckBox *fromCheck() const { return m_fromCheck; }
    QDateEdit *fromDate() const { return m_from; }
    QCheckBox *toCheck() const { return m_toCheck; }
    QDateEdit *toDate() const { return m_to; }
    QListWidget *results() const { return m_results; }
    QString statusText() const;
    const QList<proto::Conversation> &conversations() const { return m_found; }
    // One line per conversation: participants, job, last activity.
    static QString describe(const proto::Conversation &c);

public Q_SLOTS:
    void search();
    void searchMore();

Q_SIGNALS:
    void conversationChosen(const kora::proto::Conversation &conversation);
    void searchFinished();

private:
    void run(bool more);
    models::SupportSearch filter() const;

    models::SupportClient &m_client;
    QLineEdit *m_text;
    QLineEdit *m_job;
    QCheckBox *m_fromCheck;
    QDateEdit *m_from;
    QCheckBox *m_toCheck;
    QDateEdit *m_to;
    QPushButton *m_searchButton;
    QListWidget *m_results;
    QPushButton *m_moreButton;
    QLabel *m_status;
    QList<proto::Conversation> m_found;
    int m_generation = 0;
};

} // namespace kora::ui
