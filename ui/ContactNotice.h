#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace kora::ui {

// Under the composer, when a message about to be sent holds what the
// contact guard finds (a phone number, an email, a link, an outside
// messenger: proto::detectContacts, the server's own rules): "Keep payments
// and contact on Kora until the booking is confirmed" with Send anyway and
// Edit. It never blocks typing; the text stays as written.
class ContactNotice : public QFrame
{
    Q_OBJECT
public:
    explicit ContactNotice(QWidget *parent = nullptr);

    QLabel *label() const { return m_text; }
    QPushButton *sendAnywayButton() const { return m_sendAnyway; }
    QPushButton *editButton() const { return m_edit; }

Q_SIGNALS:
    void sendAnywayRequested();
    void editRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColors();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_sendAnyway = nullptr;
    QPushButton *m_edit = nullptr;
};

} // namespace kora::ui
