#pragma once

#include "UiServices.h"
#include "protocol/User.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTimer;

namespace kora::ui {

// "New group" (a title and the people in it) and a group's "Add people":
// people are found as one types (GET /users, debounced) and ticked; what is
// ticked stays ticked across searches. The server makes or changes the group;
// its answer is in the cache before conversationOpened / done is emitted.
// Needs a connection: offline, it says so and keeps what was entered.
class GroupDialog : public QDialog
{
    Q_OBJECT
public:
    // A new group.
    explicit GroupDialog(const Services &services, QWidget *parent = nullptr);
    // People to add to `conversationId` (who is in it already is not offered).
    GroupDialog(const Services &services, const QString &conversationId, QWidget *parent = nullptr);

    QStringList chosen() const { return m_chosen.keys(); }
    QLineEdit *titleEdit() const { return m_title; } // null when adding people
    QListWidget *people() const { return m_results; }
    void accept() override;

Q_SIGNALS:
    void conversationOpened(const QString &conversationId);
    void done(const QString &conversationId);

private:
    void build();
    void search();
    void showResults(const QList<proto::User> &users);
    void toggled(QListWidgetItem *item);
    void updateButtons();
    void setBusy(bool busy);
    void setStatus(const QString &text, bool error = false);
    bool eventFilter(QObject *watched, QEvent *event) override;

    Services m_services;
    QString m_conversationId;         // empty: a new group
    QSet<QString> m_members;          // not offered
    QHash<QString, QString> m_chosen; // id → name, in no order
    QLineEdit *m_title = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_debounce = nullptr;
    int m_serial = 0; // answers to older searches are dropped
    bool m_busy = false;
};

} // namespace kora::ui
