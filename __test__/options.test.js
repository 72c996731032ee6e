'use strict';
// Every numeric option is checked at createClient: finite and in the range its use allows
// (timers up to 2^31-1 ms, the longest delay Node's setTimeout honours; ports 0-65535; database
// indexes 0-2^32-1), else a TypeError that says the range. Nothing a caller passes may reach the
// engine as a value it cannot hold (`connectTimeout: 1e300` used to abort Node).
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const { freePort } = require('./helpers/redis-server');
const { createClient } = require('..');

const TIMER_MAX = 2 ** 31 - 1;
const BAD_NUMBERS = [1e300, Infinity, -Infinity, NaN, -1, TIMER_MAX + 1];
const NOT_NUMBERS = ['100', null, true, {}, [], () => 1, Symbol('x'), 10n];

const timers = [
  ['socket.connectTimeout', (v) => ({ socket: { connectTimeout: v } }), /socket\.connectTimeout must be a number of milliseconds from 0 \(no limit\) to 2147483647, got .* instead/],
  ['connectTimeout', (v) => ({ connectTimeout: v }), /^connectTimeout must be a number of milliseconds from 0 \(no limit\) to 2147483647/],
  ['socket.socketTimeout', (v) => ({ socket: { socketTimeout: v } }), /socket\.socketTimeout must be a number of milliseconds from 0 \(none\) to 2147483647/],
  ['pingInterval', (v) => ({ pingInterval: v }), /pingInterval must be a number of milliseconds from 0 \(none\) to 2147483647/],
  ['socket.reconnectStrategy', (v) => ({ socket: { reconnectStrategy: v } }), /socket\.reconnectStrategy must be a number of milliseconds from 0 \(reconnect at once\) to 2147483647/],
];

function thrown(options) {
  try {
    createClient(options);
  } catch (err) {
    return err;
  }
  return undefined;
}

describe('timer options: 0 to 2^31-1 ms', () => {
  const rows = timers.flatMap(([name, make, message]) => BAD_NUMBERS.map((v) => [name, v, make, message]));
  test.each(rows)('%s: %p → TypeError', (_, value, make, message) => {
    const err = thrown(make(value));
    expect(err).toBeInstanceOf(TypeError);
    expect(err.message).toMatch(message);
    expect(err.message).toContain(`got ${String(value).replace('e+', 'e+')} instead`);
  });

  const wrongTypes = timers.flatMap(([name, make]) => NOT_NUMBERS.filter((v) => name !== 'socket.reconnectStrategy' || (typeof v !== 'function' && v !== null)).map((v) => [name, v, make]));
  test.each(wrongTypes)('%s: %p → TypeError', (_, value, make) => {
    expect(thrown(make(value))).toBeInstanceOf(TypeError);
  });

  test.each(timers)('%s: the bounds 0 and 2^31-1 are accepted', (_, make) => {
    for (const v of [0, 1, 0.5, TIMER_MAX]) expect(thrown(make(v))).toBeUndefined();
  });

  test('0 turns socketTimeout and pingInterval off, as in node-redis', () => {
    const client = createClient({ pingInterval: 0, socket: { socketTimeout: 0 } });
    expect(client._settings.pingInterval).toBeUndefined();
    expect(client._settings.connection.socketTimeout).toBeUndefined();
  });
});

describe('integer options', () => {
  test.each([
    ['database', (v) => ({ database: v }), [1e300, -1, 1.5, NaN, Infinity, 2 ** 32, '1'], [0, 15, 2 ** 32 - 1], 'database must be an integer from 0 to 4294967295'],
    ['commandsQueueMaxLength', (v) => ({ commandsQueueMaxLength: v }), [1e300, -1, 1.5, NaN, Infinity, '5'], [0, 1, Number.MAX_SAFE_INTEGER], 'commandsQueueMaxLength must be an integer from 0 (unbounded) to 9007199254740991'],
    ['socket.port', (v) => ({ socket: { port: v } }), [1e300, -1, 65536, 1.5, NaN, '', ' ', '0x50', '1e3', true], [0, 6379, 65535, '6380', ' 6381 ', null], 'socket.port must be an integer from 0 to 65535'],
  ])('%s', (_, make, bad, good, message) => {
    for (const v of bad) {
      const err = thrown(make(v));
      expect([v, err]).toEqual([v, expect.any(TypeError)]);
      expect(err.message).toContain(message);
    }
    for (const v of good) expect([v, thrown(make(v))]).toEqual([v, undefined]);
  });

  test('commandsQueueMaxLength 0 means unbounded, as in node-redis', () => {
    expect(createClient({ commandsQueueMaxLength: 0 })._settings.queueLimit).toBe(Infinity);
  });

  test('a string port is read as Node reads it', () => {
    expect(createClient({ socket: { port: ' 6381 ' } })._settings.connection.port).toBe(6381);
  });
});

describe('other option types that reach the engine', () => {
  test('socket.servername must be a string', () => {
    expect(thrown({ socket: { tls: true, servername: 5 } })?.message).toBe('socket.servername must be a string, got number instead');
  });

  test('noDelay, keepAlive and rejectUnauthorized are read for truthiness, as Node reads them', () => {
    const { connection } = createClient({ socket: { noDelay: 0, keepAlive: 5000, tls: true, rejectUnauthorized: 'no' } })._settings;
    expect([connection.noDelay, connection.keepAlive, connection.tls.rejectUnauthorized]).toEqual([false, true, true]);
    expect(createClient({ socket: { tls: true, rejectUnauthorized: false } })._settings.connection.tls.rejectUnauthorized).toBe(false);
  });

  test('connect() with truthy non-boolean socket flags works', async () => {
    const port = await freePort();
    const client = createClient({ socket: { port, noDelay: 'yes', keepAlive: 5000, reconnectStrategy: false } });
    const err = await client.connect().catch((e) => e);
    expect(err.code).toBe('ECONNREFUSED'); // reached the engine and tried: no conversion error
  });
});

test('the engine refuses an unrepresentable timeout with an Error instead of aborting Node', () => {
  // Straight to the bridge, past lib/options.js, in a child process: an abort must not take
  // the jest worker with it.
  const script = `
    const native = require(${JSON.stringify(path.join(__dirname, '..', 'lib', 'native'))});
    const out = [];
    for (const [name, v] of [['connectTimeout', 1e300], ['connectTimeout', Infinity], ['socketTimeout', NaN], ['socketTimeout', -1]]) {
      try {
        native.open({ host: '127.0.0.1', port: 1, [name]: v, handshake: Buffer.alloc(0), handshakeCount: 0, offlineQueue: true }, () => {});
        out.push('opened');
      } catch (err) {
        out.push(err.message);
      }
    }
    console.log(JSON.stringify(out));`;
  const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
  expect(out).toEqual([
    'connectTimeout must be a non-negative, finite number of milliseconds, got 1e300',
    'connectTimeout must be a non-negative, finite number of milliseconds, got inf',
    'socketTimeout must be a non-negative, finite number of milliseconds, got NaN',
    'socketTimeout must be a non-negative, finite number of milliseconds, got -1.0',
  ]);
});

describe('a reconnect strategy returning a number no timer can wait', () => {
  // node-redis hands any number to setTimeout, which waits 1 ms instead (a reconnect storm with
  // a TimeoutOverflowWarning each time). Here it is a wrong answer: the TypeError is emitted and
  // the default strategy applies, as for any other wrong answer.
  test.each([1e300, Infinity, -1, NaN, TIMER_MAX + 1])('%p', async (value) => {
    const port = await freePort();
    const warnings = [];
    const onWarning = (w) => warnings.push(w);
    process.on('warning', onWarning);
    const returned = [];
    const client = createClient({
      socket: {
        port,
        reconnectStrategy: (retries) => {
          const answer = retries === 0 ? value : false;
          returned.push(answer);
          return answer;
        },
      },
    });
    const errors = [];
    client.on('error', (err) => errors.push(err));
    const err = await client.connect().catch((e) => e);
    process.off('warning', onWarning);
    expect(err.code).toBe('ECONNREFUSED');
    expect(returned).toEqual([value, false]); // the default delay, then one more try
    const typeErrors = errors.filter((e) => e instanceof TypeError);
    expect(typeErrors.map((e) => e.message)).toEqual([
      `Reconnect strategy should return \`false | Error | number\` (a number of milliseconds from 0 to 2147483647), got ${value} instead`,
    ]);
    expect(warnings).toEqual([]);
  });

  test('a Symbol or a null-prototype object is reported, not thrown out of the engine callback', async () => {
    for (const value of [Symbol('soon'), Object.create(null)]) {
      const port = await freePort();
      const client = createClient({ socket: { port, reconnectStrategy: (retries) => (retries === 0 ? value : false) } });
      const errors = [];
      client.on('error', (err) => errors.push(err));
      const err = await client.connect().catch((e) => e);
      expect(err.code).toBe('ECONNREFUSED');
      expect(errors.filter((e) => e instanceof TypeError).map((e) => e.message)).toEqual([
        expect.stringMatching(/^Reconnect strategy should return `false \| Error \| number`, got (Symbol\(soon\)|object) instead$/),
      ]);
    }
  });
});

describe('URLs with credentials and no host, as node-redis reads them', () => {
  const redis = require('redis');
  const outcome = (lib, url) => {
    try {
      const client = lib.createClient({ url });
      return { host: client.options.socket.host || undefined, username: client.options.username, password: client.options.password };
    } catch (err) {
      return { error: err.constructor.name, message: err.message };
    }
  };
  test.each([
    'redis://:@', 'redis://@', 'rediss://:@', 'redis://:@/3', 'redis://@/3', 'redis://:@?x', 'redis://:pass@', 'redis://user@',
    'redis://user:pass@', 'redis://:@:6379', 'redis://:@host', 'redis://@host', 'redis://user:@host', 'redis://:pass@host', 'redis://',
  ])('%s', (url) => {
    expect(outcome(require('..'), url)).toEqual(outcome(redis, url));
  });
});
