// Client-side caching shared by a pool of clients (createClientPool + BasicPooledClientSideCache).
//
// Source: redis.io "Connect to the server" (https://redis.io/docs/latest/develop/clients/nodejs/connect/),
// section "Connect using client-side caching > Pooled caching".
// Verbatim except: the import names createClientPool too (the guide leaves it out), and the added
// lines that use the pool and print the cache statistics.
// Server: Redis 6+ (CLIENT TRACKING). Not in ferrodis' first milestone.
import { createClientPool, BasicPooledClientSideCache } from 'ferrodis';

const cache = new BasicPooledClientSideCache({
  ttl: 0,
  maxEntries: 0,
  evictPolicy: "LRU"
});

const client = createClientPool({RESP: 3}, {
  clientSideCache: cache,
  minimum: 5
});

// ---- added (not in the guide) ----
client.on('error', error => console.error('Redis pool error:', error));
await client.connect();
await client.set('city', 'New York');
await client.get('city');
await client.get('city');
const statistics = cache.stats();
console.log(JSON.stringify({ hits: statistics.hitCount, misses: statistics.missCount }));
await client.close();
// ---- end added ----
