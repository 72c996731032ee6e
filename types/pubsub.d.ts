// Pub/sub listener types (lib/pubsub.js), as node-redis names them.

/** `'CHANNELS'` (SUBSCRIBE), `'PATTERNS'` (PSUBSCRIBE) or `'SHARDED'` (SSUBSCRIBE). */
export type PubSubType = 'CHANNELS' | 'PATTERNS' | 'SHARDED';

/** A message listener: `(message, channel)` — strings, or Buffers in buffer mode. For a
 *  pattern, `channel` is the channel the message was published to. */
export type PubSubListener<RETURN_BUFFERS extends boolean = false> = <T extends RETURN_BUFFERS extends true ? Buffer : string>(message: T, channel: T) => unknown;

/** A channel's listeners; `unsubscribing` while its unsubscribe awaits the server. */
export interface ChannelListeners {
  unsubscribing: boolean;
  buffers: Set<PubSubListener<true>>;
  strings: Set<PubSubListener<false>>;
}

/** The listeners of each channel (or pattern) of a type. */
export type PubSubTypeListeners = Map<string, ChannelListeners>;

/** MONITOR's listener: each line the server prints, e.g. `1700000000.000000 [0 127.0.0.1:5000] "get" "k"`. */
export type MonitorCallback = (reply: string) => unknown;
