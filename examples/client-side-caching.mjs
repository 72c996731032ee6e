// Client-side caching (RESP3 + CLIENT TRACKING) with your own BasicClientSideCache instance, and
// its statistics.
//
// Source: redis.io "Connect to the server" (https://redis.io/docs/latest/develop/clients/nodejs/connect/),
// section "Connect using client-side caching": the BasicClientSideCache snippet, the "usual
// commands" snippet and the statistics snippet.
// Verbatim except: the import names both createClient and BasicClientSideCache from 'ferrodis'
// (the guide imports only BasicClientSideCache); the guide's "usual commands" block (written
// without `await`, in a block labelled java) is awaited so that the second GET really follows the
// first; the statistics are printed.
// Server: Redis 6+ (CLIENT TRACKING; the guide recommends 7.4+). Not in ferrodis' first milestone.
import { createClient, BasicClientSideCache } from 'ferrodis';

const cache = new BasicClientSideCache({
  ttl: 0,
  maxEntries: 0,
  evictPolicy: "LRU"
});

const client = createClient({
  RESP: 3,
  clientSideCache: cache
});

// ---- added (not in the guide) ----
client.on('error', error => console.error('Redis client error:', error));
await client.connect();
// ---- end added ----

await client.set("city", "New York");
await client.get("city");     // Retrieved from Redis server and cached
await client.get("city");     // Retrieved from cache

// Get cache metrics
// `cache.stats()` returns a `CacheStats` object with comprehensive statistics.
const statistics = cache.stats();

// Key metrics:
const hits = statistics.hitCount;        // Number of cache hits
const misses = statistics.missCount;      // Number of cache misses
const hitRate = statistics.hitRate();     // Cache hit rate (0.0 to 1.0)

// ---- added (not in the guide) ----
console.log(JSON.stringify({ hits, misses, hitRate }));
await client.quit();
// ---- end added ----
