#pragma once

#include <QToolButton>

namespace kora::ui {

// The round "jump to latest" button floating over the messages, with the
// count of new messages as a badge (the count is also its text, for
// accessibility).
class JumpButton : public QToolButton
{
public:
    using QToolButton::QToolButton;
    QSize sizeHint() const override { return QSize(44, 48); }

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace kora::ui
