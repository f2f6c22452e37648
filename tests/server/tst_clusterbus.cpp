// What ClusterBus sends: small wake-ups that name ids and seq ranges, packed
// into as few notifications as PostgreSQL's payload limit allows.
#include "ClusterBus.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using kora::server::ClusterBus;

class TestClusterBus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneBatchIsOneNotificationWhileItFits()
    {
        QStringList lines;
        for (int i = 0; i < 20; ++i)
            lines.append(u"m %1 %2 %3"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
                             .arg(i * 10 + 1)
                             .arg(i * 10 + 10));
        const auto payloads = ClusterBus::pack(u"node-a"_s, lines);
        QCOMPARE(payloads.size(), 1);
        QVERIFY(payloads.first().startsWith("node-a\nm "));
        QCOMPARE(payloads.first().count('\n'), 20);
    }

    void aLargeBatchIsSplitUnderTheLimitLosingNothing()
    {
        QStringList lines;
        for (int i = 0; i < 1000; ++i)
            lines.append(u"m %1 %2 %3"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
                             .arg(i)
                             .arg(i + 1));
        const auto payloads = ClusterBus::pack(u"node-b"_s, lines);
        QVERIFY(payloads.size() > 1);
        QVERIFY(payloads.size() < 20); // a handful, never one per message
        QStringList seen;
        for (const QByteArray &p : payloads) {
            QVERIFY(p.size() <= ClusterBus::maxPayloadBytes);
            const QStringList parts = QString::fromUtf8(p).split(u'\n');
            QCOMPARE(parts.first(), u"node-b"_s);
            seen += parts.mid(1);
        }
        QCOMPARE(seen, lines);
    }

    void nothingToSayIsNoNotification() { QVERIFY(ClusterBus::pack(u"node-c"_s, {}).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestClusterBus)
#include "tst_clusterbus.moc"
