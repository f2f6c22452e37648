#include "ServerLogging.h"

Q_LOGGING_CATEGORY(lcServer, "kora.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerDb, "kora.server.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRealtime, "kora.server.realtime", QtInfoMsg)

void installStructuredLogging()
{
    qSetMessagePattern(QStringLiteral(
        "ts=%{time yyyy-MM-ddThh:mm:ss.zzzZ} level=%{if-debug}debug%{endif}%{if-info}info%{endif}"
        "%{if-warning}warn%{endif}%{if-critical}error%{endif}%{if-fatal}fatal%{endif} "
        "cat=%{category} msg=\"%{message}\""));
}
