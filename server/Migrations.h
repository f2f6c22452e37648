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
// A statement written for both engines in the engine's own spelling: {BOOL}
// (BOOLEAN / SMALLINT), {FALSE}, {BLOB} (BYTEA / BLOB).
QString dialect(QString sql, bool postgres);

} // namespace kora::server
