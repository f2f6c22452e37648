#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace kora::ui {

class GroupActions;
class TrustActions;

// Where the composer was, while I block the person of a direct conversation:
// "You blocked Kofi Asante." with Unblock. The composer comes back the
// moment the block is lifted (here or on another device). Also in a group
// I left or was removed from: "You are no longer in this group.", until
// someone adds me again.
class BlockedBar : public QFrame
{
    Q_OBJECT
public:
    // `composer` is hidden while the bar shows; neither is owned.
    BlockedBar(TrustActions &trust, GroupActions &groups, QWidget *composer,
               QWidget *parent = nullptr);

    QPushButton *unblockButton() const { return m_unblock; }
    void refresh();

private:
    TrustActions &m_trust;
    GroupActions &m_groups;
    QWidget *m_composer;
    QLabel *m_text = nullptr;
    QPushButton *m_unblock = nullptr;
};

} // namespace kora::ui
