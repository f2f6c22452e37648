#pragma once

#include "protocol/User.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace kora::ui {

// Asks before a kora://chat link (from a web page or another program) opens
// a conversation: names the person and the job, and does nothing until the
// user chooses. Cancel is the default button, so an Enter meant for another
// window does not say yes. Every text from the link is shown as plain text.
class LinkConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    LinkConfirmDialog(const proto::User &user, const QString &jobId, const QString &jobTitle,
                      QWidget *parent = nullptr);

    QString personText() const;
    QString jobText() const;
    QPushButton *openButton() const { return m_open; }

private:
    QLabel *m_person = nullptr;
    QLabel *m_job = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace kora::ui
