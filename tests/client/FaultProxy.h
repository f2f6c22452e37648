#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// A TCP proxy on 127.0.0.1 between a client and a server that misbehaves on
// request: delays every chunk, drops every connection, cuts a connection in
// the middle of a frame, blackholes traffic (connections stay open, nothing
// passes: only heartbeats can notice), or refuses new connections.
// Faults are ours, not toxiproxy's or netem's (neither is available here).
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    FaultProxy(QHostAddress upstreamHost, quint16 upstreamPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    quint16 listen();
    quint16 port() const { return m_server.serverPort(); }
    // http://127.0.0.1:<port>: where a client goes to pass through the proxy.
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port())); }

    void setDelayMs(int ms) { m_delayMs = ms; }
    void setBlackhole(bool on) { m_blackhole = on; }
    void setRefuse(bool on) { m_refuse = on; }
    // Aborts every open connection now.
    void dropAll();
    // The next server→client chunk is forwarded only in part, then both ends are cut.
    void cutNextMidFrame() { m_cutNext = true; }
    int openConnections() const;
    int accepted() const { return m_accepted; }

private:
    struct Link
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
    };
    void onNewConnection();
    void forward(QTcpSocket *from, QTcpSocket *to, bool towardClient);
    void close(Link &link);

    QTcpServer m_server;
    QHostAddress m_upstreamHost;
    quint16 m_upstreamPort;
    QList<Link> m_links;
    int m_delayMs = 0;
    bool m_blackhole = false;
    bool m_refuse = false;
    bool m_cutNext = false;
    int m_accepted = 0;
};
