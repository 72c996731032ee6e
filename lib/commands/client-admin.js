'use strict';
// CLIENT subcommands (the connection-administration ones; the client object itself is
// lib/client.js). node-redis flags every one of them read-only and keyless.
const { int, oneOf, options, withVariadic } = require('./args');
const { ADMIN, fixed, recordReply, same, clientInfo, clientList } = require('./transforms/server');

/** A CLIENT subcommand without arguments. */
const client = (method, subcommand, ts, reply) => fixed(method, ['CLIENT', subcommand], ts, ADMIN, reply);

/** A CLIENT subcommand switched by a boolean (truthiness, as node-redis reads it). */
const toggle = (method, subcommand, [on, off]) => ({
  method,
  ts: "(value: boolean): Promise<'OK'>",
  ...ADMIN,
  build: (value) => ['CLIENT', subcommand, value ? on : off],
});

// CLIENT KILL filter name → the values that follow it.
const KILL_FILTERS = {
  ADDR: (f) => [f.address],
  LADDR: (f) => [f.localAddress],
  ID: (f) => [int(f.id, 'CLIENT KILL id')],
  TYPE: (f) => [f.type],
  USER: (f) => [f.username],
  SKIPME: (f) => [f.skipMe ? 'yes' : 'no'],
  MAXAGE: (f) => [int(f.maxAge, 'CLIENT KILL maxAge')],
};

function pushKillFilter(args, filter) {
  // node-redis writes the bare CLIENT_KILL_FILTERS.SKIP_ME constant as the single word SKIPME.
  if (filter === 'SKIPME') return args.push('SKIPME');
  if (options(filter, 'CLIENT KILL filter') === undefined) throw new TypeError('CLIENT KILL needs a filter');
  const values = KILL_FILTERS[oneOf(filter.filter, Object.keys(KILL_FILTERS), 'CLIENT KILL filter')](filter);
  return args.push(filter.filter, ...values);
}

function clientKill(filters) {
  const args = ['CLIENT', 'KILL'];
  for (const filter of Array.isArray(filters) ? filters : [filters]) pushKillFilter(args, filter);
  return args;
}

function clientListArgs(filter) {
  if (!options(filter, 'CLIENT LIST filter')) return ['CLIENT', 'LIST'];
  if (filter.TYPE !== undefined) return ['CLIENT', 'LIST', 'TYPE', filter.TYPE];
  return withVariadic(['CLIENT', 'LIST', 'ID'], filter.ID);
}

function clientTracking(mode, opts) {
  const args = ['CLIENT', 'TRACKING', mode ? 'ON' : 'OFF'];
  if (!mode || !options(opts, 'CLIENT TRACKING options')) return args;
  if (opts.REDIRECT) args.push('REDIRECT', int(opts.REDIRECT, 'CLIENT TRACKING REDIRECT'));
  if (opts.BCAST === true) {
    args.push('BCAST');
    if (opts.PREFIX) for (const prefix of [].concat(opts.PREFIX)) args.push('PREFIX', prefix);
  } else if (opts.OPTIN === true) {
    args.push('OPTIN');
  } else if (opts.OPTOUT === true) {
    args.push('OPTOUT');
  }
  if (opts.NOLOOP) args.push('NOLOOP');
  return args;
}

module.exports = {
  CLIENT_CACHING: toggle('clientCaching', 'CACHING', ['YES', 'NO']),
  CLIENT_GETNAME: client('clientGetName', 'GETNAME', '(): Promise<string | null>'),
  CLIENT_GETREDIR: client('clientGetRedir', 'GETREDIR', '(): Promise<number>'),
  CLIENT_ID: client('clientId', 'ID', '(): Promise<number>'),
  CLIENT_INFO: client('clientInfo', 'INFO', '(): Promise<ClientInfoReply>', clientInfo),
  CLIENT_KILL: { method: 'clientKill', ts: '(filters: ClientKillFilter | Array<ClientKillFilter>): Promise<number>', ...ADMIN, build: clientKill },
  CLIENT_LIST: { method: 'clientList', ts: '(filter?: ListFilter): Promise<ClientInfoReply[]>', ...ADMIN, build: clientListArgs, reply: clientList },
  'CLIENT_NO-EVICT': toggle('clientNoEvict', 'NO-EVICT', ['ON', 'OFF']),
  'CLIENT_NO-TOUCH': toggle('clientNoTouch', 'NO-TOUCH', ['ON', 'OFF']),
  CLIENT_PAUSE: {
    method: 'clientPause',
    ts: "(timeout: number, mode?: 'WRITE' | 'ALL'): Promise<'OK'>",
    ...ADMIN,
    build: (timeout, mode) => {
      const args = ['CLIENT', 'PAUSE', int(timeout, 'CLIENT PAUSE timeout')];
      if (mode) args.push(oneOf(mode, ['WRITE', 'ALL'], 'CLIENT PAUSE mode'));
      return args;
    },
  },
  CLIENT_SETNAME: { method: 'clientSetName', ts: "(name: RedisArgument): Promise<'OK'>", ...ADMIN, build: (name) => ['CLIENT', 'SETNAME', name] },
  CLIENT_TRACKING: {
    method: 'clientTracking',
    ts: "(mode: boolean, options?: ClientTrackingOptions): Promise<'OK'>",
    ...ADMIN,
    build: clientTracking,
  },
  CLIENT_TRACKINGINFO: client('clientTrackingInfo', 'TRACKINGINFO', '(): Promise<TrackingInfo>', recordReply(same(['flags', 'redirect', 'prefixes']))),
  CLIENT_UNPAUSE: client('clientUnpause', 'UNPAUSE', "(): Promise<'OK'>"),
};
