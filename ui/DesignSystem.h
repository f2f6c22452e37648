#pragma once

#include <QColor>
#include <QFont>

class QPalette;

// Kora's visual system in one place: the spacing scale, corner radii, type
// sizes and the colours that are not the palette's own. Widgets and painted
// delegates take their numbers from here, so a change of rhythm or colour
// is one edit. Colours come in a light and a dark variant, picked from the
// palette they are drawn on (the app's theme sets that palette).
namespace kora::ui::theme {

// Spacing (px): margins, gaps between controls, padding.
inline constexpr int space2xs = 2;
inline constexpr int spaceXs = 4;
inline constexpr int spaceS = 6;
inline constexpr int spaceM = 8;
inline constexpr int spaceL = 12;
inline constexpr int spaceXl = 16;
inline constexpr int space2xl = 24;

// Corner radii (px).
inline constexpr int radiusS = 4;       // chips inside a bubble, focus rings' inset
inline constexpr int radiusM = 6;       // buttons, focus rings, small cards
inline constexpr int radiusL = 8;       // cards, banners, popups
inline constexpr int radiusBubble = 12; // message bubbles

// Type sizes, relative to the user's base font (large-font settings hold).
inline constexpr qreal scaleSmall = 0.82;   // times, captions, meta lines
inline constexpr qreal scaleHeading = 1.08; // names over a chat or a panel, section headings (bold)
inline constexpr qreal scaleTitle = 1.4;    // a dialog's title, the drop zone (bold)
QFont smallFont(const QFont &base);
QFont boldSmallFont(const QFont &base);
QFont headingFont(const QFont &base);
QFont titleFont(const QFont &base);
// Emoji alone: a colour emoji font first when the system has one.
QFont emojiFont(const QFont &base);
// Code (protocol 7.6): the system's fixed-pitch family, then any monospace.
QStringList monospaceFamilies();

// Colours.
bool isDark(const QPalette &palette);
// a → b by t (0: a, 1: b), opaque.
QColor mix(const QColor &a, const QColor &b, qreal t);
QColor failure(const QPalette &palette); // refused, errors, over the limit
QColor success(const QPalette &palette); // reconnected, done
QColor warning(const QPalette &palette); // offline
QColor neutral(const QPalette &palette); // connecting, sending (banner)
QColor danger(const QPalette &palette);  // signed out (banner)
QColor online(const QPalette &palette);  // the presence dot
QColor support(const QPalette &palette); // the support window's read-only strip
QColor badge();                          // the tray icon's unread count
QColor quiet();                          // the moon of quiet hours
QColor quietLight();                     // its crescent
// The image viewer's dark canvas: the same in the light and the dark theme.
QColor viewerBackdrop();     // over the window, translucent
QColor viewerBar();          // the toolbar, over the backdrop
QColor viewerText();         // names, captions, the zoom level
QColor viewerMutedText();    // the date, the position, the status
QColor viewerControl();      // a round button's fill (the arrows)
QColor viewerControlHover(); // a button under the mouse or pressed
QColor viewerFocus();        // the focus ring on the dark canvas

} // namespace kora::ui::theme
