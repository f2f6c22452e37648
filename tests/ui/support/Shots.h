#pragma once

#include <QApplication>
#include <QDir>
#include <QWidget>

// KORA_SCREENSHOT_DIR=<dir>: keeps a PNG of what a test looks at, to open
// and judge (never committed); without it nothing is written.
inline void keepShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("KORA_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QApplication::processEvents(); // the layout as it is now, not as it was
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}
