#!/usr/bin/env node
// A lean load generator for kora-server (and for the stock socket.io server of
// stock-server.mjs): the same load and figures as server-load.mjs, but each
// client is a raw `ws` websocket speaking the Engine.IO 4 / Socket.IO 5 frames
// itself (no socket.io-client), spread over several generator processes and
// loopback source addresses, so that the server, not the generator, is what is
// measured. Prints figures; asserts nothing. See README.md.
//
//   node lean-load.mjs --server-bin ../../build/server/kora-server --clients 1000 --rate 4 --seconds 20
//   node lean-load.mjs --stock --clients 1000 --rate 4          (the stock socket.io server)
//   node lean-load.mjs --url http://127.0.0.1:8080 --server-pid PID ...  (a running server)
//   node lean-load.mjs ... --rate 0 --clients 5000              (idle: server memory per connection)
//
// Frames (protocol.md 1.1): server `0{sid,…}` → client `40{"token":…}` →
// server `40{…}`; `42<id>["send_message",{…}]` → `43<id>[{ok,…}]`; the server's
// `42["new_message",{message}]`; ping `2` → pong `3`.
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { performance, monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { startKora, startStock, cpuSeconds, memoryKiB } from './servers.mjs';

const ACK_TIMEOUT_MS = 10_000;
const DRAIN_MS = 10_000;
const CONNECT_TIMEOUT_MS = 30_000;

if (process.argv[2] === '--worker') worker();
else await coordinator();

// ---------------------------------------------------------------------------
// Worker: a share of the clients (whole pairs), its own figures
// ---------------------------------------------------------------------------

function worker() {
  const clients = [];
  const pending = new Map(); // clientId -> {sentAt, measured, to, delivered, acked}
  const recvLatency = [];
  const ackLatency = [];
  const errors = {};
  const countError = (kind, n = 1) => {
    errors[kind] = (errors[kind] ?? 0) + n;
  };
  const s = { sentTotal: 0, sentMeasured: 0, deliveredMeasured: 0, ackedOk: 0, duplicates: 0 };
  let measuring = false;
  let sending = false;
  let counting = true;
  let config;
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });

  function onFrame(c, text) {
    const t = text.charCodeAt(0);
    if (t === 0x32 /* '2' ping */) {
      c.ws.send('3');
      return;
    }
    if (t === 0x34 /* '4' message */) {
      const kind = text.charCodeAt(1);
      if (kind === 0x33 /* '3' ack */) return onAck(c, text);
      if (kind === 0x32 /* '2' event */) return onEvent(c, text);
      if (kind === 0x30 /* '0' connected */) return c.connected?.();
      if (kind === 0x34 /* '4' connect error */) return c.refused?.(text.slice(2, 120));
      if (kind === 0x31 /* '1' disconnect */) return countError('namespace disconnect from the server');
      return;
    }
    if (t === 0x30 /* '0' open */) {
      c.ws.send(`40${JSON.stringify({ token: c.token })}`);
    }
  }

  function onEvent(c, text) {
    if (!text.startsWith('42["new_message"')) return;
    const at = text.indexOf('"clientId":"');
    if (at < 0) return;
    const clientId = text.slice(at + 12, text.indexOf('"', at + 12));
    const p = pending.get(clientId);
    if (!p || p.to !== c) return; // the sender's own copy, or not ours
    if (!counting) {
      p.delivered = true;
      return;
    }
    if (p.delivered) {
      s.duplicates++;
      return;
    }
    p.delivered = true;
    if (p.measured) {
      recvLatency.push(performance.now() - p.sentAt);
      s.deliveredMeasured++;
    }
    if (p.acked) pending.delete(clientId);
  }

  function onAck(c, text) {
    const open = text.indexOf('[');
    const id = Number(text.slice(2, open));
    const entry = c.acks.get(id);
    if (!entry) return;
    c.acks.delete(id);
    clearTimeout(entry.timer);
    const { clientId, p } = entry;
    if (!counting) return;
    p.acked = true;
    if (text.includes('"ok":true')) {
      s.ackedOk++;
      if (p.measured) ackLatency.push(performance.now() - p.sentAt);
      if (p.delivered) pending.delete(clientId);
    } else {
      const code = /"code":"([^"]*)"/.exec(text)?.[1] ?? text.slice(0, 80);
      countError(`ack ok:false ${code}`);
      pending.delete(clientId);
    }
  }

  function connect(c) {
    return new Promise((resolve) => {
      const ws = new WebSocket(config.wsUrl, {
        localAddress: c.localAddress,
        perMessageDeflate: false,
        skipUTF8Validation: true,
        handshakeTimeout: CONNECT_TIMEOUT_MS,
      });
      c.ws = ws;
      c.acks = new Map();
      c.nextAck = 0;
      const timer = setTimeout(() => done(`connect timeout (${CONNECT_TIMEOUT_MS / 1000} s)`), CONNECT_TIMEOUT_MS);
      let settled = false;
      const done = (error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        c.connected = c.refused = null;
        if (error) {
          c.ws = null;
          ws.terminate();
        } else c.live = true;
        resolve(error);
      };
      c.connected = () => done(null);
      c.refused = (why) => done(`connect refused ${why}`);
      ws.on('message', (data) => onFrame(c, data.toString()));
      ws.on('error', (err) => done(`connect error ${err.code ?? err.message}`));
      ws.on('close', (code) => {
        done(`closed while connecting (${code})`);
        if (c.live && sending) countError(`socket closed during the run (${code})`);
        c.live = false;
      });
    });
  }

  function sendOne(c) {
    if (!c.live) return;
    const clientId = randomUUID();
    const sentAt = performance.now();
    const p = { sentAt, measured: measuring, to: c.partner, delivered: false, acked: false };
    pending.set(clientId, p);
    s.sentTotal++;
    if (measuring) s.sentMeasured++;
    const id = c.nextAck++;
    const timer = setTimeout(() => {
      c.acks.delete(id);
      if (!counting) return;
      p.acked = true;
      countError(`ack timeout (${ACK_TIMEOUT_MS / 1000} s)`);
    }, ACK_TIMEOUT_MS);
    c.acks.set(id, { clientId, p, timer });
    c.ws.send(
      `42${id}["send_message",${JSON.stringify({
        conversationId: c.conversationId,
        clientId,
        kind: 'text',
        body: `bench ${c.index} t=${sentAt.toFixed(3)}`,
      })}]`,
    );
  }

  async function run(start) {
    // Each client sends every 1/rate s on average: spread over the first
    // interval, then jittered by +-20 %, as server-load.mjs does.
    const intervalMs = 1000 / config.rate;
    const timers = new Set();
    const schedule = (c, delay) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!sending) return;
        sendOne(c);
        schedule(c, intervalMs * (0.8 + 0.4 * Math.random()));
      }, delay);
      timers.add(timer);
    };
    const wait = (until) => new Promise((r) => setTimeout(r, Math.max(0, until - Date.now())));
    await wait(start.sendFrom);
    sending = true;
    for (const c of clients) if (c.live) schedule(c, Math.random() * intervalMs);
    await wait(start.measureFrom);
    measuring = true;
    loopDelay.enable();
    await wait(start.measureTo);
    sending = false;
    measuring = false;
    loopDelay.disable();
    for (const t of timers) clearTimeout(t);
    const drainUntil = performance.now() + DRAIN_MS;
    const outstanding = () => {
      for (const p of pending.values()) if (p.measured && (!p.delivered || !p.acked)) return true;
      return false;
    };
    while (outstanding() && performance.now() < drainUntil) await new Promise((r) => setTimeout(r, 50));
    counting = false;
    let lost = 0;
    let unacked = 0;
    for (const p of pending.values()) {
      if (p.measured && !p.delivered) lost++;
      if (p.measured && !p.acked) unacked++;
    }
    if (unacked) countError('ack still outstanding at the end of the drain', unacked);
    if (lost) countError(`measured message not delivered within ${DRAIN_MS / 1000} s of the end`, lost);
    process.send({
      type: 'result',
      ...s,
      recvLatency: Float64Array.from(recvLatency),
      ackLatency: Float64Array.from(ackLatency),
      loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
      errors,
    });
  }

  process.on('message', async (msg) => {
    if (msg.type === 'init') {
      config = msg;
      for (const c of msg.clients) clients.push({ ...c, ws: null, live: false });
      const byIndex = new Map(clients.map((c) => [c.index, c]));
      for (const c of clients) c.partner = byIndex.get(c.partnerIndex);
      // Bounded concurrency: a connect storm measures the accept queue, not the server.
      let next = 0;
      const failures = {};
      const one = async () => {
        while (next < clients.length) {
          const error = await connect(clients[next++]);
          if (error) failures[error] = (failures[error] ?? 0) + 1;
        }
      };
      await Promise.all(Array.from({ length: Math.min(msg.connectConcurrency, clients.length) }, one));
      for (const [k, n] of Object.entries(failures)) countError(k, n);
      process.send({ type: 'connected', live: clients.filter((c) => c.live).length, failures });
    } else if (msg.type === 'start') {
      await run(msg);
    } else if (msg.type === 'close') {
      for (const c of clients) c.ws?.terminate();
      process.exit(0);
    }
  });
}

// ---------------------------------------------------------------------------
// Coordinator: the server, tokens, conversations, workers, the report
// ---------------------------------------------------------------------------

async function coordinator() {
  const USAGE = `usage: node lean-load.mjs (--server-bin PATH | --stock | --url URL [--server-pid PID]) [options]
  --server-bin PATH   start this kora-server (127.0.0.1, port 0, fresh data dir, SQLite FULL)
  --database URL      with --server-bin: on this PostgreSQL database instead
  --stock             start the stock socket.io server (stock-server.mjs) instead
  --url URL           a running server (loopback) with >= clients bench users and
                      POST /api/v1/bench/tokens; --server-pid PID for its CPU and memory
  --clients N         connections, paired 2k <-> 2k+1 (default 1000, rounded up to even)
  --rate M            messages per second per client (default 1); 0: idle connections
                      only (no conversations), prints server memory per connection
  --seconds S         measured duration (default 20; idle: how long they sit before RSS is read)
  --warmup S          sending before measuring starts (default 5)
  --workers W         generator processes (default: one per 5000 clients)
  --per-address N     clients per loopback source address 127.0.0.1, .2, ... (default 5000)
  --connect-concurrency C   websocket connects in flight per worker (default 100)
  --label TEXT        name of the run in the report
  --json              also print one line "RESULT {...}" for compare.mjs`;
  let opts;
  try {
    ({ values: opts } = parseArgs({
      options: {
        'server-bin': { type: 'string' },
        database: { type: 'string' },
        stock: { type: 'boolean', default: false },
        url: { type: 'string' },
        'server-pid': { type: 'string' },
        clients: { type: 'string', default: '1000' },
        rate: { type: 'string', default: '1' },
        seconds: { type: 'string', default: '20' },
        warmup: { type: 'string', default: '5' },
        workers: { type: 'string' },
        'per-address': { type: 'string', default: '5000' },
        'connect-concurrency': { type: 'string', default: '100' },
        label: { type: 'string' },
        json: { type: 'boolean', default: false },
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
  const num = (name, min, max, integer = false) => {
    const v = Number(opts[name]);
    if (!Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v))) {
      console.error(`--${name} must be ${integer ? 'an integer' : 'a number'} in [${min}, ${max}], got "${opts[name]}"`);
      process.exit(2);
    }
    return v;
  };
  let CLIENTS = num('clients', 2, 19000, true);
  if (CLIENTS % 2) CLIENTS++;
  const RATE = num('rate', 0, 100);
  const IDLE = RATE === 0;
  const SECONDS = num('seconds', 1, 3600);
  const WARMUP = num('warmup', 0, 600);
  const PER_ADDRESS = num('per-address', 1, 28000, true);
  const CONNECT_CONCURRENCY = num('connect-concurrency', 1, 2000, true);
  const WORKERS = opts.workers ? num('workers', 1, 64, true) : Math.max(1, Math.ceil(CLIENTS / 5000));
  if ([opts['server-bin'], opts.stock || undefined, opts.url].filter(Boolean).length !== 1) {
    console.error(`give exactly one of --server-bin, --stock and --url\n${USAGE}`);
    process.exit(2);
  }

  let server = null;
  const stop = async () => {
    await server?.stop();
    server = null;
  };
  for (const sig of ['SIGINT', 'SIGTERM'])
    process.on(sig, () => {
      console.error(`!! ${sig}, stopping`);
      stop().finally(() => process.exit(130));
    });

  const workers = [];
  try {
    const t0 = performance.now();
    let base;
    let pid = NaN;
    if (opts['server-bin']) server = await startKora(opts['server-bin'], { benchUsers: CLIENTS, database: opts.database });
    else if (opts.stock) server = await startStock({ benchUsers: CLIENTS });
    if (server) {
      base = server.url;
      pid = server.pid;
    } else {
      base = new URL(opts.url).origin;
      if (!['127.0.0.1', 'localhost'].includes(new URL(base).hostname)) throw new Error('--url must be on 127.0.0.1');
      if (opts['server-pid']) pid = Number(opts['server-pid']);
    }
    const label = opts.label ?? (opts.stock ? 'socket.io' : opts.database ? 'kora (PostgreSQL)' : 'kora');
    console.log(`server: ${label} at ${base}${Number.isFinite(pid) ? ` (pid ${pid})` : ''}${server ? `, started in ${((performance.now() - t0) / 1000).toFixed(1)} s` : ''}`);
    console.log(`plan: ${CLIENTS} clients, ${IDLE ? 'idle' : `${RATE} msg/s each, warmup ${WARMUP} s, measure ${SECONDS} s`}, ${WORKERS} generator process(es), ${Math.ceil(CLIENTS / PER_ADDRESS)} source address(es)`);

    const api = async (method, path, { token, body, signal } = {}) => {
      const headers = {};
      if (token) headers.Authorization = `Bearer ${token}`;
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const res = await fetch(base + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: signal ?? AbortSignal.timeout(120_000),
      });
      const text = await res.text();
      if (res.status < 200 || res.status >= 300) throw new Error(`${method} ${path} -> ${res.status} ${text.slice(0, 200)}`);
      return JSON.parse(text);
    };
    const pool = async (n, limit, fn) => {
      const results = new Array(n);
      let next = 0;
      const one = async () => {
        while (next < n) {
          const i = next++;
          try {
            results[i] = await fn(i);
          } catch (err) {
            results[i] = err;
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(limit, n) }, one));
      return results;
    };

    // 1. Tokens of the bench users, in one answer (no argon2id per client).
    let t = performance.now();
    const { tokens } = await api('POST', '/api/v1/bench/tokens', { body: { count: CLIENTS } });
    if (tokens.length < CLIENTS) throw new Error(`only ${tokens.length} bench tokens for ${CLIENTS} clients (a data dir from an older server?)`);
    console.log(`tokens: ${tokens.length} in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    // 2. The direct conversation of every pair (not for idle connections).
    const pairs = CLIENTS / 2;
    let convs = [];
    if (!IDLE) {
      t = performance.now();
      convs = await pool(pairs, 32, async (k) =>
        (await api('POST', '/api/v1/conversations', { token: tokens[2 * k].token, body: { participantId: tokens[2 * k + 1].user.id } })).id,
      );
      const failed = convs.filter((c) => c instanceof Error);
      if (failed.length) throw new Error(`${failed.length} conversations failed, first: ${failed[0].message}`);
      console.log(`conversations: ${pairs} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }

    // 3. Workers, each with whole pairs, connect their sockets.
    const wsUrl = `${base.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`;
    const memBefore = memoryKiB(pid);
    t = performance.now();
    const self = fileURLToPath(import.meta.url);
    for (let w = 0; w < WORKERS; w++) {
      const clients = [];
      for (let k = Math.floor((w * pairs) / WORKERS); k < Math.floor(((w + 1) * pairs) / WORKERS); k++) {
        for (const i of [2 * k, 2 * k + 1]) {
          clients.push({
            index: i,
            partnerIndex: i ^ 1,
            token: tokens[i].token,
            conversationId: IDLE ? null : convs[k],
            localAddress: `127.0.0.${1 + Math.floor(i / PER_ADDRESS)}`,
          });
        }
      }
      const child = fork(self, ['--worker'], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      const messages = [];
      const waiters = [];
      child.on('message', (m) => {
        const waiter = waiters.findIndex((x) => x.type === m.type);
        if (waiter >= 0) waiters.splice(waiter, 1)[0].resolve(m);
        else messages.push(m);
      });
      const next = (type) =>
        new Promise((resolve, reject) => {
          const i = messages.findIndex((m) => m.type === type);
          if (i >= 0) return resolve(messages.splice(i, 1)[0]);
          waiters.push({ type, resolve });
          child.once('exit', (code) => reject(new Error(`generator process exited (${code})`)));
        });
      workers.push({ child, next, clients: clients.length });
      child.send({ type: 'init', wsUrl, clients, rate: RATE, connectConcurrency: CONNECT_CONCURRENCY });
    }
    const connected = await Promise.all(workers.map((w) => w.next('connected')));
    const live = connected.reduce((a, c) => a + c.live, 0);
    const connectFailures = {};
    for (const c of connected) for (const [k, n] of Object.entries(c.failures)) connectFailures[k] = (connectFailures[k] ?? 0) + n;
    console.log(`connected: ${live}/${CLIENTS} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    for (const [k, n] of Object.entries(connectFailures)) console.log(`  ${String(n).padStart(6)}  ${k}`);

    const result = { label, clients: CLIENTS, live, rate: RATE };
    if (IDLE) {
      await new Promise((r) => setTimeout(r, SECONDS * 1000));
      const memAfter = memoryKiB(pid);
      result.rssKiB = memAfter.rss;
      result.rssBeforeKiB = memBefore.rss;
      result.perConnectionKiB = live ? (memAfter.rss - memBefore.rss) / live : NaN;
      console.log('');
      console.log(`=== ${label}: idle connections ===`);
      console.log(`clients connected       ${live}/${CLIENTS}`);
      console.log(`server RSS              ${(memBefore.rss / 1024).toFixed(1)} MiB before connecting, ${(memAfter.rss / 1024).toFixed(1)} MiB with them after ${SECONDS} s (peak ${(memAfter.hwm / 1024).toFixed(1)} MiB)`);
      console.log(`per connection          ${result.perConnectionKiB.toFixed(1)} KiB`);
    } else {
      const sendFrom = Date.now() + 300;
      const measureFrom = sendFrom + WARMUP * 1000;
      const measureTo = measureFrom + SECONDS * 1000;
      for (const w of workers) w.child.send({ type: 'start', sendFrom, measureFrom, measureTo });
      const generatorCpu = () => workers.reduce((a, w) => a + cpuSeconds(w.child.pid), 0);
      await new Promise((r) => setTimeout(r, measureFrom - Date.now()));
      const start = { server: cpuSeconds(pid), gen: generatorCpu(), load: loadavg()[0], at: performance.now() };
      await new Promise((r) => setTimeout(r, measureTo - Date.now()));
      const end = { server: cpuSeconds(pid), gen: generatorCpu(), load: loadavg()[0], at: performance.now(), mem: memoryKiB(pid) };
      const results = await Promise.all(workers.map((w) => w.next('result')));

      // What the server stored: the sum of the conversations' lastSeq (warmup included).
      const stopAsking = AbortSignal.timeout(20_000);
      const seqs = await pool(pairs, 32, async (k) =>
        (await api('GET', `/api/v1/conversations/${convs[k]}`, { token: tokens[2 * k].token, signal: stopAsking })).lastSeq,
      );
      const answered = seqs.filter((x) => !(x instanceof Error));
      const stored = answered.reduce((a, b) => a + b, 0);

      const sum = (key) => results.reduce((a, r) => a + r[key], 0);
      const merge = (key) => {
        const all = new Float64Array(sum2(key));
        let at = 0;
        for (const r of results) {
          all.set(r[key], at);
          at += r[key].length;
        }
        return all.sort();
      };
      const sum2 = (key) => results.reduce((a, r) => a + r[key].length, 0);
      const recv = merge('recvLatency');
      const ack = merge('ackLatency');
      const pct = (a, p) => (a.length ? a[Math.min(a.length - 1, Math.max(0, Math.ceil((p / 100) * a.length) - 1))] : NaN);
      const errors = { ...connectFailures };
      for (const r of results) for (const [k, n] of Object.entries(r.errors)) errors[k] = (errors[k] ?? 0) + n;
      const seconds = (end.at - start.at) / 1000;
      const serverCpu = end.server - start.server;
      const genCpu = end.gen - start.gen;
      const sentMeasured = sum('sentMeasured');
      const delivered = sum('deliveredMeasured');
      Object.assign(result, {
        sentMeasured,
        sentTotal: sum('sentTotal'),
        ackedOk: sum('ackedOk'),
        delivered,
        deliveredPerSecond: delivered / seconds,
        p50: pct(recv, 50),
        p90: pct(recv, 90),
        p99: pct(recv, 99),
        max: recv.length ? recv[recv.length - 1] : NaN,
        ackP50: pct(ack, 50),
        ackP99: pct(ack, 99),
        serverCpuSeconds: serverCpu,
        cpuUsPerMessage: sentMeasured ? (serverCpu * 1e6) / sentMeasured : NaN,
        generatorCpuSeconds: genCpu,
        rssKiB: end.mem.rss,
        hwmKiB: end.mem.hwm,
        stored,
        duplicates: sum('duplicates'),
        loopDelayP99Ms: Math.max(...results.map((r) => r.loopDelayP99Ms)),
        errors,
      });
      const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');
      let errorTotal = 0;
      for (const n of Object.values(errors)) errorTotal += n;
      console.log('');
      console.log(`=== ${label} load (lean generator) ===`);
      console.log(`clients connected       ${live}/${CLIENTS}`);
      console.log(`rate per client         ${RATE} msg/s (offered ${(live * RATE).toFixed(0)} msg/s)`);
      console.log(`messages sent           ${sentMeasured} measured (${result.sentTotal} incl. warmup), ${result.ackedOk} acked ok`);
      console.log(`delivered               ${delivered} in ${seconds.toFixed(1)} s = ${result.deliveredPerSecond.toFixed(1)} msg/s`);
      console.log(`send->receive latency   p50 ${ms(result.p50)}  p90 ${ms(result.p90)}  p99 ${ms(result.p99)}  max ${ms(result.max)}`);
      console.log(`send->ack latency       p50 ${ms(result.ackP50)}  p99 ${ms(result.ackP99)}`);
      console.log(`stored by the server    ${stored} (sum of lastSeq${answered.length < pairs ? `, only ${answered.length}/${pairs} answered` : ''}) of ${result.sentTotal} sent`);
      console.log(`duplicates received     ${result.duplicates}`);
      console.log(`generator event loop    p99 ${ms(result.loopDelayP99Ms)} (worst process; high means the generator is the bottleneck)`);
      console.log(
        `cpu in the window       server ${Number.isFinite(serverCpu) ? `${serverCpu.toFixed(1)} s (${result.cpuUsPerMessage.toFixed(0)} us/msg)` : 'n/a (no pid)'}` +
          `, generator ${genCpu.toFixed(1)} s (${((genCpu * 1e6) / Math.max(1, sentMeasured)).toFixed(0)} us/msg), of ${(seconds * availableParallelism()).toFixed(0)} core-s;` +
          ` load avg ${start.load.toFixed(2)} -> ${end.load.toFixed(2)}`,
      );
      console.log(`server RSS              ${(end.mem.rss / 1024).toFixed(1)} MiB (peak ${(end.mem.hwm / 1024).toFixed(1)} MiB)`);
      console.log(`errors                  ${errorTotal}`);
      for (const [k, n] of Object.entries(errors).sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(6)}  ${k}`);
    }
    if (opts.json) console.log(`RESULT ${JSON.stringify(result)}`);
  } catch (err) {
    console.error(`!! ${err.stack ?? err}`);
    if (server) console.error(server.stderr().slice(-2000));
    process.exitCode = 1;
  } finally {
    for (const w of workers) {
      if (w.child.exitCode === null) {
        const exited = new Promise((r) => w.child.once('exit', r));
        w.child.send({ type: 'close' });
        await exited;
      }
    }
    await stop();
  }
  process.exit(process.exitCode ?? 0);
}
