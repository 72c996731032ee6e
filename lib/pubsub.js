'use strict';
// Pub/sub on a client: node-redis 5's subscribe family, its listener registry and the delivery
// of messages. The engine does the protocol part (core/src/connection/ledger.rs): it pairs each
// (un)subscribe with its confirmations and hands messages, and the confirmations that answer no
// command, as push records, in order with the replies; this file is what JS does with them.
//
// The registry holds each channel's listeners. A subscribe adds its listener at once (no message
// comes before the server's confirmation anyway) and takes it back if it fails; an unsubscribe
// marks the channel `unsubscribing` and takes the listeners off when the server confirms (so
// the messages the server sent before that still reach them, as in node-redis). After a
// reconnect the client subscribes again to every channel not being unsubscribed: with the
// (un)subscribes still queued from before, whatever their order against that, the server ends
// where the registry does.

const { Buffer } = require('buffer');
const { PLAN } = require('./protocol/plan');
const { Pending } = require('./pending');
const { slotOf } = require('./commands/routing');
const { points } = require('./tracing');
const errors = require('./errors');

const SIMPLE_STRING = 43; // RESP_TYPES.SIMPLE_STRING

/** node-redis' PUBSUB_TYPE. */
const PUBSUB_TYPE = Object.freeze({ CHANNELS: 'CHANNELS', PATTERNS: 'PATTERNS', SHARDED: 'SHARDED' });

const FAMILIES = {
  CHANNELS: { subscribe: 'SUBSCRIBE', unsubscribe: 'UNSUBSCRIBE', plans: [PLAN.SUBSCRIBE, PLAN.UNSUBSCRIBE] },
  PATTERNS: { subscribe: 'PSUBSCRIBE', unsubscribe: 'PUNSUBSCRIBE', plans: [PLAN.PSUBSCRIBE, PLAN.PUNSUBSCRIBE] },
  SHARDED: { subscribe: 'SSUBSCRIBE', unsubscribe: 'SUNSUBSCRIBE', plans: [PLAN.SSUBSCRIBE, PLAN.SUNSUBSCRIBE] },
};

/** What messages are read as while some listener wants Buffers. */
const BUFFERS = Object.freeze({ 36: Buffer });
// MONITOR lines (simple strings) as Buffers: for `withTypeMapping({ [SIMPLE_STRING]: Buffer }).monitor()`.
const LINES = Object.freeze({ 43: Buffer });
const BUFFERS_AND_LINES = Object.freeze({ 36: Buffer, 43: Buffer });

// The registry key of a channel whose name is not UTF-8: its bytes, in hex, behind a prefix no
// text channel name has.
const BINARY = '\u0000binary:';

/** The registry key of a channel or pattern: its name as text, or as BINARY + hex when its bytes
 *  are not UTF-8 (a lossy decoding would merge channels); undefined for what is neither a string
 *  nor a Buffer (a server's garbage). */
function keyOf(channel) {
  if (typeof channel === 'string') return channel;
  if (!Buffer.isBuffer(channel)) return undefined;
  const text = channel.toString();
  return Buffer.byteLength(text) === channel.length && Buffer.from(text).equals(channel) ? text : BINARY + channel.toString('hex');
}

const isBinaryKey = (key) => key.startsWith(BINARY);

/** The channel a registry key stands for (another client's registry keys come through
 *  extendPubSubListeners): the bytes of a binary key, else `name` as given. */
const channelOf = (key, name) => (isBinaryKey(key) ? Buffer.from(key.slice(BINARY.length), 'hex') : name);

const isName = (value) => typeof value === 'string' || Buffer.isBuffer(value);

/** `channels` as a non-empty array of strings and Buffers; a TypeError naming `what` else. */
function channelList(channels, what) {
  const list = Array.isArray(channels) ? channels : [channels];
  if (list.length === 0 || !list.every(isName)) {
    throw errors.detachStack(new TypeError(`${what} expects a channel name (a string or a Buffer) or a non-empty array of them, got ${describe(channels)}`));
  }
  return list;
}

function describe(value) {
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array holding something else';
  return value === null ? 'null' : typeof value;
}

/** A (un)subscribe's Pending: `done(error)` runs as it settles or fails (synchronously, while
 *  the records after its confirmation wait), then the promise settles with undefined. */
class Confirmed extends Pending {
  constructor(done) {
    super(undefined, undefined, undefined);
    this.done = done;
  }

  settle(reply) {
    if (reply instanceof errors.ErrorReply) return this.reject(reply);
    this.done(undefined);
    this.resolve(undefined);
  }

  reject(error) {
    this.done(error);
    this.fail(error);
  }
}

class PubSub {
  constructor(client) {
    this.client = client; // the client's own state object (`_self`)
    this.listeners = { CHANNELS: new Map(), PATTERNS: new Map(), SHARDED: new Map() };
    this.inFlight = 0; // (un)subscribe commands sent and not answered yet
    this.bufferEntries = 0; // channels with a Buffer listener: messages are then read as Buffers
    this.binaryKeys = 0; // channels whose names are not UTF-8: the same
    this.generation = 0; // counts listeners added (an unsubscribe takes off only older ones)
    this.monitor = undefined; // the MONITOR listener, once MONITOR is confirmed
    this.monitorLines = false; // its lines as Buffers (its type mapping says so)
    this.lastChannel = { bytes: null, text: undefined }; // the decoder's last channel (ReplyReader.readChannelMessage)
    this._lastType = undefined; // _entryOf's last lookup
    this._lastName = undefined;
    this._lastEntry = undefined;
  }

  get isActive() {
    const { CHANNELS, PATTERNS, SHARDED } = this.listeners;
    return CHANNELS.size + PATTERNS.size + SHARDED.size > 0 || this.inFlight > 0;
  }

  /** The type mapping push records are read with. */
  get typeMapping() {
    const buffers = this.bufferEntries > 0 || this.binaryKeys > 0;
    if (this.monitorLines) return buffers ? BUFFERS_AND_LINES : LINES;
    return buffers ? BUFFERS : undefined;
  }

  // ---- the registry -------------------------------------------------------------------------
  // An entry is node-redis' { unsubscribing, buffers, strings }, plus (not enumerable) the
  // channel as the commands send it and when each listener was added.

  _newEntry(type, key, channel) {
    const entry = { unsubscribing: false, buffers: new Set(), strings: new Set() };
    Object.defineProperty(entry, 'channel', { value: channel });
    Object.defineProperty(entry, 'added', { value: { buffers: new Map(), strings: new Map() } });
    this.listeners[type].set(key, entry);
    this._forgetLastEntry();
    if (isBinaryKey(key)) this.binaryKeys++;
    return entry;
  }

  _add(entry, listener, buffers) {
    if (buffers) {
      if (entry.buffers.size === 0) this.bufferEntries++;
      entry.buffers.add(listener);
    } else {
      entry.strings.add(listener);
    }
    entry.added?.[buffers ? 'buffers' : 'strings'].set(listener, ++this.generation);
  }

  /** Takes `removal`'s listeners off the entry of `key` — those added up to generation `upTo`
   *  (one subscribed again since an unsubscribe was asked stays) — and the entry out once it has
   *  none (unless another has replaced it meanwhile). */
  _remove(type, key, entry, removal, upTo = Infinity) {
    const hadBuffers = entry.buffers.size > 0;
    for (const kind of ['buffers', 'strings']) {
      for (const listener of removal[kind]) {
        if ((entry.added?.[kind].get(listener) ?? 0) > upTo) continue;
        entry[kind].delete(listener);
        entry.added?.[kind].delete(listener);
      }
    }
    if (hadBuffers && entry.buffers.size === 0) this.bufferEntries--;
    if (entry.buffers.size + entry.strings.size > 0) return;
    const map = this.listeners[type];
    if (map.get(key) !== entry) return;
    map.delete(key);
    this._forgetLastEntry();
    if (isBinaryKey(key)) this.binaryKeys--;
  }

  // ---- commands -----------------------------------------------------------------------------

  subscribe(type, channels, listener, bufferMode) {
    const name = FAMILIES[type].subscribe.toLowerCase();
    const list = channelList(channels, name);
    if (typeof listener !== 'function') throw errors.detachStack(new TypeError(`${name} expects a listener function, got ${describe(listener)}`));
    const buffers = Boolean(bufferMode);
    const map = this.listeners[type];
    const fresh = [];
    const added = [];
    for (const channel of list) {
      const key = keyOf(channel);
      let entry = map.get(key);
      if (entry === undefined) {
        entry = this._newEntry(type, key, channel);
        fresh.push(channel);
      } else if (entry.unsubscribing) {
        entry.unsubscribing = false; // the queued unsubscribe leaves the server unsubscribed
        fresh.push(entry.channel ?? channel);
      }
      if (!(buffers ? entry.buffers : entry.strings).has(listener)) added.push([key, entry]);
      this._add(entry, listener, buffers);
    }
    if (fresh.length === 0) return Promise.resolve();
    const removal = { buffers: buffers ? [listener] : [], strings: buffers ? [] : [listener] };
    return this._send(type, true, fresh, (error) => {
      if (error !== undefined) for (const [key, entry] of added) this._remove(type, key, entry, removal);
    });
  }

  unsubscribe(type, channels, listener, bufferMode) {
    const name = FAMILIES[type].unsubscribe.toLowerCase();
    const map = this.listeners[type];
    const all = channels === undefined || (Array.isArray(channels) && channels.length === 0);
    const list = all ? [] : channelList(channels, name);
    if (listener !== undefined && typeof listener !== 'function') {
      throw errors.detachStack(new TypeError(`${name} expects a listener function or none, got ${describe(listener)}`));
    }
    const buffers = Boolean(bufferMode);
    const upTo = this.generation; // listeners added from now on are not this unsubscribe's
    const gone = [];
    const confirmed = []; // [key, entry, removal]: what the server's confirmation takes off
    const asked = all ? [...map].map(([key, entry]) => [key, entry, entry.channel]) : list.map((channel) => [keyOf(channel), map.get(keyOf(channel)), channel]);
    for (const [key, entry, channel] of asked) {
      if (entry === undefined) {
        gone.push(channel);
        continue;
      }
      const removal = listener === undefined || all
        ? { buffers: [...entry.buffers], strings: [...entry.strings] }
        : { buffers: buffers ? [listener] : [], strings: buffers ? [] : [listener] };
      const left = [...entry.buffers].filter((l) => !removal.buffers.includes(l)).length + [...entry.strings].filter((l) => !removal.strings.includes(l)).length;
      if (left > 0) {
        this._remove(type, key, entry, removal); // other listeners keep the channel: no command
        continue;
      }
      gone.push(entry.channel ?? channel);
      entry.unsubscribing = true;
      confirmed.push([key, entry, removal]);
    }
    if (!all && gone.length === 0) return Promise.resolve();
    return this._send(type, false, all ? [] : gone, () => {
      // confirmed, or the connection (and with it the subscription) is gone: either way
      for (const [key, entry, removal] of confirmed) this._remove(type, key, entry, removal, upTo);
    });
  }

  /** Adds listeners ({ buffers, strings } sets, as getPubSubListeners gives them) to a channel,
   *  subscribing if it is new. */
  extendChannelListeners(type, channel, listeners) {
    return this.extendListeners(type, new Map([[channel, listeners]]));
  }

  /** The same for a Map of channels. */
  extendListeners(type, listeners) {
    if (!(listeners instanceof Map)) throw errors.detachStack(new TypeError(`extendPubSubListeners expects a Map of channels to { buffers, strings } listener sets, got ${describe(listeners)}`));
    const map = this.listeners[type];
    const fresh = [];
    for (const [name, { buffers = [], strings = [] } = {}] of listeners) {
      const key = keyOf(name);
      if (key === undefined) throw errors.detachStack(new TypeError(`a channel name is a string or a Buffer, got ${describe(name)}`));
      let entry = map.get(key);
      if (entry === undefined) {
        entry = this._newEntry(type, key, channelOf(key, name));
        fresh.push(entry.channel);
      } else if (entry.unsubscribing) {
        entry.unsubscribing = false;
        fresh.push(entry.channel);
      }
      for (const listener of buffers) this._add(entry, listener, true);
      for (const listener of strings) this._add(entry, listener, false);
    }
    return fresh.length === 0 ? Promise.resolve() : this._send(type, true, fresh, () => {});
  }

  /** Sends (UN)SUBSCRIBE `channels` (none: all of the family), confirmed once per channel;
   *  `done(error)` runs as the confirmation (or the failure) is read, before any later record.
   *  Not traced as a command (node-redis:command), as node-redis does not trace them. */
  _send(type, subscribe, channels, done) {
    const family = FAMILIES[type];
    const plan = [family.plans[subscribe ? 0 : 1], channels.length];
    this.inFlight++;
    const pending = new Confirmed((error) => {
      this.inFlight--;
      done(error);
    });
    this.client._submit(pending, [subscribe ? family.subscribe : family.unsubscribe, ...channels], plan);
    return pending.promise;
  }

  /** After a reconnect: subscribes again to everything in the registry (shard channels in one
   *  command per slot, which a cluster node requires), and MONITOR again. */
  restore() {
    const failed = (err) => this.client._emitError(err);
    const wanted = (type) => [...this.listeners[type]].filter(([, entry]) => !entry.unsubscribing).map(([key, entry]) => entry.channel ?? key);
    for (const type of ['CHANNELS', 'PATTERNS']) {
      const keys = wanted(type);
      if (keys.length > 0) this._send(type, true, keys, () => {}).catch(failed);
    }
    const bySlot = new Map();
    for (const channel of wanted('SHARDED')) {
      const slot = slotOf(channel);
      if (!bySlot.has(slot)) bySlot.set(slot, []);
      bySlot.get(slot).push(channel);
    }
    for (const keys of bySlot.values()) this._send('SHARDED', true, keys, () => {}).catch(failed);
    if (this.monitor !== undefined) this.client._execute(['MONITOR'], undefined, undefined, [PLAN.MONITOR, 0]).catch(failed);
  }

  /** RESET ended every subscription and MONITOR on the server. */
  forgetAll() {
    for (const map of Object.values(this.listeners)) map.clear();
    this._forgetLastEntry();
    this.bufferEntries = 0;
    this.binaryKeys = 0;
    this.monitor = undefined;
    this.monitorLines = false;
  }

  // ---- delivery -----------------------------------------------------------------------------

  /** A push record's value: a message, a monitor line, or a confirmation no command waited
   *  for (a shard channel the server dropped, its slot having moved). */
  onPush(push) {
    if (!Array.isArray(push)) {
      if (this.monitor !== undefined) this._call(this.monitor, push, undefined);
      return;
    }
    const kind = push[0];
    const word = typeof kind === 'string' ? kind : Buffer.isBuffer(kind) ? kind.latin1Slice() : '';
    switch (word) {
      case 'message':
        return this._deliver('CHANNELS', push[1], push[2], push[1]);
      case 'pmessage':
        return this._deliver('PATTERNS', push[1], push[3], push[2]);
      case 'smessage':
        return this._deliver('SHARDED', push[1], push[2], push[1]);
      case 'sunsubscribe':
        return this._shardMoved(push[1]);
      case 'invalidate':
        return this.client._onInvalidate(push[1]);
      default:
    }
  }

  /** A message of `channel` to the listeners of `key` (the channel, or the pattern it matched). */
  _deliver(type, key, message, channel) {
    const name = keyOf(key);
    const entry = name === undefined ? undefined : this._entryOf(type, name);
    if (entry === undefined) return;
    if (points.pubsub.hasSubscribers) points.pubsub.publish({ direction: 'in', clientId: this.client._clientId, channel, sharded: type === 'SHARDED' });
    for (const listener of entry.buffers) this._call(listener, message, channel);
    if (entry.strings.size === 0) return;
    const channelText = typeof channel === 'string' ? channel : channel.toString();
    const text = textOf(message);
    for (const listener of entry.strings) this._call(listener, text, channelText);
  }

  /** The registry entry of `name`, the last one looked up kept: messages come in runs of one
   *  channel, and comparing a fresh string with the last one costs less than hashing it. */
  _entryOf(type, name) {
    if (name === this._lastName && type === this._lastType) return this._lastEntry;
    const entry = this.listeners[type].get(name);
    this._lastType = type;
    this._lastName = name;
    this._lastEntry = entry;
    return entry;
  }

  /** The registry changed: the entry kept by _entryOf may be another's now. */
  _forgetLastEntry() {
    this._lastName = undefined;
    this._lastEntry = undefined;
  }

  /** The server unsubscribed a shard channel on its own: its slot moved to another node. The
   *  listeners go with the 'sharded-channel-moved' event (a cluster subscribes them again where
   *  the slot is now). */
  _shardMoved(channel) {
    const key = keyOf(channel);
    const entry = key === undefined ? undefined : this.listeners.SHARDED.get(key);
    if (entry === undefined || entry.unsubscribing) return; // (an unsubscribe of ours: its confirmation)
    const listeners = { unsubscribing: false, buffers: new Set(entry.buffers), strings: new Set(entry.strings) };
    this._remove('SHARDED', key, entry, { buffers: [...entry.buffers], strings: [...entry.strings] });
    this.client._emit('sharded-channel-moved', isBinaryKey(key) ? entry.channel : key, listeners);
  }

  /** A listener's exception goes to the client's 'error' listeners (else it is thrown, as
   *  an event listener's is), never into the reading of the connection. */
  _call(listener, a, b) {
    try {
      listener(a, b);
    } catch (err) {
      if (this.client.listenerCount('error') > 0) this.client._emit('error', err);
      else
        process.nextTick(() => {
          throw err;
        });
    }
  }
}

/** A message as string listeners get it: a string (the keys' array of a RESP2 invalidation
 *  message: strings). */
function textOf(message) {
  if (typeof message === 'string' || message === null) return message;
  if (Array.isArray(message)) return message.map(textOf);
  return Buffer.isBuffer(message) ? message.toString() : message;
}

/** The client methods, node-redis' names (camelCase and UPPER). */
const members = {
  subscribe(channels, listener, bufferMode) {
    return this._self._pubsubCall('subscribe', 'CHANNELS', channels, listener, bufferMode);
  },
  unsubscribe(channels, listener, bufferMode) {
    return this._self._pubsubCall('unsubscribe', 'CHANNELS', channels, listener, bufferMode);
  },
  pSubscribe(patterns, listener, bufferMode) {
    return this._self._pubsubCall('subscribe', 'PATTERNS', patterns, listener, bufferMode);
  },
  pUnsubscribe(patterns, listener, bufferMode) {
    return this._self._pubsubCall('unsubscribe', 'PATTERNS', patterns, listener, bufferMode);
  },
  sSubscribe(channels, listener, bufferMode) {
    return this._self._pubsubCall('subscribe', 'SHARDED', channels, listener, bufferMode);
  },
  sUnsubscribe(channels, listener, bufferMode) {
    return this._self._pubsubCall('unsubscribe', 'SHARDED', channels, listener, bufferMode);
  },
  /** The listeners of each channel (or pattern) of a type: a Map of { buffers, strings } sets. */
  getPubSubListeners(type) {
    return this._self._pubsub.listeners[pubsubType(type)];
  },
  extendPubSubChannelListeners(type, channel, listeners) {
    return this._self._pubsubCall('extendChannelListeners', type, channel, listeners);
  },
  extendPubSubListeners(type, listeners) {
    return this._self._pubsubCall('extendListeners', type, listeners);
  },
  /** MONITOR: every command the server runs, as the line it prints, to `listener`. */
  async monitor(listener) {
    const self = this._self;
    if (typeof listener !== 'function') throw errors.detachStack(new TypeError(`monitor expects a listener function, got ${describe(listener)}`));
    await self._execute(['MONITOR'], undefined, this._commandOptions, [PLAN.MONITOR, 0]);
    self._pubsub.monitor = listener;
    self._pubsub.monitorLines = this._commandOptions?.typeMapping?.[SIMPLE_STRING] === Buffer;
  },
  /** A call of the family, its wrong arguments a rejected promise. */
  _pubsubCall(method, type, ...args) {
    try {
      return this._pubsub[method](pubsubType(type), ...args);
    } catch (err) {
      return Promise.reject(err);
    }
  },
};

const UPPER = { subscribe: 'SUBSCRIBE', unsubscribe: 'UNSUBSCRIBE', pSubscribe: 'PSUBSCRIBE', pUnsubscribe: 'PUNSUBSCRIBE', sSubscribe: 'SSUBSCRIBE', sUnsubscribe: 'SUNSUBSCRIBE', monitor: 'MONITOR' };

function pubsubType(type) {
  if (type === 'CHANNELS' || type === 'PATTERNS' || type === 'SHARDED') return type;
  throw errors.detachStack(new TypeError(`a pub/sub type is 'CHANNELS', 'PATTERNS' or 'SHARDED', got ${describe(type) === 'string' ? JSON.stringify(type) : describe(type)}`));
}

/** Puts the pub/sub methods on the client prototype, with `isPubSubActive`. */
function addPubSubMembers(prototype) {
  for (const [name, member] of Object.entries(members)) {
    Object.defineProperty(prototype, name, { value: member, writable: true, configurable: true });
    if (UPPER[name] !== undefined) Object.defineProperty(prototype, UPPER[name], { value: member, writable: true, configurable: true });
  }
  Object.defineProperty(prototype, 'isPubSubActive', {
    get() {
      return this._self._pubsub.isActive;
    },
    configurable: true,
  });
}

module.exports = { PubSub, PUBSUB_TYPE, addPubSubMembers, channelList, keyOf };
