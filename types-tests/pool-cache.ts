// Pools and client-side caching as node-redis 5's docs write them (docs/pool.md, the
// clientSideCache examples): it must compile unchanged with `from 'ferrodis'`.
import {
  createClient,
  createClientPool,
  createCluster,
  BasicClientSideCache,
  BasicPooledClientSideCache,
  RESP_TYPES,
  WatchError,
  type RedisClientPoolType,
  type RedisPoolOptions,
  type ClientSideCacheConfig,
} from 'ferrodis';

async function pools(): Promise<void> {
  const pool = await createClientPool()
    .on('error', (err) => console.error('Redis Client Pool Error', err))
    .connect();
  if (pool === undefined) return;
  const pong: string = await pool.sendCommand(['PING']);
  const value: string | null = await pool.get('key');
  const buffer: Buffer | null = await pool.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }).get('key');
  try {
    await pool.execute(async (client) => {
      await client.watch('key');
      const multi = client.multi().ping().get('key');
      if (Math.random() > 0.5) {
        await client.watch('another-key');
        multi.set('another-key', String(Number(await client.get('another-key')) / 2));
      }
      return multi.exec();
    });
  } catch (err) {
    if (err instanceof WatchError) {
      // the transaction aborted
    }
  }
  const counts: number[] = [pool.idleClients, pool.clientsInUse, pool.totalClients, pool.tasksQueueLength];
  const options: Partial<RedisPoolOptions> = { minimum: 2, maximum: 10, acquireTimeout: 1000, cleanupDelay: 1000 };
  const fromClient: RedisClientPoolType = createClient().createPool(options);
  const n: number = await pool.execute((client) => client.incr('n'));
  await pool.close();
  fromClient.destroy();
  console.log(pong, value, buffer, counts, n);
}

async function caching(): Promise<void> {
  const config: ClientSideCacheConfig = { ttl: 0, maxEntries: 0, evictPolicy: 'LRU' };
  const client = createClient({ RESP: 3, clientSideCache: config });
  const cache = new BasicClientSideCache({ ttl: 0, maxEntries: 0, evictPolicy: 'LRU' });
  const other = createClient({ RESP: 3, clientSideCache: cache });
  cache.on('invalidate', (key) => console.log(key));
  const hits: number = cache.stats().hitCount;
  const rate: number = cache.stats().hitRate();
  cache.invalidate('key');
  cache.clear();
  const pooled = new BasicPooledClientSideCache({ maxEntries: 100 });
  const pool = createClientPool({ RESP: 3 }, { clientSideCache: pooled, minimum: 5 });
  const cluster = createCluster({ rootNodes: [{ url: 'redis://localhost:7000' }], RESP: 3, clientSideCache: { ttl: 1000 } });
  const invalidations = createClient({ RESP: 3, emitInvalidate: true }).on('invalidate', (key: Buffer | null) => console.log(key));
  console.log(client.clientSideCache?.size(), other, hits, rate, pool.clientSideCache, cluster.clientSideCache, invalidations);
}

void pools;
void caching;

// node-redis' `modules` option: user-defined command sets, typed from their parseCommand.
async function userModules(): Promise<void> {
  const client = createClient({
    modules: {
      module: {
        echo: {
          parseCommand(parser: import('ferrodis').CommandParser, message: string) {
            parser.push('ECHO', message);
          },
          transformReply: (reply: unknown) => reply,
        },
      },
    },
  });
  const echoed = await client.module.echo('message');
  // @ts-expect-error echo's parseCommand takes a string
  await client.module.echo(42);
  const pool = createClientPool({ modules: { module: { echo: { parseCommand(parser: import('ferrodis').CommandParser, message: string) { parser.push('ECHO', message); } } } } });
  await pool.module.echo('x');
  console.log(echoed);
}
void userModules;
