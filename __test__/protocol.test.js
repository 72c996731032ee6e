'use strict';
// lib/protocol: the command encoder (against node-redis 5.12.1's encoder, the oracle) and the
// reply-stream decoder (against node-redis' RESP decoder fed the same replies as RESP).
// No server and no addon: each reply is described once and built both as RESP bytes, for
// node-redis, and as the compact stream the engine produces (docs/REPLY_STREAM.md), for ours.
const { Decoder: RedisDecoder, RESP_TYPES } = require('@redis/client/dist/lib/RESP/decoder');
const redisEncodeCommand = require('@redis/client/dist/lib/RESP/encoder').default;
const { VerbatimString: RedisVerbatimString } = require('@redis/client/dist/lib/RESP/verbatim-string');
const { CommandEncoder } = require('../lib/protocol/encoder');
const { ReplyReader, RECORD, PUSH_TYPE_MAPPING } = require('../lib/protocol/decoder');
const { VerbatimString } = require('../lib/verbatim-string');
const { SimpleError, BlobError, ErrorReply } = require('../lib/errors');

// ---- encoder ---------------------------------------------------------------------------------

/** The RESP of a command, written the obvious way. */
function reference(args) {
  const parts = [Buffer.from(`*${args.length}\r\n`)];
  for (const arg of args) {
    const bytes = typeof arg === 'string' ? Buffer.from(arg, 'utf8') : Buffer.from(arg);
    parts.push(Buffer.from(`$${bytes.length}\r\n`), bytes, Buffer.from('\r\n'));
  }
  return Buffer.concat(parts);
}

/** What node-redis writes for the same command. */
function redisBytes(args) {
  return Buffer.concat(redisEncodeCommand(args).map((part) => (typeof part === 'string' ? Buffer.from(part) : part)));
}

function encodeAll(commands, encoder = new CommandEncoder()) {
  for (const args of commands) encoder.encode(args);
  return Buffer.from(encoder.take());
}

describe('CommandEncoder', () => {
  test('SET key value', () => {
    const encoder = new CommandEncoder();
    const written = encoder.encode(['SET', 'key', 'value']);
    const expected = '*3\r\n$3\r\nSET\r\n$3\r\nkey\r\n$5\r\nvalue\r\n';
    expect(written).toBe(expected.length);
    expect(encoder.count).toBe(1);
    expect(encoder.byteLength).toBe(expected.length);
    expect(encoder.take().toString('latin1')).toBe(expected);
    expect(encoder.count).toBe(0);
    expect(encoder.byteLength).toBe(0);
  });

  test('matches node-redis byte for byte', () => {
    const commands = [
      ['PING'],
      ['SET', '', ''],
      ['SET', 'k', Buffer.from([0, 1, 2, 13, 10, 255])],
      ['HSET', 'h', 'çé', '日本語', 'emoji', '😀🎉', 'x'.repeat(31), 'y'.repeat(32), 'z'.repeat(33)],
      ['SET', 'big', 'v'.repeat(100_000)],
      ['SET', 'bigbuf', Buffer.alloc(70_000, 7)],
    ];
    for (const args of commands) {
      expect(encodeAll([args])).toEqual(redisBytes(args));
    }
  });

  test('Uint8Array arguments are accepted like Buffers', () => {
    const args = ['SET', new Uint8Array([107, 0, 200]), new Uint8Array(40).fill(65)];
    expect(encodeAll([args])).toEqual(reference(args));
  });

  test('non-ASCII strings whose UTF-8 length needs more digits than their UTF-16 length', () => {
    const cases = [
      'é', // 1 unit, 2 bytes
      'é'.repeat(5), // 5 -> 10: one more digit
      '日'.repeat(4), // 4 -> 12
      '日'.repeat(34), // 34 -> 102, above the short-string path
      '日'.repeat(400), // 400 -> 1200
      'a'.repeat(30) + 'é', // falls back from the ASCII loop at the end
      'é' + 'a'.repeat(40),
      '\ud83d', // lone surrogate: 3 bytes of U+FFFD
      '😀'.repeat(3), // surrogate pairs: 2 units, 4 bytes each
      'é'.repeat(70_000), // beyond the long-string threshold: exact length up front
      '日'.repeat(40_000) + 'a'.repeat(40_000),
    ];
    for (const string of cases) {
      expect(encodeAll([['SET', string, 'v']])).toEqual(reference(['SET', string, 'v']));
    }
  });

  test('random strings and buffers in one growing batch', () => {
    let seed = 12345;
    const random = (n) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const alphabets = ['abcxyz019:_', 'éüß', '日本語', '😀', '\ud800\udc00\ud800'];
    const commands = [];
    for (let i = 0; i < 2000; i++) {
      const args = ['CMD'];
      for (let j = random(6); j > 0; j--) {
        if (random(4) === 0) {
          args.push(Buffer.from(Array.from({ length: random(50) }, () => random(256))));
        } else {
          const alphabet = alphabets[random(alphabets.length)];
          let string = '';
          for (let k = random(random(3) === 0 ? 300 : 40); k > 0; k--) string += alphabet[random(alphabet.length)];
          args.push(string);
        }
      }
      commands.push(args);
    }
    const encoder = new CommandEncoder(8); // grows many times
    expect(encodeAll(commands, encoder)).toEqual(Buffer.concat(commands.map(reference)));
  });

  test.each([
    [1, 'number'],
    [null, 'object'],
    [undefined, 'undefined'],
    [{}, 'object'],
    [['nested'], 'object'],
    [true, 'boolean'],
    [10n, 'bigint'],
    [Symbol('s'), 'symbol'],
    [() => {}, 'function'],
  ])('rejects %p with node-redis\' TypeError', (bad, type) => {
    const encoder = new CommandEncoder();
    const args = ['SET', 'key', bad];
    let error;
    try {
      encoder.encode(args);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(`"arguments[2]" must be of type "string | Buffer", got ${type} instead.`);
    let redisError;
    try {
      redisEncodeCommand(args);
    } catch (e) {
      redisError = e;
    }
    expect(error.message).toBe(redisError.message);
  });

  test('a rejected command leaves the batch exactly as it was', () => {
    const encoder = new CommandEncoder(32);
    encoder.encode(['SET', 'a', '1']);
    const before = Buffer.from(encoder._buffer.subarray(0, encoder.byteLength));
    const { count, byteLength } = encoder;
    // A long valid prefix first, so that a writer that did not validate up front would have
    // written (and grown the buffer) before reaching the bad argument.
    expect(() => encoder.encode(['MSET', 'x'.repeat(1000), Buffer.alloc(100), 'k', 42])).toThrow(TypeError);
    expect(encoder.count).toBe(count);
    expect(encoder.byteLength).toBe(byteLength);
    expect(encoder._buffer.subarray(0, byteLength)).toEqual(before);
    encoder.encode(['GET', 'a']);
    expect(encoder.take()).toEqual(Buffer.concat([reference(['SET', 'a', '1']), reference(['GET', 'a'])]));
  });

  test('non-array commands are rejected', () => {
    const encoder = new CommandEncoder();
    expect(() => encoder.encode('PING')).toThrow(TypeError);
    expect(encoder.byteLength).toBe(0);
  });

  test('an empty command is rejected: Redis would not answer it', () => {
    const encoder = new CommandEncoder();
    expect(() => encoder.encode([])).toThrow(new TypeError('a command needs at least one argument, its name: got an empty array'));
    expect([encoder.count, encoder.byteLength]).toEqual([0, 0]);
    encoder.encode(['']); // an empty name is the server's to refuse, with an error reply
    expect(encoder.take().toString()).toBe('*1\r\n$0\r\n\r\n');
  });

  test('take() reuses the buffer; a batch stays intact until the next encode', () => {
    const encoder = new CommandEncoder();
    encoder.encode(['PING']);
    const first = encoder.take();
    expect(first.toString()).toBe('*1\r\n$4\r\nPING\r\n');
    encoder.encode(['ECHO', 'x']);
    const second = encoder.take();
    expect(second.toString()).toBe('*2\r\n$4\r\nECHO\r\n$1\r\nx\r\n');
    expect(second.buffer).toBe(first.buffer); // same memory: callers must consume synchronously
    expect(encoder.take().length).toBe(0);
  });

  test('a buffer grown for one huge batch is let go after take() and release()', () => {
    const encoder = new CommandEncoder();
    encoder.encode(['SET', 'k', Buffer.alloc(8 * 1024 * 1024, 1)]);
    const huge = encoder.take();
    encoder.release();
    encoder.encode(['PING']);
    const small = encoder.take();
    expect(small.buffer).not.toBe(huge.buffer);
    expect(small.toString()).toBe('*1\r\n$4\r\nPING\r\n');
    expect(huge[huge.length - 3]).toBe(1); // the taken batch was not overwritten
  });

  test('rewind() drops the commands encoded after a mark', () => {
    const encoder = new CommandEncoder();
    encoder.encode(['MULTI']);
    const { byteLength, count } = encoder;
    encoder.encode(['SET', 'a', '1']);
    encoder.encode(['SET', 'b', '2']);
    encoder.rewind(byteLength, count);
    expect(encoder.count).toBe(1);
    expect(encoder.take()).toEqual(reference(['MULTI']));
    expect(() => encoder.rewind(10, 0)).toThrow(RangeError);
  });
});

// ---- decoder ---------------------------------------------------------------------------------

// A reply described once, as RESP (`resp`) and as a compact value (`compact`).
const u32 = (n) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};
const bytes = (s) => (Buffer.isBuffer(s) ? s : Buffer.from(s, 'utf8'));
const pair = (resp, compact) => ({ resp: bytes(resp), compact });
const compactString = (tag, s) => Buffer.concat([Buffer.from([tag]), u32(bytes(s).length), bytes(s)]);
const line = (type, s) => pair(Buffer.concat([Buffer.from(type), bytes(s), Buffer.from('\r\n')]), compactString(type.charCodeAt(0), s));
const counted = (type, s) =>
  pair(Buffer.concat([Buffer.from(`${type}${bytes(s).length}\r\n`), bytes(s), Buffer.from('\r\n')]), compactString(type.charCodeAt(0), s));
const aggregate = (type, count, items) =>
  pair(
    Buffer.concat([Buffer.from(`${type}${count}\r\n`), ...items.map((item) => item.resp)]),
    Buffer.concat([Buffer.from([type.charCodeAt(0)]), u32(count), ...items.map((item) => item.compact)]),
  );
const NULL_COMPACT = Buffer.from('_');

const V = {
  blob: (s) => counted('$', s),
  simple: (s) => line('+', s),
  error: (s) => line('-', s),
  blobError: (s) => counted('!', s),
  number: (s) => line(':', s),
  double: (s) => line(',', s),
  big: (s) => line('(', s),
  verbatim: (format, s) => counted('=', `${format}:${s}`),
  bool: (b) => pair(b ? '#t\r\n' : '#f\r\n', Buffer.from([35, b ? 1 : 0])),
  null: () => pair('_\r\n', NULL_COMPACT),
  nullBulk: () => pair('$-1\r\n', NULL_COMPACT),
  nullArray: () => pair('*-1\r\n', NULL_COMPACT),
  array: (...items) => aggregate('*', items.length, items),
  set: (...items) => aggregate('~', items.length, items),
  map: (...kvs) => aggregate('%', kvs.length / 2, kvs),
  push: (...items) => aggregate('>', items.length, items),
};

/** node-redis' decoding of one RESP reply (errors included, as its client sees them). */
function redisDecode(resp, typeMapping = {}) {
  const values = [];
  const decoder = new RedisDecoder({
    onReply: (v) => values.push(v),
    onErrorReply: (e) => values.push(e),
    onPush: (v) => values.push(v),
    getTypeMapping: () => typeMapping,
  });
  decoder.write(resp);
  expect(values).toHaveLength(1);
  return values[0];
}

/** Our decoding of one compact value in an `R` record. */
function ourDecode(compact, typeMapping) {
  const reader = new ReplyReader();
  reader.reset(Buffer.concat([Buffer.from('R'), compact]));
  expect(reader.nextRecordTag()).toBe(RECORD.REPLY);
  const value = reader.readValue(typeMapping);
  expect(reader.done).toBe(true);
  return value;
}

function kind(v) {
  if (v === null || typeof v !== 'object') return typeof v;
  const proto = Object.getPrototypeOf(v);
  return proto === null ? 'null-prototype object' : proto.constructor.name;
}

/** Deep equality where classes are compared by name (ours and node-redis' are distinct). */
function expectSameShape(ours, theirs, where = 'value') {
  expect(`${where}: ${kind(ours)}`).toBe(`${where}: ${kind(theirs)}`);
  if (ours === null || typeof ours !== 'object') {
    expect(Object.is(ours, theirs) ? 'same' : `${where}: ${String(ours)} vs ${String(theirs)}`).toBe('same');
  } else if (ours instanceof Error) {
    expect(ours.message).toBe(theirs.message);
    expect(ours).toBeInstanceOf(ErrorReply);
  } else if (Buffer.isBuffer(ours)) {
    expect(ours.equals(theirs)).toBe(true);
  } else if (ours instanceof String) {
    expect(String(ours)).toBe(String(theirs));
    expect(ours.format).toBe(theirs.format);
  } else if (ours instanceof Map || ours instanceof Set) {
    expectSameShape([...ours.entries()], [...theirs.entries()], `${where}.entries`);
  } else {
    expect(Reflect.ownKeys(ours)).toEqual(Reflect.ownKeys(theirs));
    for (const key of Reflect.ownKeys(ours)) expectSameShape(ours[key], theirs[key], `${where}.${String(key)}`);
  }
}

const SAMPLES = {
  'blob string': V.blob('hello'),
  'empty blob string': V.blob(''),
  'binary blob string': V.blob(Buffer.from([0, 13, 10, 255, 254, 65])),
  'utf-8 blob string': V.blob('héllo wörld ✓ 𝄞'),
  'short non-ASCII blob string': V.blob('çé'),
  'long blob string': V.blob('x'.repeat(5000)),
  'invalid utf-8': V.blob(Buffer.from([0x61, 0xc3, 0x28, 0xff])),
  'simple string': V.simple('OK'),
  'simple error': V.error('ERR unknown command'),
  'blob error': V.blobError('SYNTAX invalid syntax'),
  'number': V.number('1234'),
  'negative number': V.number('-42'),
  'zero': V.number('0'),
  'number beyond 2^53': V.number('9223372036854775807'),
  'negative number beyond 2^53': V.number('-9007199254740993'),
  'double': V.double('1.5'),
  'negative double': V.double('-0.25'),
  'integral double': V.double('3'),
  'double with exponent': V.double('1e+20'),
  'inf': V.double('inf'),
  '-inf': V.double('-inf'),
  'nan': V.double('nan'),
  'big number': V.big('3492890328409238509324850943850943825024385'),
  'negative big number': V.big('-12345678901234567890'),
  'verbatim string': V.verbatim('txt', 'Some string'),
  'markdown verbatim string': V.verbatim('mkd', '# title\nünï'),
  'true': V.bool(true),
  'false': V.bool(false),
  'RESP3 null': V.null(),
  'RESP2 null bulk string': V.nullBulk(),
  'RESP2 null array': V.nullArray(),
  'empty array': V.array(),
  'array': V.array(V.blob('a'), V.number('1'), V.null(), V.array(V.simple('nested'), V.array())),
  'EXEC with an error inside': V.array(V.simple('OK'), V.error('WRONGTYPE Operation'), V.blobError('bad'), V.number('2')),
  'set': V.set(V.simple('a'), V.number('1'), V.bool(false)),
  'set with duplicates': V.set(V.simple('a'), V.simple('a')),
  'map': V.map(V.simple('first'), V.number('1'), V.blob('second'), V.map(V.simple('x'), V.set())),
  'map with non-string keys': V.map(V.number('1'), V.simple('one'), V.bool(true), V.simple('yes'), V.null(), V.simple('nil'), V.double('1.5'), V.simple('d')),
  'map with a __proto__ key': V.map(V.blob('__proto__'), V.simple('p'), V.blob('constructor'), V.number('2')),
  'map with duplicate keys': V.map(V.simple('k'), V.number('1'), V.simple('k'), V.number('2')),
  'map with a verbatim key': V.map(V.verbatim('txt', 'vk'), V.number('1')),
  'HGETALL-like map': V.map(...Array.from({ length: 50 }, (_, i) => [V.blob(`field:${i}`), V.blob(`value ${i} ü`)]).flat()),
  // Element by element here; the engine's string runs of the same replies are compared with
  // node-redis in string-runs.test.js.
  'LRANGE-like array of short strings': V.array(...Array.from({ length: 20 }, (_, i) => V.blob(`item:${i}`))),
  'SMEMBERS-like set of short strings': V.set(...Array.from({ length: 9 }, (_, i) => V.simple(`m${i}`))),
  'small map of short strings': V.map(...Array.from({ length: 4 }, (_, i) => [V.blob(`k${i}`), V.blob(`v${i}`)]).flat()),
  'short strings: empty, non-ASCII, invalid, 12 and 13 bytes': V.array(
    V.blob(''),
    V.simple('ok'),
    V.blob('çé'),
    V.blob('123456789012'),
    V.blob('1234567890123'),
    V.blob(Buffer.from([0xff])),
    V.blob('x'),
    V.blob('y'),
    V.blob('日本'),
  ),
  'short strings then a number': V.array(...Array.from({ length: 8 }, (_, i) => V.blob(`s${i}`)), V.number('1')),
  'short strings then an array': V.array(...Array.from({ length: 8 }, (_, i) => V.blob(`s${i}`)), V.array(V.blob('in'))),
  'long strings in a run': V.array(...Array.from({ length: 10 }, (_, i) => V.blob(`a rather long string number ${i}`))),
  'XRANGE-like reply': V.array(V.array(V.blob('1-1'), V.array(V.blob('k'), V.blob('v'))), V.array(V.blob('2-1'), V.nullArray())),
};

const MAPPINGS = {
  'default': [{}],
  'Buffer strings': [{ [RESP_TYPES.BLOB_STRING]: Buffer, [RESP_TYPES.SIMPLE_STRING]: Buffer }],
  'Map and Set': [{ [RESP_TYPES.MAP]: Map, [RESP_TYPES.SET]: Set }],
  'Map with Buffer strings': [{ [RESP_TYPES.MAP]: Map, [RESP_TYPES.BLOB_STRING]: Buffer }],
  'Array maps with Buffer strings': [{ [RESP_TYPES.MAP]: Array, [RESP_TYPES.BLOB_STRING]: Buffer }],
  'String numbers': [{ [RESP_TYPES.NUMBER]: String, [RESP_TYPES.DOUBLE]: String, [RESP_TYPES.BIG_NUMBER]: String }],
  'VerbatimString': [{ [RESP_TYPES.VERBATIM_STRING]: RedisVerbatimString }, { [RESP_TYPES.VERBATIM_STRING]: VerbatimString }],
  'Buffer verbatim strings': [{ [RESP_TYPES.VERBATIM_STRING]: Buffer }],
  'Push mapping': [{ ...PUSH_TYPE_MAPPING }],
};

describe('ReplyReader values match node-redis', () => {
  for (const [mappingName, [theirMapping, ourMapping]] of Object.entries(MAPPINGS)) {
    describe(`mapping: ${mappingName}`, () => {
      test.each(Object.keys(SAMPLES))('%s', (name) => {
        const { resp, compact } = SAMPLES[name];
        const theirs = redisDecode(resp, theirMapping);
        const ours = ourDecode(compact, ourMapping ?? theirMapping);
        expectSameShape(ours, theirs);
      });
    });
  }

  test('pushes decode like node-redis pushes (blob strings as Buffers)', () => {
    const push = V.push(V.blob('message'), V.blob('channel'), V.blob('payload'), V.number('3'));
    const theirs = redisDecode(push.resp);
    const reader = new ReplyReader();
    reader.reset(Buffer.concat([Buffer.from('P'), push.compact]));
    expect(reader.nextRecordTag()).toBe(RECORD.PUSH);
    expectSameShape(reader.readValue(PUSH_TYPE_MAPPING), theirs);
  });
});

describe('ReplyReader: replies nested deeper than the JS stack allows', () => {
  // Arrays, maps and sets nested `depth` levels deep, with scalars and map keys at each level.
  function nested(depth) {
    let value = V.number('7');
    for (let i = 0; i < depth; i++) {
      // A few sets only: comparing nested Sets costs jest time exponential in their depth.
      if (i % 80 === 40) value = V.set(value, V.blob('x'));
      else if (i % 2 === 0) value = V.array(V.blob(`a${i}`), value);
      else value = V.map(V.blob(`k${i}`), value, V.simple('other'), V.number(String(i)));
    }
    return value;
  }

  test.each(Object.keys(MAPPINGS))('past the recursion limit they read as node-redis reads them (mapping: %s)', (mappingName) => {
    const [theirMapping, ourMapping] = MAPPINGS[mappingName];
    const { resp, compact } = nested(240);
    expectSameShape(ourDecode(compact, ourMapping ?? theirMapping), redisDecode(resp, theirMapping));
  });

  test('100,000 levels decode without recursion', () => {
    const parts = [];
    for (let i = 0; i < 100000; i++) parts.push(Buffer.from('*'), u32(1));
    parts.push(V.number('7').compact);
    let value = ourDecode(Buffer.concat(parts));
    let depth = 0;
    while (Array.isArray(value)) {
      value = value[0];
      depth++;
    }
    expect([depth, value]).toEqual([100000, 7]);
  });
});

describe('ReplyReader specifics', () => {
  test('default shapes', () => {
    expect(Object.getPrototypeOf(ourDecode(V.map(V.simple('a'), V.number('1')).compact))).toBe(null);
    expect(ourDecode(V.big('123').compact)).toBe(123n);
    expect(ourDecode(V.set(V.simple('a')).compact)).toEqual(['a']);
    expect(ourDecode(V.verbatim('txt', 'text').compact)).toBe('text');
    expect(ourDecode(V.error('ERR x').compact)).toBeInstanceOf(SimpleError);
    expect(ourDecode(V.blobError('ERR y').compact)).toBeInstanceOf(BlobError);
    expect(ourDecode(V.number('+7').compact)).toBe(7);
    expect(ourDecode(V.big('+7').compact)).toBe(7n);
  });

  test('doubles are parsed exactly (node-redis 5 rounds some RESP3 doubles wrongly)', () => {
    // node-redis accumulates digits * 1e-k; ZINCRBY 0.1 on 3.3 gives it 3.3999999999999995.
    for (const text of ['3.4', '0.1', '1e-7', '0.30000000000000004', '12345678.901', '1.7976931348623157e308', '-0']) {
      expect(ourDecode(V.double(text).compact)).toBe(Number(text));
    }
    expect(redisDecode(V.double('1.7976931348623157e308').resp)).toBe(Infinity);
  });

  test('BIG_NUMBER mapped to Number gives a number (node-redis returns a BigInt anyway)', () => {
    expect(ourDecode(V.big('12345').compact, { [RESP_TYPES.BIG_NUMBER]: Number })).toBe(12345);
  });

  test('any String subclass works as the verbatim mapping', () => {
    const value = ourDecode(V.verbatim('mkd', 'hi').compact, { [RESP_TYPES.VERBATIM_STRING]: RedisVerbatimString });
    expect(value).toBeInstanceOf(RedisVerbatimString);
    expect(value.format).toBe('mkd');
  });

  test('Buffers are views of the drained Buffer and stay valid after the next reset', () => {
    const first = Buffer.concat([Buffer.from('R'), V.blob('payload').compact]);
    const reader = new ReplyReader();
    reader.reset(first);
    reader.nextRecordTag();
    const value = reader.readValue({ [RESP_TYPES.BLOB_STRING]: Buffer });
    expect(value.buffer).toBe(first.buffer);
    reader.reset(Buffer.concat([Buffer.from('R'), V.blob('another').compact]));
    reader.nextRecordTag();
    reader.readValue();
    expect(value.toString()).toBe('payload');
  });

  test('every record of a drained Buffer', () => {
    const failure = Buffer.concat([
      Buffer.from('F'),
      Buffer.from([1]),
      u32(12),
      Buffer.from('ECONNREFUSED'),
      u32(30),
      Buffer.from('connect ECONNREFUSED 127.0.0.1'),
      u32(3),
    ]);
    const stream = Buffer.concat([
      Buffer.from('C'),
      Buffer.from('Y'),
      Buffer.from('R'),
      V.simple('OK').compact,
      Buffer.from('P'),
      V.push(V.blob('invalidate'), V.array(V.blob('key'))).compact,
      Buffer.from('R'),
      V.error('WRONGPASS invalid').compact,
      Buffer.from('R'),
      V.array(V.number('1'), V.map(V.simple('a'), V.set())).compact,
      failure,
      Buffer.from('O'),
      u32(7),
      Buffer.from('Z'),
    ]);
    const reader = new ReplyReader();
    reader.reset(stream);
    const seen = [];
    while (!reader.done) {
      const tag = reader.nextRecordTag();
      switch (tag) {
        case RECORD.REPLY:
          seen.push(['R', reader.peekValueTag(), reader.readValue()]);
          break;
        case RECORD.PUSH:
          seen.push(['P', reader.readValue(PUSH_TYPE_MAPPING)]);
          break;
        case RECORD.FAILURE:
          seen.push(['F', reader.readFailure()]);
          break;
        case RECORD.OFFLINE:
          seen.push(['O', reader.readU32()]);
          break;
        default:
          seen.push([String.fromCharCode(tag)]);
      }
    }
    expect(seen).toEqual([
      ['C'],
      ['Y'],
      ['R', RESP_TYPES.SIMPLE_STRING, 'OK'],
      ['P', [Buffer.from('invalidate'), [Buffer.from('key')]]],
      ['R', RESP_TYPES.SIMPLE_ERROR, new SimpleError('WRONGPASS invalid')],
      ['R', RESP_TYPES.ARRAY, [1, Object.assign(Object.create(null), { a: [] })]],
      ['F', { kind: 1, code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1', rejected: 3 }],
      ['O', 7],
      ['Z'],
    ]);
    expect(seen[4][2]).toBeInstanceOf(SimpleError);
  });

  /** A `J` record: JSON text, then the elements' codes (none, or one `u16` per element). */
  const run = (aggregate, element, count, text, codes = []) => {
    const json = Buffer.from(text);
    const trailer = Buffer.alloc(2 * codes.length);
    codes.forEach((code, i) => trailer.writeUInt16LE(code, 2 * i));
    return Buffer.concat([
      Buffer.from([0x4a, aggregate.charCodeAt(0), element.charCodeAt(0)]),
      u32(count),
      u32(json.length),
      json,
      u32(codes.length),
      trailer,
    ]);
  };

  test('a string run is read as the aggregate it stands for, and skipped whole', () => {
    const text = '["k","v\\u00e9",null,"\\"x\\""]';
    expect(ourDecode(run('*', '$', 4, text))).toEqual(['k', 'vé', null, '"x"']);
    const object = ourDecode(run('%', '$', 2, text));
    expect(Object.getPrototypeOf(object)).toBe(null);
    expect({ ...object }).toEqual({ k: 'vé', null: '"x"' });
    expect(ourDecode(run('~', '+', 4, text), { [RESP_TYPES.SET]: Set, [RESP_TYPES.SIMPLE_STRING]: Buffer })).toEqual(
      new Set([Buffer.from('k'), Buffer.from('vé'), null, Buffer.from('"x"')]),
    );
    expect(() => ourDecode(run('*', '$', 3, text))).toThrow(/corrupt reply stream/);
    const reader = new ReplyReader();
    reader.reset(Buffer.concat([Buffer.from('R'), run('*', '$', 4, text), Buffer.from('R'), V.number('5').compact]));
    reader.nextRecordTag();
    reader.skipValue();
    expect(reader.nextRecordTag()).toBe(RECORD.REPLY);
    expect(reader.readValue()).toBe(5);
  });

  test('a reply run (`M`) reads as its string type and its replies, and nothing else does', () => {
    const reader = new ReplyReader();
    reader.reset(Buffer.concat([Buffer.from('M'), run('*', '+', 3, '["OK",null,"Q"]')]));
    expect(reader.nextRecordTag()).toBe(RECORD.REPLIES);
    expect(reader.readReplies()).toEqual({ tag: RESP_TYPES.SIMPLE_STRING, replies: ['OK', null, 'Q'] });
    expect(reader.done).toBe(true);
    for (const payload of [run('%', '$', 1, '["k","v"]'), V.number('5').compact]) {
      reader.reset(payload);
      expect(() => reader.readReplies()).toThrow(/corrupt reply stream/);
    }
  });

  test('known strings: codes define slots and reference them, in element order', () => {
    const reader = new ReplyReader();
    const read = (record, mapping) => {
      reader.reset(Buffer.concat([Buffer.from('R'), record]));
      reader.nextRecordTag();
      return reader.readValue(mapping);
    };
    const TEXT = 0xffff;
    const define = (slot) => 0x8000 + slot;
    // Defines slot 7 = "name" and slot 4095 = "age".
    expect(read(run('*', '$', 3, '["name","x","age"]', [define(7), TEXT, define(4095)]))).toEqual(['name', 'x', 'age']);
    // References (not in the text), then a redefinition of slot 7 and a reference to its new
    // string, in order.
    expect(read(run('%', '$', 3, '["a","b","y"]', [7, TEXT, 4095, TEXT, define(7), 7]), { [RESP_TYPES.BLOB_STRING]: Buffer })).toEqual(
      Object.assign(Object.create(null), { name: Buffer.from('a'), age: Buffer.from('b'), y: Buffer.from('y') }),
    );
    // A skipped run still defines what it defines.
    reader.reset(Buffer.concat([Buffer.from('R'), run('*', '$', 1, '["z"]', [define(9)])]));
    reader.nextRecordTag();
    reader.skipValue();
    expect(read(run('*', '+', 2, '[]', [9, 7]), { [RESP_TYPES.SIMPLE_STRING]: Buffer })).toEqual([Buffer.from('z'), Buffer.from('y')]);
    // A slot never defined or out of range, a definition that is not a string or of a slot out
    // of range, codes that take more or fewer items than the text has, or fewer codes than
    // elements: a corrupt stream.
    const bad = [
      run('*', '$', 1, '[]', [8]),
      run('*', '$', 1, '["a"]', [4096]),
      run('*', '$', 1, '[null]', [define(1)]),
      run('*', '$', 1, '["a"]', [define(4096)]),
      run('*', '$', 2, '["a"]', [TEXT, TEXT]),
      run('*', '$', 1, '["a","b"]', [TEXT]),
      run('*', '$', 2, '["a"]', [TEXT]),
    ];
    for (const record of bad) expect(() => read(record)).toThrow(/corrupt reply stream/);
    expect(() => read(run('*', '$', 1, '["a"]', [define(1)]).subarray(0, -1))).toThrow(/corrupt reply stream/);
  });

  test('external strings: each `X` value is the drain\'s next external string', () => {
    const reader = new ReplyReader();
    const x = (length) => Buffer.concat([Buffer.from('X'), u32(length)]);
    reader.externals.push('skipped', 'abc', 'de');
    reader.reset(Buffer.concat([Buffer.from('R'), x(7), Buffer.from('R*'), u32(3), V.number('1').compact, x(3), x(2)]));
    reader.nextRecordTag();
    reader.skipValue();
    reader.nextRecordTag();
    expect(reader.readValue({ [RESP_TYPES.BLOB_STRING]: Buffer })).toEqual([1, Buffer.from('abc'), Buffer.from('de')]);
    reader.release();
    expect(reader.externals).toEqual([]);
    // Missing, or not of the length the stream says: a corrupt stream.
    for (const [externals, length] of [[[], 1], [['ab'], 3]]) {
      reader.externals.push(...externals);
      reader.reset(Buffer.concat([Buffer.from('R'), x(length)]));
      reader.nextRecordTag();
      expect(() => reader.readValue()).toThrow(/corrupt reply stream/);
      reader.release();
    }
  });

  test('skipValue() moves past nested values', () => {
    const reader = new ReplyReader();
    const skipped = V.array(V.map(V.simple('k'), V.array(V.blob('x'), V.bool(true), V.null())), V.verbatim('txt', 'v'));
    reader.reset(Buffer.concat([Buffer.from('R'), skipped.compact, Buffer.from('R'), V.number('5').compact]));
    reader.nextRecordTag();
    reader.skipValue();
    expect(reader.nextRecordTag()).toBe(RECORD.REPLY);
    expect(reader.readValue()).toBe(5);
    expect(reader.done).toBe(true);
  });

  test('a truncated or corrupt stream throws instead of returning garbage', () => {
    const reader = new ReplyReader();
    const whole = Buffer.concat([Buffer.from('R'), V.blob('hello').compact]);
    reader.reset(whole.subarray(0, whole.length - 2));
    reader.nextRecordTag();
    expect(() => reader.readValue()).toThrow(/corrupt reply stream/);
    reader.reset(Buffer.from('R?'));
    reader.nextRecordTag();
    expect(() => reader.readValue()).toThrow(/corrupt reply stream/);
  });
});
