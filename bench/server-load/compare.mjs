#!/usr/bin/env node
// Side by side, in one run: the stock socket.io server (stock-server.mjs, in
// memory) and kora-server (SQLite synchronous=FULL; and PostgreSQL with --pg,
// in a private cluster of scripts/pg-cluster), one after another on this
// machine, each driven by the same lean generator (lean-load.mjs) with the same
// load. Prints every run's figures, then a table with the ratios
// kora / socket.io. Asserts nothing.
//
//   node compare.mjs [--build DIR] [--pg] [--loads 1000x1,1000x4,1000x8,10000x1]
//                    [--idle 5000,15000] [--seconds 20] [--warmup 5]
//   --loads '' or --idle '' skips that part.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { spawnRaised } from './servers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const { values: opts } = parseArgs({
  options: {
    build: { type: 'string', default: join(root, 'build') },
    pg: { type: 'boolean', default: false },
    loads: { type: 'string', default: '1000x1,1000x4,1000x8,10000x1' },
    idle: { type: 'string', default: '5000,15000' },
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
    'idle-seconds': { type: 'string', default: '5' },
  },
});
const bin = join(opts.build, 'server', 'kora-server');
const loads = opts.loads
  .split(',')
  .filter(Boolean)
  .map((l) => {
    const m = /^(\d+)x([\d.]+)$/.exec(l.trim());
    if (!m) throw new Error(`--loads wants CLIENTSxRATE items, not "${l}"`);
    return { clients: Number(m[1]), rate: Number(m[2]) };
  });
const idles = opts.idle.split(',').filter(Boolean).map(Number);

// PostgreSQL: a private cluster for this run, a fresh database per kora run.
let pgDir = null;
let pgAdmin = null;
let pgDatabases = 0;
function stopPg() {
  if (!pgDir) return;
  try {
    execFileSync(join(root, 'scripts/pg-cluster'), ['stop', pgDir], { stdio: 'ignore' });
  } catch {}
  rmSync(pgDir, { recursive: true, force: true });
  pgDir = null;
}
function freshPgDatabase() {
  const name = `bench${++pgDatabases}`;
  execFileSync('psql', ['-q', pgAdmin, '-c', `CREATE DATABASE ${name}`]);
  return `${pgAdmin.slice(0, pgAdmin.lastIndexOf('/'))}/${name}`;
}

const servers = [{ name: 'socket.io', args: () => ['--stock'] }, { name: 'kora SQLite', args: () => ['--server-bin', bin] }];
if (opts.pg) servers.push({ name: 'kora PostgreSQL', args: () => ['--server-bin', bin, '--database', freshPgDatabase()] });

// One lean-load.mjs run; its output passes through, its RESULT line is returned.
function run(name, args) {
  return new Promise((resolveRun) => {
    console.log(`\n##### ${name}: lean-load.mjs ${args.join(' ')}`);
    const child = spawnRaised(process.execPath, [join(here, 'lean-load.mjs'), '--json', '--label', name, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let result = null;
    let buffered = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d) => {
      buffered += d;
      let nl;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        if (line.startsWith('RESULT ')) result = JSON.parse(line.slice(7));
        else console.log(line);
      }
    });
    child.on('exit', (code) => {
      if (code !== 0) console.log(`!! ${name}: lean-load exited with ${code}`);
      resolveRun(result);
    });
  });
}
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

const ratio = (k, s) => (Number.isFinite(k) && Number.isFinite(s) && s !== 0 ? `${(k / s).toFixed(2)}×` : 'n/a');
const f = (v, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : 'n/a');
function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

process.on('exit', stopPg);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

try {
  if (opts.pg) {
    pgDir = mkdtempSync(join(tmpdir(), 'kora-bench-pg.'));
    chmodSync(pgDir, 0o755);
    pgAdmin = execFileSync(join(root, 'scripts/pg-cluster'), ['start', pgDir], { encoding: 'utf8' }).trim();
  }
  const started = new Date();
  const loadResults = [];
  for (const load of loads) {
    for (const s of servers) {
      const r = await run(s.name, [...s.args(), '--clients', String(load.clients), '--rate', String(load.rate), '--seconds', opts.seconds, '--warmup', opts.warmup]);
      loadResults.push({ load, server: s.name, r });
      await pause(2000);
    }
  }
  const idleResults = [];
  for (const n of idles) {
    for (const s of servers) {
      const r = await run(s.name, [...s.args(), '--clients', String(n), '--rate', '0', '--seconds', opts['idle-seconds']]);
      idleResults.push({ n, server: s.name, r });
      await pause(2000);
    }
  }

  console.log(`\n===== side by side (${started.toISOString().slice(0, 16)}Z, ${cpus().length} cores "${cpus()[0]?.model?.trim()}", load avg now ${loadavg()[0].toFixed(2)}; ${opts.seconds} s measured after ${opts.warmup} s warmup) =====`);
  if (loadResults.length) {
    const rows = [];
    for (const load of loads) {
      const mine = loadResults.filter((x) => x.load === load);
      const stock = mine.find((x) => x.server === 'socket.io')?.r;
      for (const { server, r } of mine) {
        rows.push([
          `${load.clients}×${load.rate}`,
          server,
          r ? `${f(r.deliveredPerSecond, 0)} of ${f(r.live * r.rate, 0)}` : 'failed',
          r ? f(r.p50) : '',
          r ? f(r.p99) : '',
          r ? f(r.ackP99) : '',
          r ? f(r.cpuUsPerMessage, 0) : '',
          r ? f(r.rssKiB / 1024) : '',
          r ? String(Object.values(r.errors).reduce((a, b) => a + b, 0)) : '',
        ]);
        if (server !== 'socket.io' && r && stock)
          rows.push([
            '',
            `  ${server} / socket.io`,
            ratio(r.deliveredPerSecond, stock.deliveredPerSecond),
            ratio(r.p50, stock.p50),
            ratio(r.p99, stock.p99),
            ratio(r.ackP99, stock.ackP99),
            ratio(r.cpuUsPerMessage, stock.cpuUsPerMessage),
            ratio(r.rssKiB, stock.rssKiB),
            '',
          ]);
      }
    }
    table(['load', 'server', 'delivered msg/s', 'p50 ms', 'p99 ms', 'ack p99 ms', 'CPU µs/msg', 'RSS MiB', 'errors'], rows);
  }
  if (idleResults.length) {
    console.log('');
    const rows = [];
    for (const n of idles) {
      const mine = idleResults.filter((x) => x.n === n);
      const stock = mine.find((x) => x.server === 'socket.io')?.r;
      for (const { server, r } of mine) {
        rows.push([`${n} idle`, server, r ? `${r.live}` : 'failed', r ? f(r.rssKiB / 1024) : '', r ? f(r.perConnectionKiB) : '']);
        if (server !== 'socket.io' && r && stock)
          rows.push(['', `  ${server} / socket.io`, '', ratio(r.rssKiB, stock.rssKiB), ratio(r.perConnectionKiB, stock.perConnectionKiB)]);
      }
    }
    table(['connections', 'server', 'connected', 'RSS MiB', 'KiB per connection'], rows);
  }
} finally {
  stopPg();
}
