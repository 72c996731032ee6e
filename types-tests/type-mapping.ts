// Reply types under type mappings and RESP versions, checked twice. tsc proves that each call's
// declared reply type is exactly its guard's type (`check` takes no extra argument only then), and
// __test__/type-mapping.test.js runs this file against a real server, where each guard must
// accept the value the call returned. So a declared type that the runtime does not keep fails one
// or the other.
import { inspect } from 'node:util';
import { createClient, RESP_TYPES, VerbatimString } from 'ferrodis';
import type { RedisClientType, RedisDefaultModules } from 'ferrodis';

type Guard<T> = ((value: unknown) => value is T) & { label: string };

function guard<T>(label: string, test: (value: unknown) => boolean): Guard<T> {
  return Object.assign((value: unknown): value is T => test(value), { label });
}

const str = guard<string>('string', (v) => typeof v === 'string');
const num = guard<number>('number', (v) => typeof v === 'number');
const buf = guard<Buffer>('Buffer', (v) => Buffer.isBuffer(v));
const lit = <T extends string>(text: T) => guard<T>(JSON.stringify(text), (v) => v === text);
const orNull = <T>(g: Guard<T>) => guard<T | null>(`${g.label} | null`, (v) => v === null || g(v));
const either = <A, B>(a: Guard<A>, b: Guard<B>) => guard<A | B>(`${a.label} | ${b.label}`, (v) => a(v) || b(v));
const arrayOf = <T>(g: Guard<T>) => guard<T[]>(`${g.label}[]`, (v) => Array.isArray(v) && v.every(g));
const tuple = <A, B>(a: Guard<A>, b: Guard<B>) => guard<[A, B]>(`[${a.label}, ${b.label}]`, (v) => Array.isArray(v) && v.length === 2 && a(v[0]) && b(v[1]));
const recordOf = <T>(g: Guard<T>) => guard<Record<string, T>>(`Record<string, ${g.label}>`, (v) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Map) && Object.values(v).every(g));
const mapOf = <K, V>(k: Guard<K>, g: Guard<V>) => guard<Map<K, V>>(`Map<${k.label}, ${g.label}>`, (v) =>
  v instanceof Map && [...v].every(([key, value]) => k(key) && g(value)));
const setOf = <T>(g: Guard<T>) => guard<Set<T>>(`Set<${g.label}>`, (v) => v instanceof Set && [...v].every(g));
const optional = <T>(g: Guard<T>) => guard<T | undefined>(`${g.label}?`, (v) => v === undefined || g(v));
const shape = <T extends object>(fields: { [K in keyof T]-?: Guard<T[K]> }) => guard<T>(`{ ${Object.keys(fields).join(', ')} }`, (v) =>
  typeof v === 'object' && v !== null && Object.entries(fields).every(([key, g]) => (g as Guard<unknown>)((v as Record<string, unknown>)[key])));

type Equals<A, B> = (<X>() => X extends A ? 1 : 2) extends (<X>() => X extends B ? 1 : 2) ? true : false;

const failures: string[] = [];
let checked = 0;

/** The reply of `call` is typed exactly `T` (else tsc wants a third argument) and is one. */
async function check<T, R>(name: string, g: Guard<T>, call: Promise<R>, ...exact: Equals<T, R> extends true ? [] : ['declared type differs']): Promise<void> {
  void exact;
  checked++;
  const value = await call;
  if (!g(value)) failures.push(`${name}: ${inspect(value, { depth: 4 })} is not ${g.label}`);
}

type AnyClient<RESP extends 2 | 3> = RedisClientType<RedisDefaultModules, {}, {}, RESP, {}>;

async function fill(c: AnyClient<2 | 3>): Promise<void> {
  await c.flushAll();
  await c.set('s', 'v');
  await c.hSet('h', { f: '1' });
  await c.rPush('l', ['a', 'b']);
  await c.sAdd('st', 'm');
  await c.zAdd('z', [{ value: 'm', score: 1.5 }, { value: 'n', score: 2 }]);
  await c.xAdd('x', '1-1', { f: 'v' });
  await c.geoAdd('g', [{ longitude: 13.36, latitude: 38.11, member: 'a' }, { longitude: 15.08, latitude: 37.5, member: 'b' }]);
}

/** Replies that take the same shape on RESP2 and RESP3. */
async function both(c: AnyClient<2> | AnyClient<3>, resp: string): Promise<void> {
  const at = (name: string) => `${name} (RESP${resp})`;
  await check(at('get'), orNull(str), c.get('s'));
  await check(at('set'), orNull(str), c.set('s', 'v'));
  await check(at('hGetAll'), recordOf(str), c.hGetAll('h'));
  await check(at('mGet'), arrayOf(orNull(str)), c.mGet(['s', 'none']));
  await check(at('incr'), num, c.incr('n'));
  await check(at('zScore'), orNull(num), c.zScore('z', 'm'));
  await check(at('zRangeWithScores'), arrayOf(shape({ value: str, score: num })), c.zRangeWithScores('z', 0, -1));
  await check(at('scan'), shape({ cursor: str, keys: arrayOf(str) }), c.scan('0'));
  await check(at('type'), str, c.type('s'));
  type Entry<M> = { id: string; message: M; millisElapsedFromDelivery?: number; deliveriesCounter?: number };
  const entry = <M>(message: Guard<M>) => shape<Entry<M>>({ id: str, message, millisElapsedFromDelivery: optional(num), deliveriesCounter: optional(num) });
  await check(at('xRange'), arrayOf(entry(recordOf(str))), c.xRange('x', '-', '+'));
  await check(at('geoDist'), orNull(num), c.geoDist('g', 'a', 'b'));

  const blobs = c.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  await check(at('get, BLOB_STRING: Buffer'), orNull(buf), blobs.get('s'));
  await check(at('set, BLOB_STRING: Buffer'), orNull(either(lit('OK'), buf)), blobs.set('s', 'v'));
  await check(at('set GET, BLOB_STRING: Buffer'), orNull(either(lit('OK'), buf)), blobs.set('s', 'v', { GET: true }));
  await check(at('hGetAll, BLOB_STRING: Buffer'), recordOf(buf), blobs.hGetAll('h'));
  await check(at('lRange, BLOB_STRING: Buffer'), arrayOf(buf), blobs.lRange('l', 0, -1));
  await check(at('zRangeWithScores, BLOB_STRING: Buffer'), arrayOf(shape({ value: buf, score: num })), blobs.zRangeWithScores('z', 0, -1));
  await check(at('scan, BLOB_STRING: Buffer'), shape({ cursor: buf, keys: arrayOf(buf) }), blobs.scan('0'));
  await check(at('type, BLOB_STRING: Buffer'), str, blobs.type('s'));
  await check(at('incrByFloat, BLOB_STRING: Buffer'), buf, blobs.incrByFloat('f', 1.5));
  await check(at('time, BLOB_STRING: Buffer'), tuple(buf, buf), blobs.time());
  await check(at('blPop, BLOB_STRING: Buffer'), orNull(shape({ key: buf, element: buf })), blobs.blPop('l', 1));
  await check(at('geoDist, BLOB_STRING: Buffer'), orNull(num), blobs.geoDist('g', 'a', 'b'));

  const simple = c.withTypeMapping({ [RESP_TYPES.SIMPLE_STRING]: Buffer });
  await check(at('set, SIMPLE_STRING: Buffer'), orNull(either(buf, str)), simple.set('s', 'v'));
  await check(at('type, SIMPLE_STRING: Buffer'), buf, simple.type('s'));
  await check(at('get, SIMPLE_STRING: Buffer'), orNull(str), simple.get('s'));

  const strings = c.withCommandOptions({ typeMapping: { [RESP_TYPES.NUMBER]: String, [RESP_TYPES.DOUBLE]: String } });
  await check(at('incr, NUMBER: String'), str, strings.incr('n'));
  await check(at('zScore, DOUBLE: String'), orNull(str), strings.zScore('z', 'm'));
  await check(at('zIncrBy, DOUBLE: String'), str, strings.zIncrBy('z', 0, 'm'));
  await check(at('zRangeWithScores, DOUBLE: String'), arrayOf(shape({ value: str, score: str })), strings.zRangeWithScores('z', 0, -1));
  await check(at('zPopMin, DOUBLE: String'), orNull(shape({ value: str, score: str })), strings.zPopMin('none'));
  await check(at('geoDist, DOUBLE: String'), orNull(num), strings.geoDist('g', 'a', 'b'));

  const maps = c.withTypeMapping({ [RESP_TYPES.MAP]: Map });
  await check(at('hGetAll, MAP: Map'), mapOf(str, str), maps.hGetAll('h'));
  await check(at('configGet, MAP: Map'), mapOf(str, str), maps.configGet('maxmemory'));
  await check(at('xRange, MAP: Map'), arrayOf(entry(mapOf(str, str))), maps.xRange('x', '-', '+'));
  const flat = c.withTypeMapping({ [RESP_TYPES.MAP]: Array });
  await check(at('hGetAll, MAP: Array'), arrayOf(str), flat.hGetAll('h'));
}

async function resp2(c: AnyClient<2>): Promise<void> {
  await check('info (RESP2)', str, c.info('server'));
  await check('info, BLOB_STRING: Buffer (RESP2)', buf, c.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }).info('server'));
  await check('sMembers, SET: Set (RESP2)', arrayOf(str), c.withTypeMapping({ [RESP_TYPES.SET]: Set }).sMembers('st'));
  await check('geoPos (RESP2)', arrayOf(orNull(shape({ longitude: str, latitude: str }))), c.geoPos('g', 'a'));
  await check('geoPos, BLOB_STRING: Buffer (RESP2)', arrayOf(orNull(shape({ longitude: buf, latitude: buf }))), c.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }).geoPos('g', 'a'));
}

async function resp3(c: AnyClient<3>): Promise<void> {
  await check('info (RESP3)', str, c.info('server'));
  await check('info, VERBATIM_STRING: Buffer (RESP3)', buf, c.withTypeMapping({ [RESP_TYPES.VERBATIM_STRING]: Buffer }).info('server'));
  await check('info, VERBATIM_STRING: VerbatimString (RESP3)', guard<VerbatimString>('VerbatimString', (v) => v instanceof VerbatimString),
    c.withTypeMapping({ [RESP_TYPES.VERBATIM_STRING]: VerbatimString }).info('server'));
  await check('sMembers (RESP3)', arrayOf(str), c.sMembers('st'));
  await check('sMembers, SET: Set (RESP3)', setOf(str), c.withTypeMapping({ [RESP_TYPES.SET]: Set }).sMembers('st'));
  await check('geoPos (RESP3)', arrayOf(orNull(shape({ longitude: num, latitude: num }))), c.geoPos('g', 'a'));
  await check('geoPos, DOUBLE: String (RESP3)', arrayOf(orNull(shape({ longitude: str, latitude: str }))), c.withTypeMapping({ [RESP_TYPES.DOUBLE]: String }).geoPos('g', 'a'));
}

async function main(url: string): Promise<void> {
  const two = await createClient({ url, RESP: 2 }).connect();
  const three = await createClient({ url, RESP: 3 }).connect();
  try {
    await fill(two);
    await both(two, '2');
    await resp2(two);
    await fill(three);
    await both(three, '3');
    await resp3(three);
  } finally {
    await two.close();
    await three.close();
  }
  console.log(JSON.stringify({ checked, failures }));
}

main(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379').catch((err) => {
  console.error(err);
  process.exit(1);
});
