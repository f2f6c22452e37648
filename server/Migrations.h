#pragma once

#include "../net/Expected.h"

#include <QString>

namespace kora::server {

class Database;

// Brings the schema to the newest version, one transaction per step; the
// version is kept in the table kora_schema (portable across SQLite and
// PostgreSQL, in the manner of SQLite's PRAGMA user_version).
// Returns the version reached, or what went wrong.
Expected<int, QString> migrate(Database &db);
int latestSchemaVersion();

} // namespace kora::server
