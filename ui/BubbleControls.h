#pragma once

#include <QAccessible>
#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>

class QAbstractItemView;

namespace kora::ui {

class MessageDelegate;

// The buttons a bubble paints, by keyboard: with a message picked in the
// list (Up / Down), Tab and Shift+Tab walk its buttons (the quote, images
// and files, Retry, Discard, an upload's Cancel, reaction chips; a ring shows
// where), Enter or Space presses the one the ring is on, as a click would.
// Before the first and past the last, Tab moves on as usual. A screen reader
// hears each as a button: an accessible focus event for it, with a Press
// action and its name ("Retry", "Image tiles.jpg", "Reaction 👍 2").
class BubbleControls : public QObject
{
    Q_OBJECT
public:
    BubbleControls(QAbstractItemView *view, MessageDelegate *delegate, QObject *parent = nullptr);
    ~BubbleControls() override;

    // The control the ring is on (-1: none) and its name.
    int current() const { return m_current; }
    QString currentName() const;
    // The accessible button for the current control (null when none).
    QAccessibleInterface *currentAccessible() const;
    // Presses the current control; false when there is none.
    bool press();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool step(int delta);
    void clear();
    void announce();

    QPointer<QAbstractItemView> m_view;
    // The view as the QObject its events come from: compared, never used.
    // While the view is being destroyed it is only a QWidget, and reading
    // m_view then would be a bad downcast.
    const QObject *m_watched = nullptr;
    QPointer<MessageDelegate> m_delegate;
    QPersistentModelIndex m_row;
    int m_current = -1;
    QAccessible::Id m_accessible = 0;
};

} // namespace kora::ui
