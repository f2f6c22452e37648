#pragma once

#include <QCoreApplication>
#include <QKeyEvent>
#include <QWidget>

namespace kora::ui {

// In a search field above a list: Up, Down, Page Up and Page Down move
// through the list without leaving the field. True when `key` was one of them
// (and went to `list`).
inline bool forwardListKeys(QKeyEvent *key, QWidget *list)
{
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown: {
        QKeyEvent forwarded(key->type(), key->key(), key->modifiers(), key->text());
        QCoreApplication::sendEvent(list, &forwarded);
        return true;
    }
    default:
        return false;
    }
}

} // namespace kora::ui
