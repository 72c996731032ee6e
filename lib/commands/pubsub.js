'use strict';
// Publishing and pub/sub introspection. The SUBSCRIBE family is client machinery (listeners,
// the subscriber connection state), not a table entry.
const { fixed } = require('./transforms/admin-arguments');
const { pairsToObject } = require('./transforms/flat-maps');

/** `PUBSUB sub [pattern]`: node-redis leaves out a falsy pattern. */
function withPattern(sub) {
  return (pattern) => (pattern ? ['PUBSUB', sub, pattern] : ['PUBSUB', sub]);
}

/** `PUBSUB sub [channel...]`: node-redis leaves out falsy channels. */
function withChannels(sub) {
  return (channels) => (channels ? ['PUBSUB', sub, ...[].concat(channels)] : ['PUBSUB', sub]);
}

const keylessCommand = (method, ts, build, reply) => ({ method, ts, readonly: true, keyless: true, build, ...(reply && { reply }) });

module.exports = {
  PUBLISH: keylessCommand('publish', '(channel: RedisArgument, message: RedisArgument): Promise<number>', (channel, message) => ['PUBLISH', channel, message]),
  // The shard channel is the key: it picks the node in a cluster.
  SPUBLISH: { method: 'sPublish', ts: '(channel: RedisArgument, message: RedisArgument): Promise<number>', readonly: true, build: (channel, message) => ['SPUBLISH', channel, message] },
  PUBSUB_CHANNELS: keylessCommand('pubSubChannels', '(pattern?: RedisArgument): Promise<string[]>', withPattern('CHANNELS')),
  PUBSUB_SHARDCHANNELS: keylessCommand('pubSubShardChannels', '(pattern?: RedisArgument): Promise<string[]>', withPattern('SHARDCHANNELS')),
  PUBSUB_NUMPAT: keylessCommand('pubSubNumPat', '(): Promise<number>', fixed('PUBSUB', 'NUMPAT')),
  PUBSUB_NUMSUB: keylessCommand('pubSubNumSub', '(channels?: RedisVariadicArgument): Promise<ComputedReply<Record<string, number>>>', withChannels('NUMSUB'),
    (reply) => pairsToObject(reply, Number)),
  // node-redis does not flag SHARDNUMSUB keyless, but gives it no key either: any node it is.
  PUBSUB_SHARDNUMSUB: keylessCommand('pubSubShardNumSub', '(channels?: RedisVariadicArgument): Promise<Record<string, number>>', withChannels('SHARDNUMSUB'),
    (reply) => pairsToObject(reply)),
};
