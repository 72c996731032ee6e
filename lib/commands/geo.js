'use strict';
const { Buffer } = require('buffer');
const { value, int, oneOf, options, choice, withVariadic, describe } = require('./args');
const { decimal } = require('./transforms/collections');
const { object } = require('./transforms/required-objects');

const UNITS = ['m', 'km', 'mi', 'ft'];
const REPLY_WITH = ['WITHDIST', 'WITHHASH', 'WITHCOORD'];

// ---- arguments ----------------------------------------------------------------------------

/** A longitude or latitude: a number (written as node-redis writes it), or its text. */
function coordinate(v, what) {
  return typeof v === 'string' || Buffer.isBuffer(v) ? v : decimal(v, what);
}

function lonLat(point, what) {
  object(point, what);
  return [coordinate(point.longitude, `${what}.longitude`), coordinate(point.latitude, `${what}.latitude`)];
}

const unit = (v, what) => oneOf(v, UNITS, `${what} unit`);

function geoAdd(key, toAdd, opts) {
  const args = ['GEOADD', key];
  if (options(opts, 'GEOADD options')) {
    const condition = choice(opts, 'condition', ['NX', 'XX'], 'GEOADD');
    if (condition) args.push(condition);
    if (opts.CH) args.push('CH');
  }
  for (const item of Array.isArray(toAdd) ? toAdd : [toAdd]) {
    args.push(...lonLat(item, 'GEOADD member'), value(item.member));
  }
  return args;
}

/** `[ASC|DESC] [COUNT n [ANY]]`, shared by GEOSEARCH and GEORADIUS*. */
function searchOptions(opts, what) {
  const args = [];
  if (!options(opts, `${what} options`)) return args;
  if (opts.SORT) args.push(oneOf(opts.SORT, ['ASC', 'DESC'], `${what} SORT`));
  const count = opts.COUNT;
  if (!count) return args;
  if (typeof count === 'number') return args.concat('COUNT', int(count, `${what} COUNT`));
  args.push('COUNT', int(object(count, `${what} COUNT`).value, `${what} COUNT.value`));
  if (count.ANY) args.push('ANY');
  return args;
}

function replyWith(flags, what) {
  if (!Array.isArray(flags)) throw new TypeError(`${what} replyWith must be an array, got ${describe(flags)} instead`);
  return flags.map((flag) => oneOf(flag, REPLY_WITH, `${what} replyWith`));
}

/** GEORADIUS: `key lon lat radius unit [options]`; GEORADIUSBYMEMBER: `key member radius unit [options]`. */
function radiusArgs(name, key, from, radius, u, opts) {
  const center = name.startsWith('GEORADIUSBYMEMBER') ? [value(from)] : lonLat(from, `${name} from`);
  return [name, key, ...center, decimal(radius, `${name} radius`), unit(u, name), ...searchOptions(opts, name)];
}

/** GEOSEARCH[STORE]: `FROMMEMBER m | FROMLONLAT lon lat`, `BYRADIUS r unit | BYBOX w h unit`, options. */
function searchArgs(args, from, by, opts) {
  const name = args[0];
  if (typeof from === 'string' || Buffer.isBuffer(from)) args.push('FROMMEMBER', from);
  else args.push('FROMLONLAT', ...lonLat(from, `${name} from`));
  if ('radius' in object(by, `${name} by`)) args.push('BYRADIUS', decimal(by.radius, `${name} by.radius`), unit(by.unit, name));
  else args.push('BYBOX', decimal(by.width, `${name} by.width`), decimal(by.height, `${name} by.height`), unit(by.unit, name));
  return args.concat(searchOptions(opts, name));
}

function geoSearchStore(destination, source, from, by, opts) {
  const args = searchArgs(destination === undefined ? ['GEOSEARCHSTORE', source] : ['GEOSEARCHSTORE', destination, source], from, by, opts);
  if (opts?.STOREDIST) args.push('STOREDIST');
  return args;
}

// ---- replies ------------------------------------------------------------------------------

/** The WITH... flags a built command ends with: nothing else can end it (units are checked). */
function replyFlags(args) {
  const flags = new Set();
  for (let i = args.length - 1; i > 0 && REPLY_WITH.includes(args[i]); i--) flags.add(args[i]);
  return flags;
}

/**
 * `{ member, distance?, hash?, coordinates? }[]`. Redis orders the extras DIST, HASH, COORD
 * whatever order they were asked in. Without extras Redis sends bare member names: node-redis
 * then takes their first character as the member (a bug); we keep the whole name.
 */
function withReply(reply, typeMapping, args) {
  const flags = replyFlags(args);
  let at = 0;
  const distance = flags.has('WITHDIST') && ++at;
  const hash = flags.has('WITHHASH') && ++at;
  const coordinates = flags.has('WITHCOORD') && ++at;
  return reply.map((raw) => {
    const item = { member: at === 0 ? raw : raw[0] };
    if (distance) item.distance = raw[distance];
    if (hash) item.hash = raw[hash];
    if (coordinates) item.coordinates = { longitude: raw[coordinates][0], latitude: raw[coordinates][1] };
    return item;
  });
}

const positions = (reply) => reply.map((p) => (p === null ? null : { longitude: p[0], latitude: p[1] }));

// ---- the table ----------------------------------------------------------------------------

/**
 * The five GEORADIUS[BYMEMBER] variants: plain, _RO, _WITH, _RO_WITH (reply extras) and _STORE
 * (STORE/STOREDIST destination). node-redis flags only the _RO ones read-only.
 */
function radiusFamily(name, method, center) {
  const head = `(key: RedisArgument, from: ${center}, radius: number, unit: GeoUnits`;
  const plain = (command) => (key, from, radius, u, opts) => radiusArgs(command, key, from, radius, u, opts);
  const withFlags = (command) => (key, from, radius, u, flags, opts) => [...radiusArgs(command, key, from, radius, u, opts), ...replyWith(flags, command)];
  const withTs = `${head}, replyWith: Array<GeoReplyWith>, options?: GeoSearchOptions): Promise<Array<GeoReplyWithMember>>`;
  return {
    [name]: { method, ts: `${head}, options?: GeoSearchOptions): Promise<string[]>`, build: plain(name) },
    [`${name}_RO`]: { method: `${method}Ro`, ts: `${head}, options?: GeoSearchOptions): Promise<string[]>`, readonly: true, build: plain(`${name}_RO`) },
    [`${name}_WITH`]: { method: `${method}With`, ts: withTs, build: withFlags(name), reply: withReply },
    [`${name}_RO_WITH`]: { method: `${method}RoWith`, ts: withTs, readonly: true, build: withFlags(`${name}_RO`), reply: withReply },
    [`${name}_STORE`]: {
      method: `${method}Store`,
      ts: `${head}, destination: RedisArgument, options?: GeoRadiusStoreOptions): Promise<number>`,
      build: (key, from, radius, u, destination, opts) => [...radiusArgs(name, key, from, radius, u, opts), opts?.STOREDIST ? 'STOREDIST' : 'STORE', destination],
    },
  };
}

module.exports = {
  GEOADD: { method: 'geoAdd', ts: '(key: RedisArgument, toAdd: GeoMember | Array<GeoMember>, options?: GeoAddOptions): Promise<number>', build: geoAdd },
  GEODIST: {
    method: 'geoDist',
    ts: '(key: RedisArgument, member1: RedisArgument, member2: RedisArgument, unit?: GeoUnits): Promise<ComputedReply<number> | null>',
    readonly: true,
    build: (key, m1, m2, u) => (u ? ['GEODIST', key, value(m1), value(m2), unit(u, 'GEODIST')] : ['GEODIST', key, value(m1), value(m2)]),
    reply: (reply) => (reply === null ? null : Number(reply)),
  },
  GEOHASH: { method: 'geoHash', ts: '(key: RedisArgument, member: RedisVariadicArgument): Promise<Array<string | null>>', readonly: true, build: (key, members) => withVariadic(['GEOHASH', key], members) },
  GEOPOS: {
    method: 'geoPos',
    ts: '(key: RedisArgument, member: RedisVariadicArgument): Promise<Array<GeoPositionReply | null>>',
    readonly: true,
    build: (key, members) => withVariadic(['GEOPOS', key], members),
    reply: positions,
  },
  GEOSEARCH: {
    method: 'geoSearch',
    ts: '(key: RedisArgument, from: GeoSearchFrom, by: GeoSearchBy, options?: GeoSearchOptions): Promise<string[]>',
    readonly: true,
    build: (key, from, by, opts) => searchArgs(['GEOSEARCH', key], from, by, opts),
  },
  GEOSEARCH_WITH: {
    method: 'geoSearchWith',
    ts: '(key: RedisArgument, from: GeoSearchFrom, by: GeoSearchBy, replyWith: Array<GeoReplyWith>, options?: GeoSearchOptions): Promise<Array<GeoReplyWithMember>>',
    readonly: true,
    build: (key, from, by, flags, opts) => [...searchArgs(['GEOSEARCH', key], from, by, opts), ...replyWith(flags, 'GEOSEARCH')],
    reply: withReply,
  },
  GEOSEARCHSTORE: {
    method: 'geoSearchStore',
    ts: '(destination: RedisArgument, source: RedisArgument, from: GeoSearchFrom, by: GeoSearchBy, options?: GeoSearchStoreOptions): Promise<number>',
    build: geoSearchStore,
  },
  ...radiusFamily('GEORADIUS', 'geoRadius', 'GeoCoordinates'),
  ...radiusFamily('GEORADIUSBYMEMBER', 'geoRadiusByMember', 'RedisArgument'),
};
