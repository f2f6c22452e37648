// A stock socket.io 4.8 server (from npm) speaking a minimal part of Kora's
// realtime contract (protocol.md §4), so that the desktop client's
// SocketIoClient can be tested against the real peer (tests/net/tst_socketioclient).
//
//   node stock-server.mjs [--port N] [--fast-ping]
//
// Listens on 127.0.0.1 (port 0 = a free one unless --port is given) and prints
// `listening on http://127.0.0.1:PORT` on stdout once it accepts connections.
// Accepts a connection only with auth {token: 'good-token'}. Connection state
// recovery is on, so broadcasts carry a trailing offset argument, as they do
// on stock servers in the wild. Stops cleanly on SIGTERM and SIGINT.
//
// The bare import resolves from this file's own directory (./node_modules,
// installed by `npm ci` here), whatever the working directory is.
import { Server } from 'socket.io';
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';

function parseArgs(argv) {
  const options = { port: 0, fastPing: false };
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--fast-ping') {
      options.fastPing = true;
    } else if (argv[i] === '--port' && i + 1 < argv.length) {
      options.port = Number.parseInt(argv[++i], 10);
    } else {
      console.error(`usage: stock-server.mjs [--port N] [--fast-ping] (unknown: ${argv[i]})`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    console.error('--port wants 0..65535');
    process.exit(2);
  }
  return options;
}

const options = parseArgs(process.argv.slice(2));
const httpServer = createServer();
const io = new Server(httpServer, {
  transports: ['websocket'],
  connectionStateRecovery: {},
  ...(options.fastPing ? { pingInterval: 300, pingTimeout: 300 } : {}),
});

io.use((socket, next) => {
  if (socket.handshake.auth?.token === 'good-token') {
    next();
    return;
  }
  const err = new Error('unauthorized');
  err.data = { code: 'unauthorized' };
  next(err);
});

const lastSeq = new Map(); // conversationId → highest seq handed out
const byClientId = new Map(); // clientId → stored message (idempotent retries)

function invalid(ack, message) {
  if (typeof ack === 'function') ack({ ok: false, error: { code: 'invalid', message } });
}

io.on('connection', (socket) => {
  socket.on('join_conversation', (payload, ack) => {
    const conversationId = payload?.conversationId;
    if (typeof conversationId !== 'string' || conversationId === '')
      return invalid(ack, 'conversationId is required');
    socket.join(conversationId);
    if (typeof ack === 'function') ack({ ok: true });
  });

  socket.on('send_message', (payload, ack) => {
    const { conversationId, clientId, kind = 'text', body = '' } = payload ?? {};
    if (typeof conversationId !== 'string' || conversationId === '')
      return invalid(ack, 'conversationId is required');
    if (typeof clientId !== 'string' || clientId === '')
      return invalid(ack, 'clientId is required');
    const stored = byClientId.get(clientId);
    if (stored) {
      if (typeof ack === 'function') ack({ ok: true, message: stored });
      return;
    }
    const seq = (lastSeq.get(conversationId) ?? 0) + 1;
    lastSeq.set(conversationId, seq);
    const message = {
      id: randomUUID(),
      clientId,
      conversationId,
      seq,
      updatedSeq: seq,
      senderId: 'stock',
      kind,
      body,
      attachments: [],
      createdAt: new Date().toISOString(),
      deleted: false,
    };
    byClientId.set(clientId, message);
    if (typeof ack === 'function') ack({ ok: true, message });
    io.to(conversationId).emit('new_message', { message });
  });

  // Takes the ack callback and never calls it: the client's ack timeout.
  socket.on('never_acks', () => {});
});

function stop() {
  io.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

httpServer.on('error', (err) => {
  console.error(`stock-server: ${err.message}`);
  process.exit(1);
});
httpServer.listen(options.port, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${httpServer.address().port}`);
});
