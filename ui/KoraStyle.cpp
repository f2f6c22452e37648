#include "KoraStyle.h"

#include <QIcon>

namespace kora::ui {

KoraStyle::KoraStyle(QStyle *base)
    : QProxyStyle(base)
{}

QString KoraStyle::iconPath(StandardPixmap icon)
{
    switch (icon) {
    case SP_MessageBoxQuestion:
        return QStringLiteral(":/icons/dialog-question.svg");
    case SP_MessageBoxInformation:
        return QStringLiteral(":/icons/dialog-information.svg");
    case SP_MessageBoxWarning:
        return QStringLiteral(":/icons/dialog-warning.svg");
    case SP_MessageBoxCritical:
        return QStringLiteral(":/icons/dialog-error.svg");
    default:
        return {};
    }
}

QIcon KoraStyle::standardIcon(StandardPixmap icon, const QStyleOption *option,
                              const QWidget *widget) const
{
    const QString path = iconPath(icon);
    if (!path.isEmpty())
        return QIcon(path);
    return QProxyStyle::standardIcon(icon, option, widget);
}

} // namespace kora::ui
