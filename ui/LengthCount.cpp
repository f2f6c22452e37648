#include "LengthCount.h"

#include "DesignSystem.h"
#include <QLabel>
#include <QLocale>

namespace kora::ui {

qsizetype showLength(QLabel *label, const QString &text, int max)
{
    const qsizetype length = text.toUcs4().size();
    label->setText(
        QStringLiteral("%1 / %2").arg(QLocale().toString(length), QLocale().toString(max)));
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, length > max ? theme::failure(palette)
                                                        : palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return length;
}

} // namespace kora::ui
