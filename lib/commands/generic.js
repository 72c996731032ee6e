'use strict';
// The keyspace ("generic") commands. Where node-redis flags a writing command read-only
// (PEXPIRE, PEXPIREAT, RENAME, RENAMENX, SORT, RESTORE-ASKING, WAIT), the flag is left off here:
// it is meant for replica routing, and a replica refuses writes.
const { value, int, oneOf, options, withVariadic } = require('./args');
const { keyOnly, unixTime } = require('./transforms/key-arguments');

const EXPIRE_MODE = "mode?: 'NX' | 'XX' | 'GT' | 'LT'";

/** EXPIRE / PEXPIRE / EXPIREAT / PEXPIREAT: `(key, time, mode?)`, `time` turned into text by `toArgument`. */
function expireCommand(name, toArgument) {
  return (key, time, mode) => {
    const args = [name, key, toArgument(time, `${name} time`)];
    if (mode) args.push(oneOf(mode, ['NX', 'XX', 'GT', 'LT'], `${name} mode`));
    return args;
  };
}

function copy(source, destination, opts) {
  const args = ['COPY', source, destination];
  if (options(opts, 'COPY options')) {
    // node-redis drops `DB: 0` (a falsy check); database 0 is a real destination.
    if (opts.DB !== undefined) args.push('DB', int(opts.DB, 'COPY DB'));
    if (opts.REPLACE) args.push('REPLACE');
  }
  return args;
}

function restore(key, ttl, serializedValue, opts) {
  const args = ['RESTORE', key, int(ttl, 'RESTORE ttl'), serializedValue];
  if (options(opts, 'RESTORE options')) {
    if (opts.REPLACE) args.push('REPLACE');
    if (opts.ABSTTL) args.push('ABSTTL');
    // Sent when given, 0 included (node-redis drops 0; `FREQ 0` differs from the default).
    if (opts.IDLETIME !== undefined) args.push('IDLETIME', int(opts.IDLETIME, 'RESTORE IDLETIME'));
    if (opts.FREQ !== undefined) args.push('FREQ', int(opts.FREQ, 'RESTORE FREQ'));
  }
  return args;
}

/** MIGRATE host port key|"" db timeout [COPY] [REPLACE] [AUTH pw | AUTH2 user pw] [KEYS k...] */
function migrate(host, port, key, destinationDb, timeout, opts) {
  const many = Array.isArray(key);
  const args = ['MIGRATE', host, int(port, 'MIGRATE port'), many ? '' : key, int(destinationDb, 'MIGRATE destinationDb'), int(timeout, 'MIGRATE timeout')];
  if (options(opts, 'MIGRATE options')) {
    if (opts.COPY) args.push('COPY');
    if (opts.REPLACE) args.push('REPLACE');
    const auth = options(opts.AUTH, 'MIGRATE AUTH');
    if (auth?.username) args.push('AUTH2', auth.username, auth.password);
    else if (auth) args.push('AUTH', auth.password);
  }
  if (many) {
    args.push('KEYS');
    withVariadic(args, key);
  }
  return args;
}

/** The single key, or the first after KEYS (skipping the options, whose values could read "KEYS"). */
function migrateFirstKey(args) {
  if (args[3] !== '') return 3;
  const width = { COPY: 1, REPLACE: 1, AUTH: 2, AUTH2: 3 };
  let i = 6;
  while (i < args.length && args[i] !== 'KEYS') i += width[args[i]] ?? 1;
  return i + 1;
}

function scan(cursor, opts) {
  const args = ['SCAN', value(cursor)];
  if (options(opts, 'SCAN options')) {
    if (opts.MATCH) args.push('MATCH', opts.MATCH);
    if (opts.COUNT) args.push('COUNT', int(opts.COUNT, 'SCAN COUNT'));
    if (opts.TYPE) args.push('TYPE', opts.TYPE);
  }
  return args;
}

/** SORT key [BY pattern] [LIMIT offset count] [GET pattern ...] [ASC | DESC] [ALPHA] */
function sortArguments(command, key, opts) {
  const args = [command, key];
  if (options(opts, `${command} options`)) {
    if (opts.BY) args.push('BY', opts.BY);
    if (opts.LIMIT) {
      options(opts.LIMIT, `${command} LIMIT`);
      args.push('LIMIT', int(opts.LIMIT.offset, `${command} LIMIT.offset`), int(opts.LIMIT.count, `${command} LIMIT.count`));
    }
    if (opts.GET) for (const pattern of [].concat(opts.GET)) args.push('GET', pattern);
    if (opts.DIRECTION) args.push(oneOf(opts.DIRECTION, ['ASC', 'DESC'], `${command} DIRECTION`));
    if (opts.ALPHA) args.push('ALPHA');
  }
  return args;
}

module.exports = {
  DEL: { method: 'del', doc: 'Deletes `keys`; how many existed. DEL key [key ...].', ts: '(keys: RedisVariadicArgument): Promise<number>', build: (keys) => withVariadic(['DEL'], keys) },
  UNLINK: { method: 'unlink', ts: '(keys: RedisVariadicArgument): Promise<number>', build: (keys) => withVariadic(['UNLINK'], keys) },
  EXISTS: { method: 'exists', doc: 'How many of `keys` exist (a key named twice counts twice). EXISTS key [key ...].', ts: '(keys: RedisVariadicArgument): Promise<number>', readonly: true, build: (keys) => withVariadic(['EXISTS'], keys) },
  TOUCH: { method: 'touch', ts: '(key: RedisVariadicArgument): Promise<number>', build: (keys) => withVariadic(['TOUCH'], keys) },
  TYPE: { method: 'type', doc: 'The type of the value at `key` (\'string\', \'list\', \'set\', \'zset\', \'hash\', \'stream\'), \'none\' if missing. TYPE key.', ts: '(key: RedisArgument): Promise<SimpleStringReply>', readonly: true, build: keyOnly('TYPE') },
  KEYS: { method: 'keys', doc: 'Every key matching `pattern` (blocks the server on large databases: prefer scanIterator). KEYS pattern.', ts: '(pattern: RedisArgument): Promise<string[]>', readonly: true, keyless: true, build: (pattern) => ['KEYS', pattern] },
  RANDOMKEY: { method: 'randomKey', ts: '(): Promise<string | null>', readonly: true, keyless: true, build: () => ['RANDOMKEY'] },
  SCAN: {
    method: 'scan',
    doc: 'One step of an iteration over the keys: the next cursor (\'0\' when done) and some keys. SCAN cursor [MATCH pattern] [COUNT count] [TYPE type].',
    ts: '(cursor: RedisArgument, options?: ScanOptions): Promise<{ cursor: string; keys: string[] }>',
    readonly: true,
    keyless: true,
    build: scan,
    reply: ([cursor, keys]) => ({ cursor, keys }),
  },
  RENAME: { method: 'rename', ts: '(key: RedisArgument, newKey: RedisArgument): Promise<SimpleStringReply>', build: (key, newKey) => ['RENAME', key, newKey] },
  RENAMENX: { method: 'renameNX', ts: '(key: RedisArgument, newKey: RedisArgument): Promise<number>', build: (key, newKey) => ['RENAMENX', key, newKey] },
  COPY: { method: 'copy', ts: '(source: RedisArgument, destination: RedisArgument, options?: CopyCommandOptions): Promise<number>', build: copy },
  MOVE: { method: 'move', ts: '(key: RedisArgument, db: number): Promise<number>', build: (key, db) => ['MOVE', key, int(db, 'MOVE db')] },

  EXPIRE: { method: 'expire', doc: 'Sets a time to live of `seconds` on `key` (options NX/XX/GT/LT); 1 if set, 0 if not. EXPIRE key seconds.', ts: `(key: RedisArgument, seconds: number, ${EXPIRE_MODE}): Promise<number>`, build: expireCommand('EXPIRE', int) },
  PEXPIRE: { method: 'pExpire', ts: `(key: RedisArgument, ms: number, ${EXPIRE_MODE}): Promise<number>`, build: expireCommand('PEXPIRE', int) },
  EXPIREAT: { method: 'expireAt', ts: `(key: RedisArgument, timestamp: number | Date, ${EXPIRE_MODE}): Promise<number>`, build: expireCommand('EXPIREAT', (t, what) => unixTime(t, 's', what)) },
  PEXPIREAT: { method: 'pExpireAt', ts: `(key: RedisArgument, msTimestamp: number | Date, ${EXPIRE_MODE}): Promise<number>`, build: expireCommand('PEXPIREAT', (t, what) => unixTime(t, 'ms', what)) },
  PERSIST: { method: 'persist', ts: '(key: RedisArgument): Promise<number>', build: keyOnly('PERSIST') },
  TTL: { method: 'ttl', doc: 'Seconds left to live of `key`: -1 without expiry, -2 if it does not exist. TTL key.', ts: '(key: RedisArgument): Promise<number>', readonly: true, build: keyOnly('TTL') },
  PTTL: { method: 'pTTL', ts: '(key: RedisArgument): Promise<number>', readonly: true, build: keyOnly('PTTL') },
  EXPIRETIME: { method: 'expireTime', ts: '(key: RedisArgument): Promise<number>', readonly: true, build: keyOnly('EXPIRETIME') },
  PEXPIRETIME: { method: 'pExpireTime', ts: '(key: RedisArgument): Promise<number>', readonly: true, build: keyOnly('PEXPIRETIME') },

  OBJECT_ENCODING: { method: 'objectEncoding', ts: '(key: RedisArgument): Promise<string | null>', readonly: true, firstKey: 2, build: keyOnly('OBJECT', 'ENCODING') },
  OBJECT_FREQ: { method: 'objectFreq', ts: '(key: RedisArgument): Promise<number | null>', readonly: true, firstKey: 2, build: keyOnly('OBJECT', 'FREQ') },
  OBJECT_IDLETIME: { method: 'objectIdleTime', ts: '(key: RedisArgument): Promise<number | null>', readonly: true, firstKey: 2, build: keyOnly('OBJECT', 'IDLETIME') },
  OBJECT_REFCOUNT: { method: 'objectRefCount', ts: '(key: RedisArgument): Promise<number | null>', readonly: true, firstKey: 2, build: keyOnly('OBJECT', 'REFCOUNT') },

  // DUMP's payload is binary: read it with a BLOB_STRING → Buffer type mapping to RESTORE it, as with node-redis.
  DUMP: { method: 'dump', ts: '(key: RedisArgument): Promise<string>', readonly: true, build: keyOnly('DUMP') },
  RESTORE: { method: 'restore', ts: '(key: RedisArgument, ttl: number, serializedValue: RedisArgument, options?: RestoreOptions): Promise<SimpleStringReply>', build: restore },
  // As in node-redis: the bare command, with no arguments (cluster slot migration internals).
  'RESTORE-ASKING': { method: 'restoreAsking', ts: '(): Promise<SimpleStringReply>', keyless: true, build: () => ['RESTORE-ASKING'] },
  MIGRATE: {
    method: 'migrate',
    ts: '(host: RedisArgument, port: number, key: RedisArgument | Array<RedisArgument>, destinationDb: number, timeout: number, options?: MigrateOptions): Promise<SimpleStringReply>',
    firstKey: migrateFirstKey,
    build: migrate,
  },

  SORT: { method: 'sort', ts: '(key: RedisArgument, options?: SortOptions): Promise<string[]>', build: (key, opts) => sortArguments('SORT', key, opts) },
  SORT_RO: { method: 'sortRo', ts: '(key: RedisArgument, options?: SortOptions): Promise<string[]>', readonly: true, build: (key, opts) => sortArguments('SORT_RO', key, opts) },
  SORT_STORE: {
    method: 'sortStore',
    ts: '(source: RedisArgument, destination: RedisArgument, options?: SortOptions): Promise<number>',
    build: (source, destination, opts) => [...sortArguments('SORT', source, opts), 'STORE', destination],
  },

  // WAIT holds its connection until the replicas answer, but it is not `blocking` (no side
  // connection): it counts the replicas that have the writes of *its own* connection, and on a
  // fresh side connection, which wrote nothing, it would answer at once, and wrongly.
  WAIT: { method: 'wait', ts: '(numberOfReplicas: number, timeout: number): Promise<number>', keyless: true, build: (replicas, timeout) => ['WAIT', int(replicas, 'WAIT numberOfReplicas'), int(timeout, 'WAIT timeout')] },
};
