'use strict';
// Server commands the test server (Redis 7.0.15) cannot run, or should not: HOTKEYS (Redis 8.6),
// REPLICAOF <host> <port>, MODULE LOAD with arguments. Both clients must write the same command
// arrays. HOTKEYS GET's RESP2 reply shaping is checked against node-redis with a listener that
// answers it with a canned reply.
const net = require('node:net');
const redis = require('redis');
const ferrodis = require('../..');
const { wireDifferential, shape } = require('../helpers/differential');

wireDifferential('server commands on the wire', {
  'hotkeysStart option forms': (c) => [
    c.hotkeysStart({ METRICS: { count: 2, CPU: true, NET: true }, COUNT: 10, DURATION: 5, SAMPLE: 2, SLOTS: { count: 2, slots: [1, 2] } }),
    c.hotkeysStart({ METRICS: { count: 1, NET: true } }), c.HOTKEYS_START({ METRICS: { count: 1, CPU: true }, COUNT: 0, SAMPLE: 1 }),
  ],
  'hotkeysGet, hotkeysStop, hotkeysReset': (c) => [c.hotkeysGet(), c.hotkeysStop(), c.hotkeysReset(), c.HOTKEYS_GET()],
  'replicaOf a host': (c) => [c.replicaOf('10.0.0.1', 6379), c.REPLICAOF('replica.example', '6380'), c.replicaOf('NO', 'ONE')],
  'moduleLoad with arguments, moduleUnload': (c) => [c.moduleLoad('/opt/m.so'), c.moduleLoad('/opt/m.so', ['a', Buffer.from('b')]), c.moduleUnload('m')],
  'configSet, configGet forms': (c) => [c.configSet('a', 'b'), c.configSet({ a: '1', b: Buffer.from('2') }), c.configGet(['a', 'b']), c.configGet('x*')],
  'latency and memory forms': (c) => [c.latencyReset(), c.latencyReset('command', 'fork'), c.latencyHistogram(), c.latencyHistogram('get', 'set'), c.memoryUsage('k', { SAMPLES: 0 }), c.memoryUsage('k', { SAMPLES: 5 })],
  'LOLWUT, bgSave, flush forms': (c) => [c.LOLWUT(), c.LOLWUT(5, 10, 2, 3), c.bgSave({ SCHEDULE: true }), c.bgSave({ SCHEDULE: false }), c.flushAll('ASYNC'), c.flushDb('SYNC')],
  'commandList, commandInfo forms': (c) => [c.commandList({ FILTERBY: { type: 'MODULE', value: 'json' } }), c.commandInfo(['get']), c.commandGetKeysAndFlags(['SET', 'k', 'v'])],
});

// ---- HOTKEYS GET reply shaping, against canned RESP2 replies ----------------------------------

const bulk = (s) => `$${Buffer.byteLength(s)}\r\n${s}\r\n`;
const int = (n) => `:${n}\r\n`;
const array = (items) => `*${items.length}\r\n${items.join('')}`;

const HOTKEYS_REPLY = array([array([
  bulk('tracking-active'), int(1), bulk('sample-ratio'), int(2), bulk('selected-slots'), array([array([int(0), int(100)]), array([int(7)])]),
  bulk('sampled-commands-selected-slots-us'), int(11), bulk('all-commands-selected-slots-us'), int(12), bulk('all-commands-all-slots-us'), int(13),
  bulk('net-bytes-sampled-commands-selected-slots'), int(21), bulk('net-bytes-all-commands-selected-slots'), int(22), bulk('net-bytes-all-commands-all-slots'), int(23),
  bulk('collection-start-time-unix-ms'), int(1700000000000), bulk('collection-duration-ms'), int(5000), bulk('total-cpu-time-sys-ms'), int(3),
  bulk('total-cpu-time-user-ms'), int(4), bulk('total-net-bytes'), int(999), bulk('by-cpu-time-us'), array([bulk('k1'), int(50), bulk('k2'), bulk('40')]),
  bulk('by-net-bytes'), array([bulk('k1'), int(700)]), bulk('a-future-field'), bulk('ignored'),
])]);

/** Counts the RESP arrays (commands) in a stream of bytes, whatever their content. */
function commandCounter(onCommand) {
  let buffer = Buffer.alloc(0);
  return (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const header = buffer.indexOf('\r\n');
      if (header === -1) return;
      let offset = header + 2;
      const args = [];
      for (let i = 0; i < Number(buffer.toString('latin1', 1, header)); i++) {
        const line = buffer.indexOf('\r\n', offset);
        if (line === -1) return;
        const end = line + 2 + Number(buffer.toString('latin1', offset + 1, line));
        if (buffer.length < end + 2) return;
        args.push(buffer.toString('utf8', line + 2, end));
        offset = end + 2;
      }
      buffer = buffer.subarray(offset);
      onCommand(args);
    }
  };
}

/** `call(client)` against a listener answering HOTKEYS GET with `reply` and the rest with +OK. */
async function withCannedHotkeys(module, reply, call) {
  const server = net.createServer((socket) => {
    socket.on('error', () => {});
    socket.on('data', commandCounter((args) => socket.write(args.join(' ').toUpperCase() === 'HOTKEYS GET' ? reply : '+OK\r\n')));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const client = module.createClient({ socket: { host: '127.0.0.1', port: server.address().port, reconnectStrategy: false } });
  client.on('error', () => {});
  try {
    await client.connect();
    return await Promise.all([].concat(call(client)).map((p) => p.then(shape, shape)));
  } finally {
    client.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('HOTKEYS GET reply (RESP2, canned): ferrodis = redis@5.12.1', () => {
  test.each([
    ['a full report', HOTKEYS_REPLY],
    ['no report (null)', '*-1\r\n'],
  ])('%s', async (_, reply) => {
    const call = (c) => [c.hotkeysGet(), c.withTypeMapping({ [redis.RESP_TYPES.BLOB_STRING]: Buffer }).hotkeysGet()];
    const [ours, theirs] = [await withCannedHotkeys(ferrodis, reply, call), await withCannedHotkeys(redis, reply, call)];
    expect(ours).toEqual(theirs);
    expect(theirs[0]?.error).toBeUndefined();
  });
});

describe('HOTKEYS START rejects bad arguments before sending', () => {
  const client = ferrodis.createClient(); // never connected: nothing may reach a socket
  test.each([
    ['without options', () => client.hotkeysStart()],
    ['with a non-integer METRICS.count', () => client.hotkeysStart({ METRICS: { count: 'x', CPU: true } })],
    ['with SLOTS.slots not an array', () => client.hotkeysStart({ METRICS: { count: 1 }, SLOTS: { count: 1, slots: 5 } })],
  ])('%s', async (_, call) => {
    await expect(call()).rejects.toThrow(TypeError);
  });
});
