#pragma once

#include "../net/Expected.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace kora::server {

// What the contact-info guard (protocol 7.5) does with contact details in a body.
enum class ContactGuardMode { Off, Flag, Mask };

// Everything the server can be told, from flags, then environment, then defaults.
struct ServerConfig
{
    QHostAddress bind = QHostAddress::LocalHost;
    quint16 port = 8080;
    QString dataDir;
    QString databaseUrl; // empty: SQLite file in dataDir
    // Where upload bytes live: empty = in the database on PostgreSQL, in
    // dataDir/attachments on SQLite; else a directory (every process mounts it).
    QString attachmentsDir;
    QString jwtSecret;  // empty: generated and kept in dataDir
    QString serviceKey; // empty: generated and kept in dataDir
    bool demo = false;
    int benchUsers = 0;

    int pingIntervalMs = 25000;
    int pingTimeoutMs = 20000;
    int connectTimeoutMs = 45000;
    qint64 maxPayload = 1000000;
    int idleTimeoutMs = 60000;
    int bodyTimeoutMs = 120000;
    int maxConnections = 19000;
    int maxConnectionsPerAddress = 10000;
    qint64 maxJsonBody = 256 * 1024;
    int tokenTtlHours = 24 * 30;

    int loginLimitPerMinute = 10;
    int userSearchLimitPerMinute = 60;
    int messageLimitPer10s = 20; // sends, edits and deletes
    int conversationLimitPerHour = 60;
    int reactionLimitPer10s = 60;  // reaction changes per 10 s per user
    int searchLimitPerMinute = 60; // message searches per minute per user
    int eventLimitPer10s = 300;
    int reportLimitPerHour = 20; // reports filed per hour per user
    ContactGuardMode contactGuard = ContactGuardMode::Flag;
    int maxBodyCodePoints = 4000;
    bool sqliteFullSync = true;

    // Several processes on one database: heartbeat of this process's row, how
    // long a silent process still counts, how often the LISTEN connection is checked.
    int nodeHeartbeatMs = 10000;
    int nodeTimeoutMs = 30000;
    int clusterCheckMs = 1000;

    // Attachments (the contract's defaults).
    int maxImageBytes = 10 * 1024 * 1024;
    int maxImagePixels = 40'000'000;
    int maxFileBytes = 25 * 1024 * 1024;
    int uploadLimitPerMinute = 30;
    int maxUnsentUploadMbPerDay = 512; // per user: uploads no message carries yet

    // Parses arguments (argv[0] first) and KORA_* environment variables.
    static Expected<ServerConfig, QString> fromArguments(const QStringList &arguments);
};

} // namespace kora::server
