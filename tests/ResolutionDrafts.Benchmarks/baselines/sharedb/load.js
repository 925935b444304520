'use strict';
// The hub-load workload against the ShareDB baseline (server.js), printing the same JSON line as
//   dotnet run -c Release --project tests/ResolutionDrafts.Benchmarks -- hub-load ...
//
//   node load.js --url http://127.0.0.1:5199 --clients N --rate R --seconds S [--warmup 2] [--doc ID] [--seed N]
//
// N ShareDB client connections over WebSockets, each making R edits a second on an open-loop
// schedule (a late edit is made at once and timed from when it was due). ShareDB's client, like
// ours, keeps one op in flight and composes what is typed meanwhile into the next. Ack latency:
// from an edit's due time to its acknowledgement; remote latency: from a submission's send (by
// its src + seq) to its apply at each other client, all in this one process.
const {performance} = require('perf_hooks');
const ShareDBClient = require('sharedb/lib/client');
const json1 = require('ot-json1');
const WebSocket = require('ws');
const {nextEdit, random} = require('./workload');

ShareDBClient.types.register(json1.type);

const COLLECTION = 'drafts';

function parseOptions(argv) {
  const values = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || i + 1 >= argv.length) throw new Error(`Unexpected argument ${argv[i]}`);
    values[argv[i].slice(2)] = argv[i + 1];
  }
  const url = new URL(values.url || '');
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) throw new Error('--url must be on this machine (127.0.0.1)');
  const number = (name, min, max, fallback) => {
    const value = values[name] === undefined ? fallback : Number(values[name]);
    if (!(value >= min && value <= max)) throw new Error(`--${name} must be ${min}-${max}`);
    return value;
  };
  return {
    url: url.origin,
    clients: Math.floor(number('clients', 1, 2000)),
    rate: number('rate', 0.1, 100),
    seconds: number('seconds', 1, 600),
    warmup: number('warmup', 0, 60, 2),
    seed: Math.floor(number('seed', 0, 2 ** 31, Date.now() % 2 ** 31)),
    doc: values.doc,
  };
}

async function api(base, method, path) {
  const response = await fetch(base + path, {method});
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
  return response.json();
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Send times of submissions by "src:seq", on this process's one clock. */
const sendTimes = new Map();

class LoadClient {
  constructor(connection, doc, seed) {
    this.connection = connection;
    this.doc = doc;
    this.rnd = random(seed);
    this.measureFrom = Infinity;
    this.editsMade = 0;
    this.editsAcked = 0;
    this.maxStartLag = 0;
    this.errors = 0;
    this.ackMs = [];
    this.remoteMs = [];
    this.acked = new Set();
    this.applying = null;
    connection.on('send', (message) => {
      if (message.a === 'op' && message.seq != null) sendTimes.set(`${message.src || connection.id}:${message.seq}`, performance.now());
    });
    // Handled synchronously right after this event: an ack, or a remote op applied by the doc's 'op' event.
    connection.on('receive', (request) => {
      const data = request.data;
      if (!data || data.a !== 'op' || data.error) return;
      if (!('op' in data) && data.src === connection.id) this.acked.add(`${data.src}:${data.seq}`);
      else this.applying = `${data.src}:${data.seq}`;
    });
    doc.on('op', (op, source) => {
      if (source || this.applying === null) return;
      const sent = sendTimes.get(this.applying);
      if (sent !== undefined && sent >= this.measureFrom) this.remoteMs.push(performance.now() - sent);
      this.applying = null;
    });
    doc.on('error', () => this.errors++);
  }

  static async connect(url, id, seed) {
    const socket = new WebSocket(url.replace(/^http/, 'ws') + '/sharedb');
    const connection = new ShareDBClient.Connection(socket);
    const doc = connection.get(COLLECTION, id);
    await new Promise((resolve, reject) => doc.subscribe((error) => error ? reject(error) : resolve()));
    return new LoadClient(connection, doc, seed);
  }

  /** Makes `count` edits, the k-th due at start + offset + k * interval (ms). */
  run(start, offset, interval, count) {
    return new Promise((resolve) => {
      let k = 0;
      const step = () => {
        if (k >= count) return resolve();
        const due = start + offset + k * interval;
        const wait = due - performance.now();
        if (wait > 1) return setTimeout(step, wait);
        k++;
        this.edit(due);
        setImmediate(step);
      };
      step();
    });
  }

  edit(due) {
    const measured = due >= this.measureFrom;
    if (measured) {
      this.editsMade++;
      this.maxStartLag = Math.max(this.maxStartLag, performance.now() - due);
    }
    this.doc.submitOp(nextEdit(this.doc.data, this.rnd), (error) => {
      if (error) return this.errors++;
      if (measured) {
        this.ackMs.push(performance.now() - due);
        this.editsAcked++;
      }
    });
  }

  whenNothingPending() {
    return new Promise((resolve) => this.doc.whenNothingPending(resolve));
  }

  close() {
    this.connection.close();
  }
}

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil(p / 100 * sorted.length);
  return Math.round(sorted[Math.min(Math.max(rank - 1, 0), sorted.length - 1)] * 10) / 10;
}

/** Keys in order, so two equal documents print the same. */
function canonical(value) {
  if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']';
  if (value && typeof value === 'object') return '{' + Object.keys(value).sort().map((k) => JSON.stringify(k) + ':' + canonical(value[k])).join(',') + '}';
  return JSON.stringify(value);
}

async function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} after ${ms} ms`)), ms); });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const id = options.doc || (await api(options.url, 'POST', '/api/docs')).id;
  const clients = [];
  for (let i = 0; i < options.clients; i += 8) {
    // A few at a time, as the .NET driver does.
    const batch = [];
    for (let j = i; j < Math.min(i + 8, options.clients); j++) batch.push(LoadClient.connect(options.url, id, options.seed + j));
    clients.push(...await withTimeout(Promise.all(batch), 60000, 'connecting'));
  }
  console.error(`sharedb-load: ${clients.length} clients on doc ${id}, ${options.rate}/s each for ${options.warmup} s warm-up + ${options.seconds} s (seed ${options.seed})`);

  let peakRss = null;
  let sampling = true;
  const sampler = (async () => {
    for (let i = 0; i < 3600 && sampling; i++) {
      const health = await api(options.url, 'GET', '/api/health').catch(() => null);
      if (health) peakRss = Math.max(peakRss || 0, health.rssMb);
      await sleep(1000);
    }
  })();

  const interval = 1000 / options.rate;
  const count = Math.round(options.rate * (options.warmup + options.seconds));
  const phases = random(options.seed);
  const start = performance.now() + 100;
  const measureFrom = start + options.warmup * 1000;
  clients.forEach((c) => { c.measureFrom = measureFrom; });
  const typing = Promise.all(clients.map((c) => c.run(start, phases() * interval, interval, count)));
  await sleep(Math.max(0, measureFrom - performance.now()));
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  await withTimeout(typing, ((options.warmup + options.seconds) * 3 + 30) * 1000, 'typing');
  const typingSeconds = (performance.now() - wallBefore) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const driverCpu = (cpu.user + cpu.system) / 1e6 / typingSeconds;

  let quiet = true;
  try {
    await withTimeout(Promise.all(clients.map((c) => c.whenNothingPending())), 60000, 'waiting for acks');
    let serverVersion = -1;
    for (let i = 0; i < 600; i++) {
      serverVersion = (await api(options.url, 'GET', `/api/docs/${id}`)).v;
      if (clients.every((c) => c.doc.version === serverVersion)) break;
      await sleep(100);
    }
    quiet = clients.every((c) => c.doc.version === serverVersion);
  } catch (error) {
    console.error(`sharedb-load: ${error.message}`);
    quiet = false;
  }

  const server = canonical((await api(options.url, 'GET', `/api/docs/${id}`)).data);
  const converged = quiet && clients.every((c) => canonical(c.doc.data) === server);
  const logged = new Set((await api(options.url, 'GET', `/api/docs/${id}/log`)).map((op) => `${op.src}:${op.seq}`));
  let lost = 0;
  clients.forEach((c) => c.acked.forEach((key) => { if (!logged.has(key)) lost++; }));
  sampling = false;
  await sampler;

  const ack = clients.flatMap((c) => c.ackMs).sort((a, b) => a - b);
  const remote = clients.flatMap((c) => c.remoteMs).sort((a, b) => a - b);
  console.error(`sharedb-load: typing took ${typingSeconds.toFixed(1)} s; driver CPU ${driverCpu.toFixed(2)} cores; ` +
    `worst start lag ${Math.max(...clients.map((c) => c.maxStartLag)).toFixed(1)} ms; ${logged.size} log entries; ` +
    `${clients.reduce((n, c) => n + c.errors, 0)} errors; ack max ${(ack[ack.length - 1] || 0).toFixed(1)} ms; remote max ${(remote[remote.length - 1] || 0).toFixed(1)} ms`);
  console.log(JSON.stringify({
    clients: clients.length,
    opsSent: clients.reduce((n, c) => n + c.editsMade, 0),
    opsAcked: clients.reduce((n, c) => n + c.editsAcked, 0),
    ackP50Ms: percentile(ack, 50),
    ackP99Ms: percentile(ack, 99),
    remoteP50Ms: percentile(remote, 50),
    remoteP99Ms: percentile(remote, 99),
    converged,
    lostAcked: lost,
    serverRssMb: peakRss,
  }));
  clients.forEach((c) => c.close());
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
