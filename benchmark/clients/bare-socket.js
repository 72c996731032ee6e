'use strict';
// A reference, not a client: a bare-bones client on Node's net.Socket for GET and SET. One
// socket; the commands of a tick joined and written at once; replies matched to commands in
// order; bulk strings decoded as UTF-8 (as node-redis and ferrodis return them). No options, no
// reconnection, no reply types but the ones GET, SET and PING give.
//
// Where a workload is bound by the round trip (sequential GET), this row is Node's floor on this
// machine: its event loop, its promises and the kernel's wake-ups, with almost no client work on
// top. Elsewhere it is only a simple pure-JS client (building the commands as strings, say, is
// not the cheapest way).
// ferrodis does not use net.Socket (it reads and writes the socket itself, see core/src/direct.rs),
// so where it beats this row, it is by doing less than Node's stream machinery does. "Best other"
// leaves this row out.

const net = require('net');
const tls = require('tls');

const CR = 13;

// RESP for one command of strings (GET, SET, PING).
function encode(args) {
  let out = `*${args.length}\r\n`;
  for (const arg of args) out += `$${Buffer.byteLength(arg)}\r\n${arg}\r\n`;
  return out;
}

class BareConnection {
  constructor() {
    this.socket = null;
    this.waiting = []; // { resolve, reject } of the commands sent, oldest first
    this.head = 0;
    this.out = []; // this tick's commands
    this.chunks = null; // an incomplete reply's bytes, while more are needed
    this.have = 0;
    this.need = 0;
    this.lastError = null;
    this.flush = this.flush.bind(this);
  }

  // `tlsOptions` ({ ca, cert, key }): over TLS, with Node's tls.connect (a TLSSocket, itself a
  // net.Socket) and nothing else changed.
  connect(host, port, tlsOptions) {
    return new Promise((resolve, reject) => {
      const socket = tlsOptions ? tls.connect({ host, port, ...tlsOptions }) : net.connect({ host, port, noDelay: true });
      if (tlsOptions) socket.setNoDelay(true);
      socket.once(tlsOptions ? 'secureConnect' : 'connect', resolve);
      socket.once('error', reject);
      socket.on('error', (err) => {
        this.lastError = err;
        this.failAll(err);
      });
      socket.on('data', (chunk) => this.onData(chunk));
      this.socket = socket;
    });
  }

  send(args) {
    return new Promise((resolve, reject) => {
      if (this.out.length === 0) queueMicrotask(this.flush);
      this.out.push(encode(args));
      this.waiting.push({ resolve, reject });
    });
  }

  flush() {
    this.socket.write(this.out.length === 1 ? this.out[0] : this.out.join(''));
    this.out = [];
  }

  onData(chunk) {
    let bytes = chunk;
    if (this.chunks) {
      this.chunks.push(chunk);
      this.have += chunk.length;
      if (this.have < this.need) return;
      bytes = Buffer.concat(this.chunks, this.have);
      this.chunks = null;
    }
    let at = 0;
    while (at < bytes.length) {
      const next = this.parseOne(bytes, at);
      if (next < 0) {
        this.chunks = [bytes.subarray(at)];
        this.have = bytes.length - at;
        this.need = -next;
        return;
      }
      at = next;
    }
  }

  // Settles the oldest command with the reply at `at`; returns where the next reply starts, or
  // minus the bytes this reply needs from `at` (as far as its header tells) if it is incomplete.
  parseOne(bytes, at) {
    const lineEnd = bytes.indexOf(CR, at);
    if (lineEnd < 0 || lineEnd + 1 >= bytes.length) return -(bytes.length - at + 1);
    const type = bytes[at];
    let value;
    let next = lineEnd + 2;
    if (type === 0x24) { // $ bulk string
      const length = Number(bytes.latin1Slice(at + 1, lineEnd));
      if (length >= 0) {
        next += length + 2;
        if (next > bytes.length) return -(next - at);
        value = bytes.utf8Slice(lineEnd + 2, lineEnd + 2 + length);
      } else {
        value = null;
      }
    } else if (type === 0x2b) { // + simple string
      value = bytes.latin1Slice(at + 1, lineEnd);
    } else if (type === 0x3a) { // : integer
      value = Number(bytes.latin1Slice(at + 1, lineEnd));
    } else if (type === 0x2d) { // - error
      value = new Error(bytes.utf8Slice(at + 1, lineEnd));
    } else {
      throw new Error(`the bare net.Socket client reads no '${String.fromCharCode(type)}' replies`);
    }
    const { resolve, reject } = this.waiting[this.head++];
    if (this.head === this.waiting.length) {
      this.waiting.length = 0;
      this.head = 0;
    } else if (this.head > 1024) {
      this.waiting.splice(0, this.head);
      this.head = 0;
    }
    if (value instanceof Error) reject(value);
    else resolve(value);
    return next;
  }

  failAll(err) {
    const waiting = this.waiting.slice(this.head);
    this.waiting = [];
    this.head = 0;
    for (const w of waiting) w.reject(err);
  }

  close() {
    return new Promise((resolve) => {
      this.socket.once('close', resolve);
      this.socket.end();
    });
  }
}

function bareSocketAdapter() {
  return {
    async create({ host, port, tls: tlsOptions }) {
      const connection = new BareConnection();
      return {
        connect: () => connection.connect(host, port, tlsOptions),
        get: (key) => connection.send(['GET', key]),
        set: (key, value) => connection.send(['SET', key, value]),
        sendCommand: (args) => connection.send(args),
        close: () => connection.close(),
        lastError: () => connection.lastError,
      };
    },
  };
}

// The workloads it can run: the ones made of GET and SET, over TCP and over TLS.
const BARE_SOCKET_WORKLOADS = ['get-seq', 'get-wave-1000', 'set-wave-1000', 'get-100kb', 'set-100kb', 'clients-50-waves-100',
  'tls-get-seq', 'tls-get-wave-1000', 'tls-get-100kb', 'tls-set-100kb'];

module.exports = { bareSocketAdapter, BARE_SOCKET_WORKLOADS };
