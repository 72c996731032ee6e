'use strict';
// createClient() options → what the client and the engine need. The one place where defaults
// live (NODE_REDIS_V5.md §1.1, with the guide's differences from DESIGN.md).

const { describe } = require('./commands/args');
const native = require('./native');
const { tlsOptions, tcpOptions } = require('./socket-options');
const { SocketTimeoutError } = require('./errors');
const { version } = require('../package.json');

const DEFAULT_CONNECT_TIMEOUT = 5000;

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

function optional(options, name, type) {
  const v = options[name];
  check(v === undefined || typeof v === type, `${name} must be a ${type}, got ${describe(v)} instead`);
  return v;
}

/** `socket.reconnectStrategy`: a function, a number of ms, or false. */
function reconnectStrategy(strategy) {
  if (strategy === undefined) return defaultStrategyUnlessIdle;
  if (strategy === false) return () => false;
  if (typeof strategy === 'number' && strategy >= 0) return () => strategy;
  check(typeof strategy === 'function', `socket.reconnectStrategy must be a function, a number of milliseconds or false, got ${describe(strategy)} instead`);
  return strategy;
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
      throw new TypeError(`tls socket option is set to ${socket.tls} which is mismatch with protocol or the URL ${options.url} passed`);
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
  const database = options.database ?? 0;
  check(Number.isInteger(database) && database >= 0, `database must be a non-negative integer, got ${describe(database)} instead`);
  const RESP = options.RESP ?? 2;
  check(RESP === 2 || RESP === 3, `RESP must be 2 or 3, got ${describe(RESP)} instead`);

  const connectTimeout = socket.connectTimeout ?? options.connectTimeout ?? DEFAULT_CONNECT_TIMEOUT;
  check(typeof connectTimeout === 'number' && connectTimeout >= 0, `connectTimeout must be a number of milliseconds, got ${describe(connectTimeout)} instead`);

  const socketTimeout = socket.socketTimeout;
  check(socketTimeout === undefined || (typeof socketTimeout === 'number' && socketTimeout > 0), `socket.socketTimeout must be a positive number of milliseconds, got ${describe(socketTimeout)} instead`);
  const pingInterval = options.pingInterval;
  check(pingInterval === undefined || (typeof pingInterval === 'number' && pingInterval > 0), `pingInterval must be a positive number of milliseconds, got ${describe(pingInterval)} instead`);

  const connection = { connectTimeout, socketTimeout, noDelay: socket.noDelay ?? true, keepAlive: socket.keepAlive ?? true };
  if (socket.path !== undefined) {
    check(typeof socket.path === 'string', `socket.path must be a string, got ${describe(socket.path)} instead`);
    connection.path = socket.path;
  } else {
    const host = socket.host ?? 'localhost';
    const port = socket.port ?? 6379;
    check(typeof host === 'string', `socket.host must be a string, got ${describe(host)} instead`);
    check(Number.isInteger(Number(port)) && Number(port) >= 0 && Number(port) < 65536, `socket.port must be a port number, got ${describe(port)} instead`);
    connection.host = host;
    connection.port = Number(port);
    Object.assign(connection, tcpOptions(socket));
    if (socket.tls) connection.tls = tlsOptions(socket, native.checkTlsOptions);
  }

  const offlineQueue = options.disableOfflineQueue !== true && options.enableOfflineQueue !== false;
  const queueLimit = options.commandsQueueMaxLength;
  check(queueLimit === undefined || (Number.isInteger(queueLimit) && queueLimit > 0), `commandsQueueMaxLength must be a positive integer, got ${describe(queueLimit)} instead`);

  return {
    options,
    connection,
    RESP,
    database,
    offlineQueue,
    queueLimit: queueLimit ?? Infinity,
    reconnectStrategy: reconnectStrategy(socket.reconnectStrategy),
    pingInterval,
    commandOptions: options.commandOptions,
  };
}

/**
 * The commands replayed at the start of every connection, in order, and how many of the last
 * ones may fail (CLIENT SETINFO: servers before 7.2 do not know it; node-redis ignores that too).
 */
function handshake(settings, database) {
  const commands = handshakeCommands(settings, database);
  const { options } = settings;
  if (options.disableClientInfo) return { commands, optional: 0 };
  const name = options.clientInfoTag === undefined ? 'ferrodis' : `ferrodis(${options.clientInfoTag})`;
  commands.push(['CLIENT', 'SETINFO', 'LIB-NAME', name], ['CLIENT', 'SETINFO', 'LIB-VER', version]);
  return { commands, optional: 2 };
}

function handshakeCommands(settings, database) {
  const { options, RESP } = settings;
  const { username, password, name } = options;
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
  return commands;
}

module.exports = { normalizeOptions, handshake, defaultReconnectStrategy };
