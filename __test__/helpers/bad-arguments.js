'use strict';
// Bad arguments: each call must reject (never throw, never hang) with a clear error, lose none of
// the commands issued around it in the same tick, and leave the client usable.
//
//   rejectsBeforeSending('hash commands', [[title, (client) => promise, expected?], ...])
//
// `expected` is the error class (TypeError by default: rejected before anything is sent; pass
// ErrorReply for a call that reaches the server and gets its error reply).
const ferrodis = require('../..');
const { startRedis } = require('../helpers/redis-server');

// Messages that say nothing to the caller: a JS engine error from deep inside the library.
const UNCLEAR = /Cannot read propert|Cannot convert|is not a function|is not iterable|is not defined|Maximum call stack|undefined is not|null is not/;

/** Settles within `ms` or says it hangs (a bad argument must never leave a command waiting). */
function settled(promise, ms = 5000) {
  let timer;
  const hang = new Promise((resolve) => {
    timer = setTimeout(() => resolve({ status: 'hangs' }), ms);
  });
  const outcome = Promise.resolve(promise).then(
    (value) => ({ status: 'fulfilled', value }),
    (reason) => ({ status: 'rejected', reason }),
  );
  return Promise.race([outcome, hang]).finally(() => clearTimeout(timer));
}

/** A call that must return a promise: a synchronous throw is reported as such. */
function invoke(call, client) {
  try {
    const result = call(client);
    if (typeof result?.then !== 'function') return Promise.resolve({ status: 'not a promise', value: result });
    return settled(result);
  } catch (err) {
    return Promise.resolve({ status: 'threw synchronously', reason: err });
  }
}

let tick = 0;

/**
 * Runs `call` in one tick between good commands of several kinds (a write, a read, a counter, an
 * echo, a transaction) and checks each of their replies, then that the client still works.
 * Returns the bad call's rejection reason.
 */
async function badCallAmongGoodOnes(client, call, expected = TypeError) {
  const n = ++tick;
  const key = `bad-arguments:${n}`;
  const good = [
    client.set(key, `v${n}`),
    client.incr(`${key}:counter`),
  ];
  const bad = invoke(call, client);
  good.push(
    client.get(key),
    client.echo(`after ${n}`),
    client.multi().incr(`${key}:counter`).get(key).exec(),
    client.sendCommand(['ECHO', `last ${n}`]),
  );
  const outcome = await bad;
  expect({ status: outcome.status, reason: outcome.reason }).toEqual({ status: 'rejected', reason: expect.any(expected) });
  const { message } = outcome.reason;
  expect(typeof message === 'string' && message.length > 0 && !UNCLEAR.test(message) ? 'clear' : message).toBe('clear');
  expect(await Promise.all(good)).toEqual(['OK', 1, `v${n}`, `after ${n}`, [2, `v${n}`], `last ${n}`]);
  expect(client.isReady).toBe(true);
  expect(await client.ping(`usable ${n}`)).toBe(`usable ${n}`);
  return outcome.reason;
}

/** cases: [[title, (client) => promise, expected error class?], ...] */
function rejectsBeforeSending(name, cases) {
  describe(`${name} reject bad arguments before sending`, () => {
    let server;
    let client;
    beforeAll(async () => {
      server = await startRedis();
      client = ferrodis.createClient({ socket: { host: server.host, port: server.port } });
      client.on('error', () => {});
      await client.connect();
    });
    afterAll(async () => {
      await client?.quit().catch(() => {});
      await server?.stop();
    });

    // A rest parameter: with a third named one, jest would pass `done` to two-element rows.
    test.each(cases)('%s', async (...[, call, expected]) => {
      await badCallAmongGoodOnes(client, call, expected);
    });
  });
}

module.exports = { rejectsBeforeSending, badCallAmongGoodOnes, settled, UNCLEAR };
