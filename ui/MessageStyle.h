#pragma once

#include "DesignSystem.h"

#include <QColor>
#include <QFont>
#include <QString>

class QDate;
class QModelIndex;
class QPalette;

namespace kora::ui {

// The bubble's part of the visual system (ui/DesignSystem.h holds the rest):
// what the parts of the message delegate (MessageLayout, MessagePainter,
// AttachmentPainter, MessageHitTester) share: the bubble metrics, the
// colours and fonts derived from the palette and the view's font, and the
// texts a row shows besides its body. Strings keep the MessageDelegate
// translation context.
class MessageStyle
{
public:
    static constexpr int sideMargin = theme::spaceL; // between the view's edge and a bubble
    static constexpr int avatarSide = 28;            // a group sender's avatar beside bubbles
    static constexpr int avatarGap = theme::spaceS;  // between that avatar and the bubble
    static constexpr int padH = 10;                  // inside a bubble
    static constexpr int padV = 6;
    static constexpr int radius = theme::radiusBubble;
    static constexpr int gapSameSender = theme::space2xs;
    static constexpr int gapNewSender = theme::spaceM;
    static constexpr int metaGap = 8; // between the last text line and the time
    static constexpr int tickWidth = 16;
    static constexpr int mediaInset = 3; // between a bubble's edge and its images
    static constexpr int mediaGap = 3;   // between images of one message
    static constexpr int maxMediaWidth = 320;
    static constexpr int maxMediaHeight = 360;
    static constexpr int minMediaSide = 72;
    static constexpr int fileRowHeight = 48;
    static constexpr int fileRowWidth = 280;

    static QColor mix(const QColor &a, const QColor &b, qreal t);
    static bool isDark(const QPalette &palette);
    static QColor failureColor(const QPalette &palette);
    static QFont smallFont(const QFont &base);
    static QFont boldSmallFont(const QFont &base);
    // For emoji alone (chips, the quick bar, the picker): a colour emoji font
    // first when the system has one, so fallback does not pick a black-and-white
    // symbol font for some of them.
    static QFont emojiFont(const QFont &base);

    // The date separator's text ("Today", "Yesterday", "3 March", a long date).
    static QString dayText(const QDate &day);
    // The time and the edited mark of a row.
    static QString metaText(const QModelIndex &index);
    static bool isSystem(const QModelIndex &index);
};

} // namespace kora::ui
