#pragma once

#include "../net/Expected.h"

#include <QString>

namespace kora::server {

struct Secrets
{
    QString jwtSecret;
    QString serviceKey;
};

// Fills in what `given` lacks from <dataDir>/secrets.json, creating that file
// (owner-only) with fresh random values the first time.
Expected<Secrets, QString> loadOrCreateSecrets(const QString &dataDir, Secrets given);

} // namespace kora::server
