'use strict';
/**
 * A scripted Redis peer for tests of what a client does when a server misbehaves: a real
 * `net.Server` on a free port of 127.0.0.1 (or on a UNIX socket path) that reads the client's
 * commands (RESP arrays of bulk strings) and, per connection, follows a script. Not a mock of
 * ferrodis: the client talks to it over a socket exactly as it would to redis-server.
 *
 *   const server = await startFakeServer({ path: undefined });   // path: listen on a UNIX socket
 *   server.socket          { host, port } or { path }: pass as createClient's `socket`
 *   server.use(...scripts) the n-th connection accepted from now on runs scripts[n] (the last
 *                          one for every later connection): `use(hostile, NORMAL)` misbehaves
 *                          on one connection, then serves the reconnections well
 *   server.peers           the open connections (a `Peer` each), oldest first
 *   server.accepted        connections accepted since the last `use()`
 *   server.data            the Map GET and SET work on
 *   server.dropAll()       closes every open connection at once
 *   await server.close()
 *
 * A script is an object with optional hooks (both may send, wait and close asynchronously):
 *   accept(peer)           on a new connection, before any command
 *   command(args, peer)    for each command received (args: strings, the name as sent); return
 *                          undefined to have it answered normally, anything else once it is
 *                          handled (answered, or deliberately not)
 * The normal behaviour answers what a client's handshake sends — HELLO (a RESP3 map for
 * `HELLO 3`, after which the connection speaks RESP3), AUTH, SELECT, CLIENT SETINFO/SETNAME —
 * and PING, ECHO, GET, SET, DEL, QUIT; anything else gets `-ERR unknown command`.
 *
 * A Peer (one connection):
 *   peer.commands          the commands received so far (arrays of strings)
 *   peer.resp              2, or 3 after a HELLO 3
 *   peer.send(bytes)       writes raw bytes (a string is sent as Latin-1, byte for byte) after
 *                          whatever was sent or dripped before; resolves once the socket took
 *                          them (backpressure)
 *   peer.answer(args)      the bytes of the normal answer to `args`; peer.reply(args) sends them
 *   peer.drip(bytes, { pieces = 1, delay = 1 })   sends `bytes` in pieces of `pieces` bytes
 *                          ('random': 1 to 64; a function: its result for each piece), `delay`
 *                          ms apart (0: the next turn of the event loop); resolves once all is sent
 *   peer.end()             closes after what was sent (FIN); peer.destroy(): at once, and
 *                          peer.socket.resetAndDestroy() with a TCP reset
 *   peer.closed            a promise that resolves when the connection is closed
 *
 * Ready-made scripts: NORMAL (answers everything normally), SILENT (accepts, reads, never
 * answers a byte, not even the handshake), and answering(name, respond), which hands the
 * commands named `name` to `respond(args, peer)` and answers the rest normally.
 */
const net = require('node:net');

const HOST = '127.0.0.1';
const CRLF = '\r\n';

const NORMAL = Object.freeze({});
const SILENT = Object.freeze({ command: () => true });

/** A script handing the commands named `name` (any case) to `respond`, the rest answered
 *  normally. */
function answering(name, respond) {
  const wanted = name.toUpperCase();
  return {
    command(args, peer) {
      if (args[0].toUpperCase() !== wanted) return undefined;
      respond(args, peer);
      return true;
    },
  };
}

const bulk = (text) => `$${Buffer.byteLength(text)}${CRLF}${text}${CRLF}`;

class Peer {
  constructor(socket, server, script) {
    this.socket = socket;
    this.server = server;
    this.script = script;
    this.commands = [];
    this.resp = 2;
    this._chunks = [];
    this._buffered = 0;
    this._needed = 1; // bytes the next command takes at least
    this._sent = Promise.resolve(); // what was given to send() so far is sent
    this.closed = new Promise((resolve) => socket.once('close', resolve));
    if (socket.setNoDelay) socket.setNoDelay(true); // a drip must leave as the pieces it was cut in
    socket.on('error', () => {}); // a client that resets is not the test's failure
    socket.on('data', (chunk) => this._received(chunk));
  }

  send(bytes) {
    return this._inOrder(() => this._write(bytes));
  }

  reply(args) {
    return this.send(this.answer(args));
  }

  async drip(bytes, { pieces = 1, delay = 1 } = {}) {
    const data = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes;
    return this._inOrder(async () => {
      for (let at = 0; at < data.length && !this.socket.destroyed;) {
        const size = typeof pieces === 'function' ? pieces() : pieces === 'random' ? 1 + Math.floor(Math.random() * 64) : pieces;
        await this._write(data.subarray(at, at + size));
        at += size;
        await new Promise((resolve) => (delay === 0 ? setImmediate(resolve) : setTimeout(resolve, delay)));
      }
    });
  }

  /** Runs `task` once everything sent before it is sent: replies leave in the order they were
   *  given, even while a drip is under way. */
  _inOrder(task) {
    const done = this._sent.then(task);
    this._sent = done.catch(() => {});
    return done;
  }

  /** Resolves once the socket took `bytes` (at once, or when it drains). */
  _write(bytes) {
    if (this.socket.destroyed) return Promise.resolve();
    const data = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes;
    return new Promise((resolve) => {
      if (this.socket.write(data)) return resolve();
      const done = () => {
        this.socket.off('drain', done).off('close', done);
        resolve();
      };
      this.socket.on('drain', done).on('close', done);
    });
  }

  end() {
    return this._inOrder(() => this.socket.end());
  }

  destroy() {
    this.socket.destroy();
  }

  _received(chunk) {
    // Chunks are joined only once a whole command may be there: a large value arriving in
    // thousands of reads is copied once, not once per read.
    this._chunks.push(chunk);
    this._buffered += chunk.length;
    if (this._buffered < this._needed) return;
    let input = this._chunks.length === 1 ? this._chunks[0] : Buffer.concat(this._chunks);
    for (;;) {
      let parsed;
      try {
        parsed = readCommand(input);
      } catch {
        this.destroy(); // not a client's RESP: nothing sensible to answer
        return;
      }
      if (parsed.args === undefined) {
        this._chunks = input.length === 0 ? [] : [input];
        this._buffered = input.length;
        this._needed = parsed.needed;
        return;
      }
      input = input.subarray(parsed.end);
      this.commands.push(parsed.args);
      if (this.script.command?.(parsed.args, this) === undefined) this.reply(parsed.args);
    }
  }

  /** The bytes of the normal answer to a command, in this connection's protocol. */
  answer(args) {
    const name = args[0].toUpperCase();
    const sub = (args[1] ?? '').toUpperCase();
    const nil = this.resp === 3 ? `_${CRLF}` : `$-1${CRLF}`;
    switch (name) {
      case 'PING':
        return args.length > 1 ? bulk(args[1]) : `+PONG${CRLF}`;
      case 'ECHO':
        return bulk(args[1] ?? '');
      case 'GET':
        return this.server.data.has(args[1]) ? bulk(this.server.data.get(args[1])) : nil;
      case 'SET':
        this.server.data.set(args[1], args[2]);
        return `+OK${CRLF}`;
      case 'DEL':
        return `:${args.slice(1).filter((key) => this.server.data.delete(key)).length}${CRLF}`;
      case 'HELLO':
        return this._hello(args[1]);
      case 'QUIT':
        setImmediate(() => this.end());
        return `+OK${CRLF}`;
      case 'AUTH':
      case 'SELECT':
        return `+OK${CRLF}`;
      case 'CLIENT':
        if (sub === 'SETINFO' || sub === 'SETNAME') return `+OK${CRLF}`;
        break;
      default:
    }
    return `-ERR unknown command '${args[0]}', with args beginning with: ${CRLF}`;
  }

  _hello(version = '2') {
    if (version !== '2' && version !== '3') return `-NOPROTO unsupported protocol version${CRLF}`;
    this.resp = Number(version);
    const fields = [['server', bulk('redis')], ['version', bulk('7.0.15')], ['proto', `:${version}${CRLF}`],
      ['id', `:1${CRLF}`], ['mode', bulk('standalone')], ['role', bulk('master')], ['modules', `*0${CRLF}`]];
    const body = fields.map(([key, value]) => bulk(key) + value).join('');
    return (this.resp === 3 ? `%${fields.length}` : `*${2 * fields.length}`) + CRLF + body;
  }
}

/** The command at the front of `input`: `{ args, end }`, or `{ needed }` (how many bytes it
 *  takes at least) if it has not all arrived. Throws on anything that is not an array of bulk
 *  strings. */
function readCommand(input) {
  const line = (from) => {
    const cr = input.indexOf(CRLF, from);
    return cr === -1 ? undefined : { text: input.latin1Slice(from, cr), next: cr + 2 };
  };
  const more = (needed = input.length + 1) => ({ needed });
  if (input.length === 0) return more();
  if (input[0] !== 0x2a /* * */) throw new Error('not a RESP array');
  const header = line(1);
  if (header === undefined) return more();
  const count = Number(header.text);
  if (!Number.isInteger(count) || count < 1) throw new Error('bad array length');
  const args = [];
  let at = header.next;
  for (let i = 0; i < count; i++) {
    if (at >= input.length) return more();
    if (input[at] !== 0x24 /* $ */) throw new Error('not a bulk string');
    const length = line(at + 1);
    if (length === undefined) return more();
    const size = Number(length.text);
    if (!Number.isInteger(size) || size < 0) throw new Error('bad bulk length');
    if (input.length < length.next + size + 2) return more(length.next + size + 2);
    args.push(input.toString('utf8', length.next, length.next + size));
    at = length.next + size + 2;
  }
  return { args, end: at };
}

async function startFakeServer({ path } = {}) {
  const peers = new Set();
  let scripts = [NORMAL];
  let accepted = 0;
  const server = net.createServer((socket) => {
    const script = scripts[Math.min(accepted, scripts.length - 1)];
    accepted++;
    const peer = new Peer(socket, fake, script);
    peers.add(peer);
    socket.once('close', () => peers.delete(peer));
    script.accept?.(peer);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    if (path !== undefined) server.listen(path, resolve);
    else server.listen(0, HOST, resolve);
  });
  const fake = {
    host: path === undefined ? HOST : undefined,
    port: path === undefined ? server.address().port : undefined,
    path,
    get socket() {
      return path === undefined ? { host: HOST, port: this.port } : { path };
    },
    data: new Map(),
    get peers() {
      return [...peers];
    },
    get accepted() {
      return accepted;
    },
    use(...next) {
      scripts = next.length > 0 ? next : [NORMAL];
      accepted = 0;
    },
    dropAll() {
      for (const peer of peers) peer.destroy();
    },
    close() {
      this.dropAll();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}

module.exports = { startFakeServer, NORMAL, SILENT, answering };
