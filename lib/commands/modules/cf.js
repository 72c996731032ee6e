'use strict';
// `client.cf`: RedisBloom's cuckoo filter commands (CF.*), as node-redis' @redis/bloom has them.
const { int, options, withVariadic, keyThenItem, scanDump, loadChunk, pushValued, pushFlags } = require('./support/bloom-args');
const { INFO, BOOLEAN, BOOLEANS, scanDump: scanDumpReply } = require('./support/bloom-replies');

const K = 'key: RedisArgument';

/** CF.INSERT / CF.INSERTNX key [CAPACITY c] [NOCREATE] ITEMS item... */
function insert(name) {
  return (key, items, opts) => {
    const args = [name, key];
    if (options(opts, `${name} options`)) {
      pushValued(args, opts, ['CAPACITY'], int, name);
      pushFlags(args, opts, ['NOCREATE']);
    }
    args.push('ITEMS');
    return withVariadic(args, items);
  };
}

function reserve(key, capacity, opts) {
  const args = ['CF.RESERVE', key, int(capacity, 'CF.RESERVE capacity')];
  if (options(opts, 'CF.RESERVE options')) pushValued(args, opts, ['BUCKETSIZE', 'MAXITERATIONS', 'EXPANSION'], int, 'CF.RESERVE');
  return args;
}

const INSERT_ITEMS = `(${K}, items: RedisVariadicArgument, options?: CfInsertOptions)`;

module.exports = {
  namespace: 'cf',
  commands: {
    ADD: { method: 'add', doc: 'Adds `item` to the cuckoo filter at `key` (creating it). CF.ADD key item.', ts: `(${K}, item: RedisArgument): Promise<boolean>`, build: keyThenItem('CF.ADD'), reply: BOOLEAN },
    ADDNX: { method: 'addNX', doc: 'Adds `item` to the cuckoo filter at `key` unless it may be there already; whether it was added. CF.ADDNX key item.', ts: `(${K}, item: RedisArgument): Promise<boolean>`, build: keyThenItem('CF.ADDNX'), reply: BOOLEAN },
    COUNT: { method: 'count', doc: 'How many times `item` may be in the cuckoo filter at `key`. CF.COUNT key item.', ts: `(${K}, item: RedisArgument): Promise<number>`, readonly: true, build: keyThenItem('CF.COUNT') },
    DEL: { method: 'del', doc: 'Deletes one occurrence of `item` from the cuckoo filter at `key`; whether one was found. CF.DEL key item.', ts: `(${K}, item: RedisArgument): Promise<boolean>`, build: keyThenItem('CF.DEL'), reply: BOOLEAN },
    // node-redis leaves CF.EXISTS unmarked; it reads (the server's flag).
    EXISTS: { method: 'exists', doc: 'Whether `item` may be in the cuckoo filter at `key`. CF.EXISTS key item.', ts: `(${K}, item: RedisArgument): Promise<boolean>`, readonly: true, build: keyThenItem('CF.EXISTS'), reply: BOOLEAN },
    INFO: { method: 'info', doc: 'Size, buckets, filters, items inserted and deleted... of the cuckoo filter at `key`. CF.INFO key.', ts: `(${K}): Promise<CfInfoReply>`, readonly: true, build: (key) => ['CF.INFO', key], reply: INFO },
    INSERT: { method: 'insert', doc: 'Adds `items` to the cuckoo filter at `key`, creating it unless NOCREATE. CF.INSERT key [CAPACITY c] [NOCREATE] ITEMS item [item ...].', ts: `${INSERT_ITEMS}: Promise<boolean[]>`, build: insert('CF.INSERT'), reply: BOOLEANS },
    // RESP3 sends CF.INSERTNX's 1/0/-1 as integers, which node-redis leaves as they are.
    INSERTNX: { method: 'insertNX', doc: 'Adds each of `items` that may not be in the cuckoo filter at `key` yet. CF.INSERTNX key [CAPACITY c] [NOCREATE] ITEMS item [item ...].', ts: `${INSERT_ITEMS}: Promise<boolean[]>`, ts3: 'number[]', build: insert('CF.INSERTNX'), reply: BOOLEANS },
    LOADCHUNK: { method: 'loadChunk', doc: 'Restores a chunk that CF.SCANDUMP gave. CF.LOADCHUNK key iterator data.', ts: `(${K}, iterator: number, chunk: RedisArgument): Promise<'OK'>`, build: loadChunk('CF.LOADCHUNK') },
    RESERVE: { method: 'reserve', doc: 'Creates an empty cuckoo filter at `key`. CF.RESERVE key capacity [BUCKETSIZE b] [MAXITERATIONS m] [EXPANSION x].', ts: `(${K}, capacity: number, options?: CfReserveOptions): Promise<'OK'>`, build: reserve },
    SCANDUMP: { method: 'scanDump', doc: 'The next chunk of the cuckoo filter at `key` from `iterator` (start at 0; iterator 0 back means done). CF.SCANDUMP key iterator.', ts: `(${K}, iterator: number): Promise<CfScanDumpReply>`, readonly: true, build: scanDump('CF.SCANDUMP'), reply: scanDumpReply },
  },
};
