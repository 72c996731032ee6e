'use strict';
// What the client does when the server misbehaves: garbage, impossible lengths, huge announced
// values, deep nesting, replies in drips, a close mid-reply, attributes, stray pushes and
// replies, odd HELLO replies, silence. The peer is a scripted fake server
// (helpers/fake-server.js), a real socket. Every case checks that the failure is reported
// clearly (the command's rejection and/or the 'error' event), that the client reconnects and
// works again, that nothing reaches the process as an uncaught exception, and, where the case
// is about size, that memory stays bounded.

const { spawn } = require('node:child_process');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');
const { createClient, ConnectionTimeoutError, SocketClosedUnexpectedlyError, SocketTimeoutError, ErrorReply } = require('..');
const { startFakeServer, NORMAL, SILENT, answering } = require('./helpers/fake-server');
const { startBlackhole } = require('./helpers/redis-server');

// Jest gives a test file its own copy of `process`, whose listeners never hear of uncaught
// exceptions; the real one is the global of Node's own context.
const realProcess = vm.runInThisContext('process');

const MiB = 1024 * 1024;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const settle = (promise) => promise.then((value) => ({ value }), (error) => ({ error }));

let server; // the file's fake server on TCP; tests switch its script with server.use()
let unixServer; // the same on a UNIX socket

beforeAll(async () => {
  server = await startFakeServer();
  unixServer = await startFakeServer({ path: path.join(os.tmpdir(), `ferrodis-hostile-${process.pid}.sock`) });
});

afterAll(async () => {
  await server?.close();
  await unixServer?.close();
});

const clients = new Set();

/** A test body run with a spy on the real process' 'uncaughtException' (it must stay
 *  uncalled), and everything it opened closed afterwards. */
function guarded(body) {
  return async (...args) => {
    const uncaught = jest.fn();
    realProcess.on('uncaughtException', uncaught);
    try {
      await body(...args);
      await sleep(10); // an error thrown from a nextTick lands by now
      expect(uncaught).not.toHaveBeenCalled();
    } finally {
      realProcess.off('uncaughtException', uncaught);
      for (const client of clients) {
        try {
          client.destroy();
        } catch {
          // already closed
        }
      }
      clients.clear();
      await sleep(20); // a connection under way when its client was destroyed arrives by now
      for (const fake of [server, unixServer]) {
        fake.dropAll();
        fake.use(NORMAL);
        fake.data.clear();
      }
    }
  };
}

/** A client of `target` (the fake server by default) that records its events; `listen: false`
 *  leaves it without an 'error' listener. */
function hostileClient(options = {}, { target = server, listen = true } = {}) {
  const client = createClient({ ...options, socket: { ...target.socket, ...options.socket } });
  const errors = [];
  const events = [];
  if (listen) {
    client.on('error', (error) => {
      errors.push(error);
      events.push(`error:${error.constructor.name}`);
    });
  }
  for (const event of ['connect', 'ready', 'reconnecting', 'end']) client.on(event, () => events.push(event));
  clients.add(client);
  return { client, errors, events };
}

async function until(condition, what, timeout = 3000) {
  const deadline = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** The client reconnected (a new connection, which the script serves normally) and works. */
async function expectRecovery(client, target = server) {
  await until(() => client.isReady, 'the client to be ready again');
  expect(target.accepted).toBeGreaterThanOrEqual(2);
  await expect(client.set('recovered', 'yes')).resolves.toBe('OK');
  await expect(client.get('recovered')).resolves.toBe('yes');
}

/** A protocol error: an Error whose message says it is one, and what was wrong. */
function expectProtocolError(error, detail = /./) {
  expect(error).toBeInstanceOf(Error);
  expect(error.message).toMatch(/^Protocol error: /);
  expect(error.message).toMatch(detail);
}

/** How much the process grew since `before` (a process.memoryUsage()). */
function growth(before) {
  const now = process.memoryUsage();
  return { rss: now.rss - before.rss, external: now.external - before.external };
}

/** Depth and innermost value of nested one-element arrays, walked without recursion (and so
 *  that a deep value is never handed to expect(), which would recurse). */
function nesting(value) {
  let depth = 0;
  while (Array.isArray(value) && value.length === 1) {
    value = value[0];
    depth++;
  }
  return { depth, bottom: value };
}

/** A fake server's script: the commands named `name` get `bytes` as their reply. */
const replyingTo = (name, bytes) => answering(name, (args, peer) => peer.send(bytes));

/** `count` bytes of a fixed pseudo-random sequence (the same on every run). */
function noise(count, seed = 12345) {
  const bytes = Buffer.alloc(count);
  let state = seed;
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = state >>> 16;
  }
  return bytes;
}

/** A wrong reply to GET: the command rejects with a protocol error saying `detail`, the same
 *  error is emitted, and the client reconnects. */
async function expectGetFailsThenRecovery(hostileBytes, detail, options = {}, target = server) {
  target.use(replyingTo('GET', hostileBytes), NORMAL);
  const { client, errors } = hostileClient(options, { target });
  await client.connect();
  const { error } = await settle(client.get('key'));
  expectProtocolError(error, detail);
  await until(() => errors.length > 0, "the 'error' event");
  expect(errors[0].message).toBe(error.message);
  await expectRecovery(client, target);
}

// A random binary reply, from a byte that is no RESP type on.
const BINARY = Buffer.concat([Buffer.from([0xfe]), noise(255)]);


describe('1. garbage instead of a reply', () => {
  test.each([
    ['?x', '?x\r\n', /unknown RESP type byte 0x3f '\?'/],
    ['a bare CRLF', '\r\n', /unknown RESP type byte 0x0d/],
    ['random binary', BINARY, /unknown RESP type byte 0xfe/],
    ['garbage inside an array', '*2\r\n:1\r\n?x\r\n', /unknown RESP type byte 0x3f/],
    ['a CR not followed by LF', '+OK\rX\n', /expected LF after CR/],
  ])('%s: protocol error, then recovery (RESP2 and RESP3)', guarded(async (_, bytes, detail) => {
    await expectGetFailsThenRecovery(bytes, detail, { RESP: 2 });
    server.use(NORMAL);
    await expectGetFailsThenRecovery(bytes, detail, { RESP: 3 });
  }));

  test('over a UNIX socket', guarded(async () => {
    await expectGetFailsThenRecovery('?x\r\n', /unknown RESP type byte 0x3f/, {}, unixServer);
  }));

  test('as the reply to a handshake command: the attempt fails, the next one succeeds', guarded(async () => {
    server.use(replyingTo('CLIENT', '?x\r\n'), NORMAL);
    const { client, errors } = hostileClient();
    await client.connect(); // resolves once a connection is ready: the second one
    expect(errors).toHaveLength(1);
    expectProtocolError(errors[0], /unknown RESP type byte 0x3f/);
    await expectRecovery(client);
  }));
});

describe('2. impossible lengths', () => {
  test.each([
    ['a negative bulk length', '$-5\r\n', /invalid length in RESP '\$' header "-5"/],
    ['a negative array length', '*-7\r\n', /invalid length in RESP '\*' header "-7"/],
    ['a negative map length', '%-1\r\n', /invalid length in RESP '%' header "-1"/],
    ['a length with junk', '$1x\r\n', /invalid length in RESP '\$' header "1x"/],
    ['an empty length', '$\r\n', /empty length/],
    ['a bulk length that overflows', '$99999999999999999999\r\n', /length|limit|larger/i],
    ['an array length that overflows', '*18446744073709551616\r\n', /length|limit|larger/i],
    ['a bulk string longer than announced', '$3\r\nabcd\r\n', /string of 3 bytes is not followed by CRLF/],
    ['an integer with junk', ':--1\r\n', /malformed value in RESP ':' header "--1"/],
  ])('%s: protocol error, then recovery', guarded(async (_, bytes, detail) => {
    await expectGetFailsThenRecovery(bytes, detail);
  }));
});

describe('3. a huge announced length', () => {
  // A parser may reject these at once (a bulk length limit) or wait for the value: either way
  // it must not reserve memory for what was only announced, and once the server goes away
  // the client reconnects.
  test.each([
    ['$4294967295 then 3 bytes', '$4294967295\r\nabc'],
    ['$600000000 (600 MB) then 1 MiB of it', Buffer.concat([Buffer.from('$600000000\r\n'), Buffer.alloc(MiB, 'a')])],
    ['*4294967295 then 2 elements', '*4294967295\r\n:1\r\n:2\r\n'],
  ])('%s, then silence: memory stays bounded, then recovery', guarded(async (_, bytes) => {
    server.use(replyingTo('GET', bytes), NORMAL);
    const { client, errors } = hostileClient();
    await client.connect();
    const before = process.memoryUsage();
    let settled = false;
    const reply = settle(client.get('key')).finally(() => (settled = true));
    await sleep(300);
    const grown = growth(before);
    expect(grown.rss).toBeLessThan(64 * MiB);
    expect(grown.external).toBeLessThan(16 * MiB);
    // Still waiting for the value (no limit refused it at once): the server goes away. (One
    // that refused it has reconnected already, to a connection that must stay.)
    if (!settled) server.dropAll();
    const { error } = await reply;
    expect(error.message).toMatch(/^(Socket closed unexpectedly|Protocol error: )/);
    if (!error.message.startsWith('Protocol')) expect(error).toBeInstanceOf(SocketClosedUnexpectedlyError);
    await until(() => errors.length > 0, "the 'error' event");
    await expectRecovery(client);
  }));
});

describe('4. deep nesting', () => {
  const DEEP = 100000;

  test.each([2, 3])('100,000 nested arrays: no crash, the command settles, then recovery (RESP%d)', guarded(async (RESP) => {
    server.use(replyingTo('GET', `${'*1\r\n'.repeat(DEEP)}:1\r\n`), NORMAL);
    const { client, errors } = hostileClient({ RESP });
    await client.connect();
    const { value, error } = await settle(client.sendCommand(['GET', 'key']));
    if (error === undefined) {
      expect(nesting(value)).toEqual({ depth: DEEP, bottom: 1 });
      await expect(client.ping()).resolves.toBe('PONG');
    } else {
      expect(error).toBeInstanceOf(Error);
      await until(() => errors.length > 0, "the 'error' event");
      await expectRecovery(client);
    }
  }));

  test('100,000 nested array headers, then silence: memory stays bounded, then recovery', guarded(async () => {
    server.use(replyingTo('GET', '*1\r\n'.repeat(DEEP)), NORMAL);
    const { client, errors } = hostileClient();
    await client.connect();
    const before = process.memoryUsage();
    let settled = false;
    const reply = settle(client.get('key')).finally(() => (settled = true));
    await sleep(200);
    expect(growth(before).rss).toBeLessThan(64 * MiB);
    if (!settled) server.dropAll(); // as above
    const { error } = await reply;
    expect(error.message).toMatch(/^(Socket closed unexpectedly|Protocol error: )/);
    await until(() => errors.length > 0, "the 'error' event");
    await expectRecovery(client);
  }));

  // The engine refuses more than 10,000 levels (MAX_DEPTH) with a protocol error that says so.
  test('100,000 nested arrays: a correct value or a clear protocol error', guarded(async () => {
    server.use(replyingTo('GET', `${'*1\r\n'.repeat(DEEP)}:1\r\n`), NORMAL);
    const { client } = hostileClient();
    await client.connect();
    const { value, error } = await settle(client.sendCommand(['GET', 'key']));
    if (error === undefined) expect(nesting(value)).toEqual({ depth: DEEP, bottom: 1 });
    else expectProtocolError(error, /nest|deep|depth/i);
  }));

  // Past 200 levels the JS decoder builds values without recursion; up to the engine's cap
  // (10,000 levels) a reply is a value.
  test.each([3000, 10000])('a valid reply %d levels deep decodes to the nested array', guarded(async (depth) => {
    server.use(replyingTo('GET', `${'*1\r\n'.repeat(depth)}:1\r\n`), NORMAL);
    const { client } = hostileClient();
    await client.connect();
    const { value, error } = await settle(client.sendCommand(['GET', 'key']));
    expect(error?.message).toBeUndefined();
    expect(nesting(value)).toEqual({ depth, bottom: 1 });
  }));
});

describe('5. a reply dripped in pieces decodes as if it came whole', () => {
  const REPLY = '*4\r\n$5\r\nhello\r\n:42\r\n*2\r\n+a\r\n$-1\r\n$0\r\n\r\n';
  const VALUE = ['hello', 42, ['a', null], ''];

  test.each([
    ['one byte at a time', 2, {}],
    ['one byte at a time', 3, {}],
    ['one byte at a time, read by the engine thread (socketTimeout)', 2, { socketTimeout: 5000 }],
    ['in random pieces', 2, {}],
  ])('%s (RESP%d)', guarded(async (how, RESP, socket) => {
    const pieces = how.startsWith('one') ? 1 : 'random';
    server.use(answering('GET', (args, peer) => peer.drip(REPLY, { pieces, delay: 0 })));
    const { client, errors } = hostileClient({ RESP, socket });
    await client.connect();
    await expect(client.sendCommand(['GET', 'key'])).resolves.toEqual(VALUE);
    await expect(client.ping()).resolves.toBe('PONG');
    expect(errors).toEqual([]);
    expect(server.accepted).toBe(1);
  }));

  test('RESP3 types and the HELLO handshake, one byte at a time', guarded(async () => {
    server.use({
      command(args, peer) {
        const reply = args[0] === 'GET' ? '%3\r\n+a\r\n,1.5\r\n+b\r\n#t\r\n+c\r\n~2\r\n(12345678901234567890\r\n_\r\n' : peer.answer(args);
        peer.drip(reply, { delay: 0 });
        return true;
      },
    });
    const { client, errors } = hostileClient({ RESP: 3 });
    await client.connect();
    const reply = await client.sendCommand(['GET', 'key']);
    expect({ ...reply }).toEqual({ a: 1.5, b: true, c: [12345678901234567890n, null] });
    expect(errors).toEqual([]);
  }));

  test('twenty pipelined replies (short strings, a long array, a 20 KiB string) in random pieces', guarded(async () => {
    const values = Array.from({ length: 18 }, (_, i) => `value-of-key-${String(i).padStart(3, '0')}`);
    const array = Array.from({ length: 20 }, (_, i) => `element-${i}`);
    const large = 'L'.repeat(20 * 1024);
    const bulk = (text) => `$${text.length}\r\n${text}\r\n`;
    const wire = values.map(bulk).join('') + `*${array.length}\r\n${array.map(bulk).join('')}` + bulk(large);
    let gets = 0;
    server.use(answering('GET', (args, peer) => {
      if (++gets === 20) peer.drip(wire, { pieces: () => 1 + Math.floor(Math.random() * 700), delay: 0 });
    }));
    const { client, errors } = hostileClient();
    await client.connect();
    const replies = await Promise.all(Array.from({ length: 20 }, (_, i) => client.sendCommand(['GET', `k${i}`])));
    expect(replies).toEqual([...values, array, large]);
    expect(errors).toEqual([]);
  }));
});

describe('6. the server closes the connection mid-reply', () => {
  test.each([2, 3])('after half a bulk string: SocketClosedUnexpectedlyError, then recovery (RESP%d)', guarded(async (RESP) => {
    server.use(answering('GET', async (args, peer) => {
      await peer.send('$10\r\nhello');
      peer.end();
    }), NORMAL);
    const { client, errors } = hostileClient({ RESP });
    await client.connect();
    const { error } = await settle(client.get('key'));
    expect(error).toBeInstanceOf(SocketClosedUnexpectedlyError);
    await until(() => errors.length > 0, "the 'error' event");
    expect(errors[0]).toBeInstanceOf(SocketClosedUnexpectedlyError);
    await expectRecovery(client);
  }));

  test('in a pipeline: the answered command resolves, the others reject', guarded(async () => {
    let gets = 0;
    server.use(answering('GET', async (args, peer) => {
      if (++gets < 3) return;
      await peer.send('$5\r\nfirst\r\n$10\r\nhel');
      peer.end();
    }), NORMAL);
    const { client } = hostileClient();
    await client.connect();
    const replies = await Promise.all(['a', 'b', 'c'].map((key) => settle(client.get(key))));
    expect(replies[0]).toEqual({ value: 'first' });
    expect(replies[1].error).toBeInstanceOf(SocketClosedUnexpectedlyError);
    expect(replies[2].error).toBeInstanceOf(SocketClosedUnexpectedlyError);
    await expectRecovery(client);
  }));

  test('reset (RST) mid-reply: the command rejects, then recovery', guarded(async () => {
    server.use(answering('GET', async (args, peer) => {
      await peer.send('*2\r\n$1\r\na\r\n');
      await sleep(20);
      peer.socket.resetAndDestroy();
    }), NORMAL);
    const { client } = hostileClient();
    await client.connect();
    const { error } = await settle(client.get('key'));
    expect(error.message).toMatch(/^(Socket closed unexpectedly|read ECONNRESET)$/);
    await expectRecovery(client);
  }));
});

describe('7. RESP3 attributes are dropped and the value they annotate arrives', () => {
  test.each([
    ['before a reply', 2, '|1\r\n+key\r\n+value\r\n$1\r\nv\r\n', 'v'],
    ['before a reply', 3, '|1\r\n+key\r\n+value\r\n$1\r\nv\r\n', 'v'],
    ['inside an array', 3, '*2\r\n|1\r\n+key\r\n+value\r\n:1\r\n:2\r\n', [1, 2]],
    ['holding an aggregate', 3, '|1\r\n+key\r\n*2\r\n:1\r\n:2\r\n+OK\r\n', 'OK'],
    ['empty', 3, '|0\r\n:7\r\n', 7],
  ])('%s (RESP%d)', guarded(async (_, RESP, bytes, expected) => {
    server.use(replyingTo('GET', bytes));
    const { client, errors } = hostileClient({ RESP });
    await client.connect();
    await expect(client.sendCommand(['GET', 'key'])).resolves.toEqual(expected);
    await expect(client.ping()).resolves.toBe('PONG');
    expect(errors).toEqual([]);
    expect(server.accepted).toBe(1);
  }));

  test('dripped one byte at a time', guarded(async () => {
    server.use(answering('GET', (args, peer) => peer.drip('|1\r\n+key\r\n+value\r\n$1\r\nv\r\n', { delay: 0 })));
    const { client } = hostileClient({ RESP: 3 });
    await client.connect();
    await expect(client.get('key')).resolves.toBe('v');
  }));
});

describe('8. pushes are out-of-band, whatever the protocol', () => {
  test.each([2, 3])('a push before a reply does not answer the command (RESP%d)', guarded(async (RESP) => {
    server.use(replyingTo('GET', '>2\r\n+a\r\n+b\r\n$1\r\nv\r\n'));
    const { client, errors } = hostileClient({ RESP });
    await client.connect();
    await expect(client.get('key')).resolves.toBe('v');
    await expect(client.ping()).resolves.toBe('PONG');
    expect(errors).toEqual([]);
    expect(server.accepted).toBe(1);
  }));

  test.each([2, 3])('a push while no command waits is no protocol error (RESP%d)', guarded(async (RESP) => {
    const { client, errors } = hostileClient({ RESP });
    await client.connect();
    await server.peers[0].send('>3\r\n$7\r\nmessage\r\n$2\r\nch\r\n$2\r\nhi\r\n');
    await sleep(50);
    await expect(client.ping()).resolves.toBe('PONG');
    expect(errors).toEqual([]);
    expect(server.accepted).toBe(1);
  }));
});

describe('9. a reply nobody asked for', () => {
  test.each([2, 3])('right after the last reply: the reply stands, a protocol error drops the connection, then recovery (RESP%d)', guarded(async (RESP) => {
    server.use(replyingTo('GET', '$1\r\nv\r\n+OK\r\n'), NORMAL);
    const { client, errors } = hostileClient({ RESP });
    await client.connect();
    await expect(client.get('key')).resolves.toBe('v');
    await until(() => errors.length > 0, "the 'error' event");
    expectProtocolError(errors[0], /no command was waiting/);
    await expectRecovery(client);
  }));

  test('later, while no command waits: protocol error, then recovery', guarded(async () => {
    const { client, errors } = hostileClient();
    await client.connect();
    server.use(NORMAL); // the reconnection is a new connection, served normally
    await server.peers[0].send(':1\r\n');
    await until(() => errors.length > 0, "the 'error' event");
    expectProtocolError(errors[0], /no command was waiting/);
    await until(() => client.isReady, 'the reconnection');
    await expect(client.get('missing')).resolves.toBe(null);
  }));

  test('in the middle of pipelined replies: each command gets its own reply, the extra one drops the connection', guarded(async () => {
    let gets = 0;
    server.use(answering('GET', (args, peer) => {
      if (++gets === 3) peer.send('$1\r\na\r\n$1\r\nb\r\n$1\r\nc\r\n$5\r\nextra\r\n');
    }), NORMAL);
    const { client, errors } = hostileClient();
    await client.connect();
    await expect(Promise.all([client.get('a'), client.get('b'), client.get('c')])).resolves.toEqual(['a', 'b', 'c']);
    await until(() => errors.length > 0, "the 'error' event");
    expectProtocolError(errors[0], /no command was waiting/);
    await expectRecovery(client);
  }));
});

describe('10. HELLO 3 answered with something that is not a map', () => {
  // The handshake checks that HELLO did not fail, not what its reply holds (node-redis ignores
  // it too): any other reply completes the handshake, and the connection is used as is.
  test.each([
    ['+OK', '+OK\r\n'],
    ['an integer', ':1\r\n'],
    ['an empty array', '*0\r\n'],
  ])('%s: the handshake completes and commands work', guarded(async (_, bytes) => {
    server.data.set('key', 'value');
    server.use(replyingTo('HELLO', bytes));
    const { client, errors } = hostileClient({ RESP: 3 });
    await client.connect();
    await expect(client.get('key')).resolves.toBe('value');
    expect(errors).toEqual([]);
    expect(server.peers[0].commands[0]).toEqual(['HELLO', '3']);
  }));

  test('an error (a server without RESP3): connect() rejects with the server\'s error; with a listener, the error is emitted and the client retries', guarded(async () => {
    const refusal = '-ERR unknown command \'HELLO\', with args beginning with: \'3\'\r\n';
    server.use(replyingTo('HELLO', refusal));
    const bare = hostileClient({ RESP: 3 }, { listen: false });
    const { error } = await settle(bare.client.connect());
    expect(error).toBeInstanceOf(ErrorReply);
    expect(error.message).toBe("ERR unknown command 'HELLO', with args beginning with: '3'");
    expect(bare.client.isOpen).toBe(false);

    server.use(replyingTo('HELLO', refusal), NORMAL);
    const { client, errors } = hostileClient({ RESP: 3 });
    await client.connect();
    expect(errors.map((e) => e.message)).toEqual([error.message]);
    await expectRecovery(client);
  }));

  test('garbage: the attempt fails with a protocol error, then recovery', guarded(async () => {
    server.use(replyingTo('HELLO', '%x\r\n'), NORMAL);
    const { client, errors } = hostileClient({ RESP: 3 });
    await client.connect();
    expectProtocolError(errors[0], /invalid length in RESP '%' header "x"/);
    await expectRecovery(client);
  }));
});

describe('11. a server that accepts and never answers: connectTimeout bounds the whole attempt', () => {
  test('connect() rejects with ConnectionTimeoutError in about 1 s (no listener), with or without socketTimeout, RESP2 or RESP3', guarded(async () => {
    const blackhole = await startBlackhole();
    try {
      const started = Date.now();
      const outcomes = await Promise.all([{}, { socket: { socketTimeout: 1000 } }, { RESP: 3 }].map(async (options) => {
        const { client } = hostileClient({ ...options, connectTimeout: 1000 }, { target: { socket: { host: blackhole.host, port: blackhole.port } }, listen: false });
        const { error } = await settle(client.connect());
        return { error, elapsed: Date.now() - started, isOpen: client.isOpen };
      }));
      for (const { error, elapsed, isOpen } of outcomes) {
        expect(error).toBeInstanceOf(ConnectionTimeoutError);
        expect(elapsed).toBeGreaterThanOrEqual(900);
        expect(elapsed).toBeLessThan(1800);
        expect(isOpen).toBe(false);
      }
    } finally {
      await blackhole.close();
    }
  }));

  test.each([
    ['', {}],
    [' and socketTimeout', { socketTimeout: 1000 }],
  ])('with a listener%s: the error is emitted in about 1 s and the next attempt succeeds', guarded(async (_, socket) => {
    server.use(SILENT, NORMAL);
    const { client, errors } = hostileClient({ connectTimeout: 1000, socket });
    const started = Date.now();
    const connected = client.connect();
    await until(() => errors.length > 0, "the 'error' event");
    const elapsed = Date.now() - started;
    expect(errors[0]).toBeInstanceOf(ConnectionTimeoutError);
    expect(elapsed).toBeGreaterThanOrEqual(900);
    expect(elapsed).toBeLessThan(1800);
    await connected;
    await expectRecovery(client);
  }));
});

describe('12. a server that answers, then goes silent without closing', () => {
  /** Answers the first GET, then nothing more on that connection. */
  const silentAfterOneGet = () => {
    let gets = 0;
    return { command: (args) => (args[0] === 'GET' && ++gets > 1 ? true : undefined) };
  };

  test('socketTimeout: SocketTimeoutError; the default strategy does not reconnect (as documented), connect() does', guarded(async () => {
    server.use(silentAfterOneGet(), NORMAL);
    const { client, errors, events } = hostileClient({ socket: { socketTimeout: 500 } });
    await client.connect();
    await expect(client.get('key')).resolves.toBe(null);
    const { error } = await settle(client.get('key'));
    expect(error).toBeInstanceOf(SocketTimeoutError);
    expect(error.message).toBe("Socket timeout timeout. Expecting data, but didn't receive any in 500ms.");
    expect(errors).toEqual([error]);
    await sleep(100);
    expect(events).not.toContain('reconnecting');
    expect(client.isOpen).toBe(false);
    expect(client.isReady).toBe(false);
    await client.connect();
    await expectRecovery(client);
  }));

  test('socketTimeout with a reconnect strategy: SocketTimeoutError, then the client reconnects by itself', guarded(async () => {
    server.use(silentAfterOneGet(), NORMAL);
    const { client, errors, events } = hostileClient({ socket: { socketTimeout: 500, reconnectStrategy: () => 50 } });
    await client.connect();
    await client.get('key');
    const { error } = await settle(client.get('key'));
    expect(error).toBeInstanceOf(SocketTimeoutError);
    await until(() => events.includes('reconnecting'), 'a reconnection');
    expect(errors).toEqual([error]);
    await expectRecovery(client);
  }));
});

describe('13. a flood of pushes while JS is busy', () => {
  // The flooding server runs in a child process, so that it keeps writing while this thread is
  // busy: 64 MiB of pushes after its reply to GET, then "done" on its stdout. A connection
  // read by the JS thread is not read while JS is busy (the kernel's buffers fill and TCP stops
  // the server); one read by the engine thread (socketTimeout) is read up to a backlog limit.
  const FLOOD = 64 * MiB;
  const FLOODER = `
    const { startFakeServer, answering } = require(${JSON.stringify(path.join(__dirname, 'helpers', 'fake-server.js'))});
    startFakeServer().then((server) => {
      const pushes = Buffer.from('>3\r\n$7\r\nmessage\r\n$2\r\nch\r\n$5\r\nhello\r\n'.repeat(2048));
      server.use(answering('GET', async (args, peer) => {
        await peer.send('$1\r\nv\r\n');
        for (let sent = 0; sent < ${FLOOD} && !peer.socket.destroyed; sent += pushes.length) await peer.send(pushes);
        console.log('done');
      }));
      console.log(server.port);
    });`.replace(/\r\n/g, '\\r\\n');

  /** Watches the event loop: the longest time between two turns, and the peak RSS growth. */
  function watchLoop(before) {
    let last = Date.now();
    let longestGap = 0;
    let peakGrowth = 0;
    const sample = () => {
      const now = Date.now();
      longestGap = Math.max(longestGap, now - last);
      peakGrowth = Math.max(peakGrowth, growth(before).rss);
      last = now;
    };
    const timer = setInterval(sample, 10);
    return () => {
      clearInterval(timer);
      sample();
      return { longestGap, peakGrowth };
    };
  }

  async function flood(socket) {
    const flooder = spawn(process.execPath, ['-e', FLOODER], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const lines = [];
      let nextLine;
      flooder.stdout.setEncoding('utf8').on('data', (text) => {
        lines.push(...text.split('\n').filter(Boolean));
        nextLine?.();
      });
      const line = async () => {
        while (lines.length === 0) await new Promise((resolve) => (nextLine = resolve));
        return lines.shift();
      };
      const port = Number(await line());
      const { client, errors } = hostileClient({ socket: { ...socket, host: '127.0.0.1', port } }, { target: { socket: {} } });
      await client.connect();
      const before = process.memoryUsage();
      await expect(client.get('key')).resolves.toBe('v');
      const busyUntil = Date.now() + 600;
      while (Date.now() < busyUntil); // JS is busy; the server floods
      const stop = watchLoop(before);
      expect(await line()).toBe('done');
      await expect(client.ping()).resolves.toBe('PONG'); // its reply comes after the whole flood
      const watched = stop();
      expect(errors).toEqual([]);
      return watched;
    } finally {
      flooder.kill();
    }
  }

  test('read by the JS thread: memory stays bounded and the event loop keeps turning', guarded(async () => {
    const { longestGap, peakGrowth } = await flood({});
    expect(peakGrowth).toBeLessThan(256 * MiB);
    expect(longestGap).toBeLessThan(250);
  }), 20000);

  // The engine reads ahead at most BACKLOG_LIMIT (4 MiB) while JS has not taken its records, and
  // JS drains such a connection once per turn of the event loop.
  test('read by the engine thread (socketTimeout): memory stays bounded and the event loop keeps turning', guarded(async () => {
    const { longestGap, peakGrowth } = await flood({ socketTimeout: 10000 });
    expect(peakGrowth).toBeLessThan(256 * MiB);
    expect(longestGap).toBeLessThan(250);
  }), 20000);
});

describe('14. a reply to a command that was not (fully) written', () => {
  test('on accept, before any command (no handshake): protocol error, then recovery', guarded(async () => {
    server.use({ accept: (peer) => peer.send('+OK\r\n') }, NORMAL);
    const { client, errors } = hostileClient({ disableClientInfo: true });
    await client.connect();
    await until(() => errors.length > 0, "the 'error' event");
    expectProtocolError(errors[0], /no command was waiting/);
    await expectRecovery(client);
  }));

  // Bytes that arrive with the handshake's last reply are parsed when the connection is handed
  // over, before any command: a reply there answers nothing.
  test.each([
    ['CLIENT SETINFO', {}, (args) => args[0] === 'CLIENT' && args[2] === 'LIB-VER'],
    ['HELLO 3', { RESP: 3, disableClientInfo: true }, (args) => args[0] === 'HELLO'],
  ])('with the last handshake reply (%s): protocol error, and no command gets it as its reply', guarded(async (_, options, isLast) => {
    server.data.set('key', 'value');
    server.use({
      command(args, peer) {
        if (!isLast(args)) return undefined;
        peer.send(Buffer.concat([Buffer.from(peer.answer(args), 'latin1'), Buffer.from('+OK\r\n')]));
        return true;
      },
    }, NORMAL);
    const { client, errors } = hostileClient(options);
    await client.connect();
    await sleep(50);
    const { value } = await settle(client.get('key'));
    expect(value).not.toBe('OK');
    expectProtocolError(errors[0], /no command was waiting/);
    await expectRecovery(client);
  }));

  // A command can only be answered once written whole: a reply that began to arrive before
  // that answers nothing.
  test('while the command is still being written: protocol error', guarded(async () => {
    let armed = false;
    server.use({
      command(args, peer) {
        if (args[0] !== 'PING' || armed) return undefined;
        armed = true;
        peer.reply(args);
        peer.socket.once('data', () => peer.send('+OK\r\n')); // at the first bytes of the SET
        return true;
      },
    }, NORMAL);
    const { client } = hostileClient();
    await client.connect();
    await client.ping();
    const { error } = await settle(client.set('big', 'x'.repeat(16 * MiB)));
    expectProtocolError(error);
  }));
});
