'use strict';
// createClient() options → what the client and the engine need. The one place where defaults
// live (NODE_REDIS_V5.md §1.1, with the guide's differences from DESIGN.md).

const { blockingSettings } = require('./side-connections');
const { describe } = require('./commands/args');
const native = require('./native');
const { tlsOptions, tcpOptions } = require('./socket-options');
const { SocketTimeoutError } = require('./errors');
const { version } = require('../package.json');
const { cacheOf } = require('./cache');

const DEFAULT_CONNECT_TIMEOUT = 5000;
// The longest delay Node's timers honour (setTimeout's TIMEOUT_MAX, about 24.8 days): a longer
// one fires after 1 ms with a TimeoutOverflowWarning, so no timer option may exceed it.
const TIMER_MAX = 2 ** 31 - 1;
const DATABASE_MAX = 2 ** 32 - 1; // as for a URL's /db (core/src/url.rs)

/** The guide's default: Math.min(retries * 50, 500) ms. */
function defaultReconnectStrategy(retries) {
  return Math.min(retries * 50, 500);
}

// As in node-redis, the default strategy does not reconnect after a socket timeout: an idle
// connection that was cut is closed, not revived.
function defaultStrategyUnlessIdle(retries, cause) {
  return cause instanceof SocketTimeoutError ? false : defaultReconnectStrategy(retries);
}

function check(condition, message) {
  if (!condition) throw new TypeError(message);
}

/** How a wrong value is quoted in a message: numbers as they are, anything else by its type. */
function quote(v) {
  return typeof v === 'number' ? String(v) : describe(v);
}

/** A timer option: a number of milliseconds from 0 to TIMER_MAX (0: off). Undefined stays
 *  undefined. */
function timer(v, name, zeroMeans) {
  check(v === undefined || (typeof v === 'number' && v >= 0 && v <= TIMER_MAX),
    `${name} must be a number of milliseconds from 0 (${zeroMeans}) to ${TIMER_MAX}, got ${quote(v)} instead`);
  return v;
}

/** An integer option from `min` to `max`. */
function integer(v, name, min, max, note = '') {
  check(Number.isInteger(v) && v >= min && v <= max, `${name} must be an integer from ${min}${note} to ${max}, got ${quote(v)} instead`);
  return v;
}

/** `socket.port`: as Node's net accepts it, a number or a string of digits, 0 to 65535. */
function port(v) {
  const number = typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v;
  integer(number, 'socket.port', 0, 65535);
  return number;
}

function optional(options, name, type) {
  const v = options[name];
  check(v === undefined || typeof v === type, `${name} must be a ${type}, got ${describe(v)} instead`);
  return v;
}

/** `socket.reconnectStrategy`: a function, a number of ms, or false. */
function reconnectStrategy(strategy) {
  if (strategy === undefined) return defaultStrategyUnlessIdle;
  if (strategy === false) return () => false;
  if (typeof strategy === 'number') {
    timer(strategy, 'socket.reconnectStrategy', 'reconnect at once');
    return () => strategy;
  }
  check(typeof strategy === 'function', `socket.reconnectStrategy must be a function, a number of milliseconds or false, got ${describe(strategy)} instead`);
  return strategy;
}

/** The URL with its password (the userinfo after the first `:`, up to the last `@` of the
 *  authority) replaced by `***`, for messages. node-redis quotes the URL as given. */
function withoutPassword(url) {
  return url.replace(/^([^/?#]*\/\/[^/?#:]*:)[^/?#]*@/, '$1***@');
}

/**
 * Applies a redis[s]:// or unix:// URL the way node-redis does: its fields win over the explicit
 * ones, and `options.socket` is updated in place.
 */
function applyUrl(options, parseUrl) {
  check(typeof options.url === 'string', `url must be a string, got ${describe(options.url)} instead`);
  let parsed;
  try {
    parsed = parseUrl(options.url);
  } catch (err) {
    // The engine reports "<JS error class>:<message>", e.g. "TypeError:Invalid protocol".
    const separator = err.message.indexOf(':');
    const message = err.message.slice(separator + 1);
    throw err.message.startsWith('URIError:') ? new URIError(message) : new TypeError(message);
  }
  const socket = (options.socket ??= {});
  if (parsed.path !== undefined && parsed.path !== null) {
    socket.path = parsed.path;
  } else {
    if (socket.tls !== undefined && socket.tls !== parsed.tls) {
      throw new TypeError(`tls socket option is set to ${socket.tls} which is mismatch with protocol or the URL ${withoutPassword(options.url)} passed`);
    }
    socket.tls = parsed.tls;
    if (parsed.host != null) socket.host = parsed.host;
    if (parsed.port != null) socket.port = parsed.port;
  }
  if (parsed.username != null) options.username = parsed.username;
  if (parsed.password != null) options.password = parsed.password;
  if (parsed.database != null) options.database = parsed.database;
}

/**
 * Validates and completes the user's options. Returns the effective options (what
 * `client.options` shows) and the settings derived from them.
 */
function normalizeOptions(userOptions, parseUrl) {
  check(userOptions === undefined || (userOptions !== null && typeof userOptions === 'object'),
    `createClient options must be an object, got ${describe(userOptions)} instead`);
  const options = userOptions ?? {};
  if (options.url !== undefined && options.url !== '') applyUrl(options, parseUrl);
  const socket = options.socket ?? {};
  check(typeof socket === 'object' && socket !== null, `socket must be an object, got ${describe(socket)} instead`);

  optional(options, 'username', 'string');
  optional(options, 'password', 'string');
  optional(options, 'name', 'string');
  const database = integer(options.database ?? 0, 'database', 0, DATABASE_MAX);
  const RESP = options.RESP ?? 2;
  check(RESP === 2 || RESP === 3, `RESP must be 2 or 3, got ${describe(RESP)} instead`);

  // Every timer is checked here: the engine turns them into Durations, Node's timers would
  // turn an overlong one into 1 ms.
  const connectTimeout = timer(socket.connectTimeout, 'socket.connectTimeout', 'no limit') ??
    timer(options.connectTimeout, 'connectTimeout', 'no limit') ?? DEFAULT_CONNECT_TIMEOUT;
  // 0 turns these two off, as in node-redis (which tests them for truthiness).
  const socketTimeout = timer(socket.socketTimeout, 'socket.socketTimeout', 'none') || undefined;
  const pingInterval = timer(options.pingInterval, 'pingInterval', 'none') || undefined;

  // Booleans as Node's socket methods read them (truthiness), so that the engine gets booleans.
  const connection = { connectTimeout, socketTimeout, noDelay: Boolean(socket.noDelay ?? true), keepAlive: Boolean(socket.keepAlive ?? true) };
  if (socket.path !== undefined) {
    check(typeof socket.path === 'string', `socket.path must be a string, got ${describe(socket.path)} instead`);
    connection.path = socket.path;
  } else {
    const host = socket.host ?? 'localhost';
    check(typeof host === 'string', `socket.host must be a string, got ${describe(host)} instead`);
    connection.host = host;
    connection.port = port(socket.port ?? 6379);
    Object.assign(connection, tcpOptions(socket));
    if (socket.tls) connection.tls = tlsOptions(socket, native.checkTlsOptions);
  }

  // A ferrodis option: a string the server announces longer than this is a protocol error,
  // as for Redis' own proto-max-bulk-len (default 512 MiB). It bounds status and error lines
  // too, so it may not be so small that a server's error messages would not fit.
  const { maxBulkLength } = options;
  check(maxBulkLength === undefined || (Number.isInteger(maxBulkLength) && maxBulkLength >= 65536 && maxBulkLength <= 2 ** 32 - 1),
    `maxBulkLength must be an integer number of bytes from 65536 to 4294967295, got ${describe(maxBulkLength)} instead`);
  if (maxBulkLength !== undefined) connection.maxBulkLength = maxBulkLength;

  const offlineQueue = options.disableOfflineQueue !== true && options.enableOfflineQueue !== false;
  const queueLimit = options.commandsQueueMaxLength;
  // 0 means unbounded, as in node-redis (which tests it for truthiness).
  if (queueLimit !== undefined) integer(queueLimit, 'commandsQueueMaxLength', 0, Number.MAX_SAFE_INTEGER, ' (unbounded)');

  return {
    options,
    connection,
    RESP,
    ...tracking(options, RESP),
    database,
    offlineQueue,
    queueLimit: queueLimit || Infinity,
    reconnectStrategy: reconnectStrategy(socket.reconnectStrategy),
    pingInterval,
    commandOptions: options.commandOptions,
    blocking: blockingSettings(options.blockingConnections),
    credentialsProvider: credentialsProvider(options.credentialsProvider),
  };
}

/** node-redis' `credentialsProvider` option, checked: an async one (`credentials()` before
 *  each connection) or a streaming one (`subscribe(listener)` once, new credentials pushed). */
function credentialsProvider(provider) {
  if (provider === undefined) return undefined;
  check(provider !== null && typeof provider === 'object', `credentialsProvider must be an object, got ${describe(provider)} instead`);
  if (provider.type === 'async-credentials-provider') {
    check(typeof provider.credentials === 'function', 'an async credentials provider needs a credentials() function');
  } else if (provider.type === 'streaming-credentials-provider') {
    check(typeof provider.subscribe === 'function', 'a streaming credentials provider needs a subscribe(listener) function');
    check(typeof provider.onReAuthenticationError === 'function', 'a streaming credentials provider needs an onReAuthenticationError(error) function');
  } else {
    check(false, `credentialsProvider.type must be 'async-credentials-provider' or 'streaming-credentials-provider', got ${describe(provider.type)} instead`);
  }
  return provider;
}

/**
 * The commands replayed at the start of every connection, in order, and how many of the last
 * ones may fail (CLIENT SETINFO: servers before 7.2 do not know it; node-redis ignores that too).
 */
function handshake(settings, database, credentials) {
  const commands = handshakeCommands(settings, database, credentials);
  const { options } = settings;
  if (options.disableClientInfo) return { commands, optional: 0 };
  const name = options.clientInfoTag === undefined ? 'ferrodis' : `ferrodis(${options.clientInfoTag})`;
  commands.push(['CLIENT', 'SETINFO', 'LIB-NAME', name], ['CLIENT', 'SETINFO', 'LIB-VER', version]);
  return { commands, optional: 2 };
}

/** `clientSideCache` (a config or a cache) and `emitInvalidate`: CLIENT TRACKING, RESP3 only,
 *  one or the other (node-redis' checks and messages). */
function tracking(options, RESP) {
  const { clientSideCache, emitInvalidate } = options;
  if (clientSideCache !== undefined && RESP !== 3) throw new Error('Client Side Caching is only supported with RESP3');
  if (emitInvalidate && RESP !== 3) throw new Error('emitInvalidate is only supported with RESP3');
  if (clientSideCache !== undefined && emitInvalidate) throw new Error('emitInvalidate is not supported (or necessary) when clientSideCache is enabled');
  return { cache: cacheOf(clientSideCache), emitInvalidate: Boolean(emitInvalidate) };
}

/** `credentials` ({ username, password }, from a credentials provider) replace the options'. */
function handshakeCommands(settings, database, credentials) {
  const { options, RESP } = settings;
  const { name } = options;
  const { username, password } = credentials ?? options;
  const commands = [];
  if (RESP === 3) {
    const hello = ['HELLO', '3'];
    if (password !== undefined || username !== undefined) hello.push('AUTH', username ?? 'default', password ?? '');
    if (name !== undefined) hello.push('SETNAME', name);
    commands.push(hello);
  } else {
    if (username !== undefined) commands.push(['AUTH', username, password ?? '']);
    else if (password !== undefined) commands.push(['AUTH', password]);
    if (name !== undefined) commands.push(['CLIENT', 'SETNAME', name]);
  }
  if (database !== 0) commands.push(['SELECT', String(database)]);
  if (options.readonly) commands.push(['READONLY']);
  if (settings.cache !== undefined) commands.push(settings.cache.trackingOn());
  else if (settings.emitInvalidate) commands.push(['CLIENT', 'TRACKING', 'ON']);
  return commands;
}

module.exports = { normalizeOptions, handshake, defaultReconnectStrategy, withoutPassword, TIMER_MAX };
