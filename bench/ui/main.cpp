// bench/ui: prints figures, asserts nothing.
//  1. cold start: a fresh process opens a cache of --conversations
//     conversations and --messages messages and paints the conversation list
//     (time from process start to the first painted frame);
//  2. scrolling: a chat pane over a conversation of --bubbles variable-height
//     messages is scrolled from the newest to the oldest; each frame is
//     rendered to an offscreen pixmap and timed (p50/p99/max), and so is
//     the scroll step itself (the rows that came into view laid out);
//     --markup N formats every Nth bubble (0: none) to see what markup costs.
#include "ApiClient.h"
#include "Cache.h"
#include "ChatPane.h"
#include "ClientSession.h"
#include "ConversationListModel.h"
#include "ConversationPane.h"
#include "MessageListModel.h"
#include "Outbox.h"
#include "SocketIoClient.h"
#include "SyncEngine.h"
#include "UiServices.h"
#include "protocol/Json.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

#include <unistd.h>

namespace {

QTextStream out(stdout);
QElapsedTimer processClock; // started first thing in main()

const QString me = QStringLiteral("me");

// --markup N: every Nth message of the big conversation is formatted
// (protocol 7.6: styles, a list, a quote, and every 8th of those a code
// block wider than the bubble); 0: plain text only.
int markupEvery = 4;

QString bodyFor(qint64 seq)
{
    if (markupEvery > 0 && seq % markupEvery == 0) {
        QString body = QStringLiteral("**Saturday** the tiles arrive, `grout-42` samples on "
                                      "_Monday_ ~~Friday~~\n- check the worktop\n- order it\n"
                                      "> can you check the measurements?");
        if ((seq / markupEvery) % 8 == 0)
            body += QStringLiteral("\n```\nmeasure --width=2400 --depth=600 --cut=left,right "
                                   "--edge=bullnose --finish=matte\n```");
        return body;
    }
    static const QString words = QStringLiteral(
        "the tiles arrive on Saturday and the grout samples on Monday, can you check the "
        "measurements for the worktop before we order it? ");
    return words.left(int(20 + (seq * 37) % 300)).repeated(1 + int(seq % 7 == 0) * 3).trimmed();
}

kora::proto::Conversation conversation(int i)
{
    kora::proto::Conversation c;
    c.id = QStringLiteral("c%1").arg(i);
    c.type = QStringLiteral("direct");
    c.jobTitle = QStringLiteral("Job %1: kitchen tiling and plumbing").arg(i);
    c.updatedAt = QDateTime::fromMSecsSinceEpoch(1'790'000'000'000 + qint64(i) * 60'000, Qt::UTC);
    const QString peer = QStringLiteral("peer%1").arg(i);
    c.participants = {
        {{me, QStringLiteral("Me"), QStringLiteral("worker"), {}, false, {}}, 0, 0},
        {{peer, QStringLiteral("Person %1").arg(i), QStringLiteral("hirer"), {}, i % 3 == 0, {}},
         0,
         0}};
    return c;
}

kora::proto::Message message(const QString &conversationId, qint64 seq, const QString &peer = {})
{
    kora::proto::Message m;
    m.id = kora::proto::newUuid();
    m.clientId = kora::proto::newUuid();
    m.conversationId = conversationId;
    m.seq = m.updatedSeq = seq;
    m.senderId = !peer.isEmpty() ? peer : seq % 2 ? me : QStringLiteral("peer");
    m.kind = QStringLiteral("text");
    m.body = bodyFor(seq);
    m.createdAt = QDateTime::fromMSecsSinceEpoch(1'780'000'000'000 + seq * 90'000, Qt::UTC);
    return m;
}

// The parts a pane needs, unconnected: nothing here touches the network.
struct Offline
{
    explicit Offline(kora::models::Cache &cache)
        : api(&network)
        , socket(options())
        , outbox(cache, socket, me, {})
        , sync(cache, api, socket, me)
        , session(cache, outbox, api, socket, me)
        , services{cache, outbox, sync, session, me, QStringLiteral("Me")}
    {}
    static kora::net::SocketIoClient::Options options()
    {
        kora::net::SocketIoClient::Options o;
        o.watchNetwork = false;
        return o;
    }
    QNetworkAccessManager network;
    kora::net::ApiClient api;
    kora::net::SocketIoClient socket;
    kora::models::Outbox outbox;
    kora::models::SyncEngine sync;
    kora::models::ClientSession session;
    kora::ui::Services services;
};

int fill(const QString &path, int conversations, qint64 messages, int bubbles)
{
    auto opened = kora::models::Cache::open(path);
    if (!opened) {
        out << "cannot open the cache: " << opened.error() << "\n";
        return 1;
    }
    auto &cache = **opened;
    (void)cache.setValue(QStringLiteral("userId"), me);
    QElapsedTimer clock;
    clock.start();
    QList<kora::proto::Conversation> batch;
    for (int i = 0; i < conversations; ++i) {
        batch.append(conversation(i));
        if (batch.size() == 1000 || i == conversations - 1) {
            (void)cache.upsertConversations(batch);
            batch.clear();
        }
    }
    // The big one for scrolling, then the rest spread over every conversation.
    QList<kora::proto::Message> page;
    for (qint64 seq = 1; seq <= bubbles; ++seq)
        page.append(message(QStringLiteral("c0"), seq));
    (void)cache.storeMessages(page, true);
    const qint64 perConversation =
        qMax<qint64>(1, (messages - bubbles) / qMax(1, conversations - 1));
    page.clear();
    for (int i = 1; i < conversations; ++i) {
        for (qint64 seq = 1; seq <= perConversation; ++seq)
            page.append(message(QStringLiteral("c%1").arg(i), seq));
        if (page.size() >= 20000 || i == conversations - 1) {
            (void)cache.storeMessages(page, true);
            page.clear();
        }
    }
    out << "filled " << conversations << " conversations, "
        << bubbles + perConversation * (conversations - 1) << " messages in "
        << QString::number(clock.elapsed() / 1000.0, 'f', 1) << " s\n";
    out.flush();
    return 0;
}

int coldStart(const QString &path)
{
    const qint64 appReady = processClock.elapsed();
    auto opened = kora::models::Cache::open(path);
    if (!opened)
        return 1;
    const qint64 cacheOpen = processClock.elapsed();
    Offline parts(**opened);
    kora::ui::ConversationPane pane(parts.services);
    const qint64 paneBuilt = processClock.elapsed();
    pane.resize(360, 800);
    pane.show();
    QPixmap frame = pane.grab(); // the first painted frame of the list
    const qint64 ms = processClock.elapsed();
    out << "cold start: process start to a painted conversation list (" << pane.model()->rowCount()
        << " rows): " << ms << " ms (QApplication " << appReady << " ms, cache open "
        << cacheOpen - appReady << " ms, pane with its model " << paneBuilt - cacheOpen
        << " ms, first paint " << ms - paneBuilt << " ms)\n";
    if (frame.isNull())
        return 1;
    // The list reads the rest of its rows in later event-loop turns; here at
    // once, so the next figure is for a message in any of them.
    QElapsedTimer rest;
    rest.start();
    while (pane.model()->canFetchMore({}))
        pane.model()->fetchMore({});
    out << "the rest of the list read (" << pane.model()->rowCount() << " rows) in "
        << rest.elapsed() << " ms after the first paint\n";

    // A message arrives in one of the conversations: the cache write plus the
    // list catching up (it moves to the top), as one incoming message costs.
    QList<double> costs;
    QRandomGenerator random(7);
    for (int i = 0; i < 200; ++i) {
        const QString id =
            QStringLiteral("c%1").arg(1 + random.bounded(pane.model()->rowCount() - 1));
        kora::proto::Message m = message(id, 1'000'000 + i, QStringLiteral("peer"));
        // Strictly newer each time: a message stored in the same millisecond
        // as the one before would sort after it by id, not on top.
        m.createdAt = QDateTime::currentDateTimeUtc().addMSecs(i);
        QElapsedTimer clock;
        clock.start();
        (void)(*opened)->storeMessages({m});
        costs.append(double(clock.nsecsElapsed()) / 1e6);
        if (pane.model()
                ->index(0, 0)
                .data(kora::models::ConversationListModel::IdRole)
                .toString() != id)
            return 1;
    }
    std::sort(costs.begin(), costs.end());
    out << "a new message in one of " << pane.model()->rowCount()
        << " conversations, stored and the list updated: p50 "
        << QString::number(costs.at(costs.size() / 2), 'f', 2) << " ms, p99 "
        << QString::number(costs.at(costs.size() * 99 / 100), 'f', 2) << " ms\n";
    return 0;
}

int scroll(const QString &path)
{
    auto opened = kora::models::Cache::open(path);
    if (!opened)
        return 1;
    Offline parts(**opened);
    kora::ui::ChatPane pane(parts.services);
    pane.resize(560, 900);
    pane.show();
    pane.setConversation(QStringLiteral("c0"));
    QListView *view = pane.messageView();
    QCoreApplication::processEvents();
    view->scrollToBottom();
    QList<double> frames;
    QList<double> events; // the scroll step's own work: layout of rows that came into view
    QPixmap target(view->viewport()->size() * view->devicePixelRatioF());
    target.setDevicePixelRatio(view->devicePixelRatioF());
    qint64 oldestSeen = std::numeric_limits<qint64>::max();
    int stuck = 0;
    while (frames.size() < 20000 && stuck < 50) {
        QScrollBar *bar = view->verticalScrollBar();
        const int before = bar->value();
        QElapsedTimer step;
        step.start();
        const int rowsBefore = view->model()->rowCount();
        bar->setValue(before - 90);        // one wheel step
        QCoreApplication::processEvents(); // the pane loads older rows at the top
        const double eventsMs = double(step.nsecsElapsed()) / 1e6;
        events.append(eventsMs);
        QElapsedTimer clock;
        clock.start();
        view->viewport()->render(&target);
        frames.append(double(clock.nsecsElapsed()) / 1e6);
        if (qEnvironmentVariableIsSet("KORA_BENCH_TRACE") && (frames.last() > 8 || eventsMs > 8))
            out << "frame " << frames.size() << " rows " << rowsBefore << "->"
                << view->model()->rowCount() << " events " << eventsMs << " ms paint "
                << frames.last() << " ms\n";
        const qint64 first =
            view->indexAt(QPoint(5, 5)).data(kora::models::MessageListModel::SeqRole).toLongLong();
        if (first > 0)
            oldestSeen = qMin(oldestSeen, first);
        stuck = bar->value() == before ? stuck + 1 : 0;
        if (oldestSeen == 1)
            break;
    }
    std::sort(frames.begin(), frames.end());
    std::sort(events.begin(), events.end());
    const auto at = [](const QList<double> &list, double q) {
        return list.at(qMin<qsizetype>(list.size() - 1, qsizetype(q * list.size())));
    };
    out << "scrolling: " << frames.size() << " frames (down to seq " << oldestSeen
        << "), paint p50 " << QString::number(at(frames, 0.5), 'f', 2) << " ms, p99 "
        << QString::number(at(frames, 0.99), 'f', 2) << " ms, max "
        << QString::number(frames.last(), 'f', 2) << " ms; scroll step (rows laid out) p50 "
        << QString::number(at(events, 0.5), 'f', 2) << " ms, p99 "
        << QString::number(at(events, 0.99), 'f', 2) << " ms\n";
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    processClock.start();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption conversations(QStringLiteral("conversations"), QStringLiteral("N"),
                                           QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption messages(QStringLiteral("messages"), QStringLiteral("N"),
                                      QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption bubbles(QStringLiteral("bubbles"), QStringLiteral("N"),
                                     QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption phase(QStringLiteral("phase"), QStringLiteral("child run"),
                                   QStringLiteral("NAME"));
    const QCommandLineOption cache(QStringLiteral("cache"), QStringLiteral("child run"),
                                   QStringLiteral("PATH"));
    const QCommandLineOption reuse(QStringLiteral("reuse"),
                                   QStringLiteral("keep the filled cache at PATH across runs"),
                                   QStringLiteral("PATH"));
    parser.addHelpOption();
    const QCommandLineOption markup(QStringLiteral("markup"),
                                    QStringLiteral("every Nth bubble formatted (0: none)"),
                                    QStringLiteral("N"), QStringLiteral("4"));
    parser.addOptions({conversations, messages, bubbles, phase, cache, reuse, markup});
    parser.process(app);
    markupEvery = qMax(0, parser.value(markup).toInt());
    if (parser.value(phase) == QLatin1String("start"))
        return coldStart(parser.value(cache));
    if (parser.value(phase) == QLatin1String("scroll"))
        return scroll(parser.value(cache));

    QTemporaryDir dir;
    // --reuse PATH: fill PATH once, measure over it on later runs (filling takes minutes).
    const QString path = parser.isSet(reuse) ? parser.value(reuse)
                                             : dir.filePath(QStringLiteral("ui-bench.sqlite3"));
    if (!QFileInfo::exists(path) &&
        fill(path, parser.value(conversations).toInt(), parser.value(messages).toLongLong(),
             parser.value(bubbles).toInt()) != 0)
        return 1;
    // Each measurement in a fresh process, as a user's cold start is: first
    // with the OS page cache dropped (a machine just booted; needs root, skipped
    // with a note otherwise), then as a user reopening the app.
    const auto dropPageCache = [] {
        ::sync();
        QFile drop(QStringLiteral("/proc/sys/vm/drop_caches"));
        return drop.open(QIODevice::WriteOnly) && drop.write("3\n") == 2;
    };
    out << (dropPageCache() ? "two starts: the first after dropping the OS page cache (as after "
                              "a reboot), the second warm\n"
                            : "two starts (the OS page cache could not be dropped, not root: "
                              "both warm)\n");
    out.flush();
    for (const QString &name :
         {QStringLiteral("start"), QStringLiteral("start"), QStringLiteral("scroll")}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--phase"), name, QStringLiteral("--cache"), path});
        child.waitForFinished(-1);
    }
    return 0;
}
