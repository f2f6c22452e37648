#include "NetLogging.h"

Q_LOGGING_CATEGORY(lcNet, "kora.net", QtInfoMsg)
