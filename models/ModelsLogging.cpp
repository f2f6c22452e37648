#include "ModelsLogging.h"

Q_LOGGING_CATEGORY(lcDb, "kora.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "kora.sync", QtInfoMsg)
