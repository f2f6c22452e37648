#include "Theme.h"

#include "KoraStyle.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace kora::app {

Theme themeFromString(const QString &name)
{
    if (name.compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0)
        return Theme::Dark;
    if (name.compare(QLatin1String("light"), Qt::CaseInsensitive) == 0)
        return Theme::Light;
    return Theme::System;
}

namespace {
// The platform's own style and palette, as they were before Kora changed
// them, so "system" can go back to them.
struct Platform
{
    QString style;
    QPalette palette;
    bool saved = false;
    bool changed = false;
};

Platform &platform()
{
    static Platform saved;
    return saved;
}

void savePlatform(QApplication &app)
{
    Platform &p = platform();
    if (p.saved)
        return;
    p.style = app.style()->name();
    // Kora's own dialog icons over whatever style is in force.
    app.setStyle(new ui::KoraStyle(QStyleFactory::create(p.style)));
    p.palette = QApplication::palette();
    p.saved = true;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}
} // namespace

bool systemPrefersDark()
{
    // Qt 6.4 has no QStyleHints::colorScheme(): judge by the platform palette.
    const Platform &p = platform();
    return isDark(p.saved ? p.palette : QApplication::palette());
}

namespace {
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x24, 0x28, 0x2f);
    const QColor base(0x1a, 0x1d, 0x22);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor disabled(0x7a, 0x80, 0x88);
    const QColor accent(0x3d, 0x8b, 0xfd);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window.lighter(110));
    p.setColor(QPalette::ToolTipBase, window.lighter(130));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window.lighter(120));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(130));
    p.setColor(QPalette::Mid, window.lighter(110));
    p.setColor(QPalette::Dark, window.darker(130));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent.lighter(120));
    p.setColor(QPalette::LinkVisited, accent.lighter(140));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}
} // namespace

void applyTheme(QApplication &app, Theme theme)
{
    savePlatform(app);
    Platform &p = platform();
    const bool dark = theme == Theme::Dark || (theme == Theme::System && systemPrefersDark());
    if (dark) {
        app.setStyle(new ui::KoraStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        app.setPalette(darkPalette());
        p.changed = true;
    } else if (theme == Theme::Light) {
        app.setStyle(new ui::KoraStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        app.setPalette(app.style()->standardPalette());
        p.changed = true;
    } else if (p.changed) {
        // Back to the platform's look after a light or dark one.
        app.setStyle(new ui::KoraStyle(QStyleFactory::create(p.style)));
        app.setPalette(p.palette);
        p.changed = false;
    }
}

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

} // namespace kora::app
