// Wrong calls that must not compile (each line below a @ts-expect-error must be an error).
import { createClient, createCluster, createClientPool, createSentinel, BasicClientSideCache, OpenTelemetry, RESP_TYPES } from 'ferrodis';

const client = createClient();

async function wrong(): Promise<void> {
  // @ts-expect-error a key is a string or a Buffer
  await client.get(42);
  // @ts-expect-error hSet takes a key and fields
  await client.hSet();
  // @ts-expect-error no such command
  await client.notACommand('k');
  // @ts-expect-error RESP is 2 or 3
  createClient({ RESP: 4 });
  // @ts-expect-error createCluster needs rootNodes
  createCluster({});
  // @ts-expect-error a pool's minimum is a number
  createClientPool({}, { minimum: '2' });
  // @ts-expect-error the eviction policies are LRU and FIFO
  new BasicClientSideCache({ evictPolicy: 'LFU' });
  // @ts-expect-error a pool's cache is a pooled one (or a config)
  createClientPool({ RESP: 3 }, { clientSideCache: 'yes' });
  // @ts-expect-error execute takes a function
  await createClientPool().execute('PING');
  // @ts-expect-error sendCommand takes an array of arguments
  await client.sendCommand('GET k');
  // @ts-expect-error subscribe needs a listener
  await client.subscribe('channel');
  // @ts-expect-error a Buffer-mode listener gets Buffers, not strings
  await client.subscribe('channel', (message: string) => message, true);
  // @ts-expect-error no such metric group
  OpenTelemetry.init({ metrics: { enabled: true, enabledMetricGroups: ['commands'] } });
  // @ts-expect-error OpenTelemetry is not constructed
  new OpenTelemetry();
  // @ts-expect-error a Buffer-mapped reply is not a string
  const text: string | null = await client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }).get('k');
  void text;
  // @ts-expect-error a sentinel needs the master group's name
  createSentinel({ sentinelRootNodes: [{ host: 'h', port: 26379 }] });
  // @ts-expect-error the sentinels say where the nodes are: no url
  createSentinel({ name: 'm', sentinelRootNodes: [], nodeClientOptions: { url: 'redis://h' } });
  // @ts-expect-error a sentinel's sendCommand says first whether it only reads
  await createSentinel({ name: 'm', sentinelRootNodes: [] }).sendCommand(['GET', 'k']);
  // @ts-expect-error bf.add answers a boolean
  const added: string = await client.bf.add('f', 'x');
  // @ts-expect-error json.set needs a path and a value
  await client.json.set('doc');
  void added;
}
void wrong;
