#!/usr/bin/env node
// The reference for bench/server-load/compare.mjs: a plain stock socket.io 4.8
// server (from npm) of the same contract as kora-server, for the part a load
// test uses, keeping everything in memory (nothing is durable). Like
// tests/interop/stock-server.mjs (which serves the client's interop tests with
// a fixed token and rooms joined by hand), but with users, tokens, direct
// conversations and delivery to every socket of every participant:
//
//   POST /api/v1/bench/tokens {count?}     -> {tokens:[{email, token, user}], expiresAt}
//   POST /api/v1/auth/login {email, password: "bench-password"} -> {token, expiresAt, user}
//   POST /api/v1/conversations {participantId} -> 201 (or 200, the existing) Conversation
//   GET  /api/v1/conversations/:id          -> Conversation (lastSeq counts stored messages)
//   GET  /api/v1/health
//   socket.io, websocket transport, auth {token}: send_message with ack
//   ({ok, message} or {ok:false, error}), new_message to every socket of every
//   participant (the sender's included, as kora-server does), idempotent per
//   (sender, clientId), seq per conversation.
//
//   node stock-server.mjs [--port N] [--bench-users N]
// Listens on 127.0.0.1 and prints `listening on http://127.0.0.1:PORT`.
// Connection state recovery is off: kora's catch-up is afterSeq over REST,
// which costs the server nothing per socket.
import { Server } from 'socket.io';
import { createServer } from 'node:http';
import { randomUUID, randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';

const { values: opts } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'bench-users': { type: 'string', default: '0' },
  },
});
const BENCH = Number(opts['bench-users']);
const TTL_MS = 30 * 24 * 3600 * 1000;

const users = []; // index i-1 -> bench-000i
const byEmail = new Map();
const byToken = new Map(); // token -> user
for (let i = 1; i <= BENCH; i++) {
  const user = {
    id: randomUUID(),
    name: `Bench ${i}`,
    role: i % 2 ? 'worker' : 'hirer',
    online: false,
    email: `bench-${String(i).padStart(4, '0')}@bench.kora`,
  };
  users.push(user);
  byEmail.set(user.email, user);
}
const publicUser = (u) => ({ id: u.id, name: u.name, role: u.role, online: u.online });
function mint(user) {
  const token = randomBytes(24).toString('base64url');
  byToken.set(token, user);
  return token;
}

const conversations = new Map(); // id -> {id, participants:[userId], lastSeq, createdAt}
const directs = new Map(); // "a|b" -> conversation
const stored = new Map(); // senderId + ' ' + clientId -> message

function conversationJson(c) {
  return {
    id: c.id,
    type: 'direct',
    participants: c.participants.map((id) => ({ user: { id }, lastReadSeq: 0, lastDeliveredSeq: 0 })),
    lastMessage: null,
    lastSeq: c.lastSeq,
    unreadCount: 0,
    archived: false,
    createdAt: c.createdAt,
    updatedAt: c.createdAt,
  };
}

function answer(res, status, json) {
  const body = JSON.stringify(json);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}
const failure = (res, status, code, message) => answer(res, status, { error: { code, message } });

function bearer(req) {
  const h = req.headers.authorization ?? '';
  return h.startsWith('Bearer ') ? byToken.get(h.slice(7).trim()) : undefined;
}

const http = createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => {
    body += d;
  });
  req.on('end', () => {
    let json = {};
    try {
      json = body ? JSON.parse(body) : {};
    } catch {
      return failure(res, 400, 'invalid', 'the body must be a JSON object');
    }
    const path = new URL(req.url, 'http://x').pathname;
    if (req.method === 'GET' && path === '/api/v1/health') return answer(res, 200, { status: 'ok', version: 'stock' });
    if (req.method === 'POST' && path === '/api/v1/bench/tokens') {
      const count = json.count ?? users.length;
      if (!Number.isInteger(count) || count < 1 || count > users.length)
        return failure(res, 400, 'invalid', `count must be a whole number from 1 to ${users.length}`);
      const expiresAt = new Date(Date.now() + TTL_MS).toISOString();
      const tokens = users.slice(0, count).map((u) => ({ email: u.email, token: mint(u), user: publicUser(u) }));
      return answer(res, 200, { tokens, expiresAt });
    }
    if (req.method === 'POST' && path === '/api/v1/auth/login') {
      const u = byEmail.get(json.email);
      if (!u || json.password !== 'bench-password') return failure(res, 401, 'unauthorized', 'wrong email or password');
      return answer(res, 200, { token: mint(u), expiresAt: new Date(Date.now() + TTL_MS).toISOString(), user: publicUser(u) });
    }
    const me = bearer(req);
    if (!me) return failure(res, 401, 'unauthorized', 'the token is expired or not valid');
    if (req.method === 'POST' && path === '/api/v1/conversations') {
      const other = json.participantId;
      if (typeof other !== 'string' || other === me.id || !users.some((u) => u.id === other))
        return failure(res, 400, 'invalid', 'participantId must be another user');
      const key = [me.id, other].sort().join('|');
      let c = directs.get(key);
      const created = !c;
      if (!c) {
        c = { id: randomUUID(), participants: [me.id, other], lastSeq: 0, createdAt: new Date().toISOString() };
        directs.set(key, c);
        conversations.set(c.id, c);
      }
      return answer(res, created ? 201 : 200, conversationJson(c));
    }
    const m = /^\/api\/v1\/conversations\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && m) {
      const c = conversations.get(m[1]);
      if (!c) return failure(res, 404, 'not_found', 'no such conversation');
      if (!c.participants.includes(me.id)) return failure(res, 403, 'forbidden', 'not a participant');
      return answer(res, 200, conversationJson(c));
    }
    return failure(res, 404, 'not_found', 'no such route');
  });
});

const io = new Server(http, { transports: ['websocket'], serveClient: false });

io.use((socket, next) => {
  const user = byToken.get(socket.handshake.auth?.token);
  if (user) {
    socket.data.user = user;
    return next();
  }
  const err = new Error('unauthorized');
  err.data = { code: 'unauthorized' };
  next(err);
});

const room = (userId) => `u:${userId}`;

io.on('connection', (socket) => {
  const me = socket.data.user;
  socket.join(room(me.id));
  socket.on('send_message', (payload, ack) => {
    if (typeof ack !== 'function') ack = () => {};
    const { conversationId, clientId, kind = 'text', body = '' } = payload ?? {};
    const c = conversations.get(conversationId);
    if (!c) return ack({ ok: false, error: { code: 'not_found', message: 'no such conversation' } });
    if (!c.participants.includes(me.id))
      return ack({ ok: false, error: { code: 'forbidden', message: 'not a participant' } });
    if (typeof clientId !== 'string' || clientId === '')
      return ack({ ok: false, error: { code: 'invalid', message: 'clientId is required' } });
    if (typeof body !== 'string' || body.trim() === '' || body.length > 4000)
      return ack({ ok: false, error: { code: 'invalid', message: 'body must be 1-4000 characters' } });
    const key = `${me.id} ${clientId}`;
    const existing = stored.get(key);
    if (existing) return ack({ ok: true, message: existing });
    const seq = ++c.lastSeq;
    const message = {
      id: randomUUID(),
      clientId,
      conversationId,
      seq,
      updatedSeq: seq,
      senderId: me.id,
      kind,
      body: body.trim(),
      attachments: [],
      createdAt: new Date().toISOString(),
      deleted: false,
    };
    stored.set(key, message);
    ack({ ok: true, message });
    io.to(c.participants.map(room)).emit('new_message', { message });
  });
});

function stop() {
  io.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
http.on('error', (err) => {
  console.error(`stock-server: ${err.message}`);
  process.exit(1);
});
http.listen(Number(opts.port), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${http.address().port}`);
});
