#include "BubbleControls.h"

#include "MessageDelegate.h"

#include <QAbstractItemView>
#include <QAccessibleActionInterface>
#include <QKeyEvent>

namespace kora::ui {

namespace {
// One painted control as a button for assistive technology; it has no
// QObject of its own, so it asks BubbleControls for what it says and does.
class PaintedButton : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    PaintedButton(BubbleControls *controls, QAbstractItemView *view, QString name, QRect rect)
        : m_controls(controls)
        , m_view(view)
        , m_name(std::move(name))
        , m_rect(rect)
    {}

    bool isValid() const override { return m_controls && m_view; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QList<std::pair<QAccessibleInterface *, QAccessible::Relation>>
    relations(QAccessible::Relation) const override
    {
        return {};
    }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override
    {
        return t == QAccessible::Name ? m_name : QString();
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        if (!m_view)
            return {};
        return QRect(m_view->viewport()->mapToGlobal(m_rect.topLeft()), m_rect.size());
    }
    QAccessible::Role role() const override { return QAccessible::Button; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.focusable = true;
        s.focused = true;
        return s;
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface
                   ? static_cast<QAccessibleActionInterface *>(this)
                   : nullptr;
    }

    QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString &name) override
    {
        if (name == pressAction() && m_controls)
            m_controls->press();
    }
    QStringList keyBindingsForAction(const QString &name) const override
    {
        return name == pressAction() ? QStringList{QStringLiteral("Return")} : QStringList{};
    }

private:
    QPointer<BubbleControls> m_controls;
    QPointer<QAbstractItemView> m_view;
    QString m_name;
    QRect m_rect;
};
} // namespace

BubbleControls::BubbleControls(QAbstractItemView *view, MessageDelegate *delegate, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_watched(view)
    , m_delegate(delegate)
{
    view->installEventFilter(this);
}

BubbleControls::~BubbleControls()
{
    if (m_accessible)
        QAccessible::deleteAccessibleInterface(m_accessible);
}

QString BubbleControls::currentName() const
{
    if (!m_delegate || m_current < 0)
        return {};
    const QList<MessageDelegate::Control> controls = m_delegate->controlsOf(m_row);
    return m_current < controls.size() ? controls.at(m_current).name : QString();
}

QAccessibleInterface *BubbleControls::currentAccessible() const
{
    return m_accessible ? QAccessible::accessibleInterface(m_accessible) : nullptr;
}

bool BubbleControls::press()
{
    if (!m_delegate || m_current < 0 || !m_row.isValid())
        return false;
    const QList<MessageDelegate::Control> controls = m_delegate->controlsOf(m_row);
    if (m_current >= controls.size())
        return false;
    const QModelIndex row = m_row;
    const MessageDelegate::HitResult hit = controls.at(m_current).hit;
    // The press may change the row (Retry) or take it away (Discard): the
    // ring starts again from the row's first button next time.
    clear();
    m_delegate->activate(row, hit);
    return true;
}

bool BubbleControls::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_watched || !m_delegate)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::KeyPress: {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if (key->key() == Qt::Key_Tab && mods == Qt::NoModifier)
            return step(1);
        if (key->key() == Qt::Key_Backtab ||
            (key->key() == Qt::Key_Tab && mods == Qt::ShiftModifier))
            return step(-1);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter ||
                           key->key() == Qt::Key_Space;
        if (enter && mods == Qt::NoModifier && m_current >= 0)
            return press();
        if (m_current >= 0 && key->key() != Qt::Key_Shift)
            clear(); // another key: back to the message as a whole
        break;
    }
    case QEvent::FocusOut:
        clear();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

bool BubbleControls::step(int delta)
{
    const QModelIndex row = m_view->currentIndex();
    if (!row.isValid())
        return false;
    if (QModelIndex(m_row) != row) {
        m_row = row;
        m_current = -1;
    }
    const int count = int(m_delegate->controlsOf(row).size());
    int next = m_current < 0 ? (delta > 0 ? 0 : count - 1) : m_current + delta;
    if (count == 0 || next < 0 || next >= count) {
        clear();
        return false; // Tab goes on to the next widget
    }
    m_current = next;
    m_delegate->setFocusedControl(row, m_current);
    announce();
    return true;
}

void BubbleControls::clear()
{
    if (m_current < 0)
        return;
    m_current = -1;
    m_row = QPersistentModelIndex();
    if (m_delegate)
        m_delegate->setFocusedControl({}, -1);
    if (m_accessible) {
        QAccessible::deleteAccessibleInterface(m_accessible);
        m_accessible = 0;
    }
}

void BubbleControls::announce()
{
    const QList<MessageDelegate::Control> controls = m_delegate->controlsOf(m_row);
    if (m_current >= controls.size())
        return;
    if (m_accessible)
        QAccessible::deleteAccessibleInterface(m_accessible);
    auto *button =
        new PaintedButton(this, m_view, controls.at(m_current).name, controls.at(m_current).rect);
    m_accessible = QAccessible::registerAccessibleInterface(button);
    QAccessibleEvent focus(button, QAccessible::Focus); // nothing when no one listens
    QAccessible::updateAccessibility(&focus);
}

} // namespace kora::ui
