'use strict';
const { value, int, options, variadic, withVariadic } = require('./args');
const { keyOnly } = require('./transforms/key-arguments');
const { keyThenItems, keyThenCount, scanArguments, scanReply } = require('./transforms/collections');

/** SDIFF, SINTER, SUNION: `NAME key...`. */
function keys(name) {
  return (sets) => withVariadic([name], sets);
}

/** sInterCard(keys, { LIMIT }) or, as node-redis still accepts, sInterCard(keys, limit). */
function sInterCard(sets, opts) {
  const list = variadic(sets);
  const args = ['SINTERCARD', String(list.length), ...list];
  const limit = typeof opts === 'number' ? opts : options(opts, 'SINTERCARD options')?.LIMIT;
  if (limit !== undefined) args.push('LIMIT', int(limit, 'SINTERCARD LIMIT'));
  return args;
}

// A RESP3 set (an array unless SET maps to Set).
const MEMBERS = 'Promise<SetReply<string>>';

module.exports = {
  SADD: { method: 'sAdd', doc: 'Adds `members` to the set at `key`; how many were new. SADD key member [member ...].', ts: '(key: RedisArgument, members: RedisVariadicArgument): Promise<number>', build: keyThenItems('SADD') },
  SCARD: { method: 'sCard', ts: '(key: RedisArgument): Promise<number>', readonly: true, build: keyOnly('SCARD') },
  SDIFF: { method: 'sDiff', ts: `(keys: RedisVariadicArgument): ${MEMBERS}`, readonly: true, build: keys('SDIFF') },
  SDIFFSTORE: { method: 'sDiffStore', ts: '(destination: RedisArgument, keys: RedisVariadicArgument): Promise<number>', build: keyThenItems('SDIFFSTORE') },
  SINTER: { method: 'sInter', ts: `(keys: RedisVariadicArgument): ${MEMBERS}`, readonly: true, build: keys('SINTER') },
  SINTERCARD: { method: 'sInterCard', ts: '(keys: RedisVariadicArgument, options?: SInterCardOptions | number): Promise<number>', readonly: true, firstKey: 2, build: sInterCard },
  SINTERSTORE: { method: 'sInterStore', ts: '(destination: RedisArgument, keys: RedisVariadicArgument): Promise<number>', build: keyThenItems('SINTERSTORE') },
  SISMEMBER: { method: 'sIsMember', doc: '1 if `member` is in the set at `key`, else 0. SISMEMBER key member.', ts: '(key: RedisArgument, member: RedisArgument): Promise<number>', readonly: true, build: (key, member) => ['SISMEMBER', key, value(member)] },
  SMEMBERS: { method: 'sMembers', doc: 'Every member of the set at `key`. SMEMBERS key.', ts: `(key: RedisArgument): ${MEMBERS}`, readonly: true, build: keyOnly('SMEMBERS') },
  SMISMEMBER: { method: 'smIsMember', ts: '(key: RedisArgument, members: RedisVariadicArgument): Promise<number[]>', readonly: true, build: keyThenItems('SMISMEMBER') },
  SMOVE: {
    method: 'sMove',
    ts: '(source: RedisArgument, destination: RedisArgument, member: RedisArgument): Promise<number>',
    build: (source, destination, member) => ['SMOVE', source, destination, value(member)],
  },
  SPOP: { method: 'sPop', ts: '(key: RedisArgument): Promise<string | null>', build: keyOnly('SPOP') },
  SPOP_COUNT: { method: 'sPopCount', ts: `(key: RedisArgument, count: number): ${MEMBERS}`, build: keyThenCount('SPOP') },
  SRANDMEMBER: { method: 'sRandMember', ts: '(key: RedisArgument): Promise<string | null>', readonly: true, build: keyOnly('SRANDMEMBER') },
  SRANDMEMBER_COUNT: { method: 'sRandMemberCount', ts: `(key: RedisArgument, count: number): ${MEMBERS}`, readonly: true, build: keyThenCount('SRANDMEMBER') },
  SREM: { method: 'sRem', doc: 'Removes `members` from the set at `key`; how many were there. SREM key member [member ...].', ts: '(key: RedisArgument, members: RedisVariadicArgument): Promise<number>', build: keyThenItems('SREM') },
  SSCAN: {
    method: 'sScan',
    ts: '(key: RedisArgument, cursor: RedisArgument, options?: ScanCommonOptions): Promise<{ cursor: string; members: string[] }>',
    readonly: true,
    build: (key, cursor, opts) => ['SSCAN', key, ...scanArguments(cursor, opts, 'SSCAN')],
    reply: scanReply('members'),
  },
  SUNION: { method: 'sUnion', ts: `(keys: RedisVariadicArgument): ${MEMBERS}`, readonly: true, build: keys('SUNION') },
  SUNIONSTORE: { method: 'sUnionStore', ts: '(destination: RedisArgument, keys: RedisVariadicArgument): Promise<number>', build: keyThenItems('SUNIONSTORE') },
};
