// Starting and measuring the servers under test (kora-server, or the stock
// socket.io server of stock-server.mjs), for lean-load.mjs and compare.mjs.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const here = dirname(fileURLToPath(import.meta.url));

// Every child runs with the hard open-files limit as its soft one (20,000 on
// the bench machine): a server of 15,000 sockets needs more than the usual 1024.
export function spawnRaised(cmd, args, options = {}) {
  return spawn('sh', ['-c', 'ulimit -n "$(ulimit -Hn)" 2>/dev/null; exec "$@"', 'sh', cmd, ...args], options);
}

// Starts a server that prints `listening on http://127.0.0.1:PORT`; resolves
// {url, pid, stop()} once it does.
async function startListening(label, cmd, args, { startupMs = 120_000, cleanup = async () => {} } = {}) {
  const proc = spawnRaised(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.setEncoding('utf8');
  proc.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-16 * 1024);
  });
  let stopping = false;
  const lines = createInterface({ input: proc.stdout, crlfDelay: Infinity });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${label}: no "listening on" line in ${startupMs / 1000} s\n${stderr}`)), startupMs);
    let ready = false;
    lines.on('line', (line) => {
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)\s*$/.exec(line);
      if (!ready && m) {
        ready = true;
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    proc.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (!ready) reject(new Error(`${label} exited (code ${code}, signal ${signal}) before listening\n${stderr}`));
      else if (!stopping) console.error(`!! ${label} exited during the run (code ${code}, signal ${signal})\n${stderr}`);
    });
  });
  return {
    url,
    pid: proc.pid,
    label,
    stderr: () => stderr,
    async stop() {
      stopping = true;
      if (proc.exitCode === null && proc.signalCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGTERM');
        const t = setTimeout(() => proc.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(t);
      }
      await cleanup();
    },
  };
}

// kora-server on 127.0.0.1, port 0, a fresh data dir, bench users and no
// limits in the way of the load (SQLite synchronous=FULL unless told).
export async function startKora(bin, { benchUsers, database, extraArgs = [] }) {
  const dataDir = await mkdtemp(join(tmpdir(), 'kora-bench-'));
  const args = [
    '--port', '0', '--bind', '127.0.0.1', '--data-dir', dataDir,
    '--bench-users', String(benchUsers), '--login-limit', '1000000', '--message-limit', '1000000',
    '--max-connections', '19500', '--max-connections-per-address', '19500', '--event-limit', '100000',
    ...extraArgs,
  ];
  if (database) args.push('--database', database, '--jwt-secret', 'kora-bench-shared-secret');
  return startListening('kora-server', bin, args, {
    cleanup: () => rm(dataDir, { recursive: true, force: true }),
  });
}

export async function startStock({ benchUsers }) {
  return startListening('socket.io', process.execPath, [join(here, 'stock-server.mjs'), '--bench-users', String(benchUsers)]);
}

/** CPU seconds (user+system) used so far by process `pid`, from /proc; NaN if unknown. */
export function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in USER_HZ (100)
  } catch {
    return NaN;
  }
}

/** {rss, hwm} of `pid` in KiB (VmRSS, VmHWM), NaN if unknown. */
export function memoryKiB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: field('VmRSS'), hwm: field('VmHWM') };
  } catch {
    return { rss: NaN, hwm: NaN };
  }
}
