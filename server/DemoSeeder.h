#pragma once

#include "../net/Expected.h"

#include <QString>

namespace kora::server {

class ChatService;
class Database;

// Makes sure the demo accounts of the contract exist, with a few conversations
// between them that carry job context. Running it again changes nothing.
Expected<bool, QString> seedDemo(Database &db, ChatService &chat);
// Makes sure `count` users bench-0001@bench.kora... (password "bench-password") exist.
Expected<bool, QString> seedBenchUsers(Database &db, int count);

inline const QString demoPassword = QStringLiteral("demo-password");

} // namespace kora::server
