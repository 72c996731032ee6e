'use strict';
// Vector sets (Redis 8): VADD, VSIM, VEMB... The key is always the first argument.
const { Buffer } = require('buffer');
const { int, double, oneOf, options, describe } = require('./args');
const { asGiven } = require('./transforms/admin-arguments');
const { pairsToObject } = require('./transforms/flat-maps');
const { double: doubleReply, parseDouble } = require('./replies');

/** `VALUES n v1 ... vn` from an array of numbers. */
function vectorValues(vector, what) {
  if (!Array.isArray(vector)) throw new TypeError(`${what} must be an array of numbers, got ${describe(vector)} instead`);
  return ['VALUES', String(vector.length), ...vector.map((v) => double(v, what))];
}

function vAdd(key, vector, element, opts) {
  const args = ['VADD', key];
  const o = options(opts, 'VADD options') ?? {};
  if (o.REDUCE !== undefined) args.push('REDUCE', int(o.REDUCE, 'VADD REDUCE'));
  args.push(...vectorValues(vector, 'VADD vector'), element);
  if (o.CAS) args.push('CAS');
  if (o.QUANT) args.push(oneOf(o.QUANT, ['NOQUANT', 'BIN', 'Q8'], 'VADD QUANT'));
  if (o.EF !== undefined) args.push('EF', int(o.EF, 'VADD EF'));
  if (o.SETATTR) args.push('SETATTR', JSON.stringify(o.SETATTR));
  if (o.M !== undefined) args.push('M', int(o.M, 'VADD M'));
  return args;
}

function vSim(withScores) {
  return (key, query, opts) => {
    const args = ['VSIM', key, ...(Array.isArray(query) ? vectorValues(query, 'VSIM query') : ['ELE', query])];
    const o = options(opts, 'VSIM options') ?? {};
    if (o.COUNT !== undefined) args.push('COUNT', int(o.COUNT, 'VSIM COUNT'));
    if (o.EPSILON !== undefined) args.push('EPSILON', double(o.EPSILON, 'VSIM EPSILON'));
    if (o.EF !== undefined) args.push('EF', int(o.EF, 'VSIM EF'));
    if (o.FILTER) args.push('FILTER', o.FILTER);
    if (o['FILTER-EF'] !== undefined) args.push('FILTER-EF', int(o['FILTER-EF'], 'VSIM FILTER-EF'));
    if (o.TRUTH) args.push('TRUTH');
    if (o.NOTHREAD) args.push('NOTHREAD');
    if (withScores) args.push('WITHSCORES');
    return args;
  };
}

/** Appends an optional count; node-redis leaves out an undefined one. */
function pushCount(args, count, what) {
  if (count !== undefined) args.push(int(count, what));
  return args;
}

// RESP2 scores are bulk strings; node-redis parses these ones to numbers whatever the DOUBLE type
// mapping says (unlike VEMB's, which honour it).
const score = (text) => parseDouble(text.toString());
const bool = { 2: (reply) => reply === 1 };

const read = (method, ts, build, reply) => ({ method, ts, readonly: true, build, ...(reply && { reply }) });
const write = (method, ts, build, reply) => ({ method, ts, build, ...(reply && { reply }) });

module.exports = {
  VADD: write('vAdd', '(key: RedisArgument, vector: Array<number>, element: RedisArgument, options?: VAddOptions): Promise<boolean>', vAdd, bool),
  VREM: write('vRem', '(key: RedisArgument, element: RedisArgument): Promise<boolean>', asGiven(2, 'VREM'), bool),
  VSETATTR: write('vSetAttr', '(key: RedisArgument, element: RedisArgument, attributes: RedisArgument | Record<string, any>): Promise<boolean>',
    // node-redis stringifies any object, Buffers included; a Buffer is sent as the JSON it holds.
    (key, element, attributes) => ['VSETATTR', key, element,
      attributes !== null && typeof attributes === 'object' && !Buffer.isBuffer(attributes) ? JSON.stringify(attributes) : attributes], bool),
  VCARD: read('vCard', '(key: RedisArgument): Promise<number>', asGiven(1, 'VCARD')),
  VDIM: read('vDim', '(key: RedisArgument): Promise<number>', asGiven(1, 'VDIM')),
  VEMB: read('vEmb', '(key: RedisArgument, element: RedisArgument): Promise<number[]>', asGiven(2, 'VEMB'),
    { 2: (reply, typeMapping) => reply.map((v) => doubleReply(v, typeMapping)) }),
  VEMB_RAW: read('vEmbRaw', '(key: RedisArgument, element: RedisArgument): Promise<VEmbRawReply>', (key, element) => ['VEMB', key, element, 'RAW'], {
    2: ([quantization, raw, l2Norm, range]) => ({ quantization, raw, l2Norm: score(l2Norm), ...(range !== undefined && { quantizationRange: score(range) }) }),
    3: ([quantization, raw, l2Norm, quantizationRange]) => ({ quantization, raw, l2Norm, quantizationRange }),
  }),
  VGETATTR: read('vGetAttr', '(key: RedisArgument, element: RedisArgument): Promise<any>', asGiven(2, 'VGETATTR'),
    (reply) => (reply === null ? null : JSON.parse(reply.toString()))),
  VINFO: read('vInfo', '(key: RedisArgument): Promise<VInfoReply>', asGiven(1, 'VINFO'), { 2: (reply) => pairsToObject(reply) }),
  VLINKS: read('vLinks', '(key: RedisArgument, element: RedisArgument): Promise<string[][]>', asGiven(2, 'VLINKS')),
  // A missing element is null in RESP3; node-redis' RESP2 transform throws on it, ours keeps null.
  VLINKS_WITHSCORES: read('vLinksWithScores', '(key: RedisArgument, element: RedisArgument): Promise<Array<Record<string, number>>>',
    (key, element) => ['VLINKS', key, element, 'WITHSCORES'],
    { 2: (layers) => (layers === null ? null : layers.map((layer) => pairsToObject(layer, score))) }),
  VRANDMEMBER: read('vRandMember', '(key: RedisArgument, count?: number): Promise<string | string[] | null>', (key, count) => pushCount(['VRANDMEMBER', key], count, 'VRANDMEMBER count')),
  VRANGE: read('vRange', '(key: RedisArgument, start: RedisArgument, end: RedisArgument, count?: number): Promise<string[]>',
    (key, start, end, count) => pushCount(['VRANGE', key, start, end], count, 'VRANGE count')),
  VSIM: read('vSim', '(key: RedisArgument, query: RedisArgument | Array<number>, options?: VSimOptions): Promise<string[]>', vSim(false)),
  // node-redis builds this one on a plain object, not a null-prototype one.
  VSIM_WITHSCORES: read('vSimWithScores', '(key: RedisArgument, query: RedisArgument | Array<number>, options?: VSimOptions): Promise<Record<string, number>>',
    vSim(true), { 2: (reply) => pairsToObject(reply, score, Object.prototype) }),
};
