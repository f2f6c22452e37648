#pragma once

#include <QString>

class QLabel;

namespace kora::ui {

// Shows "count / max" in `label` (muted, red past the limit) for a text
// field counted as the server counts: in code points. Returns the count.
qsizetype showLength(QLabel *label, const QString &text, int max);

} // namespace kora::ui
