#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

#include <optional>

namespace kora::test {

// A bare Socket.IO 5 client for server tests: it speaks the frames itself
// (through kora_net's codec), records everything the server sends, and can
// be told not to answer pings or to send raw frames.
class SioTestClient : public QObject
{
    Q_OBJECT
public:
    struct Event
    {
        QString name;
        QJsonObject payload;
    };

    explicit SioTestClient(QObject *parent = nullptr);

    // Opens the socket and waits for the Engine.IO handshake.
    bool open(const QUrl &serverUrl,
              const QString &query = QStringLiteral("EIO=4&transport=websocket"));
    // open() + namespace CONNECT with the token; true when accepted.
    bool connectWithToken(const QUrl &serverUrl, const QString &token);
    void sendRaw(const QByteArray &frame);
    void emitEvent(const QString &name, const QJsonObject &payload);
    // Emits with an ack id and waits for the ack's first argument.
    std::optional<QJsonObject> call(const QString &name, const QJsonObject &payload,
                                    int timeoutMs = 5000);
    // Emits with an ack id and returns at once; the ack is then in acks().
    qint64 post(const QString &name, const QJsonObject &payload);
    const QHash<qint64, QJsonObject> &acks() const { return m_acks; }
    // Waits for the next event of that name (already received ones count).
    std::optional<QJsonObject> waitForEvent(const QString &name, int timeoutMs = 5000);
    int countEvents(const QString &name) const;
    bool waitForClosed(int timeoutMs = 5000);

    void setAnswerPings(bool answer) { m_answerPings = answer; }
    QWebSocket &socket() { return m_socket; }
    QJsonObject handshake() const { return m_handshake; }
    QByteArray lastConnectFrame() const { return m_connectFrame; }
    int pingsSeen() const { return m_pings; }
    QList<Event> events;

Q_SIGNALS:
    void frameReceived();

private:
    void onText(const QString &text);
    QWebSocket m_socket;
    QJsonObject m_handshake;
    QByteArray m_connectFrame;
    QHash<qint64, QJsonObject> m_acks;
    qint64 m_nextAck = 1;
    bool m_answerPings = true;
    int m_pings = 0;
    QHash<QString, int> m_consumed;
};

} // namespace kora::test
