'use strict';
// lib/errors.js against node-redis 5.12.1's own classes (the oracle): same exports, messages,
// names, hierarchy, constructor arity and own properties; and the engine-failure → Error mapping
// against the errors Node's `net` module really produces.
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const redis = require('redis');
const redisErrors = require('@redis/client/dist/lib/errors');
const ferrodis = require('../lib/errors');

const { FailureKind, connectionFailureToError } = ferrodis;
const publicNames = Object.keys(redisErrors).filter((name) => name !== '__esModule');

const serverError = (Lib) => new Lib.SimpleError('WRONGTYPE Operation against a key holding the wrong kind of value');
const socketError = new Error('connect ECONNREFUSED 127.0.0.1:6379');
const gaveUp = new Error('Retry time exhausted');

// Constructor arguments per class: one row per distinct way node-redis builds it.
// A function receives the library so that arguments can be built with that library's classes.
const constructions = {
  AbortError: [[]],
  WatchError: [[], ['Client reconnected after WATCH']],
  ConnectionTimeoutError: [[]],
  SocketTimeoutError: [[5000]],
  ClientClosedError: [[]],
  ClientOfflineError: [[]],
  DisconnectsClientError: [[]],
  SocketClosedUnexpectedlyError: [[]],
  RootNodesUnavailableError: [[]],
  ReconnectStrategyError: [[gaveUp, socketError]],
  ErrorReply: [['ERR unknown command'], []],
  SimpleError: [['WRONGTYPE Operation against a key holding the wrong kind of value']],
  BlobError: [['SYNTAX invalid syntax']],
  TimeoutError: [[], ['Timeout waiting for a client']],
  SocketTimeoutDuringMaintenanceError: [[10000]],
  CommandTimeoutDuringMaintenanceError: [[10000]],
  MultiErrorReply: [(Lib) => [['OK', serverError(Lib), 'QUEUED', serverError(Lib)], [1, 3]]],
  OpenTelemetryError: [['bad meter']],
};

function parentChain(Class) {
  const names = [];
  for (let C = Object.getPrototypeOf(Class); C && C !== Function.prototype; C = Object.getPrototypeOf(C)) names.push(C.name);
  return names;
}

// What a user can observe of an instance, with the library's own classes as the reference frame.
function describe_(err, Lib) {
  return {
    message: err.message,
    name: err.name,
    string: String(err),
    stackHead: err.stack.split('\n')[0],
    constructorName: err.constructor.name,
    ownNames: Object.getOwnPropertyNames(err),
    ownEnumerable: Object.entries(err).map(([key, value]) =>
      [key, value instanceof Error ? `${value.constructor.name}: ${value.message}` : JSON.stringify(value, (_, v) => (v instanceof Error ? v.message : v))]),
    messageDescriptor: { ...Object.getOwnPropertyDescriptor(err, 'message'), value: undefined },
    instanceOf: publicNames.filter((name) => err instanceof Lib[name]).concat(err instanceof Error ? ['Error'] : []),
  };
}

describe('error classes match node-redis 5.12.1', () => {
  test('the same 18 classes are exported, all of them also from require("redis")', () => {
    expect(publicNames).toHaveLength(18);
    for (const name of publicNames) {
      expect(typeof ferrodis[name]).toBe('function');
      expect(redis[name]).toBe(redisErrors[name]);
    }
    const ferrodisClasses = Object.keys(ferrodis).filter((name) => /^[A-Z]/.test(name) && name !== 'FailureKind');
    expect(ferrodisClasses.sort()).toEqual([...publicNames].sort());
  });

  test.each(publicNames)('%s: class identity, hierarchy and constructor arity', (name) => {
    const F = ferrodis[name];
    const R = redis[name];
    expect(F).not.toBe(R);
    expect(F.name).toBe(R.name);
    expect(F.length).toBe(R.length);
    expect(parentChain(F)).toEqual(parentChain(R));
    // the parent is ferrodis' own class of that name, not node-redis'
    const parent = Object.getPrototypeOf(F);
    expect(parent === Error || parent === ferrodis[parent.name]).toBe(true);
    expect(Object.getOwnPropertyNames(F.prototype).sort()).toEqual(Object.getOwnPropertyNames(R.prototype).sort());
  });

  const rows = publicNames.flatMap((name) => constructions[name].map((args, i) => [name, i, args]));
  test.each(rows)('%s (construction #%i): message, name, instanceof, own properties', (name, _, args) => {
    const argsFor = (Lib) => (typeof args === 'function' ? args(Lib) : args);
    const fromFerrodis = new ferrodis[name](...argsFor(ferrodis));
    const fromRedis = new redis[name](...argsFor(redis));
    expect(describe_(fromFerrodis, ferrodis)).toEqual(describe_(fromRedis, redis));
  });

  test('ReconnectStrategyError keeps the strategy error and the socket error', () => {
    const err = new ferrodis.ReconnectStrategyError(gaveUp, socketError);
    expect(err.message).toBe('Retry time exhausted');
    expect(err.originalError).toBe(gaveUp);
    expect(err.socketError).toBe(socketError);
  });

  test('MultiErrorReply: replies, errorIndexes and errors()', () => {
    const failures = [new ferrodis.SimpleError('ERR a'), new ferrodis.BlobError('ERR b')];
    const replies = ['OK', failures[0], 3, failures[1]];
    const err = new ferrodis.MultiErrorReply(replies, [1, 3]);
    expect(err.message).toBe('2 commands failed, see .replies and .errorIndexes for more information');
    expect(err.replies).toBe(replies);
    expect(err.errorIndexes).toEqual([1, 3]);
    expect([...err.errors()]).toEqual(failures);
    expect([...err.errors()]).toEqual([...new redis.MultiErrorReply(replies, [1, 3]).errors()]);
    expect(err).toBeInstanceOf(ferrodis.ErrorReply);
  });

  test('stack traces start at the caller, as node-redis ones do', () => {
    const frame = (err) => err.stack.split('\n')[1];
    for (const name of ['ClientClosedError', 'SocketTimeoutError', 'MultiErrorReply', 'SimpleError']) {
      const args = name === 'MultiErrorReply' ? [[], []] : [1];
      const err = new ferrodis[name](...args);
      expect(frame(err)).toContain(path.basename(__filename));
      expect(err.stack).not.toContain(path.join('lib', 'errors.js'));
    }
  });
});

// A real error from Node's net module, to compare our imitation against.
function netError(options) {
  return new Promise((resolve) => net.connect(options).on('error', resolve));
}

async function closedPort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const observable = (err) => ({ message: err.message, name: err.name, proto: Object.getPrototypeOf(err), own: Object.entries(err) });

describe('connectionFailureToError', () => {
  test('I/O error (ECONNREFUSED) looks like the error of Node\'s net module', async () => {
    const real = await netError({ host: '127.0.0.1', port: await closedPort() });
    expect(real.code).toBe('ECONNREFUSED');
    const ours = connectionFailureToError({ kind: FailureKind.IO, code: 'ECONNREFUSED', message: real.message });
    expect(observable(ours)).toEqual(observable(real));
    expect(Object.keys(ours)).toEqual(['errno', 'code', 'syscall', 'address', 'port']);
  });

  test('I/O error on a unix socket (ENOENT) looks like the error of Node\'s net module', async () => {
    const socketPath = path.join(os.tmpdir(), `ferrodis-missing-${process.pid}.sock`);
    const real = await netError({ path: socketPath });
    const ours = connectionFailureToError({ kind: FailureKind.IO, code: real.code, message: real.message });
    expect(observable(ours)).toEqual(observable(real));
  });

  test('I/O error: IPv6 address, DNS failure, explicit fields, message without a Node shape', () => {
    const v6 = connectionFailureToError({ kind: FailureKind.IO, code: 'ECONNREFUSED', message: 'connect ECONNREFUSED ::1:6380' });
    expect({ ...v6 }).toEqual({ errno: -os.constants.errno.ECONNREFUSED, code: 'ECONNREFUSED', syscall: 'connect', address: '::1', port: 6380 });

    const dns = connectionFailureToError({ kind: FailureKind.IO, code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND redis.invalid' });
    expect(dns.message).toBe('getaddrinfo ENOTFOUND redis.invalid');
    expect(Object.entries(dns)).toEqual([['errno', -3008], ['code', 'ENOTFOUND'], ['syscall', 'getaddrinfo'], ['hostname', 'redis.invalid']]);

    const explicit = connectionFailureToError({
      kind: FailureKind.IO, code: 'ETIMEDOUT', message: 'connect ETIMEDOUT 10.0.0.1:6379', errno: -110, address: '10.0.0.2', port: 7000,
    });
    expect({ ...explicit }).toEqual({ errno: -110, code: 'ETIMEDOUT', syscall: 'connect', address: '10.0.0.2', port: 7000 });

    const odd = connectionFailureToError({ kind: FailureKind.IO, code: 'ECONNRESET', message: 'Connection reset by peer (os error 104)' });
    expect(odd.message).toBe('Connection reset by peer (os error 104)');
    expect({ ...odd }).toEqual({ errno: -os.constants.errno.ECONNRESET, code: 'ECONNRESET', syscall: 'connect' });

    const bracketed = connectionFailureToError({ kind: FailureKind.IO, code: 'ECONNREFUSED', message: 'connect ECONNREFUSED [::1]:6380' });
    expect(bracketed).toMatchObject({ address: '::1', port: 6380 });

    // a live socket that fails: Node says `read ECONNRESET`, with no address
    const read = connectionFailureToError({ kind: FailureKind.IO, code: 'ECONNRESET', message: 'read ECONNRESET' });
    expect(Object.entries(read)).toEqual([['errno', -os.constants.errno.ECONNRESET], ['code', 'ECONNRESET'], ['syscall', 'read']]);

    // an OS error without a name: no empty `code`
    const unnamed = connectionFailureToError({ kind: FailureKind.IO, code: '', message: 'connect Some odd failure (os error 999)' });
    expect(Object.entries(unnamed)).toEqual([['syscall', 'connect']]);
  });

  test('connect timeout → ConnectionTimeoutError', () => {
    const err = connectionFailureToError({ kind: FailureKind.CONNECT_TIMEOUT });
    expect(err).toBeInstanceOf(ferrodis.ConnectionTimeoutError);
    expect(err.message).toBe(new redis.ConnectionTimeoutError().message);
  });

  test('socket closed → SocketClosedUnexpectedlyError', () => {
    const err = connectionFailureToError({ kind: FailureKind.SOCKET_CLOSED, message: 'eof' });
    expect(err).toBeInstanceOf(ferrodis.SocketClosedUnexpectedlyError);
    expect(err.message).toBe('Socket closed unexpectedly');
  });

  test('TLS error → Error with the TLS message and code', () => {
    const err = connectionFailureToError({ kind: FailureKind.TLS, code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', message: 'unable to verify the first certificate' });
    expect(Object.getPrototypeOf(err)).toBe(Error.prototype);
    expect(err.message).toBe('unable to verify the first certificate');
    expect(err.code).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  });

  test('handshake refused by the server → SimpleError (an ErrorReply) with the server text', () => {
    const text = 'WRONGPASS invalid username-password pair or user is disabled.';
    const err = connectionFailureToError({ kind: FailureKind.HANDSHAKE_REFUSED, message: text });
    expect(err).toBeInstanceOf(ferrodis.SimpleError);
    expect(err).toBeInstanceOf(ferrodis.ErrorReply);
    expect(describe_(err, ferrodis)).toEqual(describe_(new redis.SimpleError(text), redis));
  });

  test('protocol error → Error("Protocol error: ...")', () => {
    expect(connectionFailureToError({ kind: FailureKind.PROTOCOL, message: 'unknown RESP type byte 0x3f' }).message)
      .toBe('Protocol error: unknown RESP type byte 0x3f');
    expect(connectionFailureToError({ kind: FailureKind.PROTOCOL, message: 'Protocol error: bad length' }).message)
      .toBe('Protocol error: bad length');
  });

  test('unknown kind still gives an Error with the message, and stacks start at the caller', () => {
    const err = connectionFailureToError({ kind: 99, code: 'EWHAT', message: 'something new' });
    expect(err.message).toBe('something new');
    expect(err.code).toBe('EWHAT');
    for (const kind of Object.values(FailureKind)) {
      const e = connectionFailureToError({ kind, code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:1' });
      expect(e.stack.split('\n')[1]).toContain(path.basename(__filename));
    }
  });
});
