#pragma once

#include <QColor>
#include <QPixmap>
#include <QString>

namespace kora::ui {

// Up to two initials of a name ("Ama Mensah" → "AM"), for avatars.
QString initialsOf(const QString &name);
// A stable, readable colour per person (from their id).
QColor avatarColor(const QString &seed);
// A round avatar with initials, `size` logical pixels, sharp at `devicePixelRatio`.
QPixmap initialsAvatar(const QString &name, const QString &seed, int size, qreal devicePixelRatio);

} // namespace kora::ui
