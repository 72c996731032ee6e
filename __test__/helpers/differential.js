'use strict';
// Side-by-side checks of ferrodis against node-redis (redis@5.12.1, the behavioural oracle):
//
//   differential('hashes', { 'hSet forms': (c) => [c.hSet('h', { a: 1 }), c.hGetAll('h')] });
//
// runs every scenario through both clients, for RESP2 and RESP3, each on the same freshly
// flushed server, and asserts that the outcomes are the same: values deep-equal *including*
// prototypes (null-prototype objects, Map, Buffer, BigInt...), errors of the same class with the
// same message. A scenario returns an array of promises (or of values, if it is async); a
// `normalize(outcomes)` can blank out what legitimately differs (timestamps, ids).
//
//   wireDifferential('new commands', { 'hExpire': (c) => c.hExpire('h', 'f', 10) });
//
// is for commands the test server is too old to run: both clients talk to a tiny listener that
// records the command arrays they write (answering +OK), and the arrays must be equal.
const net = require('node:net');
const { startRedis } = require('./redis-server');
const { newerServerBinary, stackServerOptions, SKIP_HINT } = require('./servers');

const ferrodis = require('../..');
const redis = require('redis');

const LIBRARIES = { ferrodis, redis };

/** A comparable, JSON-like picture of a reply, keeping what toEqual would gloss over. */
function shape(value) {
  if (value === null || value === undefined) return value;
  if (typeof value === 'bigint') return { bigint: value.toString() };
  if (typeof value === 'number' && Number.isNaN(value)) return { number: 'NaN' };
  // node-redis 5.12.1 builds RESP3 doubles digit by digit and is off in the last bits (3.4 comes
  // back as 3.3999999999999995); ferrodis reads the server's text exactly. Compare doubles to 15
  // significant digits so that this known node-redis inaccuracy is not reported as a difference.
  if (typeof value === 'number' && !Number.isInteger(value) && Number.isFinite(value)) return { double: Number(value.toPrecision(15)) };
  if (typeof value !== 'object') return value;
  if (Buffer.isBuffer(value)) return { Buffer: value.toString('hex') };
  if (value instanceof Error) return { error: value.constructor.name, message: value.message, ...ownFields(value) };
  if (value instanceof Map) return { Map: [...value].map(([k, v]) => [shape(k), shape(v)]) };
  if (value instanceof Set) return { Set: [...value].map(shape) };
  if (Array.isArray(value)) return value.map(shape);
  if (value instanceof String) return { [value.constructor.name]: String(value), ...ownFields(value) };
  const proto = Object.getPrototypeOf(value);
  const kind = proto === null ? 'null-prototype' : proto.constructor?.name ?? 'unknown';
  const fields = {};
  for (const key of Object.keys(value)) fields[key] = shape(value[key]);
  return { [kind]: fields };
}

function ownFields(object) {
  const fields = {};
  for (const key of Object.keys(object)) if (key !== 'message' && key !== 'stack') fields[key] = shape(object[key]);
  return fields;
}

async function outcomes(result) {
  let items;
  try {
    items = await Promise.resolve(result);
  } catch (err) {
    return [shape(err)]; // an async scenario that threw: its error is the outcome
  }
  const list = Array.isArray(items) ? items : [items];
  return Promise.all(list.map((p) => Promise.resolve(p).then(shape, (err) => shape(err))));
}

/**
 * Defines a jest describe block per RESP version with one test per scenario.
 * options: { resp: [2, 3], server: startRedis options, clientOptions: object or (module) => object,
 *            normalize(outcomes, title),
 *            newer: true or a newerServerBinary() filter — run on a newer server (Redis 8 / Valkey 9,
 *            installed by scripts/install-test-servers.sh) for commands 7.0.15 lacks; skipped,
 *            saying so, when none is installed,
 *            stack: true — run on Redis Stack 7.4.1 with its modules (JSON, Search, TimeSeries,
 *            Bloom), for the module namespaces; skipped the same way when it is not installed,
 *            unless FERRODIS_REQUIRE_STACK=1 (CI) makes that a failure }
 */
function differential(name, scenarios, options = {}) {
  const versions = options.resp ?? [2, 3];
  const stack = options.stack ? stackServerOptions() : undefined;
  if (stack === null && process.env.FERRODIS_REQUIRE_STACK === '1') throw new Error(`${name}: Redis Stack is required (FERRODIS_REQUIRE_STACK=1) — ${SKIP_HINT} redis-stack`);
  const binary = stack ? { path: stack.binary, flavor: 'redis-stack', version: stack.version } : stack === null ? null
    : options.newer ? newerServerBinary(options.newer === true ? undefined : options.newer) : undefined;
  for (const RESP of versions) {
    const title = `${name} (RESP${RESP}${binary ? `, ${binary.flavor} ${binary.version}` : ''}): ferrodis = redis@5.12.1`;
    if (binary === null) {
      describe.skip(`${title} — ${SKIP_HINT}`, () => test.todo('needs a newer server'));
      continue;
    }
    describe(title, () => {
      let server;
      const clients = {};
      beforeAll(async () => {
        server = await startRedis({ ...options.server, ...(binary ? { binary: binary.path } : {}), ...(stack ? { config: { ...options.server?.config, loadmodule: stack.config.loadmodule } } : {}) });
        for (const [lib, module] of Object.entries(LIBRARIES)) {
          const extra = typeof options.clientOptions === 'function' ? options.clientOptions(module) : options.clientOptions;
          // One connection, as node-redis has: scenarios compare what same-tick commands see,
          // in order, and a blocking command on a side connection gives that order up (that
          // path is tested in blocking.test.js).
          clients[lib] = module.createClient({ socket: { host: server.host, port: server.port }, RESP, blockingConnections: false, ...extra });
          clients[lib].on('error', () => {});
          await clients[lib].connect();
        }
      });
      afterAll(async () => {
        for (const client of Object.values(clients)) await client.quit().catch(() => {});
        await server?.stop();
      });

      test.each(Object.keys(scenarios))('%s', async (title) => {
        const results = {};
        for (const [lib, client] of Object.entries(clients)) {
          await client.flushAll();
          const seen = await outcomes(scenarios[title](client, LIBRARIES[lib]));
          results[lib] = options.normalize ? options.normalize(seen, title) : seen;
        }
        expect(results.ferrodis).toEqual(results.redis);
      });
    });
  }
}

/** Reads RESP arrays of bulk strings (what clients write) from a byte stream. */
function commandReader(onCommand) {
  let buffer = Buffer.alloc(0);
  return (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const parsed = readCommand(buffer);
      if (parsed === null) return;
      buffer = buffer.subarray(parsed.end);
      onCommand(parsed.args);
    }
  };
}

function readLine(buffer, offset) {
  const end = buffer.indexOf('\r\n', offset);
  return end === -1 ? null : { text: buffer.toString('latin1', offset, end), next: end + 2 };
}

function readCommand(buffer) {
  const header = readLine(buffer, 0);
  if (header === null) return null;
  const count = Number(header.text.slice(1));
  const args = [];
  let offset = header.next;
  for (let i = 0; i < count; i++) {
    const line = readLine(buffer, offset);
    if (line === null) return null;
    const length = Number(line.text.slice(1));
    if (buffer.length < line.next + length + 2) return null;
    args.push(buffer.toString('utf8', line.next, line.next + length));
    offset = line.next + length + 2;
  }
  return { args, end: offset };
}

// Handshake and housekeeping commands that differ between the clients by design.
const HOUSEKEEPING = new Set(['HELLO', 'AUTH', 'SELECT', 'CLIENT SETINFO', 'CLIENT SETNAME', 'QUIT', 'PING']);

/** Runs `call(client)` against a recording listener; resolves to the command arrays written. */
async function captureWire(module, call) {
  const commands = [];
  const server = net.createServer((socket) => {
    socket.on('data', commandReader((args) => {
      commands.push(args);
      socket.write('+OK\r\n');
    }));
    socket.on('error', () => {});
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const client = module.createClient({ socket: { host: '127.0.0.1', port: server.address().port, reconnectStrategy: false }, blockingConnections: false });
  client.on('error', () => {});
  try {
    await client.connect();
    await Promise.allSettled([].concat(call(client)));
  } finally {
    client.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
  return commands.filter((args) => !HOUSEKEEPING.has(args[0].toUpperCase()) && !HOUSEKEEPING.has(`${args[0]} ${args[1]}`.toUpperCase()));
}

/** One test per scenario: both clients must write the same command arrays. */
function wireDifferential(name, scenarios) {
  describe(`${name}: ferrodis writes what redis@5.12.1 writes`, () => {
    test.each(Object.keys(scenarios))('%s', async (title) => {
      const written = {};
      for (const [lib, module] of Object.entries(LIBRARIES)) written[lib] = await captureWire(module, scenarios[title]);
      expect(written.ferrodis).toEqual(written.redis);
      expect(written.redis.length).toBeGreaterThan(0);
    });
  });
}

module.exports = { differential, wireDifferential, shape, captureWire };
