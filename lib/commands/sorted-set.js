'use strict';
const { value, int, double, bound, oneOf, options, describe } = require('./args');
const replies = require('./replies');

function pushMember(args, member) {
  if (member === null || typeof member !== 'object') {
    throw new TypeError(`ZADD members must be { score, value } objects, got ${describe(member)} instead`);
  }
  args.push(double(member.score, 'ZADD member score'), value(member.value));
}

function zAdd(key, members, opts) {
  const args = ['ZADD', key];
  if (options(opts, 'ZADD options')) {
    if (opts.condition !== undefined) args.push(oneOf(opts.condition, ['NX', 'XX'], 'ZADD condition'));
    else if (opts.NX) args.push('NX');
    else if (opts.XX) args.push('XX');
    if (opts.comparison !== undefined) args.push(oneOf(opts.comparison, ['LT', 'GT'], 'ZADD comparison'));
    else if (opts.LT) args.push('LT');
    else if (opts.GT) args.push('GT');
    if (opts.CH) args.push('CH');
  }
  if (Array.isArray(members)) members.forEach((m) => pushMember(args, m));
  else pushMember(args, members);
  return args;
}

function zRange(key, min, max, opts) {
  const args = ['ZRANGE', key, bound(min, 'ZRANGE min'), bound(max, 'ZRANGE max')];
  if (options(opts, 'ZRANGE options')) {
    if (opts.BY !== undefined) args.push(`BY${oneOf(opts.BY, ['SCORE', 'LEX'], 'ZRANGE BY')}`);
    if (opts.REV) args.push('REV');
    if (opts.LIMIT !== undefined) {
      options(opts.LIMIT, 'ZRANGE LIMIT');
      args.push('LIMIT', int(opts.LIMIT.offset, 'ZRANGE LIMIT.offset'), int(opts.LIMIT.count, 'ZRANGE LIMIT.count'));
    }
  }
  return args;
}

module.exports = {
  ZADD: { method: 'zAdd', ts: '(key: RedisArgument, members: ZMember | ZMember[], options?: ZAddOptions): Promise<number>', build: zAdd, reply: replies.double },
  ZRANGE: { method: 'zRange', ts: '(key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number, options?: ZRangeOptions): Promise<string[]>', readonly: true, build: zRange },
};
