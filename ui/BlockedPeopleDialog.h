#pragma once

#include "UiServices.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace kora::ui {

// Kora ▸ Blocked people…: whom this account blocks (models::BlockList, as
// the server last said; kept offline), with Unblock. Blocking is done from
// a conversation (its ⋮ menu or the list's context menu), where the person is.
class BlockedPeopleDialog : public QDialog
{
    Q_OBJECT
public:
    BlockedPeopleDialog(const Services &services, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPushButton *unblockButton() const { return m_unblock; }
    QLabel *message() const { return m_message; }

private:
    void refresh();
    void unblockCurrent();

    const Services &m_services;
    QListWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_unblock = nullptr;
};

} // namespace kora::ui
