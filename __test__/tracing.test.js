'use strict';
// diagnostics_channel, as node-redis 5.12.1 publishes it (its `CHANNELS`): the same channels,
// phases and payloads for the same calls — connect, commands, a failing command, sendCommand, a
// transaction, a close — recorded for both clients against one server and compared (client ids
// checked for their form, times for being times). And nothing is published without subscribers.
const dc = require('node:diagnostics_channel');
const ferrodis = require('..');
const redis = require('redis');
const { startRedis } = require('./helpers/redis-server');

jest.setTimeout(20000);

let server;

beforeAll(async () => {
  server = await startRedis();
});

afterAll(async () => {
  await server?.stop();
});

const { CHANNELS } = ferrodis;
const TRACED = [CHANNELS.TRACE_COMMAND, CHANNELS.TRACE_BATCH, CHANNELS.TRACE_CONNECT];
const POINTS = [CHANNELS.CONNECTION_READY, CHANNELS.CONNECTION_CLOSED, CHANNELS.COMMAND_REPLY, CHANNELS.ERROR];

/** A payload with what differs by nature (ids, times) replaced by what it must look like. */
function normal(payload) {
  const out = {};
  for (const [key, value] of Object.entries(payload)) {
    if (key === 'clientId') out[key] = /^127\.0\.0\.1:\d+\/0-[0-9a-f]{8}$/.test(value) ? 'host:port/db-id' : value;
    else if (key === 'createTimeMs') out[key] = typeof value === 'number' && value >= 0 ? 'ms' : value;
    else if (key === 'result' && value !== null && typeof value === 'object' && typeof value.connect === 'function') out[key] = 'the client';
    else if (value instanceof Error) out[key] = `${value.constructor.name}: ${value.message}`;
    else out[key] = value;
  }
  return out;
}

/** Every event published while `run(client)` runs, in order. */
async function record(lib, run) {
  const events = [];
  const unsubscribes = [];
  for (const name of TRACED) {
    const handlers = {};
    for (const phase of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) handlers[phase] = (ctx) => events.push([name, phase, normal(ctx)]);
    dc.tracingChannel(name).subscribe(handlers);
    unsubscribes.push(() => dc.tracingChannel(name).unsubscribe(handlers));
  }
  for (const name of POINTS) {
    const handler = (payload) => events.push([name, normal(payload)]);
    dc.subscribe(name, handler);
    unsubscribes.push(() => dc.unsubscribe(name, handler));
  }
  try {
    const client = lib.createClient({ socket: { host: '127.0.0.1', port: server.port } });
    await run(client);
  } finally {
    for (const unsubscribe of unsubscribes) unsubscribe();
  }
  return events;
}

const SCENARIOS = {
  'connect, commands, a failing command, sendCommand, close': async (c) => {
    await c.connect();
    await c.set('trace:k', 'secret-value');
    await c.get('trace:k');
    await c.incr('trace:k').catch(() => {});
    await c.sendCommand(['PING']);
    await c.close();
  },
  'a pipeline': async (c) => {
    await c.connect();
    await c.multi().set('trace:p', '1').get('trace:p').execAsPipeline();
    await c.close();
  },
  'a transaction': async (c) => {
    await c.connect();
    await c.multi().set('trace:m', '1').get('trace:m').exec();
    await c.close();
  },
};

test.each(Object.keys(SCENARIOS))('%s: the same events as node-redis', async (title) => {
  const theirs = await record(redis, SCENARIOS[title]);
  const ours = await record(ferrodis, SCENARIOS[title]);
  expect(ours).toEqual(theirs);
});

test('values stay out of command traces', async () => {
  const events = await record(ferrodis, SCENARIOS['connect, commands, a failing command, sendCommand, close']);
  const set = events.find(([name, phase, ctx]) => name === CHANNELS.TRACE_COMMAND && phase === 'start' && ctx.command === 'SET');
  expect(set[2].args).toEqual(['SET', 'trace:k', '?']);
});

test('without subscribers nothing is built: no context, no reply publication', async () => {
  for (const name of [...TRACED]) expect(dc.tracingChannel(name).hasSubscribers).toBe(false);
  const client = ferrodis.createClient({ socket: { host: '127.0.0.1', port: server.port } });
  const built = jest.spyOn(client, '_commandContext');
  await client.connect();
  await client.get('trace:none');
  await client.close();
  expect(built).not.toHaveBeenCalled();
});
