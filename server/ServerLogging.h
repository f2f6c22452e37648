#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcServerDb)
Q_DECLARE_LOGGING_CATEGORY(lcRealtime)

// One structured line per record (logfmt), to stderr.
void installStructuredLogging();
