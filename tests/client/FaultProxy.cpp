#include "FaultProxy.h"

#include <QTimer>

FaultProxy::FaultProxy(QHostAddress upstreamHost, quint16 upstreamPort, QObject *parent)
    : QObject(parent)
    , m_upstreamHost(std::move(upstreamHost))
    , m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy()
{
    dropAll();
}

quint16 FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0) ? m_server.serverPort() : 0;
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        client->setParent(this);
        if (m_refuse) {
            client->abort();
            client->deleteLater();
            continue;
        }
        ++m_accepted;
        auto *upstream = new QTcpSocket(this);
        m_links.append(Link{client, upstream});
        connect(client, &QTcpSocket::readyRead, this,
                [this, client, upstream] { forward(client, upstream, false); });
        connect(upstream, &QTcpSocket::readyRead, this,
                [this, client, upstream] { forward(upstream, client, true); });
        auto closeBoth = [client, upstream] {
            if (client)
                client->disconnectFromHost();
            if (upstream)
                upstream->disconnectFromHost();
        };
        connect(client, &QTcpSocket::disconnected, upstream, closeBoth);
        connect(upstream, &QTcpSocket::disconnected, client, closeBoth);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(upstream, &QTcpSocket::disconnected, upstream, &QObject::deleteLater);
        // Bytes the client sends before the upstream connects wait in its buffer.
        connect(upstream, &QTcpSocket::connected, this,
                [this, client, upstream] { forward(client, upstream, false); });
        upstream->connectToHost(m_upstreamHost, m_upstreamPort);
    }
}

void FaultProxy::forward(QTcpSocket *from, QTcpSocket *to, bool towardClient)
{
    if (!from || !to || to->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray chunk = from->readAll();
    if (chunk.isEmpty() || m_blackhole)
        return; // swallowed: the link looks alive and carries nothing
    if (towardClient && m_cutNext && chunk.size() > 1) {
        m_cutNext = false;
        to->write(chunk.left(chunk.size() / 2));
        to->flush();
        from->abort();
        to->abort();
        return;
    }
    if (m_delayMs <= 0) {
        to->write(chunk);
        return;
    }
    QPointer<QTcpSocket> target(to);
    QTimer::singleShot(m_delayMs, this, [target, chunk] {
        if (target && target->state() == QAbstractSocket::ConnectedState)
            target->write(chunk);
    });
}

void FaultProxy::dropAll()
{
    const QList<Link> links = m_links;
    m_links.clear();
    for (const Link &link : links) {
        if (link.client)
            link.client->abort();
        if (link.upstream)
            link.upstream->abort();
    }
}

int FaultProxy::openConnections() const
{
    int open = 0;
    for (const Link &link : m_links)
        open += link.client && link.client->state() == QAbstractSocket::ConnectedState;
    return open;
}
