#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace kora::app {

namespace {
constexpr quint32 kMagic = 0x4b4f5241; // "KORA"
constexpr quint8 kVersion = 1;
constexpr char kAck = 'A';

QByteArray frame(const QStringList &arguments)
{
    QByteArray body;
    QDataStream out(&body, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kVersion << arguments;
    QByteArray bytes;
    QDataStream head(&bytes, QIODevice::WriteOnly);
    head << quint32(body.size());
    return bytes + body;
}

QString lockPathFor(const QString &name)
{
    if (QDir::isAbsolutePath(name))
        return name + QStringLiteral(".lock");
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1);
    return QDir::temp().filePath(QStringLiteral("kora-") + QString::fromLatin1(hash.toHex()) +
                                 QStringLiteral(".lock"));
}
} // namespace

SingleInstance::SingleInstance(QString name, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
{}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close(); // removes the socket file
}

QString SingleInstance::nameFor(const QString &appId, const QString &profile)
{
    const QString base =
        appId + QLatin1Char('.') + (profile.isEmpty() ? QStringLiteral("default") : profile);
#ifdef Q_OS_UNIX
    // $XDG_RUNTIME_DIR (or Qt's private fallback): owned by the user, mode 0700.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return QDir(runtime).filePath(base + QStringLiteral(".socket"));
    return base + QLatin1Char('.') + QString::number(::getuid());
#else
    QString user = qEnvironmentVariable("USERNAME");
    const QByteArray hash = QCryptographicHash::hash(user.toUtf8(), QCryptographicHash::Sha1);
    return base + QLatin1Char('.') + QString::fromLatin1(hash.toHex().left(16));
#endif
}

SingleInstance::Outcome SingleInstance::claim(const QStringList &arguments, int timeoutMs)
{
    QLockFile lock(lockPathFor(m_name));
    if (!lock.tryLock(timeoutMs)) {
        m_error = tr("Another Kora is starting and holds %1.").arg(lockPathFor(m_name));
        return Outcome::Unavailable;
    }

    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (socket.waitForConnected(timeoutMs)) {
        const QByteArray bytes = frame(arguments);
        if (bytes.size() > MaxMessageBytes) {
            m_error = tr("The arguments are too long to hand over.");
            return Outcome::NoAnswer;
        }
        socket.write(bytes);
        socket.flush();
        while (socket.bytesAvailable() < 1) {
            if (!socket.waitForReadyRead(timeoutMs)) {
                m_error = tr("The running Kora did not answer: %1").arg(socket.errorString());
                return Outcome::NoAnswer;
            }
        }
        char ack = 0;
        if (!socket.getChar(&ack) || ack != kAck) {
            m_error = tr("The running Kora gave an unexpected answer.");
            return Outcome::NoAnswer;
        }
        socket.disconnectFromServer();
        return Outcome::HandedOver;
    }

    // Nobody answers: no Kora runs, or a crashed one left its socket behind.
    QLocalServer::removeServer(m_name);
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_name)) {
        m_error = tr("Cannot listen on %1: %2").arg(m_name, server->errorString());
        delete server;
        return Outcome::Unavailable;
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    return Outcome::Primary;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
        readFrom(socket);
    }
}

void SingleInstance::readFrom(QLocalSocket *socket)
{
    if (socket->property("kora_done").toBool())
        return;
    const QByteArray head = socket->peek(4);
    if (head.size() < 4)
        return;
    quint32 size = 0;
    QDataStream(head) >> size;
    if (size > MaxMessageBytes) {
        socket->abort();
        return;
    }
    if (socket->bytesAvailable() < qint64(4 + size))
        return;
    socket->read(4);
    QDataStream in(socket->read(size));
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint8 version = 0;
    QStringList arguments;
    in >> magic >> version >> arguments;
    if (in.status() != QDataStream::Ok || magic != kMagic || version != kVersion) {
        socket->abort();
        return;
    }
    socket->setProperty("kora_done", true);
    socket->putChar(kAck);
    socket->flush();
    socket->disconnectFromServer();
    Q_EMIT activated(arguments);
}

} // namespace kora::app
