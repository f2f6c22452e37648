#pragma once

#include <QFrame>
#include <QList>

class QToolButton;

namespace kora::ui {

// The small bar of quick reactions shown over a bubble the mouse is on
// (protocol 7.2): the six common emoji (the ones already mine shown
// pressed) and a button for the whole picker.
class QuickReactionBar : public QFrame
{
    Q_OBJECT
public:
    explicit QuickReactionBar(QWidget *parent = nullptr);

    // Which quick emoji are mine on the message it is shown for.
    void setMine(const QStringList &emoji);
    QList<QToolButton *> buttons() const { return m_buttons; }
    QToolButton *moreButton() const { return m_more; }

Q_SIGNALS:
    void picked(const QString &emoji);
    void moreRequested();

private:
    QList<QToolButton *> m_buttons;
    QToolButton *m_more;
};

} // namespace kora::ui
