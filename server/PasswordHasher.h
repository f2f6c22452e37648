#pragma once

#include <QByteArray>
#include <QString>

namespace kora::server {

// argon2id password hashes through libsodium (crypto_pwhash_str), in the
// self-describing "$argon2id$v=19$m=...,t=...,p=...$salt$hash" form.
// Both calls are CPU- and memory-heavy by design: run them off the event loop.
namespace password {

bool initialise(); // sodium_init; false if libsodium cannot be used
QString hash(const QString &password);
bool verify(const QString &storedHash, const QString &password);
// A valid hash of a random password, verified against when the user does not
// exist so that unknown emails cost the same time as wrong passwords.
const QString &decoyHash();

} // namespace password
} // namespace kora::server
