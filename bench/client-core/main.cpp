// bench/client-core: prints figures, asserts nothing.
//  1. ingest: new_message frames → Socket.IO decode → SyncEngine → cache (+ an
//     open MessageListModel at the live end), beside a raw QtSql insert loop of
//     the same rows into the same schema in one transaction, in the same run;
//  2. open: a conversation of --messages cached messages → its newest page in
//     a MessageListModel (and a cold Cache::open of that file);
//  3. RSS with that cache open.
#include "ApiClient.h"
#include "Cache.h"
#include "MessageListModel.h"
#include "SocketIo.h"
#include "SocketIoClient.h"
#include "SyncEngine.h"
#include "protocol/Json.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace {

QTextStream out(stdout);

double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

kora::proto::Message makeMessage(const QString &conversationId, qint64 seq, const QString &sender)
{
    kora::proto::Message m;
    m.id = kora::proto::newOrderedUuid();
    m.clientId = kora::proto::newOrderedUuid();
    m.conversationId = conversationId;
    m.seq = m.updatedSeq = seq;
    m.senderId = sender;
    m.kind = QStringLiteral("text");
    m.body = QStringLiteral("Message %1: the tiles arrive on Saturday, grout samples on Monday.")
                 .arg(seq);
    m.createdAt = QDateTime::fromMSecsSinceEpoch(1'790'000'000'000 + seq * 1000, Qt::UTC);
    return m;
}

kora::proto::Conversation makeConversation(const QString &id, const QString &me,
                                           const QString &peer)
{
    kora::proto::Conversation c;
    c.id = id;
    c.type = QStringLiteral("direct");
    c.updatedAt = QDateTime::currentDateTimeUtc();
    for (const QString &user : {me, peer})
        c.participants.append({{user, user, QStringLiteral("worker"), {}, false, {}}, 0, 0});
    return c;
}

// The child run: open a cache, put the conversation's newest page in a model, report.
int measureOpen(const QString &path, const QString &conversationId)
{
    const double rssStart = rssMb();
    QElapsedTimer clock;
    clock.start();
    auto opened = kora::models::Cache::open(path);
    if (!opened) {
        out << "cannot open " << path << ": " << opened.error() << "\n";
        return 1;
    }
    const double openCacheMs = double(clock.nsecsElapsed()) / 1e6;
    clock.restart();
    kora::models::MessageListModel model(**opened, conversationId, QStringLiteral("me"));
    const int rows = model.rowCount();
    const double openModelMs = double(clock.nsecsElapsed()) / 1e6;
    out << "open (fresh process): Cache::open " << QString::number(openCacheMs, 'f', 1)
        << " ms; newest page (" << rows << " rows, last seq "
        << model.index(rows - 1, 0).data(kora::models::MessageListModel::SeqRole).toLongLong()
        << ") in the model " << QString::number(openModelMs, 'f', 1) << " ms after that\n";
    out << "RSS: " << QString::number(rssMb(), 'f', 1) << " MB with the "
        << (*opened)->messageCount(conversationId) << "-message cache open and its model ("
        << QString::number(rssStart, 'f', 1) << " MB at process start)\n";
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption ingestOption(QStringLiteral("ingest"),
                                          QStringLiteral("frames to ingest"), QStringLiteral("N"),
                                          QStringLiteral("100000"));
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
                                            QStringLiteral("messages in the big conversation"),
                                            QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption openOption(QStringLiteral("open"),
                                        QStringLiteral("only open this cache (child run)"),
                                        QStringLiteral("PATH"));
    const QCommandLineOption conversationOption(
        QStringLiteral("conversation"), QStringLiteral("with --open"), QStringLiteral("ID"));
    parser.addHelpOption();
    parser.addOptions({ingestOption, messagesOption, openOption, conversationOption});
    parser.process(app);
    if (parser.isSet(openOption))
        return measureOpen(parser.value(openOption), parser.value(conversationOption));
    const int ingestCount = parser.value(ingestOption).toInt();
    const int bigCount = parser.value(messagesOption).toInt();

    QTemporaryDir dir;
    const QString me = QStringLiteral("me");
    const QString peer = QStringLiteral("peer");

    // ---- 1. ingest
    {
        auto opened = kora::models::Cache::open(dir.filePath(QStringLiteral("ingest.sqlite3")));
        if (!opened) {
            out << "cannot open cache: " << opened.error() << "\n";
            return 1;
        }
        auto &cache = **opened;
        (void)cache.setValue(QStringLiteral("userId"), me);
        const QString conversationId = QStringLiteral("ingest-conversation");
        (void)cache.upsertConversations({makeConversation(conversationId, me, peer)});
        QNetworkAccessManager network;
        kora::net::ApiClient api(&network);
        kora::net::SocketIoClient::Options options;
        options.watchNetwork = false;
        kora::net::SocketIoClient socket(options);
        kora::models::SyncEngine sync(cache, api, socket, me);
        kora::models::MessageListModel model(cache, conversationId, me);

        QList<QByteArray> frames;
        QList<kora::proto::Message> rows;
        frames.reserve(ingestCount);
        for (int i = 1; i <= ingestCount; ++i) {
            const kora::proto::Message m = makeMessage(conversationId, i, peer);
            rows.append(m);
            frames.append(
                kora::sio::eventFrame(QStringLiteral("new_message"),
                                      QJsonObject{{QStringLiteral("message"), m.toJson()}}));
        }
        QElapsedTimer clock;
        clock.start();
        // Frames come in bursts, as a socket read delivers them: 50 per event-loop turn.
        int inTurn = 0;
        for (const QByteArray &frame : std::as_const(frames)) {
            const auto packet = kora::sio::decode(QByteArrayView(frame).sliced(1));
            Q_EMIT socket.eventReceived(packet->eventName(),
                                        packet->eventArgs().first().toObject());
            if (++inTurn == 50) {
                inTurn = 0;
                QCoreApplication::processEvents();
            }
        }
        // Until the last batch is stored (under a burst the sync engine lets
        // a batch gather for a few milliseconds).
        while (cache.messageCount(conversationId) < ingestCount && clock.elapsed() < 600'000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        const double ingestSeconds = double(clock.nsecsElapsed()) / 1e9;
        const qint64 stored = cache.messageCount(conversationId);

        // Raw: the same rows, same columns, one prepared statement, one transaction.
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(dir.filePath(QStringLiteral("raw.sqlite3")));
        raw.open();
        QSqlQuery q(raw);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.exec(QStringLiteral(
            "CREATE TABLE messages (local_id INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE,"
            " client_id TEXT NOT NULL, sender_id TEXT NOT NULL, conversation_id TEXT NOT NULL,"
            " seq INTEGER, updated_seq INTEGER NOT NULL DEFAULT 0, kind TEXT NOT NULL,"
            " body TEXT NOT NULL, attachments TEXT NOT NULL DEFAULT '[]', reply_to_id TEXT,"
            " created_at INTEGER NOT NULL, edited_at INTEGER, deleted INTEGER NOT NULL DEFAULT 0,"
            " UNIQUE (sender_id, client_id))"));
        q.exec(QStringLiteral("CREATE INDEX messages_by_seq ON messages (conversation_id, seq)"));
        clock.restart();
        raw.transaction();
        q.prepare(QStringLiteral(
            "INSERT INTO messages (id, client_id, sender_id, conversation_id, seq, updated_seq,"
            " kind, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const kora::proto::Message &m : std::as_const(rows)) {
            q.addBindValue(m.id);
            q.addBindValue(m.clientId);
            q.addBindValue(m.senderId);
            q.addBindValue(m.conversationId);
            q.addBindValue(m.seq);
            q.addBindValue(m.updatedSeq);
            q.addBindValue(m.kind);
            q.addBindValue(m.body);
            q.addBindValue(m.createdAt.toMSecsSinceEpoch());
            q.exec();
        }
        raw.commit();
        const double rawSeconds = double(clock.nsecsElapsed()) / 1e9;
        out << "ingest: " << ingestCount
            << " new_message frames -> cache + model: " << qRound(ingestCount / ingestSeconds)
            << " msg/s (" << stored << " stored, model rows " << model.rowCount() << ")\n";
        out << "raw insert loop (QtSql, 1 transaction): " << qRound(ingestCount / rawSeconds)
            << " msg/s; ingest is " << QString::number(100.0 * rawSeconds / ingestSeconds, 'f', 1)
            << "% of raw\n";
        out.flush();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));

    // ---- 2 + 3. open a conversation of bigCount messages
    const QString bigPath = dir.filePath(QStringLiteral("big.sqlite3"));
    const QString bigId = QStringLiteral("big-conversation");
    {
        auto opened = kora::models::Cache::open(bigPath);
        auto &cache = **opened;
        (void)cache.setValue(QStringLiteral("userId"), me);
        (void)cache.upsertConversations({makeConversation(bigId, me, peer)});
        QElapsedTimer clock;
        clock.start();
        constexpr int batch = 20000;
        for (int first = 1; first <= bigCount; first += batch) {
            QList<kora::proto::Message> page;
            for (int seq = first; seq < first + batch && seq <= bigCount; ++seq)
                page.append(makeMessage(bigId, seq, seq % 2 ? peer : me));
            (void)cache.storeMessages(page, true);
        }
        out << "filled a conversation with " << cache.messageCount(bigId) << " messages in "
            << QString::number(clock.elapsed() / 1000.0, 'f', 1) << " s\n";
    }
    // Measure opening in a fresh process, so nothing of the filling counts.
    QProcess measure;
    measure.setProcessChannelMode(QProcess::ForwardedChannels);
    measure.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--open"), bigPath, QStringLiteral("--conversation"), bigId});
    measure.waitForFinished(-1);
    return 0;
}
