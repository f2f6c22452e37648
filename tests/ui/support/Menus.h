#pragma once

#include <QAction>
#include <QApplication>
#include <QListView>
#include <QMenu>
#include <QTimer>

#include <memory>

// Right-clicks row `row` of a message list and triggers the action named
// `name` (its objectName) in the menu that opens; false when the menu had none.
inline bool triggerRowMenuAction(QListView *view, int row, const QString &name)
{
    auto triggered = std::make_shared<bool>(false);
    QTimer::singleShot(0, view, [triggered, name] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        if (auto *action = menu->findChild<QAction *>(name)) {
            action->trigger();
            *triggered = true;
        }
        menu->close();
    });
    Q_EMIT view->customContextMenuRequested(
        view->visualRect(view->model()->index(row, 0)).center());
    return *triggered;
}
