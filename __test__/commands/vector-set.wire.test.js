'use strict';
// Vector sets arrived in Redis 8; the test server is 7.0. So: every argument form must be written
// as node-redis writes it, and every reply transform must shape the replies Redis 8 sends (decoded
// as both decoders decode them) exactly as node-redis' own transforms do.
const { RESP_TYPES } = require('redis');
const NODE_REDIS_COMMANDS = require('@redis/client/dist/lib/commands/index.js').default;
const { wireDifferential, shape } = require('../helpers/differential');
const { COMMANDS, replyTransform } = require('../../lib/commands');

wireDifferential('vector-set commands on the wire', {
  'VADD forms': (c) => [c.vAdd('v', [1, 2.5, -3], 'e'), c.vAdd('v', [0.1], Buffer.from('b'), {}), c.vAdd('v', [Infinity, -Infinity], 'e', { REDUCE: 2 }),
    c.vAdd('v', [1], 'e', { CAS: true, QUANT: 'Q8', EF: 200, SETATTR: { color: 'red', n: [1] }, M: 16 }), c.vAdd('v', [1], 'e', { QUANT: 'NOQUANT' }),
    c.vAdd('v', [1], 'e', { QUANT: 'BIN', CAS: false, EF: 0, M: 0, REDUCE: 0 })],
  'VSIM and VSIM WITHSCORES forms': (c) => [c.vSim('v', 'e'), c.vSim('v', [0.5, 1]), c.vSim('v', Buffer.from('e'), { COUNT: 3, EPSILON: 0.2, EF: 50, FILTER: '.n > 1', 'FILTER-EF': 10, TRUTH: true, NOTHREAD: true }),
    c.vSim('v', 'e', { COUNT: 0, FILTER: '', TRUTH: false }), c.vSimWithScores('v', 'e'), c.vSimWithScores('v', [1, 2], { COUNT: 1 })],
  'element commands': (c) => [c.vRem('v', 'e'), c.vEmb('v', 'e'), c.vEmbRaw('v', 'e'), c.vGetAttr('v', 'e'), c.vSetAttr('v', 'e', { a: 1 }),
    c.vSetAttr('v', 'e', '{"a":2}'), c.vSetAttr('v', 'e', ''), c.vLinks('v', 'e'), c.vLinksWithScores('v', 'e')],
  'set commands': (c) => [c.vCard('v'), c.vDim('v'), c.vInfo('v'), c.vRandMember('v'), c.vRandMember('v', 3), c.vRandMember('v', -2),
    c.vRange('v', '-', '+'), c.vRange('v', '[a', '(z', 10)],
});

// Replies as a Redis 8 server sends them, as the decoders hand them to the transforms.
const SAMPLES = {
  VADD: { 2: [1, 0], 3: [true, false] },
  VREM: { 2: [1, 0], 3: [true, false] },
  VSETATTR: { 2: [1, 0], 3: [true, false] },
  VEMB: { 2: [['0.5', '-1.25', 'inf', '-inf']], 3: [[0.5, -1.25]] },
  VEMB_RAW: { 2: [['int8', 'raw\u0001', '1.5', '0.25'], ['f32', 'raw', '2']], 3: [['int8', 'raw', 1.5, 0.25], ['f32', 'raw', 2]] },
  VGETATTR: { 2: ['{"a":1,"b":[true]}', null, Buffer.from('"s"')], 3: ['{"a":1}', null] },
  VINFO: {
    2: [['quant-type', 'int8', 'vector-dim', 3, 'size', 2, 'max-level', 1, 'vset-uid', 1, 'hnsw-max-node-uid', 2], [Buffer.from('size'), 2]],
    3: [Object.assign(Object.create(null), { 'quant-type': 'int8', size: 2 })],
  },
  VLINKS: { 2: [[['a', 'b'], ['c']], null], 3: [[['a'], []], null] },
  VLINKS_WITHSCORES: { 2: [[['a', '0.9', 'b', '0.5'], ['c', '1']], [[Buffer.from('k'), '0.1']]], 3: [[Object.assign(Object.create(null), { a: 0.9 })], null] },
  VSIM: { 2: [['a', 'b']], 3: [['a']] },
  VSIM_WITHSCORES: { 2: [['a', '0.99', 'b', '0.5'], [], [Buffer.from('x'), '1']], 3: [Object.assign(Object.create(null), { a: 0.99 })] },
  VCARD: { 2: [3], 3: [3] },
  VDIM: { 2: [3], 3: [3] },
  VRANDMEMBER: { 2: ['a', ['a', 'b'], null], 3: ['a', null] },
  VRANGE: { 2: [['a', 'b']], 3: [[]] },
};
const TYPE_MAPPINGS = [undefined, { [RESP_TYPES.DOUBLE]: String }, { [RESP_TYPES.BLOB_STRING]: Buffer, [RESP_TYPES.MAP]: Map }];

describe("vector-set reply transforms equal node-redis' on Redis 8's replies", () => {
  const cases = [];
  for (const [name, byResp] of Object.entries(SAMPLES)) {
    for (const resp of [2, 3]) byResp[resp].forEach((reply, i) => cases.push([name, resp, i, reply]));
  }
  test.each(cases)('%s RESP%d sample %d', (name, resp, _, reply) => {
    const theirs = NODE_REDIS_COMMANDS[name].transformReply;
    const theirTransform = typeof theirs === 'function' ? theirs : theirs?.[resp];
    const ours = replyTransform(COMMANDS[name], resp);
    for (const typeMapping of TYPE_MAPPINGS) {
      const expected = theirTransform ? theirTransform(reply, undefined, typeMapping) : reply;
      const actual = ours ? ours(reply, typeMapping, []) : reply;
      expect(shape(actual)).toEqual(shape(expected));
    }
  });

  test('a missing element in VLINKS WITHSCORES stays null in RESP2, as in RESP3 (node-redis throws)', () => {
    expect(replyTransform(COMMANDS.VLINKS_WITHSCORES, 2)(null)).toBeNull();
  });
});

describe('vector-set bad arguments', () => {
  // Arguments are checked before the client looks at its connection: no server needed.
  const client = require('../..').createClient();
  test.each([
    ['vector not an array', (c) => c.vAdd('v', 1, 'e')],
    ['NaN in the vector', (c) => c.vAdd('v', [1, NaN], 'e')],
    ['string in the vector', (c) => c.vSim('v', [1, '2'])],
    ['QUANT', (c) => c.vAdd('v', [1], 'e', { QUANT: 'Q4' })],
    ['REDUCE', (c) => c.vAdd('v', [1], 'e', { REDUCE: 'half' })],
    ['VSIM options', (c) => c.vSim('v', 'e', 'COUNT 3')],
    ['VSIM COUNT', (c) => c.vSim('v', 'e', { COUNT: 1.5 })],
    ['VRANDMEMBER count', (c) => c.vRandMember('v', '3x')],
  ])('%s: TypeError', async (_, call) => {
    await expect(call(client)).rejects.toThrow(TypeError);
  });
});
