#pragma once

#include "../net/Expected.h"
#include "UserRepository.h"

#include <QList>
#include <QString>

namespace kora::server {

class ChatService;
class Database;

// Makes sure the demo accounts of the contract exist, with a few conversations
// between them that carry job context. Running it again changes nothing.
Expected<bool, QString> seedDemo(Database &db, ChatService &chat);
// Makes sure `count` users bench-0001@bench.kora... (password "bench-password") exist,
// all with the one precomputed hash below, so starting costs no argon2id.
// Returns the bench accounts, in order, that carry that hash: an account of
// the same email made another way (another password) is not one of them.
Expected<QList<Account>, QString> seedBenchUsers(Database &db, int count);
QString benchEmail(int index); // 1 -> bench-0001@bench.kora

inline const QString benchPassword = QStringLiteral("bench-password");
// argon2id (libsodium interactive limits) of benchPassword, computed once
// offline: every bench account stores it, login still verifies it for real.
inline const QString benchPasswordHash =
    QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$gY5nxmN7Fr+wWObvRdkGKA$"
                   "SyMZd4IOdO3YONIKndwtCCADkVmnpJWWBbzIsuWv+0k");

inline const QString demoPassword = QStringLiteral("demo-password");

} // namespace kora::server
