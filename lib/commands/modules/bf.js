'use strict';
// `client.bf`: RedisBloom's Bloom filter commands (BF.*), as node-redis' @redis/bloom has them.
const { int, decimal, options, withVariadic, keyThenItem, keyThenItems, scanDump, loadChunk, pushValued, pushFlags } = require('./support/bloom-args');
const { INFO, BOOLEAN, BOOLEANS, scanDump: scanDumpReply } = require('./support/bloom-replies');

const K = 'key: RedisArgument';

function insert(key, items, opts) {
  const args = ['BF.INSERT', key];
  if (options(opts, 'BF.INSERT options')) {
    pushValued(args, opts, ['CAPACITY'], int, 'BF.INSERT');
    pushValued(args, opts, ['ERROR'], decimal, 'BF.INSERT');
    pushValued(args, opts, ['EXPANSION'], int, 'BF.INSERT');
    pushFlags(args, opts, ['NOCREATE', 'NONSCALING']);
  }
  args.push('ITEMS');
  return withVariadic(args, items);
}

function reserve(key, errorRate, capacity, opts) {
  const args = ['BF.RESERVE', key, decimal(errorRate, 'BF.RESERVE errorRate'), int(capacity, 'BF.RESERVE capacity')];
  if (options(opts, 'BF.RESERVE options')) {
    // node-redis leaves out a falsy EXPANSION (0 included)
    if (opts.EXPANSION) args.push('EXPANSION', int(opts.EXPANSION, 'BF.RESERVE EXPANSION'));
    pushFlags(args, opts, ['NONSCALING']);
  }
  return args;
}

module.exports = {
  namespace: 'bf',
  commands: {
    ADD: { method: 'add', doc: 'Adds `item` to the Bloom filter at `key` (creating it); whether it was new. BF.ADD key item.', ts: `(${K}, item: RedisArgument): Promise<boolean>`, build: keyThenItem('BF.ADD'), reply: BOOLEAN },
    CARD: { method: 'card', doc: 'How many items the Bloom filter at `key` holds (0 if missing). BF.CARD key.', ts: `(${K}): Promise<number>`, readonly: true, build: (key) => ['BF.CARD', key] },
    EXISTS: { method: 'exists', doc: 'Whether `item` may be in the Bloom filter at `key`. BF.EXISTS key item.', ts: `(${K}, item: RedisArgument): Promise<boolean>`, readonly: true, build: keyThenItem('BF.EXISTS'), reply: BOOLEAN },
    INFO: { method: 'info', doc: 'Capacity, size, filters, items and expansion rate of the Bloom filter at `key`. BF.INFO key.', ts: `(${K}): Promise<BfInfoReply>`, readonly: true, build: (key) => ['BF.INFO', key], reply: INFO },
    INSERT: { method: 'insert', doc: 'Adds `items` to the Bloom filter at `key`, creating it with the options unless NOCREATE; whether each was new. BF.INSERT key [CAPACITY c] [ERROR e] [EXPANSION x] [NOCREATE] [NONSCALING] ITEMS item [item ...].', ts: `(${K}, items: RedisVariadicArgument, options?: BfInsertOptions): Promise<boolean[]>`, build: insert, reply: BOOLEANS },
    LOADCHUNK: { method: 'loadChunk', doc: 'Restores a chunk that BF.SCANDUMP gave. BF.LOADCHUNK key iterator data.', ts: `(${K}, iterator: number, chunk: RedisArgument): Promise<'OK'>`, build: loadChunk('BF.LOADCHUNK') },
    MADD: { method: 'mAdd', doc: 'Adds `items` to the Bloom filter at `key` (creating it); whether each was new. BF.MADD key item [item ...].', ts: `(${K}, items: RedisVariadicArgument): Promise<boolean[]>`, build: keyThenItems('BF.MADD'), reply: BOOLEANS },
    MEXISTS: { method: 'mExists', doc: 'Whether each of `items` may be in the Bloom filter at `key`. BF.MEXISTS key item [item ...].', ts: `(${K}, items: RedisVariadicArgument): Promise<boolean[]>`, readonly: true, build: keyThenItems('BF.MEXISTS'), reply: BOOLEANS },
    // node-redis marks BF.RESERVE read-only; it writes (the server's flag), so replicas never get it.
    RESERVE: { method: 'reserve', doc: 'Creates an empty Bloom filter at `key`. BF.RESERVE key error_rate capacity [EXPANSION x] [NONSCALING].', ts: `(${K}, errorRate: number, capacity: number, options?: BfReserveOptions): Promise<'OK'>`, build: reserve },
    SCANDUMP: { method: 'scanDump', doc: 'The next chunk of the Bloom filter at `key` from `iterator` (start at 0; iterator 0 back means done). BF.SCANDUMP key iterator.', ts: `(${K}, iterator: number): Promise<BfScanDumpReply>`, readonly: true, build: scanDump('BF.SCANDUMP'), reply: scanDumpReply },
  },
};
