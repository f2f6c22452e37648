#include "PasswordHasher.h"

#include <sodium.h>

namespace kora::server::password {

bool initialise()
{
    return sodium_init() >= 0;
}

QString hash(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(
            out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verify(const QString &storedHash, const QString &password)
{
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) ==
           0;
}

const QString &decoyHash()
{
    static const QString decoy = [] {
        QByteArray random(32, Qt::Uninitialized);
        randombytes_buf(random.data(), size_t(random.size()));
        return hash(QString::fromLatin1(random.toBase64()));
    }();
    return decoy;
}

} // namespace kora::server::password
