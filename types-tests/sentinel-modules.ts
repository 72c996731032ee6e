// Sentinel as node-redis 5's docs write it (docs/sentinel.md), and the Redis Stack namespaces
// on clients, transactions, pools and sentinels: it must compile unchanged with `from 'ferrodis'`.
import {
  createClient,
  createClientPool,
  createSentinel,
  RESP_TYPES,
  SCHEMA_FIELD_TYPE,
  TIME_SERIES_AGGREGATION_TYPE,
  type RedisSentinelType,
  type RedisSentinelEvent,
} from 'ferrodis';

async function sentinels(): Promise<void> {
  const sentinel = await createSentinel({
    name: 'sentinel-db',
    sentinelRootNodes: [{ host: 'example', port: 1234 }],
  })
    .on('error', (err) => console.error('Redis Sentinel Error', err))
    .connect();
  await sentinel.set('key', 'value');
  const value: string | null = await sentinel.get('key');
  const buffer: Buffer | null = await sentinel.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }).get('key');
  await sentinel.close();

  const mapped = await createSentinel({
    name: 'sentinel-db',
    sentinelRootNodes: [{ host: 'example', port: 1234 }],
    nodeAddressMap: { '10.0.0.1:6379': { host: 'external-host.io', port: 6379 } },
    masterPoolSize: 10,
    replicaPoolSize: 10,
    nodeClientOptions: { password: 'password' },
    scanInterval: 5000,
    passthroughClientErrorEvents: true,
    reserveClient: true,
  }).connect();
  await mapped.subscribe('channel', (message) => {
    const text: string = message;
  });
  await mapped.unsubscribe('channel');
  const result = await mapped.use(async (client) => {
    await client.watch('key');
    return client.multi().get('key').exec();
  });
  const clientLease = await mapped.acquire();
  try {
    await clientLease.watch('key');
    await clientLease.multi().get('key').exec();
  } finally {
    clientLease.release();
  }
  mapped.on('topology-change', (event: RedisSentinelEvent) => {
    if (event.type === 'MASTER_CHANGE') console.log(event.node.host, event.node.port);
  });
  const master = mapped.getMasterNode();
  const replicas: Map<{ host: string; port: number }, number> = mapped.getReplicaNodes();
  const reply = await mapped.sendCommand(true, ['GET', 'key']);
  const typed: RedisSentinelType = mapped;
  console.log(value, buffer, result, master, replicas, reply, typed);
}

async function modules(): Promise<void> {
  const client = await createClient({ RESP: 3, unstableResp3: true }).connect();
  await client.json.set('doc', '$', { a: 1, b: [1, 2] });
  const doc = await client.json.get('doc');
  await client.json.GET('doc', { path: '$.a' });
  await client.ft.create('idx', { name: SCHEMA_FIELD_TYPE.TEXT, age: { type: SCHEMA_FIELD_TYPE.NUMERIC, SORTABLE: true } }, { ON: 'HASH', PREFIX: 'p:' });
  const found = await client.ft.search('idx', '@name:alice', { LIMIT: { from: 0, size: 10 } });
  await client.ts.add('temp', '*', 21.5);
  await client.ts.range('temp', '-', '+', { AGGREGATION: { type: TIME_SERIES_AGGREGATION_TYPE.AVG, timeBucket: 1000 } });
  const added: boolean = await client.bf.add('filter', 'item');
  await client.topK.reserve('top', 3);
  await client.tDigest.create('digest');
  const replies = await client.multi().json.set('doc', '$', 1).json.get('doc').bf.add('filter', 'x').exec();
  const pool = await createClientPool().connect();
  await pool?.json.get('doc');
  console.log(doc, found, added, replies);
}

void sentinels;
void modules;
