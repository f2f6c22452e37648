// Interop test: the stock `socket.io-client` (npm, 4.8.x) against kora-server.
//
// The server binary comes from the environment variable KORA_SERVER_BIN. It is
// started on a free loopback port with a fresh data dir and the demo accounts
// (see /work/shared/protocol.md §6), and stopped with SIGTERM at the end.
//
// Run (after `npm ci` in this directory):
//   KORA_SERVER_BIN=/path/to/kora-server node --test server-interop.test.mjs
//
// Synchronisation is done with events, acks and timeouts only: no sleeps.

import { describe, it, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { randomUUID } from 'node:crypto';
import { io } from 'socket.io-client';

const SERVER_BIN = process.env.KORA_SERVER_BIN;
const STARTUP_TIMEOUT_MS = 20_000;
const EVENT_TIMEOUT_MS = 5_000;
const DEMO_PASSWORD = 'demo-password';
const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

// ---------------------------------------------------------------------------
// Server process
// ---------------------------------------------------------------------------

/** Keeps the last `max` characters of a stream, for error messages. */
function tailBuffer(max = 64 * 1024) {
  let text = '';
  return {
    push(chunk) {
      text += chunk;
      if (text.length > max) text = text.slice(text.length - max);
    },
    get text() {
      return text;
    },
  };
}

const SERVICE_KEY = 'interop-service-key';

async function startServer() {
  assert.ok(SERVER_BIN, 'KORA_SERVER_BIN must name the kora-server binary');
  const dataDir = await mkdtemp(join(tmpdir(), 'kora-interop-'));
  // Mask mode (protocol 7.5), so the guard's acks are seen as a stock client sees them; the
  // other tests send no contact details.
  const args = ['--port', '0', '--bind', '127.0.0.1', '--data-dir', dataDir, '--demo',
    '--service-key', SERVICE_KEY, '--contact-guard', 'mask'];
  const child = spawn(SERVER_BIN, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const stderr = tailBuffer();
  const stdout = tailBuffer();
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d) => stderr.push(d));

  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });

  const describeFailure = (why) =>
    `kora-server (${SERVER_BIN} ${args.join(' ')}) ${why}\n` +
    `--- stderr ---\n${stderr.text || '(empty)'}\n--- stdout ---\n${stdout.text || '(empty)'}`;

  // Keep draining stdout for the server's whole life so it never blocks on a full pipe.
  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(describeFailure(`printed no "listening on" line within ${STARTUP_TIMEOUT_MS / 1000} s`)));
    }, STARTUP_TIMEOUT_MS);
    let found = false;
    lines.on('line', (line) => {
      stdout.push(line + '\n');
      const m = /listening on (http:\/\/127\.0\.0\.1:(\d+))\s*$/.exec(line);
      if (!found && m && Number(m[2]) > 0) {
        found = true;
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new Error(describeFailure(`could not be started: ${err.message}`)));
    });
    exited.then(({ code, signal }) => {
      if (found) return;
      clearTimeout(timer);
      // Give stderr a moment to flush its last chunk: wait for the stream to end.
      const finish = () =>
        reject(new Error(describeFailure(`exited before listening (code ${code}, signal ${signal})`)));
      if (child.stderr.readableEnded) finish();
      else child.stderr.once('end', finish);
    });
  });

  let url;
  try {
    url = await ready;
  } catch (err) {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
    throw err;
  }

  return {
    url,
    child,
    dataDir,
    stderr,
    exited,
    describeFailure,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const killTimer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(killTimer);
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------
// REST and socket helpers
// ---------------------------------------------------------------------------

let server;
const sockets = new Set();

async function api(method, path, { token, body } = {}) {
  const headers = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(server.url + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(EVENT_TIMEOUT_MS),
  });
  const text = await res.text();
  let json = null;
  if (text.length > 0) {
    try {
      json = JSON.parse(text);
    } catch {
      assert.fail(`${method} ${path} answered ${res.status} with a non-JSON body: ${text.slice(0, 500)}`);
    }
  }
  return { status: res.status, json };
}

async function login(email) {
  const { status, json } = await api('POST', '/api/v1/auth/login', {
    body: { email, password: DEMO_PASSWORD },
  });
  assert.equal(status, 200, `login ${email}: ${JSON.stringify(json)}`);
  assert.equal(typeof json.token, 'string');
  assert.match(json.expiresAt, ISO_MS);
  assert.equal(typeof json.user?.id, 'string');
  return json;
}

/** A stock client, as the contract describes it. Never multiplexed. */
function client(token) {
  const socket = io(server.url, {
    transports: ['websocket'],
    auth: { token },
    reconnection: false,
    forceNew: true,
  });
  sockets.add(socket);
  return socket;
}

/** Connects, resolving on `connect` and rejecting on `connect_error` or timeout. */
function connected(socket) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`socket did not connect within ${EVENT_TIMEOUT_MS} ms`));
    }, EVENT_TIMEOUT_MS);
    const onConnect = () => {
      cleanup();
      resolve(socket);
    };
    const onError = (err) => {
      cleanup();
      reject(new Error(`connect_error: ${err.message} ${JSON.stringify(err.data ?? null)}`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      socket.off('connect', onConnect);
      socket.off('connect_error', onError);
    };
    socket.on('connect', onConnect);
    socket.on('connect_error', onError);
  });
}

async function connect(token) {
  return connected(client(token));
}

/**
 * Resolves with the first payload of `event` on `socket` that satisfies
 * `predicate`. Listening starts at call time, so call it before the action
 * that should cause the event.
 */
function waitFor(socket, event, predicate = () => true, timeoutMs = EVENT_TIMEOUT_MS) {
  return new Promise((resolve, reject) => {
    const seen = [];
    const timer = setTimeout(() => {
      socket.off(event, onEvent);
      reject(
        new Error(
          `no matching "${event}" within ${timeoutMs} ms; ` +
            `saw ${seen.length} non-matching: ${JSON.stringify(seen).slice(0, 1000)}`,
        ),
      );
    }, timeoutMs);
    const onEvent = (payload) => {
      if (!predicate(payload)) {
        seen.push(payload);
        return;
      }
      clearTimeout(timer);
      socket.off(event, onEvent);
      resolve(payload);
    };
    socket.on(event, onEvent);
  });
}

/** Records every payload of `event` until `stop()` is called. */
function record(socket, event) {
  const payloads = [];
  const onEvent = (payload) => payloads.push(payload);
  socket.on(event, onEvent);
  return {
    payloads,
    stop() {
      socket.off(event, onEvent);
      return payloads;
    },
  };
}

function ack(socket, event, payload) {
  return socket.timeout(EVENT_TIMEOUT_MS).emitWithAck(event, payload);
}

function assertIsMessage(message, expected) {
  assert.equal(typeof message, 'object');
  assert.equal(typeof message.id, 'string');
  assert.ok(message.id.length > 0);
  assert.ok(Number.isInteger(message.seq) && message.seq >= 1, `seq: ${message.seq}`);
  assert.ok(Number.isInteger(message.updatedSeq), `updatedSeq: ${message.updatedSeq}`);
  assert.match(message.createdAt, ISO_MS);
  assert.equal(message.deleted, false);
  assert.ok(Array.isArray(message.attachments));
  for (const [key, value] of Object.entries(expected)) {
    assert.deepEqual(message[key], value, `message.${key}`);
  }
}

// ---------------------------------------------------------------------------
// Fixture: one server and the demo accounts for the whole file
// ---------------------------------------------------------------------------

const users = {};
let conversationId; // ama <-> kofi, direct

async function sendText(socket, body, clientId = randomUUID()) {
  const reply = await ack(socket, 'send_message', { conversationId, clientId, kind: 'text', body });
  assert.equal(reply?.ok, true, `send_message refused: ${JSON.stringify(reply)}`);
  return reply.message;
}

describe('stock socket.io-client 4.8 against kora-server', () => {
  before(async () => {
    server = await startServer();
    for (const name of ['ama', 'kofi', 'yaw', 'efua', 'support']) {
      users[name] = await login(`${name}@demo.kora`);
    }
    assert.equal(users.ama.user.role, 'worker');
    assert.equal(users.kofi.user.role, 'hirer');
    assert.equal(users.support.user.role, 'support');

    const { status, json } = await api('POST', '/api/v1/conversations', {
      token: users.ama.token,
      body: { participantId: users.kofi.user.id },
    });
    // 201 when created, 200 when the demo data already holds the ama-kofi thread.
    assert.ok(status === 201 || status === 200, `create conversation: ${status} ${JSON.stringify(json)}`);
    assert.equal(json.type, 'direct');
    assert.equal(typeof json.id, 'string');
    const ids = json.participants.map((p) => p.user.id).sort();
    assert.deepEqual(ids, [users.ama.user.id, users.kofi.user.id].sort());
    conversationId = json.id;
  });

  afterEach(() => {
    for (const s of sockets) s.disconnect();
    sockets.clear();
  });

  after(async () => {
    for (const s of sockets) s.disconnect();
    sockets.clear();
    if (!server) return;
    const crashed = server.child.exitCode !== null || server.child.signalCode !== null;
    const failure = crashed
      ? server.describeFailure(
          `died during the tests (code ${server.child.exitCode}, signal ${server.child.signalCode})`,
        )
      : null;
    await server.stop();
    assert.equal(failure, null);
  });

  it('connects with a valid token over the websocket transport', async () => {
    const socket = await connect(users.ama.token);
    assert.equal(socket.connected, true);
    assert.equal(typeof socket.id, 'string');
    assert.equal(socket.io.engine.transport.name, 'websocket');
  });

  it('acks join_conversation with {ok:true}', async () => {
    const ama = await connect(users.ama.token);
    const reply = await ack(ama, 'join_conversation', { conversationId });
    assert.equal(reply?.ok, true, JSON.stringify(reply));
  });

  it('send_message acks {ok, message} with a seq, and the partner gets new_message', async () => {
    const ama = await connect(users.ama.token);
    const kofi = await connect(users.kofi.token);
    const clientId = randomUUID();
    const arrived = waitFor(kofi, 'new_message', (p) => p?.message?.clientId === clientId);
    const reply = await ama.timeout(EVENT_TIMEOUT_MS).emitWithAck('send_message', {
      conversationId,
      clientId,
      kind: 'text',
      body: 'hi',
    });
    assert.equal(reply.ok, true, JSON.stringify(reply));
    assertIsMessage(reply.message, {
      clientId,
      conversationId,
      senderId: users.ama.user.id,
      kind: 'text',
      body: 'hi',
    });
    const { message } = await arrived;
    assert.equal(message.id, reply.message.id);
    assert.equal(message.seq, reply.message.seq);
    assert.equal(message.body, 'hi');
    assert.equal(message.senderId, users.ama.user.id);
  });

  it('send_message is idempotent per clientId: same id and seq, stored once', async () => {
    const ama = await connect(users.ama.token);
    const clientId = randomUUID();
    const first = await sendText(ama, 'once only', clientId);
    const again = await ack(ama, 'send_message', { conversationId, clientId, kind: 'text', body: 'once only' });
    assert.equal(again?.ok, true, JSON.stringify(again));
    assert.equal(again.message.id, first.id);
    assert.equal(again.message.seq, first.seq);
    assert.equal(again.message.clientId, clientId);

    const { status, json } = await api(
      'GET',
      `/api/v1/conversations/${conversationId}/messages?afterSeq=${first.seq - 1}&limit=200`,
      { token: users.ama.token },
    );
    assert.equal(status, 200, JSON.stringify(json));
    const copies = json.messages.filter((m) => m.clientId === clientId);
    assert.equal(copies.length, 1, `stored copies of ${clientId}: ${JSON.stringify(copies)}`);
  });

  it('typing_start reaches the partner as user_typing and is not echoed to the typist', async () => {
    const ama = await connect(users.ama.token);
    const kofi = await connect(users.kofi.token);
    for (const s of [ama, kofi]) {
      const reply = await ack(s, 'join_conversation', { conversationId });
      assert.equal(reply?.ok, true, JSON.stringify(reply));
    }
    const echoed = record(ama, 'user_typing');
    const typing = waitFor(kofi, 'user_typing', (p) => p?.conversationId === conversationId);
    ama.emit('typing_start', { conversationId });
    const payload = await typing;
    assert.deepEqual(payload, { conversationId, userId: users.ama.user.id, isTyping: true });

    // Barrier: an acked round trip on ama's socket after typing_start. Anything
    // the server queued to ama for the typing_start is delivered before this ack.
    const barrier = await ack(ama, 'join_conversation', { conversationId });
    assert.equal(barrier?.ok, true, JSON.stringify(barrier));
    assert.deepEqual(echoed.stop(), [], 'user_typing was echoed to the typist');

    const stopped = waitFor(kofi, 'user_typing', (p) => p?.conversationId === conversationId && p.isTyping === false);
    ama.emit('typing_stop', { conversationId });
    assert.deepEqual(await stopped, { conversationId, userId: users.ama.user.id, isTyping: false });
  });

  it('mark_as_read from kofi reaches ama as message_read', async () => {
    const ama = await connect(users.ama.token);
    const kofi = await connect(users.kofi.token);
    const clientId = randomUUID();
    const arrived = waitFor(kofi, 'new_message', (p) => p?.message?.clientId === clientId);
    const sent = await sendText(ama, 'please read me', clientId);
    const { message } = await arrived;
    assert.equal(message.id, sent.id);

    const read = waitFor(ama, 'message_read', (p) => p?.conversationId === conversationId && p?.seq === sent.seq);
    kofi.emit('mark_as_read', { conversationId, seq: sent.seq });
    assert.deepEqual(await read, { conversationId, userId: users.kofi.user.id, seq: sent.seq });
  });

  it('refuses a bad token with connect_error "unauthorized"', async () => {
    // 1. Not a JWT at all. 2. A real token re-signed as alg "none" (must be refused).
    const [, payload] = users.ama.token.split('.');
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const badTokens = { garbage: 'not-a-token', algNone: `${header}.${payload}.` };
    for (const [label, token] of Object.entries(badTokens)) {
      const socket = client(token);
      const outcome = await new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${label}: neither connect nor connect_error within ${EVENT_TIMEOUT_MS} ms`)),
          EVENT_TIMEOUT_MS,
        );
        socket.once('connect', () => {
          clearTimeout(timer);
          resolve({ connected: true });
        });
        socket.once('connect_error', (err) => {
          clearTimeout(timer);
          resolve({ connected: false, err });
        });
      });
      assert.equal(outcome.connected, false, `${label}: a bad token was accepted`);
      assert.equal(outcome.err.message, 'unauthorized', `${label}: ${outcome.err.message}`);
      assert.equal(outcome.err.data?.code, 'unauthorized', `${label}: ${JSON.stringify(outcome.err.data)}`);
      assert.equal(socket.connected, false);
    }
  });

  it('edit_message acks the new body and message_updated reaches the partner', async () => {
    const ama = await connect(users.ama.token);
    const kofi = await connect(users.kofi.token);
    const sent = await sendText(ama, 'before edit');
    const updated = waitFor(kofi, 'message_updated', (p) => p?.message?.id === sent.id);
    const reply = await ack(ama, 'edit_message', { messageId: sent.id, body: 'after edit' });
    assert.equal(reply?.ok, true, JSON.stringify(reply));
    assert.equal(reply.message.id, sent.id);
    assert.equal(reply.message.seq, sent.seq);
    assert.equal(reply.message.body, 'after edit');
    assert.ok(reply.message.updatedSeq > sent.seq, `updatedSeq ${reply.message.updatedSeq} after seq ${sent.seq}`);
    assert.match(reply.message.editedAt, ISO_MS);
    const { message } = await updated;
    assert.equal(message.body, 'after edit');
    assert.equal(message.updatedSeq, reply.message.updatedSeq);
  });

  it('react acks the message with its reactions; message_updated reaches the partner; a repeat takes no seq', async () => {
    const ama = await connect(users.ama.token);
    const kofi = await connect(users.kofi.token);
    const sent = await sendText(ama, 'react to this');
    assert.deepEqual(sent.reactions, []);
    const updated = waitFor(ama, 'message_updated', (p) => p?.message?.id === sent.id);
    const reply = await ack(kofi, 'react', { messageId: sent.id, emoji: '👍', on: true });
    assert.equal(reply?.ok, true, JSON.stringify(reply));
    assert.deepEqual(reply.message.reactions, [{ emoji: '👍', userIds: [users.kofi.user.id] }]);
    assert.ok(reply.message.updatedSeq > sent.seq);
    const { message } = await updated;
    assert.deepEqual(message.reactions, reply.message.reactions);
    const again = await ack(kofi, 'react', { messageId: sent.id, emoji: '👍', on: true });
    assert.equal(again?.ok, true);
    assert.equal(again.message.updatedSeq, reply.message.updatedSeq);
    const bad = await ack(kofi, 'react', { messageId: sent.id, emoji: 'not one', on: true });
    assert.equal(bad?.ok, false);
    assert.equal(bad.error?.code, 'invalid');
  });

  it('a reply carries replyPreview of the original, to sender and partner', async () => {
    const ama = await connect(users.ama.token);
    const kofi = await connect(users.kofi.token);
    const original = await sendText(ama, 'The tiles arrive on Saturday.');
    const arrived = waitFor(ama, 'new_message', (p) => p?.message?.replyToId === original.id);
    const reply = await ack(kofi, 'send_message', {
      conversationId, clientId: randomUUID(), kind: 'text', body: 'Great, see you then', replyToId: original.id,
    });
    assert.equal(reply?.ok, true, JSON.stringify(reply));
    assert.equal(reply.message.replyPreview?.id, original.id);
    assert.equal(reply.message.replyPreview.body, 'The tiles arrive on Saturday.');
    assert.equal(reply.message.replyPreview.senderId, users.ama.user.id);
    const { message } = await arrived;
    assert.deepEqual(message.replyPreview, reply.message.replyPreview);
  });

  it('refuses send_message from a non-participant with forbidden, storing nothing', async () => {
    const before = await api('GET', `/api/v1/conversations/${conversationId}`, { token: users.ama.token });
    assert.equal(before.status, 200, JSON.stringify(before.json));

    const yaw = await connect(users.yaw.token);
    const reply = await ack(yaw, 'send_message', {
      conversationId,
      clientId: randomUUID(),
      kind: 'text',
      body: 'let me in',
    });
    assert.equal(reply?.ok, false, JSON.stringify(reply));
    assert.equal(reply.error?.code, 'forbidden', JSON.stringify(reply));
    assert.equal(typeof reply.error.message, 'string');

    const afterwards = await api('GET', `/api/v1/conversations/${conversationId}`, { token: users.ama.token });
    assert.equal(afterwards.json.lastSeq, before.json.lastSeq, 'a refused send moved lastSeq');
  });

  it('refuses send_message from a support account with read_only', async () => {
    const support = await connect(users.support.token);
    const reply = await ack(support, 'send_message', {
      conversationId,
      clientId: randomUUID(),
      kind: 'text',
      body: 'support writing',
    });
    assert.equal(reply?.ok, false, JSON.stringify(reply));
    assert.equal(reply.error?.code, 'read_only', JSON.stringify(reply));
  });

  it('refuses every write event from support, lets it watch what it opened, and delivers system messages', async () => {
    const support = await connect(users.support.token);
    const kofi = await connect(users.kofi.token);
    const before = await api('GET', `/api/v1/conversations/${conversationId}`, { token: users.kofi.token });
    const writes = [
      ['send_message', { conversationId, clientId: randomUUID(), kind: 'text', body: 'x' }],
      ['edit_message', { messageId: 'm', body: 'y' }],
      ['delete_message', { messageId: 'm' }],
      ['mark_as_read', { conversationId, seq: 1 }],
      ['mark_as_delivered', { conversationId, seq: 1 }],
      ['typing_start', { conversationId }],
      ['typing_stop', { conversationId }],
    ];
    for (const [name, payload] of writes) {
      const reply = await ack(support, name, payload);
      assert.equal(reply?.error?.code, 'read_only', `${name}: ${JSON.stringify(reply)}`);
    }
    // Joining needs an audited open through the admin routes.
    assert.equal((await ack(support, 'join_conversation', { conversationId }))?.error?.code, 'forbidden');
    const opened = await api('GET', `/api/v1/admin/conversations/${conversationId}/messages`, {
      token: users.support.token,
    });
    assert.equal(opened.status, 200, JSON.stringify(opened.json));
    assert.equal((await ack(support, 'join_conversation', { conversationId }))?.ok, true);

    // A system message through the service key reaches the participant and the watching support socket.
    const atKofi = waitFor(kofi, 'new_message', (p) => p?.message?.kind === 'system');
    const atSupport = waitFor(support, 'new_message', (p) => p?.message?.kind === 'system');
    const res = await fetch(server.url + '/api/v1/system/messages', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Service-Key': SERVICE_KEY },
      body: JSON.stringify({ conversationId, body: 'Booking confirmed for Tue 14:00' }),
    });
    assert.equal(res.status, 201);
    assert.equal((await atKofi).message.body, 'Booking confirmed for Tue 14:00');
    assert.equal((await atSupport).message.body, 'Booking confirmed for Tue 14:00');
    const wrongKey = await fetch(server.url + '/api/v1/system/messages', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Service-Key': 'nope' },
      body: JSON.stringify({ conversationId, body: 'forged' }),
    });
    assert.equal(wrongKey.status, 401);

    // Kofi's cursors did not move; the system message is one more unread for him.
    const after = await api('GET', `/api/v1/conversations/${conversationId}`, { token: users.kofi.token });
    assert.equal(after.json.unreadCount, before.json.unreadCount + 1);
    assert.deepEqual(
      after.json.participants.map((p) => [p.user.id, p.lastReadSeq, p.lastDeliveredSeq]),
      before.json.participants.map((p) => [p.user.id, p.lastReadSeq, p.lastDeliveredSeq]),
    );
  });

  it('a blocked send and typing are refused with blocked, in the error shape of every ack', async () => {
    const opened = await api('POST', '/api/v1/conversations', {
      token: users.yaw.token,
      body: { participantId: users.ama.user.id },
    });
    assert.ok(opened.status === 201 || opened.status === 200, JSON.stringify(opened.json));
    const pair = opened.json.id;
    const yaw = await connect(users.yaw.token);
    const blocked = await api('PUT', `/api/v1/blocks/${users.yaw.user.id}`, { token: users.ama.token });
    assert.equal(blocked.status, 204);
    try {
      const send = { conversationId: pair, clientId: randomUUID(), kind: 'text', body: 'let me explain' };
      const refused = await ack(yaw, 'send_message', send);
      assert.equal(refused?.ok, false, JSON.stringify(refused));
      assert.equal(refused.error.code, 'blocked');
      assert.equal(typeof refused.error.message, 'string');
      const typing = await ack(yaw, 'typing_start', { conversationId: pair });
      assert.equal(typing?.error?.code, 'blocked', JSON.stringify(typing));
      const history = await api('GET', `/api/v1/conversations/${pair}/messages`, { token: users.yaw.token });
      assert.equal(history.status, 200);
      assert.equal(history.json.messages.some((m) => m.clientId === send.clientId), false);
    } finally {
      const unblocked = await api('DELETE', `/api/v1/blocks/${users.yaw.user.id}`, { token: users.ama.token });
      assert.equal(unblocked.status, 204);
    }
    const again = await ack(yaw, 'send_message', { conversationId: pair, clientId: randomUUID(), kind: 'text', body: 'thanks' });
    assert.equal(again?.ok, true, JSON.stringify(again));
  });

  it('mask mode: the sender\'s ack and the partner\'s new_message carry the masked text', async () => {
    const ama = await connect(users.ama.token);
    const kofi = await connect(users.kofi.token);
    const clientId = randomUUID();
    const arrived = waitFor(kofi, 'new_message', (p) => p?.message?.clientId === clientId);
    const reply = await ack(ama, 'send_message', {
      conversationId, clientId, kind: 'text', body: 'WhatsApp me on +254 712 345 678 or ama@example.com',
    });
    assert.equal(reply?.ok, true, JSON.stringify(reply));
    assertIsMessage(reply.message, { clientId, body: '[hidden] or [hidden]', flags: ['contact_masked'] });
    const { message } = await arrived;
    assert.equal(message.body, '[hidden] or [hidden]');
    assert.deepEqual(message.flags, ['contact_masked']);
    const plain = await sendText(ama, 'KES 15,000 on 2026-12-02 at 14:30');
    assert.equal(plain.body, 'KES 15,000 on 2026-12-02 at 14:30');
    assert.deepEqual(plain.flags, []);
  });
});
