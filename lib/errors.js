'use strict';
// The error classes of node-redis 5.12.1, with its messages, constructor signatures, own
// properties and hierarchy. Like node-redis, none of them sets `name`: `err.name` is "Error" and
// the class shows through `instanceof` and `err.constructor.name`.
//
// Below the classes: how an engine connection failure becomes the Error a node-redis user sees.
//
// Every class here formats its stack trace when it is made (`detachStack`): until V8 formats a
// stack, it keeps each frame's receiver and function alive, and the frames of an error made
// inside the client have the client itself as receiver — a held error would hold the client,
// its buffers and its closures (measured: ~110 KB per failed connect).

/**
 * Formats `err.stack` now, so that the error no longer references the frames it was made in
 * (their receivers: clients, multis, readers). Returns `err`. For errors made inside ferrodis'
 * methods and handed to a caller: rejections, 'error' events, wrapped causes.
 */
function detachStack(err) {
  if (err !== null && typeof err === 'object') {
    try {
      void err.stack;
    } catch {
      // a foreign object with a throwing `stack` getter: nothing to detach
    }
  }
  return err;
}

class AbortError extends Error { constructor() { super('The command was aborted'); detachStack(this); } }
class ConnectionTimeoutError extends Error { constructor() { super('Connection timeout'); detachStack(this); } }
class ClientClosedError extends Error { constructor() { super('The client is closed'); detachStack(this); } }
class ClientOfflineError extends Error { constructor() { super('The client is offline'); detachStack(this); } }
class DisconnectsClientError extends Error { constructor() { super('Disconnects client'); detachStack(this); } }
class SocketClosedUnexpectedlyError extends Error { constructor() { super('Socket closed unexpectedly'); detachStack(this); } }
class RootNodesUnavailableError extends Error { constructor() { super('All the root nodes are unavailable'); detachStack(this); } }

class WatchError extends Error {
  constructor(message = 'One (or more) of the watched keys has been changed') { super(message); detachStack(this); }
}

class SocketTimeoutError extends Error {
  // "timeout timeout" is node-redis' wording, kept so that messages compare equal.
  constructor(timeout) { super(`Socket timeout timeout. Expecting data, but didn't receive any in ${timeout}ms.`); detachStack(this); }
}

class ReconnectStrategyError extends Error {
  originalError;
  socketError;
  constructor(originalError, socketError) {
    super(originalError.message);
    detachStack(this);
    // The strategy's Error was made inside the client's call to the strategy: detach it too.
    this.originalError = detachStack(originalError);
    this.socketError = detachStack(socketError);
  }
}

// A server error reply: `-ERR ...` (SimpleError) or RESP3 `!...` (BlobError). The message is the
// server's text.
class ErrorReply extends Error {
  constructor(...args) {
    super(...args);
    detachStack(this);
  }
}
class SimpleError extends ErrorReply {}
class BlobError extends ErrorReply {}

/**
 * An error reply read from the reply stream. Made in a reply callback, its stack could only list
 * the reader's and the client's frames (never the caller's), which would keep the client alive
 * or cost ~7 µs per error to format (see detachStack): it is made without frames.
 */
function serverError(Class, message) {
  const limit = Error.stackTraceLimit;
  try {
    Error.stackTraceLimit = 0;
  } catch {
    return new Class(message); // a frozen Error (e.g. SES): the constructor formats the frames
  }
  const err = new Class(message);
  Error.stackTraceLimit = limit;
  return err;
}

class MultiErrorReply extends ErrorReply {
  replies;
  errorIndexes;
  constructor(replies, errorIndexes) {
    super(`${errorIndexes.length} commands failed, see .replies and .errorIndexes for more information`);
    detachStack(this);
    this.replies = replies;
    this.errorIndexes = errorIndexes;
  }

  *errors() {
    for (const index of this.errorIndexes) yield this.replies[index];
  }
}

class TimeoutError extends Error {
  constructor(...args) {
    super(...args);
    detachStack(this);
  }
}

class SocketTimeoutDuringMaintenanceError extends TimeoutError {
  constructor(timeout) { super(`Socket timeout during maintenance. Expecting data, but didn't receive any in ${timeout}ms.`); detachStack(this); }
}

class CommandTimeoutDuringMaintenanceError extends TimeoutError {
  constructor(timeout) { super(`Command timeout during maintenance. Waited to write command for more than ${timeout}ms.`); detachStack(this); }
}

class OpenTelemetryError extends Error {
  constructor(...args) {
    super(...args);
    detachStack(this);
  }
}

// ── Engine connection failures ──────────────────────────────────────────────────────────────

/** The `kind` of a connection failure reported by the engine (core/). */
const FailureKind = Object.freeze({
  IO: 1, // OS-level error; `code` is the errno name (ECONNREFUSED, ENOTFOUND, ENOENT, ...)
  CONNECT_TIMEOUT: 2,
  SOCKET_CLOSED: 3, // the peer closed the socket while it was in use
  TLS: 4,
  HANDSHAKE_REFUSED: 5, // the server answered AUTH/HELLO/SELECT... with an error; `message` is its text
  PROTOCOL: 6, // the server sent bytes that are not RESP
  SOCKET_TIMEOUT: 7, // nothing received for `socketTimeout` ms; `message` names the limit
});

// `connect ECONNREFUSED 127.0.0.1:6380`, `getaddrinfo ENOTFOUND db.example`, `connect ENOENT /tmp/r.sock`
const NODE_SYSTEM_MESSAGE = /^([a-z]\w*) ([A-Z][A-Z0-9_]*)(?: (.+))?$/;

// libuv's number for a getaddrinfo failure that Node reports as ENOTFOUND (UV_EAI_NONAME).
const UV_EAI_NONAME = -3008;
let uvErrnoByCode;

/** Node's (negative, libuv) `errno` for an error code name, or undefined if it has none. */
function uvErrno(code) {
  if (code === 'ENOTFOUND') return UV_EAI_NONAME;
  if (!uvErrnoByCode) {
    uvErrnoByCode = new Map();
    for (const [errno, [name]] of require('node:util').getSystemErrorMap()) uvErrnoByCode.set(name, errno);
  }
  return uvErrnoByCode.get(code);
}

// Splits the target of a system error message into the fields Node sets: a socket path or
// `host:port` (the last `:` separates the port, so Node's `::1:6379` works, as does `[::1]:6379`)
// become `address` [+ `port`]; the target of a DNS lookup becomes `hostname`.
function targetFields(syscall, target) {
  if (syscall === 'getaddrinfo' || syscall === 'queryA' || syscall === 'queryAaaa') return { hostname: target };
  const colon = target.lastIndexOf(':');
  if (target.startsWith('/') || colon === -1 || !/^\d+$/.test(target.slice(colon + 1))) return { address: target };
  return { address: target.slice(0, colon).replace(/^\[(.*)\]$/, '$1'), port: Number(target.slice(colon + 1)) };
}

// Shaped like the errors of Node's `net` module: own enumerable errno, code, syscall, then
// address/port (or hostname), in that order. Fields the engine sends explicitly win over those
// read from the message.
function systemError({ code: givenCode, message, errno, syscall, address, port, hostname }) {
  const code = givenCode || undefined; // the engine sends '' when the OS error has no name
  const parsed = NODE_SYSTEM_MESSAGE.exec(message ?? '');
  const err = new Error(message ?? `connect ${code}`);
  const fields = {
    errno: errno ?? uvErrno(code),
    code: code ?? parsed?.[2],
    syscall: syscall ?? parsed?.[1] ?? 'connect',
    ...(parsed?.[3] !== undefined ? targetFields(syscall ?? parsed[1], parsed[3]) : {}),
  };
  if (address !== undefined) fields.address = address;
  if (port !== undefined) fields.port = port;
  if (hostname !== undefined) fields.hostname = hostname;
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) err[key] = value;
  return err;
}

/**
 * The Error a node-redis user would get for a failed connection attempt, built from the engine's
 * report `{kind, code, message}` (kind: see FailureKind; optional `errno`, `syscall`, `address`,
 * `port`, `hostname` override what is read from a Node-style message).
 *   IO → Error like Node's net errors (`connect ECONNREFUSED 127.0.0.1:6379`, .errno/.code/.syscall/
 *        .address/.port); CONNECT_TIMEOUT → ConnectionTimeoutError; SOCKET_CLOSED →
 *        SocketClosedUnexpectedlyError; TLS → Error with the TLS message and .code;
 *        HANDSHAKE_REFUSED → SimpleError (an ErrorReply) with the server's text;
 *        PROTOCOL → Error('Protocol error: ...').
 * @param {{kind: number, code?: string, message?: string}} failure
 * @returns {Error}
 */
function connectionFailureToError(failure) {
  const err = failureError(failure);
  // The stack should point at whoever reported the failure, not at this module; formatted now,
  // since its frames are the client's (see detachStack).
  Error.captureStackTrace(err, connectionFailureToError);
  return detachStack(err);
}

function failureError(failure) {
  const { kind, code, message } = failure;
  switch (kind) {
    case FailureKind.IO:
      return systemError(failure);
    case FailureKind.CONNECT_TIMEOUT:
      return new ConnectionTimeoutError();
    case FailureKind.SOCKET_CLOSED:
      return new SocketClosedUnexpectedlyError();
    case FailureKind.SOCKET_TIMEOUT:
      return new SocketTimeoutError(Number(/in (\d+)ms/.exec(message)?.[1]));
    case FailureKind.HANDSHAKE_REFUSED:
      return new SimpleError(message);
    case FailureKind.PROTOCOL:
      return new Error(/^Protocol error/i.test(message ?? '') ? message : `Protocol error: ${message}`);
    default: // TLS, and any kind this module does not know yet
      return withCode(new Error(message || (kind === FailureKind.TLS ? 'TLS handshake failed' : `Connection failed (kind ${kind})`)), code);
  }
}

function withCode(err, code) {
  if (code) err.code = code;
  return err;
}

module.exports = {
  AbortError,
  WatchError,
  ConnectionTimeoutError,
  SocketTimeoutError,
  ClientClosedError,
  ClientOfflineError,
  DisconnectsClientError,
  SocketClosedUnexpectedlyError,
  RootNodesUnavailableError,
  ReconnectStrategyError,
  ErrorReply,
  SimpleError,
  BlobError,
  TimeoutError,
  SocketTimeoutDuringMaintenanceError,
  CommandTimeoutDuringMaintenanceError,
  MultiErrorReply,
  OpenTelemetryError,
  // ferrodis-internal: not part of the public exports
  FailureKind,
  connectionFailureToError,
  detachStack,
  serverError,
};
