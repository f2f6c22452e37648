#pragma once

#include "UiServices.h"
#include "protocol/User.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace kora::proto {
struct ApiError;
}

namespace kora::ui {

// "New conversation": finds a person (GET /users, debounced as one types),
// optionally with what it is about (a job title; ids come from the
// marketplace's links), and opens the one direct conversation with them
// (created by the server, or the existing one). The conversation is written to
// the cache before conversationOpened is emitted, so the list already has it.
class NewConversationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewConversationDialog(const Services &services, QWidget *parent = nullptr);

    // What the user is told for a failed call ("The server cannot be reached…").
    static QString describeError(const proto::ApiError &error);
    // Whether there is a direct conversation with this person already (the
    // list marks them "in your conversations"; the button says Open, not Start).
    bool isExisting(const QString &userId) const;

    void accept() override;

Q_SIGNALS:
    void conversationOpened(const QString &conversationId);

private:
    void search();
    void showResults(int serial, const QList<proto::User> &users);
    void updateButtons();
    void setBusy(bool busy);
    void setStatus(const QString &text, bool error = false);
    bool eventFilter(QObject *watched, QEvent *event) override;

    Services m_services;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QHash<QString, QString> m_existing; // user id → the direct conversation with them
    QLineEdit *m_jobTitle = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_debounce = nullptr;
    int m_serial = 0; // answers to older searches are dropped
    bool m_busy = false;
    bool m_searching = false;
    bool m_acceptWhenReady = false;
};

} // namespace kora::ui
