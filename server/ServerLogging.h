#pragma once

#include <QDateTime>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcServerDb)
Q_DECLARE_LOGGING_CATEGORY(lcRealtime)

// One structured line per record (logfmt), to stderr, for every record of
// the process: Kora's own categories and those of Qt and the libraries it
// forwards (libpng's and libjpeg's warnings arrive as qt.gui.imageio).
void installStructuredLogging();

// One record as its line (without the newline):
//   ts=2026-12-04T12:28:26.478Z level=warn cat=qt.gui.imageio msg="libpng warning: …"
// The message is quoted, with \ " and control characters escaped (\n, \r,
// \t, \u00XX; also U+2028 and U+2029), so text that came from a request can
// never end the line or forge another record.
QString logfmtLine(QtMsgType type, const char *category, const QString &message,
                   const QDateTime &at);
