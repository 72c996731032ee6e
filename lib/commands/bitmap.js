'use strict';
const { int, oneOf, options, withVariadic, describe } = require('./args');

const BIT_MODES = ['BYTE', 'BIT'];
const BIT_OPERATIONS = ['AND', 'OR', 'XOR', 'NOT', 'DIFF', 'DIFF1', 'ANDOR', 'ONE'];

/** A BITFIELD offset: a bit position, or a string such as '#2' (in units of the encoding's width). */
function bitFieldOffset(offset) {
  return typeof offset === 'string' ? offset : int(offset, 'BITFIELD offset');
}

function bitFieldOperation(args, op) {
  if (op === null || typeof op !== 'object') throw new TypeError(`BITFIELD operations must be objects, got ${describe(op)} instead`);
  switch (oneOf(op.operation, ['GET', 'SET', 'INCRBY', 'OVERFLOW'], 'BITFIELD operation')) {
    case 'GET':
      return args.push('GET', op.encoding, bitFieldOffset(op.offset));
    case 'SET':
      return args.push('SET', op.encoding, bitFieldOffset(op.offset), int(op.value, 'BITFIELD SET value'));
    case 'INCRBY':
      return args.push('INCRBY', op.encoding, bitFieldOffset(op.offset), int(op.increment, 'BITFIELD INCRBY increment'));
    default:
      return args.push('OVERFLOW', op.behavior); // WRAP | SAT | FAIL, in any case
  }
}

function bitField(key, operations) {
  if (!Array.isArray(operations)) throw new TypeError(`BITFIELD operations must be an array, got ${describe(operations)} instead`);
  const args = ['BITFIELD', key];
  for (const op of operations) bitFieldOperation(args, op);
  return args;
}

/** BITFIELD_RO only reads: each operation is a `{ encoding, offset }` GET. */
function bitFieldRo(key, operations) {
  if (!Array.isArray(operations)) throw new TypeError(`BITFIELD_RO operations must be an array, got ${describe(operations)} instead`);
  const args = ['BITFIELD_RO', key];
  for (const op of operations) bitFieldOperation(args, { ...options(op, 'BITFIELD_RO operation'), operation: 'GET' });
  return args;
}

function bitCount(key, range) {
  const args = ['BITCOUNT', key];
  if (options(range, 'BITCOUNT range')) {
    args.push(int(range.start, 'BITCOUNT range.start'), int(range.end, 'BITCOUNT range.end'));
    if (range.mode) args.push(oneOf(range.mode, BIT_MODES, 'BITCOUNT range.mode'));
  }
  return args;
}

function bitPos(key, bit, start, end, mode) {
  const args = ['BITPOS', key, int(bit, 'BITPOS bit')];
  if (start !== undefined) args.push(int(start, 'BITPOS start'));
  if (end !== undefined) args.push(int(end, 'BITPOS end'));
  if (mode) args.push(oneOf(mode, BIT_MODES, 'BITPOS mode'));
  return args;
}

module.exports = {
  SETBIT: { method: 'setBit', ts: '(key: RedisArgument, offset: number, value: BitValue): Promise<BitValue>', build: (key, offset, v) => ['SETBIT', key, int(offset, 'SETBIT offset'), int(v, 'SETBIT value')] },
  GETBIT: { method: 'getBit', ts: '(key: RedisArgument, offset: number): Promise<BitValue>', readonly: true, build: (key, offset) => ['GETBIT', key, int(offset, 'GETBIT offset')] },
  BITCOUNT: { method: 'bitCount', ts: '(key: RedisArgument, range?: BitCountRange): Promise<number>', readonly: true, build: bitCount },
  BITPOS: { method: 'bitPos', ts: "(key: RedisArgument, bit: BitValue, start?: number, end?: number, mode?: 'BYTE' | 'BIT'): Promise<number>", readonly: true, build: bitPos },
  BITOP: {
    method: 'bitOp',
    ts: '(operation: BitOperations, destKey: RedisArgument, key: RedisVariadicArgument): Promise<number>',
    firstKey: 2,
    build: (operation, destKey, keys) => withVariadic(['BITOP', oneOf(operation, BIT_OPERATIONS, 'BITOP operation'), destKey], keys),
  },
  BITFIELD: { method: 'bitField', ts: '(key: RedisArgument, operations: BitFieldOperations): Promise<Array<number | null>>', build: bitField },
  BITFIELD_RO: { method: 'bitFieldRo', ts: '(key: RedisArgument, operations: BitFieldRoOperations): Promise<number[]>', readonly: true, build: bitFieldRo },
};
