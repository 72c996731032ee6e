// Typed code written for node-redis 5, as projects write it: it must compile unchanged with
// `from 'ferrodis'`.
import {
  createClient,
  createCluster,
  defineScript,
  OpenTelemetry,
  CHANNELS,
  RESP_TYPES,
  type CommandOptions,
  type RedisArgument,
  type RedisClientOptions,
  type RedisClientType,
  type RedisClusterOptions,
  type RedisClusterType,
  type RedisDefaultModules,
  type RedisFunctions,
  type RedisModules,
  type RedisScripts,
  type RespVersions,
  type SetOptions,
  type TypeMapping,
} from 'ferrodis';
import type { CommandTraceContext, ConnectionClosedEvent } from 'ferrodis';
import { tracingChannel, subscribe } from 'node:diagnostics_channel';

// A repository that takes any client (the most common typed pattern).
class SessionRepository {
  constructor(private readonly redis: RedisClientType<RedisModules, RedisFunctions, RedisScripts>) {}

  async save(id: string, data: Record<string, string>, ttl: number): Promise<void> {
    await this.redis.hSet(`session:${id}`, data);
    await this.redis.expire(`session:${id}`, ttl);
  }

  async load(id: string): Promise<Record<string, string>> {
    return this.redis.hGetAll(`session:${id}`);
  }
}

// The default type, and `ReturnType<typeof createClient>` as a field type.
type Client = ReturnType<typeof createClient>;
const plain: RedisClientType = createClient();
const held: Client = createClient({ url: 'redis://localhost:6379' });
new SessionRepository(plain);
new SessionRepository(held);

// Options built apart from the call, typed with node-redis' names.
const options: RedisClientOptions = { socket: { host: 'localhost', port: 6379, reconnectStrategy: false }, RESP: 3 };
const withOptions = createClient(options);
new SessionRepository(withOptions);

// Explicit parameters, as in `RedisClientType<RedisDefaultModules, {}, {}, 3>`.
const resp3: RedisClientType<RedisDefaultModules, {}, {}, 3> = createClient({ RESP: 3 });
const version: RespVersions = 3;

// Scripts keep their methods through the generic type.
const scripts = {
  incrBy: defineScript({
    SCRIPT: 'return redis.call("INCRBY", KEYS[1], ARGV[1])',
    NUMBER_OF_KEYS: 1,
    parseCommand(parser, key: RedisArgument, by: number) {
      parser.pushKey(key);
      parser.push(by.toString());
    },
    transformReply(reply: unknown) {
      return reply as number;
    },
  }),
};
const scripted = createClient({ scripts });
async function useScript(): Promise<unknown> {
  return scripted.incrBy('counter', 2);
}
new SessionRepository(scripted);

// Set options and command options typed by their names.
const set: SetOptions = { EX: 10, NX: true };
const buffers: TypeMapping = { [RESP_TYPES.BLOB_STRING]: Buffer };
const commandOptions: CommandOptions = { typeMapping: buffers };
async function useOptions(): Promise<void> {
  await plain.set('k', 'v', set);
  await plain.withCommandOptions(commandOptions).get('k');
  await plain.withTypeMapping(buffers).get('k');
  const again: RedisClientType = await plain.duplicate().connect();
  await again.close();
}

// A cluster, passed around with its type. (Options typed `RedisClusterOptions` would make its RESP
// version `2 | 3`, which node-redis 5.12.1 does not let become a `RedisClusterType` either.)
const clusterOptions = { rootNodes: [{ url: 'redis://127.0.0.1:7000' }], defaults: { password: 'secret' } } satisfies RedisClusterOptions;
const cluster: RedisClusterType = createCluster(clusterOptions);
async function useCluster(c: RedisClusterType): Promise<string | null> {
  return c.get('k');
}
void useCluster(cluster);
// The usual pub/sub pattern: a duplicate for the subscriptions.
async function listen(client: RedisClientType): Promise<void> {
  const subscriber = client.duplicate();
  subscriber.on('error', (err: Error) => console.error(err));
  await subscriber.connect();
  await subscriber.subscribe('channel', (message, channel) => console.log(message.toUpperCase(), channel));
  await subscriber.pSubscribe(['ch*', 'news.*'], (message: string, channel: string) => console.log(message, channel));
  await subscriber.subscribe('binary', (message) => console.log(message.byteLength), true);
  await subscriber.sSubscribe('shard', (message) => console.log(message));
  console.log(subscriber.isPubSubActive, subscriber.getPubSubListeners('CHANNELS').size);
  await subscriber.unsubscribe('channel');
  await subscriber.pUnsubscribe();
  await client.monitor((line) => console.log(line));
  await subscriber.close();
}

// node-redis 5.12's OpenTelemetry example.
function observe(): void {
  OpenTelemetry.init({
    metrics: {
      enabled: true,
      enabledMetricGroups: ['pubsub', 'connection-basic', 'resiliency'],
      includeCommands: ['GET', 'SET'],
      hidePubSubChannelNames: true,
    },
  });
}

void observe;
void listen;
void useScript;
void useOptions;
void version;
void resp3;

// Observing the client through node-redis' diagnostics channels, typed.
tracingChannel<CommandTraceContext>(CHANNELS.TRACE_COMMAND).subscribe({
  start(context) {
    console.log(context.command, context.args.length, context.serverAddress);
  },
  end() {},
  asyncStart() {},
  asyncEnd() {},
  error() {},
});
subscribe(CHANNELS.CONNECTION_CLOSED, (message) => {
  console.log((message as ConnectionClosedEvent).reason);
});

// Timeouts, aborts and resets.
async function guarded(client: RedisClientType): Promise<void> {
  const controller = new AbortController();
  await client.withCommandOptions({ timeout: 1000 }).get('k');
  await client.withAbortSignal(controller.signal).set('k', 'v');
  if (client.isDirtyWatch) await client.resetIfDirty();
  client.setDirtyWatch('moved');
  await client.reset();
}
void guarded;

// v4 code through legacy().
function callbacks(client: RedisClientType): void {
  const legacy = client.legacy();
  legacy.set('k', 'v', (err: Error | null, reply?: string) => console.log(err, reply));
  legacy.sendCommand('PING', (err, reply) => console.log(err, reply));
  legacy.multi().set('a', '1').incr('a').exec((err: Error | null, replies?: unknown[]) => console.log(err, replies));
}
void callbacks;

// A credentials provider, as an Entra ID integration passes one.
const withProvider = createClient({
  credentialsProvider: { type: 'async-credentials-provider', credentials: async () => ({ username: 'app', password: 'token' }) },
});
void withProvider.reAuthenticate({ username: 'app', password: 'rotated' });
