#pragma once

#include <QProxyStyle>

namespace kora::ui {

// The application style over the platform's or Fusion: the icons Qt's own
// dialogs draw (a message box's question, warning, error and information)
// come from Kora's SVGs rather than the desktop's icon theme, so a question
// looks the same on every desktop. Everything else is the base style's.
class KoraStyle : public QProxyStyle
{
    Q_OBJECT
public:
    // Takes ownership of `base` (null: the default style).
    explicit KoraStyle(QStyle *base = nullptr);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    // The resource Kora draws `icon` from ("" when the base style's is used).
    static QString iconPath(StandardPixmap icon);
};

} // namespace kora::ui
