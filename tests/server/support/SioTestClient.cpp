#include "SioTestClient.h"

#include "EngineIo.h"
#include "SocketIo.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace kora::test {

SioTestClient::SioTestClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &SioTestClient::onText);
}

void SioTestClient::onText(const QString &text)
{
    const QByteArray frame = text.toUtf8();
    const auto packet = eio::decode(frame);
    if (packet) {
        if (packet->type == eio::PacketType::Open) {
            m_handshake = QJsonDocument::fromJson(packet->payload).object();
        } else if (packet->type == eio::PacketType::Ping) {
            ++m_pings;
            if (m_answerPings)
                m_socket.sendTextMessage(QStringLiteral("3"));
        } else if (packet->type == eio::PacketType::Message) {
            const auto sio = sio::decode(packet->payload);
            if (sio) {
                if (sio->type == sio::PacketType::Connect ||
                    sio->type == sio::PacketType::ConnectError)
                    m_connectFrame = frame;
                else if (sio->type == sio::PacketType::Ack && sio->ackId)
                    m_acks.insert(*sio->ackId, sio->data.toArray().first().toObject());
                else if (sio->type == sio::PacketType::Event)
                    events.append({sio->eventName(), sio->eventArgs().first().toObject()});
            }
        }
    }
    Q_EMIT frameReceived();
}

bool SioTestClient::open(const QUrl &serverUrl, const QString &query)
{
    QUrl url = serverUrl;
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/socket.io/"));
    url.setQuery(query);
    m_socket.open(url);
    return QTest::qWaitFor([this] { return !m_handshake.isEmpty(); }, 5000);
}

bool SioTestClient::connectWithToken(const QUrl &serverUrl, const QString &token)
{
    if (!open(serverUrl))
        return false;
    m_socket.sendTextMessage(
        QString::fromUtf8(sio::connectFrame(QJsonObject{{QStringLiteral("token"), token}})));
    if (!QTest::qWaitFor([this] { return !m_connectFrame.isEmpty(); }, 5000))
        return false;
    return m_connectFrame.startsWith("40");
}

void SioTestClient::sendRaw(const QByteArray &frame)
{
    m_socket.sendTextMessage(QString::fromUtf8(frame));
}

void SioTestClient::emitEvent(const QString &name, const QJsonObject &payload)
{
    sendRaw(sio::eventFrame(name, payload));
}

std::optional<QJsonObject> SioTestClient::call(const QString &name, const QJsonObject &payload,
                                               int timeoutMs)
{
    const qint64 id = m_nextAck++;
    sendRaw(sio::eventFrame(name, payload, id));
    if (!QTest::qWaitFor([this, id] { return m_acks.contains(id); }, timeoutMs))
        return std::nullopt;
    return m_acks.take(id);
}

qint64 SioTestClient::post(const QString &name, const QJsonObject &payload)
{
    const qint64 id = m_nextAck++;
    sendRaw(sio::eventFrame(name, payload, id));
    return id;
}

std::optional<QJsonObject> SioTestClient::waitForEvent(const QString &name, int timeoutMs)
{
    const int wanted = m_consumed.value(name) + 1;
    if (!QTest::qWaitFor([&] { return countEvents(name) >= wanted; }, timeoutMs))
        return std::nullopt;
    m_consumed[name] = wanted;
    int seen = 0;
    for (const Event &e : std::as_const(events)) {
        if (e.name == name && ++seen == wanted)
            return e.payload;
    }
    return std::nullopt;
}

int SioTestClient::countEvents(const QString &name) const
{
    int n = 0;
    for (const Event &e : events)
        n += e.name == name;
    return n;
}

bool SioTestClient::waitForClosed(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; },
                           timeoutMs);
}

} // namespace kora::test
