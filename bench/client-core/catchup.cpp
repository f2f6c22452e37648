// Catch-up: a fresh client signing in to a real kora-server process that holds
// --messages messages across --conversations conversations (default 100,000
// across 1,000; one bench user in all of them, one peer each). The server's
// SQLite file is written first through kora_server_core's own migrations and
// repositories, in one transaction (seconds, not 100k REST calls). Printed:
// time from the login call to the conversation list being complete (every
// conversation in the list model), to the open conversation (the newest one)
// being current (its newest message in its model), and to the sync engine
// saying it is done. Goal: list complete and open conversation current <= 3 s.
#include "ApiClient.h"
#include "Cache.h"
#include "ConversationListModel.h"
#include "MessageListModel.h"
#include "SocketIoClient.h"
#include "SyncEngine.h"

#include "ConversationRepository.h"
#include "Database.h"
#include "DemoSeeder.h"
#include "MessageRepository.h"
#include "Migrations.h"
#include "UserRepository.h"
#include "protocol/Json.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <optional>

namespace {

QTextStream out(stdout);

struct Seeded
{
    QString openConversation; // the most recently active one
    qint64 openLastSeq = 0;
};

kora::Expected<Seeded, QString> seed(const QString &dataDir, int conversations, int messages)
{
    using namespace kora::server;
    auto opened = Database::open({QDir(dataDir).filePath(QStringLiteral("kora.sqlite3")),
                                  {},
                                  /*fullSync=*/false});
    if (!opened)
        return kora::unexpected(opened.error());
    Database &db = **opened;
    if (auto migrated = migrate(db); !migrated)
        return kora::unexpected(migrated.error());
    // bench-0001 is the user who signs in; bench-0002… are the peers.
    if (auto users = seedBenchUsers(db, conversations + 1); !users)
        return kora::unexpected(users.error());
    UserRepository users(db);
    QStringList ids;
    for (int i = 1; i <= conversations + 1; ++i) {
        auto found = users.findByEmail(
            QStringLiteral("bench-%1@bench.kora").arg(i, 4, 10, QLatin1Char('0')));
        if (!found || !*found)
            return kora::unexpected(QStringLiteral("bench user %1 is missing").arg(i));
        ids.append((*found)->user.id);
    }
    ConversationRepository chats(db);
    MessageRepository rows(db);
    if (!db.begin())
        return kora::unexpected(QStringLiteral("cannot begin"));
    const auto failed = [&db](const QString &what) {
        db.rollback();
        return kora::unexpected(what);
    };
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(messages) * 1000;
    QStringList conversationIds;
    for (int c = 0; c < conversations; ++c) {
        NewConversation conversation;
        conversation.id = kora::proto::newUuid();
        conversation.type = QStringLiteral("direct");
        conversation.jobId = QStringLiteral("JOB-%1").arg(c);
        conversation.jobTitle = QStringLiteral("Job %1: kitchen tiling and plumbing").arg(c);
        conversation.participantIds = {ids.first(), ids.at(c + 1)};
        conversation.directKey = ConversationRepository::directKey(ids.first(), ids.at(c + 1));
        if (auto created = chats.create(conversation, start); !created)
            return failed(created.error().message);
        conversationIds.append(conversation.id);
    }
    Seeded seeded;
    for (int i = 0; i < messages; ++i) {
        const int c = i % conversations;
        kora::proto::Message m;
        m.id = kora::proto::newUuid();
        m.clientId = kora::proto::newUuid();
        m.conversationId = conversationIds.at(c);
        m.senderId = i % 3 == 0 ? ids.first() : ids.at(c + 1);
        m.kind = QStringLiteral("text");
        m.body = QStringLiteral("message %1: the tiles arrive on Saturday and the grout samples "
                                "on Monday, can you check the measurements?")
                     .arg(i);
        m.createdAt = QDateTime::fromMSecsSinceEpoch(start + qint64(i) * 1000, Qt::UTC);
        auto seq = chats.nextSeq(m.conversationId, m.createdAt.toMSecsSinceEpoch(), true);
        if (!seq)
            return failed(seq.error().message);
        m.seq = m.updatedSeq = *seq;
        if (auto inserted = rows.insert(m); !inserted)
            return failed(inserted.error().message);
        if (m.senderId == ids.first()) {
            if (auto read = chats.advanceCursor(m.conversationId, m.senderId, Cursor::Read, m.seq);
                !read)
                return failed(read.error().message);
        }
        seeded.openConversation = m.conversationId;
        seeded.openLastSeq = m.seq;
    }
    if (!db.commit())
        return kora::unexpected(QStringLiteral("cannot commit the seed"));
    return seeded;
}

// What an earlier run seeded into dataDir (--reuse).
kora::Expected<Seeded, QString> seededBefore(const QString &dataDir)
{
    using namespace kora::server;
    auto opened = Database::open({QDir(dataDir).filePath(QStringLiteral("kora.sqlite3")),
                                  {},
                                  /*fullSync=*/false});
    if (!opened)
        return kora::unexpected(opened.error());
    auto newest = (*opened)->exec(
        QStringLiteral("SELECT id, last_seq FROM conversations ORDER BY updated_at DESC LIMIT 1"));
    if (!newest || !newest->next())
        return kora::unexpected(QStringLiteral("no conversations in %1").arg(dataDir));
    return Seeded{newest->value(0).toString(), newest->value(1).toLongLong()};
}

// kora-server on 127.0.0.1, a port of its own, over dataDir; its URL once it listens.
std::optional<QUrl> startServer(QProcess &server, const QString &dataDir)
{
    server.setProgram(QStringLiteral(KORA_SERVER_BINARY));
    server.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--bind"),
                         QStringLiteral("127.0.0.1"), QStringLiteral("--data-dir"), dataDir,
                         QStringLiteral("--login-limit"), QStringLiteral("100000"),
                         QStringLiteral("--message-limit"), QStringLiteral("1000000"),
                         QStringLiteral("--conversation-limit"), QStringLiteral("1000000")});
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start();
    static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
    QString output;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 30000 && server.state() != QProcess::NotRunning) {
        server.waitForReadyRead(200);
        output += QString::fromUtf8(server.readAll());
        if (const auto match = listening.match(output); match.hasMatch())
            return QUrl(match.captured(1));
    }
    out << "kora-server did not come up: " << output.right(2000) << "\n";
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption conversationsOption(QStringLiteral("conversations"),
                                                 QStringLiteral("N"), QStringLiteral("N"),
                                                 QStringLiteral("1000"));
    const QCommandLineOption messagesOption(QStringLiteral("messages"), QStringLiteral("N"),
                                            QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           QStringLiteral("give up after S seconds"),
                                           QStringLiteral("S"), QStringLiteral("60"));
    parser.addHelpOption();
    const QCommandLineOption reuseOption(
        QStringLiteral("reuse"),
        QStringLiteral("seed the server's data dir DIR once, reuse it after"),
        QStringLiteral("DIR"));
    parser.addOptions({conversationsOption, messagesOption, timeoutOption, reuseOption});
    parser.process(app);
    const int conversations = qMax(1, parser.value(conversationsOption).toInt());
    const int messages = qMax(conversations, parser.value(messagesOption).toInt());

    QTemporaryDir dir;
    const QString dataDir = parser.isSet(reuseOption) ? parser.value(reuseOption)
                                                      : dir.filePath(QStringLiteral("server"));
    const bool reuse = QFileInfo::exists(QDir(dataDir).filePath(QStringLiteral("kora.sqlite3")));
    QDir().mkpath(dataDir);
    QElapsedTimer seedClock;
    seedClock.start();
    const auto seeded = reuse ? seededBefore(dataDir) : seed(dataDir, conversations, messages);
    if (!seeded) {
        out << "cannot seed the server: " << seeded.error() << "\n";
        return 1;
    }
    if (!reuse)
        out << "seeded " << conversations << " conversations, " << messages << " messages in "
            << seedClock.elapsed() << " ms\n";
    out.flush();

    QProcess server;
    const auto url = startServer(server, dataDir);
    if (!url)
        return 1;
    QObject::connect(&server, &QProcess::readyRead, &server, [&server] { server.readAll(); });

    // A fresh client, composed as the app does: nothing cached yet.
    auto cache = kora::models::Cache::open(dir.filePath(QStringLiteral("client.sqlite3")));
    if (!cache) {
        out << "cannot open the client cache: " << cache.error() << "\n";
        return 1;
    }
    QNetworkAccessManager network;
    kora::net::ApiClient api(&network);
    api.setBaseUrl(*url);
    kora::net::SocketIoClient::Options socketOptions;
    socketOptions.watchNetwork = false;
    kora::net::SocketIoClient socket(socketOptions);
    socket.setServerUrl(*url);
    std::unique_ptr<kora::models::SyncEngine> sync;
    std::unique_ptr<kora::models::ConversationListModel> list;
    std::unique_ptr<kora::models::MessageListModel> open;

    QElapsedTimer clock;
    qint64 loginMs = -1;
    qint64 listMs = -1;
    qint64 openMs = -1;
    qint64 syncMs = -1;
    const auto finishWhenDone = [&] {
        if (listMs >= 0 && openMs >= 0 && syncMs >= 0)
            QCoreApplication::quit();
    };
    const auto checkList = [&] {
        if (listMs < 0 && list->rowCount() >= conversations) {
            listMs = clock.elapsed();
            finishWhenDone();
        }
    };
    const auto checkOpen = [&] {
        const int rows = open->rowCount();
        if (openMs < 0 && rows > 0 &&
            open->index(rows - 1).data(kora::models::MessageListModel::SeqRole).toLongLong() >=
                seeded->openLastSeq) {
            openMs = clock.elapsed();
            finishWhenDone();
        }
    };

    clock.start();
    api.login(QStringLiteral("bench-0001@bench.kora"), QStringLiteral("bench-password"), &app,
              [&](const kora::net::ApiResult<kora::net::LoginResult> &login) {
                  if (!login) {
                      out << "cannot sign in: " << login.error().message << "\n";
                      QCoreApplication::exit(1);
                      return;
                  }
                  loginMs = clock.elapsed();
                  const QString me = login->user.id;
                  if (auto set = (*cache)->setValue(QStringLiteral("userId"), me); !set) {
                      out << "cannot store the user: " << set.error() << "\n";
                      QCoreApplication::exit(1);
                      return;
                  }
                  api.setToken(login->token);
                  socket.setToken(login->token);
                  sync = std::make_unique<kora::models::SyncEngine>(**cache, api, socket, me);
                  list = std::make_unique<kora::models::ConversationListModel>(**cache, me);
                  open = std::make_unique<kora::models::MessageListModel>(
                      **cache, seeded->openConversation, me);
                  for (const auto *model : {static_cast<QAbstractItemModel *>(list.get())}) {
                      QObject::connect(model, &QAbstractItemModel::rowsInserted, &app, checkList);
                      QObject::connect(model, &QAbstractItemModel::modelReset, &app, checkList);
                      QObject::connect(model, &QAbstractItemModel::layoutChanged, &app, checkList);
                  }
                  QObject::connect(open.get(), &QAbstractItemModel::rowsInserted, &app, checkOpen);
                  QObject::connect(open.get(), &QAbstractItemModel::modelReset, &app, checkOpen);
                  QObject::connect(open.get(), &QAbstractItemModel::dataChanged, &app, checkOpen);
                  QObject::connect(sync.get(), &kora::models::SyncEngine::syncFinished, &app, [&] {
                      if (syncMs < 0)
                          syncMs = clock.elapsed();
                      finishWhenDone();
                      // Anything still missing after the sync has had 5 s more will not come.
                      QTimer::singleShot(5000, &app, [] { QCoreApplication::exit(3); });
                  });
                  QObject::connect(sync.get(), &kora::models::SyncEngine::syncFailed, &app,
                                   [](const kora::proto::ApiError &error) {
                                       out << "sync failed: " << error.message << "\n";
                                       QCoreApplication::exit(1);
                                   });
                  socket.open();
              });
    QTimer::singleShot(parser.value(timeoutOption).toInt() * 1000, &app,
                       [] { QCoreApplication::exit(2); });
    const int rc = app.exec();

    const auto ms = [](qint64 v) {
        return v >= 0 ? QString::number(v) + QStringLiteral(" ms") : QStringLiteral("never");
    };
    const int listed = list ? list->rowCount() : 0;
    out << "catch-up: fresh client, " << conversations << " conversations / " << messages
        << " messages on a kora-server process: signed in " << ms(loginMs)
        << ", conversation list complete " << ms(listMs) << " (" << listed << " of "
        << conversations << " listed), open conversation current " << ms(openMs)
        << ", sync finished " << ms(syncMs) << " (goal: list and open conversation <= 3000 ms)\n";
    if (rc == 2)
        out << "gave up after " << parser.value(timeoutOption) << " s\n";
    if (rc == 3)
        out << "the sync finished and nothing more came within 5 s\n";
    out.flush();
    socket.close();
    server.terminate();
    server.waitForFinished(15000);
    return listMs >= 0 && openMs >= 0 ? 0 : 1;
}
