#pragma once

#include <QFrame>
#include <QList>

class QToolButton;

namespace kora::ui {

// The small toolbar shown beside the bubble the mouse is on: the six common
// emoji (protocol 7.2; the ones already mine shown pressed), a button for the
// whole picker, Reply, and ⋮ for the message's other actions (its context
// menu).
class QuickReactionBar : public QFrame
{
    Q_OBJECT
public:
    explicit QuickReactionBar(QWidget *parent = nullptr);

    // Which quick emoji are mine on the message it is shown for.
    void setMine(const QStringList &emoji);
    QList<QToolButton *> buttons() const { return m_buttons; }
    QToolButton *moreButton() const { return m_more; }
    QToolButton *replyButton() const { return m_reply; }
    QToolButton *actionsButton() const { return m_actions; }
    // Reply shown only where a reply is possible.
    void setReplyEnabled(bool enabled);

Q_SIGNALS:
    void picked(const QString &emoji);
    void moreRequested();
    void replyRequested();
    // ⋮: the message's menu, to open at `globalPos` (under the button).
    void actionsRequested(const QPoint &globalPos);

private:
    QList<QToolButton *> m_buttons;
    QToolButton *m_more;
    QToolButton *m_reply;
    QToolButton *m_actions;
};

} // namespace kora::ui
