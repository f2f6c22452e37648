#include "ServerConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

namespace kora::server {
namespace {

struct IntOption
{
    const char *name;
    const char *help;
    int ServerConfig::*field;
    int minimum;
};

const IntOption intOptions[] = {
    {"ping-interval", "Engine.IO ping interval in ms.", &ServerConfig::pingIntervalMs, 100},
    {"ping-timeout", "Engine.IO ping timeout in ms.", &ServerConfig::pingTimeoutMs, 100},
    {"connect-timeout", "Time a socket has to connect its namespace, in ms.",
     &ServerConfig::connectTimeoutMs, 100},
    {"idle-timeout", "Idle HTTP connections are closed after this many ms.",
     &ServerConfig::idleTimeoutMs, 100},
    {"body-timeout", "A request body must be complete within this many ms.",
     &ServerConfig::bodyTimeoutMs, 100},
    {"max-connections", "Open connections in all; past it new ones get 503.",
     &ServerConfig::maxConnections, 1},
    {"max-connections-per-address", "Open connections per client address; past it 503.",
     &ServerConfig::maxConnectionsPerAddress, 1},
    {"token-ttl-hours", "Lifetime of issued tokens in hours.", &ServerConfig::tokenTtlHours, 1},
    {"login-limit", "Login tries per minute per address.", &ServerConfig::loginLimitPerMinute, 1},
    {"user-search-limit", "People searches (GET /api/v1/users) per minute per user.",
     &ServerConfig::userSearchLimitPerMinute, 1},
    {"event-limit", "Socket.IO events per 10 s per socket; past it the socket is closed.",
     &ServerConfig::eventLimitPer10s, 10},
    {"message-limit", "Messages, edits and deletes per 10 s per user.",
     &ServerConfig::messageLimitPer10s, 1},
    {"conversation-limit", "New conversations (direct or group) per hour per user.",
     &ServerConfig::conversationLimitPerHour, 1},
    {"reaction-limit", "Reaction changes per 10 s per user.", &ServerConfig::reactionLimitPer10s,
     1},
    {"search-limit", "Message searches (GET /api/v1/search) per minute per user.",
     &ServerConfig::searchLimitPerMinute, 1},
    {"report-limit", "Reports (POST /api/v1/reports) per hour per user.",
     &ServerConfig::reportLimitPerHour, 1},
    {"max-image-bytes", "Largest image upload in bytes.", &ServerConfig::maxImageBytes, 1},
    {"max-image-pixels", "Largest image upload in pixels (width x height).",
     &ServerConfig::maxImagePixels, 1},
    {"max-file-bytes", "Largest upload of any other file in bytes.", &ServerConfig::maxFileBytes,
     1},
    {"upload-limit", "Uploads per minute per user.", &ServerConfig::uploadLimitPerMinute, 1},
    {"max-unsent-upload-mb", "MB a user may upload in a day that no message carries yet.",
     &ServerConfig::maxUnsentUploadMbPerDay, 1},
    {"node-heartbeat", "Heartbeat of this process in the database, in ms.",
     &ServerConfig::nodeHeartbeatMs, 100},
    {"node-timeout", "A process silent this long (ms) no longer counts (its users go offline).",
     &ServerConfig::nodeTimeoutMs, 300},
    {"cluster-check", "How often (ms) the LISTEN connection is checked while quiet.",
     &ServerConfig::clusterCheckMs, 50},
    {"bench-users",
     "Benchmarks only: make sure N users bench-0001@bench.kora... exist, and mint their "
     "tokens at POST /api/v1/bench/tokens for loopback clients.",
     &ServerConfig::benchUsers, 0},
};

} // namespace

Expected<ServerConfig, QString> ServerConfig::fromArguments(const QStringList &arguments)
{
    ServerConfig config;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kora chat server"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port to listen on (0 picks a free one)."),
                                  QStringLiteral("N"));
    const QCommandLineOption bind(QStringLiteral("bind"), QStringLiteral("Address to bind."),
                                  QStringLiteral("ADDR"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Where the database, secrets and files live."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral("postgres://user:pass@host:port/db, or empty for SQLite in the data dir."),
        QStringLiteral("URL"));
    const QCommandLineOption attachmentsDir(
        QStringLiteral("attachments-dir"),
        QStringLiteral("Directory for upload bytes (shared by every process, e.g. NFS); default: "
                       "the database on PostgreSQL, the data dir on SQLite."),
        QStringLiteral("DIR"));
    const QCommandLineOption jwtSecret(QStringLiteral("jwt-secret"),
                                       QStringLiteral("Secret that signs tokens."),
                                       QStringLiteral("SECRET"));
    const QCommandLineOption serviceKey(QStringLiteral("service-key"),
                                        QStringLiteral("Key for POST /api/v1/system/messages."),
                                        QStringLiteral("KEY"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Make sure the demo accounts exist."));
    const QCommandLineOption sync(
        QStringLiteral("sqlite-sync"),
        QStringLiteral("SQLite synchronous mode: full (default) or normal."),
        QStringLiteral("MODE"));
    const QCommandLineOption contactGuard(
        QStringLiteral("contact-guard"),
        QStringLiteral("Contact details in messages: off, flag (default: stored as sent, "
                       "flagged) or mask (replaced by [hidden] unless the conversation allows "
                       "them)."),
        QStringLiteral("MODE"));
    parser.addOptions({port, bind, dataDir, database, attachmentsDir, jwtSecret, serviceKey, demo,
                       sync, contactGuard});
    for (const IntOption &o : intOptions)
        parser.addOption(QCommandLineOption(QString::fromLatin1(o.name),
                                            QString::fromLatin1(o.help), QStringLiteral("N")));
    parser.process(arguments);

    auto pick = [&](const QCommandLineOption &option, const char *env) {
        if (parser.isSet(option))
            return parser.value(option);
        return qEnvironmentVariable(env);
    };

    const QString portText = pick(port, "KORA_PORT");
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint value = portText.toUInt(&ok);
        if (!ok || value > 65535)
            return unexpected(QStringLiteral("--port must be a number from 0 to 65535"));
        config.port = quint16(value);
    }
    const QString bindText = pick(bind, "KORA_BIND");
    if (!bindText.isEmpty() && !config.bind.setAddress(bindText))
        return unexpected(QStringLiteral("--bind must be an IP address, not '%1'").arg(bindText));
    config.dataDir = pick(dataDir, "KORA_DATA_DIR");
    if (config.dataDir.isEmpty())
        config.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    config.databaseUrl = pick(database, "KORA_DATABASE_URL");
    config.attachmentsDir = pick(attachmentsDir, "KORA_ATTACHMENTS_DIR");
    config.jwtSecret = pick(jwtSecret, "KORA_JWT_SECRET");
    config.serviceKey = pick(serviceKey, "KORA_SERVICE_KEY");
    config.demo = parser.isSet(demo);
    const QString syncText = pick(sync, "KORA_SQLITE_SYNC");
    if (!syncText.isEmpty() && syncText != QLatin1String("full") &&
        syncText != QLatin1String("normal"))
        return unexpected(QStringLiteral("--sqlite-sync must be full or normal"));
    config.sqliteFullSync = syncText != QLatin1String("normal");
    const QString guardText = pick(contactGuard, "KORA_CONTACT_GUARD");
    if (guardText == QLatin1String("off"))
        config.contactGuard = ContactGuardMode::Off;
    else if (guardText == QLatin1String("mask"))
        config.contactGuard = ContactGuardMode::Mask;
    else if (!guardText.isEmpty() && guardText != QLatin1String("flag"))
        return unexpected(
            QStringLiteral("--contact-guard must be off, flag or mask, not '%1'").arg(guardText));

    for (const IntOption &o : intOptions) {
        const QString name = QString::fromLatin1(o.name);
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const int value = parser.value(name).toInt(&ok);
        if (!ok || value < o.minimum)
            return unexpected(
                QStringLiteral("--%1 must be a number of at least %2").arg(name).arg(o.minimum));
        config.*(o.field) = value;
    }
    if (config.nodeTimeoutMs < 2 * config.nodeHeartbeatMs)
        return unexpected(QStringLiteral("--node-timeout must be at least twice --node-heartbeat"));
    return config;
}

} // namespace kora::server
