#pragma once

#include <QWidget>

namespace kora::ui {

class Composer;

// Covers the chat pane while files are dragged over it: where to drop, and
// what happens to them. Takes the drop itself and hands it to the composer.
class DropOverlay : public QWidget
{
public:
    DropOverlay(Composer *composer, QWidget *parent);

    void showOver(QWidget *area);

protected:
    void paintEvent(QPaintEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    Composer *m_composer;
};

} // namespace kora::ui
