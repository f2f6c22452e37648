#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace kora::ui {

class TrustActions;

// Where the composer was, while I block the person of a direct conversation:
// "You blocked Kofi Asante." with Unblock. The composer comes back the
// moment the block is lifted (here or on another device).
class BlockedBar : public QFrame
{
    Q_OBJECT
public:
    // `composer` is hidden while the bar shows; neither is owned.
    BlockedBar(TrustActions &trust, QWidget *composer, QWidget *parent = nullptr);

    QPushButton *unblockButton() const { return m_unblock; }
    void refresh();

private:
    TrustActions &m_trust;
    QWidget *m_composer;
    QLabel *m_text = nullptr;
    QPushButton *m_unblock = nullptr;
};

} // namespace kora::ui
