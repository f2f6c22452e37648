#!/usr/bin/env node
// Load benchmark for kora-server: N stock socket.io-client connections, paired
// into direct conversations, each sending M messages per second to its partner.
// Prints figures; asserts nothing. See README.md.
//
//   node server-load.mjs --server-bin ../../build/server/kora-server [--clients 1000] [--rate 1] [--seconds 30] [--warmup 5]
//   node server-load.mjs --url http://127.0.0.1:8080 ...   (server started with --bench-users >= clients)
//
// File descriptors: every client is one socket here and one in the server
// (plus one per in-flight login/REST call). 1000 clients fit the usual limits,
// but with a low `ulimit -n` (1024 is common) raise it first, in the shell that
// runs this script and the server:  ulimit -n 8192

import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, loadavg, availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { performance, monitorEventLoopDelay } from 'node:perf_hooks';
import { io } from 'socket.io-client';

// ---------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------

const USAGE = `usage: node server-load.mjs (--server-bin PATH | --url URL) [options]
  --server-bin PATH   start this kora-server on 127.0.0.1, port 0, fresh data dir
  --url URL           use a running server (127.0.0.1 / localhost only), started
                      with --bench-users >= clients and high --login-limit/--message-limit
  --clients N         connections, paired 2k <-> 2k+1 (default 1000, rounded up to even)
  --rate M            messages per second per client (default 1)
  --seconds S         measured duration (default 30)
  --warmup S          sending before measuring starts (default 5)
  --database URL      with --server-bin: the servers use this PostgreSQL database
                      (postgres://user@127.0.0.1:port/db) instead of SQLite
  --processes N       with --server-bin and --database: start N servers on that
                      database; client i connects to server i % N, so each pair
                      talks across two processes (default 1)
  --login-concurrency C   parallel logins (default 16)
  --connect-concurrency C parallel websocket connects (default 64)`;

let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      'server-bin': { type: 'string' },
      url: { type: 'string' },
      database: { type: 'string' },
      processes: { type: 'string', default: '1' },
      clients: { type: 'string', default: '1000' },
      rate: { type: 'string', default: '1' },
      seconds: { type: 'string', default: '30' },
      warmup: { type: 'string', default: '5' },
      'login-concurrency': { type: 'string', default: '16' },
      'connect-concurrency': { type: 'string', default: '64' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (err) {
  console.error(`${err.message}\n${USAGE}`);
  process.exit(2);
}
if (opts.help) {
  console.log(USAGE);
  process.exit(0);
}

function numberOpt(name, { min, max, integer = false }) {
  const v = Number(opts[name]);
  if (!Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v))) {
    console.error(`--${name} must be ${integer ? 'an integer' : 'a number'} in [${min}, ${max}], got "${opts[name]}"`);
    process.exit(2);
  }
  return v;
}

let CLIENTS = numberOpt('clients', { min: 2, max: 9998, integer: true });
if (CLIENTS % 2 === 1) CLIENTS += 1;
const RATE = numberOpt('rate', { min: 0.01, max: 100 });
const PROCESSES = numberOpt('processes', { min: 1, max: 8, integer: true });
const SECONDS = numberOpt('seconds', { min: 1, max: 3600 });
const WARMUP = numberOpt('warmup', { min: 0, max: 600 });
const LOGIN_CONCURRENCY = numberOpt('login-concurrency', { min: 1, max: 256, integer: true });
const CONNECT_CONCURRENCY = numberOpt('connect-concurrency', { min: 1, max: 1024, integer: true });

if (!!opts['server-bin'] === !!opts.url) {
  console.error(`give exactly one of --server-bin and --url\n${USAGE}`);
  process.exit(2);
}
if (PROCESSES > 1 && !(opts['server-bin'] && opts.database)) {
  console.error(`--processes N needs --server-bin and --database (several processes share PostgreSQL)\n${USAGE}`);
  process.exit(2);
}

const BENCH_PASSWORD = 'bench-password';
const benchEmail = (i) => `bench-${String(i + 1).padStart(4, '0')}@bench.kora`;
const REQUEST_TIMEOUT_MS = 30_000;
const CONNECT_TIMEOUT_MS = 20_000;
const ACK_TIMEOUT_MS = 10_000;
const DRAIN_MS = 10_000;
// Hard stop for the whole run, whatever happens: setup phases are bounded by
// per-request timeouts, this catches anything else.
const HARD_DEADLINE_MS = (WARMUP + SECONDS) * 1000 + DRAIN_MS + 15 * 60_000;

// ---------------------------------------------------------------------------
// Server
// ---------------------------------------------------------------------------

const serverProcs = [];
const serverDataDirs = [];
let stoppingServer = false;

async function startServer(bin) {
  const serverDataDir = await mkdtemp(join(tmpdir(), 'kora-bench-'));
  serverDataDirs.push(serverDataDir);
  const args = [
    '--port', '0', '--bind', '127.0.0.1', '--data-dir', serverDataDir,
    '--bench-users', String(CLIENTS), '--login-limit', '1000000', '--message-limit', '1000000',
  ];
  if (opts.database) args.push('--database', opts.database, '--jwt-secret', 'kora-bench-shared-secret');
  const serverProc = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  serverProcs.push(serverProc);
  let stderr = '';
  serverProc.stderr.setEncoding('utf8');
  serverProc.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-32 * 1024);
  });
  const lines = createInterface({ input: serverProc.stdout, crlfDelay: Infinity }); // keeps draining stdout
  // Creating the bench users may hash a password (argon2id) per user: allow for it.
  const startupMs = 60_000 + CLIENTS * 200;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server printed no "listening on" line within ${startupMs / 1000} s\n${stderr}`)),
      startupMs,
    );
    let ready = false;
    lines.on('line', (line) => {
      const m = /listening on (http:\/\/127\.0\.0\.1:(\d+))\s*$/.exec(line);
      if (!ready && m) {
        ready = true;
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    serverProc.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    serverProc.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (!ready) reject(new Error(`server exited (code ${code}, signal ${signal}) before listening\n${stderr}`));
      else if (!stoppingServer) console.error(`!! server exited during the run (code ${code}, signal ${signal})\n${stderr}`);
    });
  });
}

async function stopServer() {
  stoppingServer = true;
  for (const serverProc of serverProcs) {
    if (serverProc.exitCode === null && serverProc.signalCode === null) {
      const exited = new Promise((r) => serverProc.once('exit', r));
      serverProc.kill('SIGTERM');
      const t = setTimeout(() => serverProc.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(t);
    }
  }
  for (const dir of serverDataDirs) await rm(dir, { recursive: true, force: true });
}

function checkedUrl(raw) {
  const u = new URL(raw);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname) || u.protocol !== 'http:') {
    console.error(`--url must be http on the loopback interface (127.0.0.1), got ${raw}`);
    process.exit(2);
  }
  return u.origin;
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

async function api(base, method, path, { token, body, signal } = {}) {
  const headers = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(base + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await res.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = { raw: text.slice(0, 200) };
  }
  if (res.status < 200 || res.status >= 300) {
    throw new Error(`${method} ${path} -> ${res.status} ${JSON.stringify(json)}`);
  }
  return json;
}

/** Runs `fn(i)` for i in [0, n) with at most `limit` at once; returns results (Error on failure). */
async function pool(n, limit, fn) {
  const results = new Array(n);
  let next = 0;
  async function worker() {
    while (next < n) {
      const i = next++;
      try {
        results[i] = await fn(i);
      } catch (err) {
        results[i] = err instanceof Error ? err : new Error(String(err));
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, n) }, worker));
  return results;
}

/** CPU seconds (user+system) used so far by the spawned servers, from /proc (Linux); NaN if unknown. */
function serverCpuSeconds() {
  if (serverProcs.length === 0) return NaN;
  let total = 0;
  for (const serverProc of serverProcs) {
    try {
      const stat = readFileSync(`/proc/${serverProc.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
    } catch {
      return NaN;
    }
  }
  return total;
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}

const fmt = (ms) => (Number.isFinite(ms) ? `${ms.toFixed(1)} ms` : 'n/a');
const errors = new Map();
function countError(kind, n = 1) {
  errors.set(kind, (errors.get(kind) ?? 0) + n);
}
function firstErrors(results, label) {
  const failed = results.filter((r) => r instanceof Error);
  if (failed.length) {
    console.error(`  ${failed.length} ${label} failed, first: ${failed[0].message}`);
    for (const f of failed) countError(`${label}: ${f.message.replace(/[0-9a-f-]{36}/g, '<id>').slice(0, 120)}`);
  }
  return failed.length;
}

// ---------------------------------------------------------------------------
// Run
// ---------------------------------------------------------------------------

const hardStop = setTimeout(() => {
  console.error(`!! hard deadline (${Math.round(HARD_DEADLINE_MS / 1000)} s) reached, aborting`);
  stopServer().finally(() => process.exit(1));
}, HARD_DEADLINE_MS);
hardStop.unref();

let shuttingDown = false;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.error(`!! ${sig}, stopping`);
    stopServer().finally(() => process.exit(130));
  });
}

async function main() {
  const t0 = performance.now();
  const processes = opts.url ? 1 : PROCESSES;
  const bases = [];
  for (let i = 0; i < processes; i++)
    bases.push(opts.url ? checkedUrl(opts.url) : await startServer(opts['server-bin']));
  const base = bases[0];
  console.log(`server: ${bases.join(' ')}${serverProcs.length ? ` (pid ${serverProcs.map((p) => p.pid).join(', ')}, started in ${((performance.now() - t0) / 1000).toFixed(1)} s)` : ''}${opts.database ? ' on PostgreSQL' : ''}`);
  console.log(`plan: ${CLIENTS} clients, ${RATE} msg/s each, warmup ${WARMUP} s, measure ${SECONDS} s`);

  // 1. Log in (argon2id on the server: ~50-100 ms each, bounded concurrency).
  let t = performance.now();
  const logins = await pool(CLIENTS, LOGIN_CONCURRENCY, (i) =>
    api(base, 'POST', '/api/v1/auth/login', { body: { email: benchEmail(i), password: BENCH_PASSWORD } }),
  );
  const loginFailures = firstErrors(logins, 'login');
  console.log(`logins: ${CLIENTS - loginFailures}/${CLIENTS} in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  // 2. Pair client 2k with 2k+1 in a direct conversation (created by 2k).
  t = performance.now();
  const pairs = CLIENTS / 2;
  const convs = await pool(pairs, LOGIN_CONCURRENCY, async (k) => {
    const a = logins[2 * k];
    const b = logins[2 * k + 1];
    if (a instanceof Error || b instanceof Error) throw new Error('a partner could not log in');
    const conv = await api(base, 'POST', '/api/v1/conversations', {
      token: a.token,
      body: { participantId: b.user.id },
    });
    return conv.id;
  });
  const convFailures = firstErrors(convs, 'conversation');
  console.log(`conversations: ${pairs - convFailures}/${pairs} in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  // 3. One websocket connection per client.
  const clients = [];
  for (let i = 0; i < CLIENTS; i++) {
    const login = logins[i];
    const conv = convs[Math.floor(i / 2)];
    if (login instanceof Error || conv instanceof Error) continue;
    clients.push({ index: i, token: login.token, userId: login.user.id, conversationId: conv, socket: null });
  }
  t = performance.now();
  const connects = await pool(clients.length, CONNECT_CONCURRENCY, (j) => {
    const c = clients[j];
    return new Promise((resolve, reject) => {
      const socket = io(bases[c.index % bases.length], {
        transports: ['websocket'],
        auth: { token: c.token },
        reconnection: false,
        forceNew: true,
        timeout: CONNECT_TIMEOUT_MS,
      });
      const timer = setTimeout(() => {
        socket.disconnect();
        reject(new Error('connect timeout'));
      }, CONNECT_TIMEOUT_MS);
      socket.once('connect', () => {
        clearTimeout(timer);
        c.socket = socket;
        resolve(socket);
      });
      socket.once('connect_error', (err) => {
        clearTimeout(timer);
        socket.disconnect();
        reject(new Error(`connect_error ${err.message}`));
      });
    });
  });
  firstErrors(connects, 'connect');
  const live = clients.filter((c) => c.socket);
  console.log(`connected: ${live.length}/${CLIENTS} in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  // 4. Traffic.
  const pending = new Map(); // clientId -> { sentAt, measured, delivered, acked }
  const recvLatency = [];
  const ackLatency = [];
  let sentTotal = 0;
  let sentMeasured = 0;
  let deliveredMeasured = 0;
  let ackedOk = 0;
  let duplicates = 0;
  let measuring = false;
  let sending = true;
  let counting = true; // false once the drain is over: figures are frozen
  let lateDeliveries = 0;
  let lateAcks = 0;

  for (const c of live) {
    c.socket.on('new_message', (payload) => {
      const m = payload?.message;
      if (!m || m.senderId === c.userId) return; // the sender's own copy, if any
      const p = pending.get(m.clientId);
      if (!p) return;
      if (!counting) {
        if (!p.delivered && p.measured) lateDeliveries++;
        p.delivered = true;
        return;
      }
      if (p.delivered) {
        duplicates++;
        return;
      }
      p.delivered = true;
      if (p.measured) {
        recvLatency.push(performance.now() - p.sentAt);
        deliveredMeasured++;
      }
      if (p.acked) pending.delete(m.clientId);
    });
    c.socket.on('disconnect', (reason) => {
      if (sending) countError(`disconnect during the run: ${reason}`);
    });
  }

  function sendOne(c) {
    if (!c.socket.connected) return;
    const clientId = randomUUID();
    const sentAt = performance.now();
    const p = { sentAt, measured: measuring, delivered: false, acked: false };
    pending.set(clientId, p);
    sentTotal++;
    if (measuring) sentMeasured++;
    c.socket
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('send_message', {
        conversationId: c.conversationId,
        clientId,
        kind: 'text',
        body: `bench ${c.index} t=${sentAt.toFixed(3)}`,
      })
      .then(
        (reply) => {
          if (!counting) {
            if (p.measured) lateAcks++;
            return;
          }
          p.acked = true;
          if (reply?.ok) {
            ackedOk++;
            if (p.measured) ackLatency.push(performance.now() - sentAt);
          } else {
            countError(`ack ok:false ${reply?.error?.code ?? JSON.stringify(reply).slice(0, 80)}`);
            pending.delete(clientId); // nothing will be delivered
          }
          if (p.delivered) pending.delete(clientId);
        },
        () => {
          if (!counting) return; // counted as "not acked" when the figures froze
          p.acked = true;
          countError(`ack timeout (${ACK_TIMEOUT_MS / 1000} s)`);
        },
      );
  }

  // Each client sends every 1/RATE s on average, uniformly spread at start and
  // jittered by +-20% after that, so the load is smooth rather than bursty.
  const intervalMs = 1000 / RATE;
  const timers = new Set();
  function schedule(c, delay) {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!sending) return;
      sendOne(c);
      schedule(c, intervalMs * (0.8 + 0.4 * Math.random()));
    }, delay);
    timers.add(timer);
  }

  const loopDelay = monitorEventLoopDelay({ resolution: 2 });
  for (const c of live) schedule(c, Math.random() * intervalMs);
  if (WARMUP > 0) {
    console.log(`warming up ${WARMUP} s ...`);
    await new Promise((r) => setTimeout(r, WARMUP * 1000));
  }
  measuring = true;
  loopDelay.enable();
  const cpuStart = { server: serverCpuSeconds(), bench: process.cpuUsage(), load: loadavg()[0] };
  const measureStart = performance.now();
  console.log(`measuring ${SECONDS} s ...`);
  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  sending = false;
  const measureEnd = performance.now();
  const serverCpu = serverCpuSeconds() - cpuStart.server;
  const benchCpuUs = process.cpuUsage(cpuStart.bench);
  const benchCpu = (benchCpuUs.user + benchCpuUs.system) / 1e6;
  const loadEnd = loadavg()[0];
  loopDelay.disable();
  for (const timer of timers) clearTimeout(timer);
  timers.clear();

  // Wait (bounded) for the last acks and deliveries of measured messages.
  const drainUntil = performance.now() + DRAIN_MS;
  const outstanding = () => [...pending.values()].filter((p) => p.measured && (!p.delivered || !p.acked)).length;
  while (outstanding() > 0 && performance.now() < drainUntil) {
    await new Promise((r) => setTimeout(r, 50));
  }
  counting = false;
  const lost = [...pending.values()].filter((p) => p.measured && !p.delivered).length;
  const unacked = [...pending.values()].filter((p) => !p.acked).length;
  if (unacked) countError('ack still outstanding at the end of the drain', unacked);
  if (lost) countError(`measured message not delivered to the partner within ${DRAIN_MS / 1000} s of the end`, lost);

  // What the server stored: the sum of every conversation's lastSeq (only
  // sends happen here, so it counts stored messages, warmup included). Bounded
  // to 20 s in all: an overloaded server may not answer in time.
  const stopAsking = AbortSignal.timeout(20_000);
  const lastSeqs = await pool(pairs, LOGIN_CONCURRENCY, async (k) => {
    const a = logins[2 * k];
    const conv = convs[k];
    if (a instanceof Error || conv instanceof Error) return 0;
    const json = await api(base, 'GET', `/api/v1/conversations/${conv}`, { token: a.token, signal: stopAsking });
    return json.lastSeq;
  });
  const storedKnown = lastSeqs.filter((x) => !(x instanceof Error));
  const stored = storedKnown.reduce((a, b) => a + b, 0);

  for (const c of live) c.socket.disconnect();

  // 5. Report.
  recvLatency.sort((a, b) => a - b);
  ackLatency.sort((a, b) => a - b);
  const measuredSeconds = (measureEnd - measureStart) / 1000;
  let errorTotal = 0;
  for (const n of errors.values()) errorTotal += n;

  console.log('');
  console.log('=== kora-server load ===');
  console.log(`clients connected       ${live.length}/${CLIENTS}`);
  console.log(`rate per client         ${RATE} msg/s (offered ${(live.length * RATE).toFixed(0)} msg/s)`);
  console.log(`messages sent           ${sentMeasured} measured (${sentTotal} incl. warmup), ${ackedOk} acked ok`);
  console.log(`delivered               ${deliveredMeasured} in ${measuredSeconds.toFixed(1)} s = ${(deliveredMeasured / measuredSeconds).toFixed(1)} msg/s`);
  console.log(`send->receive latency   p50 ${fmt(percentile(recvLatency, 50))}  p90 ${fmt(percentile(recvLatency, 90))}  p99 ${fmt(percentile(recvLatency, 99))}  max ${fmt(recvLatency.at(-1))}`);
  console.log(`send->ack latency       p50 ${fmt(percentile(ackLatency, 50))}  p99 ${fmt(percentile(ackLatency, 99))}  max ${fmt(ackLatency.at(-1))}`);
  console.log(
    `stored by the server    ${stored} (sum of lastSeq${storedKnown.length < pairs ? `, only ${storedKnown.length}/${pairs} conversations answered` : ''}) of ${sentTotal} sent`,
  );
  console.log(`after the drain         ${lateAcks} acks and ${lateDeliveries} deliveries of measured messages still arrived (not counted above)`);
  console.log(`duplicates received     ${duplicates}`);
  console.log(`bench event-loop delay  p99 ${fmt(loopDelay.percentile(99) / 1e6)} (client-side; high values mean the bench itself is the bottleneck)`);
  console.log(
    `cpu in the window       server ${Number.isFinite(serverCpu) ? `${serverCpu.toFixed(1)} s` : 'n/a (not spawned)'}` +
      `${Number.isFinite(serverCpu) && sentMeasured ? ` (${((serverCpu * 1e6) / sentMeasured).toFixed(0)} us/msg)` : ''}` +
      `, bench ${benchCpu.toFixed(1)} s, of ${(measuredSeconds * availableParallelism()).toFixed(0)} core-s;` +
      ` load avg ${cpuStart.load.toFixed(2)} -> ${loadEnd.toFixed(2)} (others on the machine skew latency)`,
  );
  console.log(`errors                  ${errorTotal}`);
  for (const [kind, n] of [...errors.entries()].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${String(n).padStart(6)}  ${kind}`);
  }
}

try {
  await main();
} catch (err) {
  console.error(`!! ${err.stack ?? err}`);
  process.exitCode = 1;
} finally {
  await stopServer();
  clearTimeout(hardStop);
}
// Sockets were disconnected; nothing else should keep the loop alive, but make sure.
process.exit(process.exitCode ?? 0);
