'use strict';
/**
 * Reply integrity under a storm of killed connections: one client issues commands whose
 * replies say which command they answer, while a second connection kills it (`CLIENT KILL
 * TYPE normal SKIPME yes`) every `killEveryMs`. Every reply must reach its own command; a
 * command may be rejected (its connection died), never answered with another's reply.
 *
 *   const result = await runStorm({ createClient, options, admin, pattern, durationMs });
 *   result: { sent, ok, wrong, rejected, errors, firstWrong }
 *
 * Patterns (what the client does while the storm runs):
 *   'trickle'  3 ECHOs per setImmediate tick, never awaited (batches written as they come)
 *   'waves'    waves of 40 ECHOs, each wave awaited
 *   'flood'    20,000 ECHOs in flight, refilled as they settle
 *   'hashes'   HGETALLs of hashes whose field names repeat (the engine's known strings) and
 *              whose values name their hash, in waves of 40
 * Used by __test__/reply-integrity.test.js (short runs) and scripts/stress.js (long ones).
 */

const HASHES = 64;
const FIELDS = 24;

async function seedHashes(client) {
  const writes = [];
  for (let h = 0; h < HASHES; h++) {
    const fields = {};
    for (let f = 0; f < FIELDS; f++) fields[`field-name-${f}`] = `hash-${h}:value-${f}`;
    writes.push(client.hSet(`storm:hash:${h}`, fields));
  }
  await Promise.all(writes);
}

/** Whether an HGETALL reply is the one of hash `h`. */
function isHash(reply, h) {
  if (reply === null || typeof reply !== 'object') return false;
  const keys = Object.keys(reply);
  if (keys.length !== FIELDS) return false;
  for (let f = 0; f < FIELDS; f++) {
    if (reply[`field-name-${f}`] !== `hash-${h}:value-${f}`) return false;
  }
  return true;
}

async function runStorm({ createClient, options, admin, pattern, durationMs = 2000, killEveryMs = 20 }) {
  const client = createClient({ ...options, socket: { ...options.socket, reconnectStrategy: 1 } });
  const result = { sent: 0, ok: 0, wrong: 0, rejected: 0, errors: 0, firstWrong: undefined };
  client.on('error', () => result.errors++);
  await client.connect();
  if (pattern === 'hashes') await seedHashes(client);

  const check = (expected, matches) => (reply) => {
    if (matches(reply)) result.ok++;
    else if (result.wrong++ === 0) result.firstWrong = { expected, got: reply };
  };
  const rejected = () => {
    result.rejected++;
  };
  let n = 0;
  const echo = () => {
    const text = `storm-${n++}`;
    result.sent++;
    return client.echo(text).then(check(text, (reply) => reply === text), rejected);
  };
  const hash = () => {
    const h = n++ % HASHES;
    result.sent++;
    return client.hGetAll(`storm:hash:${h}`).then(check(`hash ${h}`, (reply) => isHash(reply, h)), rejected);
  };

  const killer = setInterval(() => {
    admin('CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes').catch(() => {});
  }, killEveryMs);
  const deadline = Date.now() + durationMs;
  try {
    switch (pattern) {
      case 'trickle':
        await new Promise((resolve) => {
          const tick = () => {
            if (Date.now() >= deadline) return resolve();
            echo();
            echo();
            echo();
            setImmediate(tick);
          };
          tick();
        });
        break;
      case 'waves':
      case 'hashes': {
        const one = pattern === 'waves' ? echo : hash;
        while (Date.now() < deadline) await Promise.all(Array.from({ length: 40 }, one));
        break;
      }
      case 'flood': {
        let inFlight = 0;
        await new Promise((resolve) => {
          const refill = () => {
            if (Date.now() >= deadline) {
              if (inFlight === 0) resolve();
              return;
            }
            while (inFlight < 20000) {
              inFlight++;
              echo().then(() => {
                inFlight--;
                if (inFlight === 10000 || inFlight === 0) setImmediate(refill);
              });
            }
          };
          refill();
        });
        break;
      }
      default:
        throw new TypeError(`unknown storm pattern ${pattern}`);
    }
  } finally {
    clearInterval(killer);
  }
  // Whatever is still in flight settles once the kills stop.
  const settled = () => result.ok + result.wrong + result.rejected === result.sent;
  for (let waited = 0; !settled() && waited < 10000; waited += 20) await new Promise((r) => setTimeout(r, 20));
  await client.disconnect();
  return result;
}

module.exports = { runStorm };
