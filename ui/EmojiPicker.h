#pragma once

#include <QFrame>
#include <QStringList>

class QListWidget;

namespace kora::ui {

// A small popup grid of common emoji to react with (protocol 7.2): arrow
// keys move, Enter or a click picks (picked) and closes, Esc closes. The
// first quick().size() are the quick reactions of the hover bar and the
// context menu.
class EmojiPicker : public QFrame
{
    Q_OBJECT
public:
    static constexpr int columns = 8;

    explicit EmojiPicker(QWidget *parent = nullptr);

    static const QStringList &common(); // 40, most used first
    static QStringList quick();         // the first 6

    // Shows the grid with its top-left corner near `globalPos` (kept on the
    // screen), the first emoji current and the keyboard in the grid.
    void popup(const QPoint &globalPos);
    QListWidget *grid() const { return m_grid; }

Q_SIGNALS:
    void picked(const QString &emoji);

private:
    QListWidget *m_grid;
};

} // namespace kora::ui
