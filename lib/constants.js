'use strict';
// Named argument values node-redis 5.12.1 exports for command options.

const freeze = Object.freeze;

module.exports = {
  GEO_REPLY_WITH: freeze({ DISTANCE: 'WITHDIST', HASH: 'WITHHASH', COORDINATES: 'WITHCOORD' }),
  CLIENT_KILL_FILTERS: freeze({
    ADDRESS: 'ADDR',
    LOCAL_ADDRESS: 'LADDR',
    ID: 'ID',
    TYPE: 'TYPE',
    USER: 'USER',
    SKIP_ME: 'SKIPME',
    MAXAGE: 'MAXAGE',
  }),
  FAILOVER_MODES: freeze({ FORCE: 'FORCE', TAKEOVER: 'TAKEOVER' }),
  CLUSTER_SLOT_STATES: freeze({ IMPORTING: 'IMPORTING', MIGRATING: 'MIGRATING', STABLE: 'STABLE', NODE: 'NODE' }),
  COMMAND_LIST_FILTER_BY: freeze({ MODULE: 'MODULE', ACLCAT: 'ACLCAT', PATTERN: 'PATTERN' }),
  REDIS_FLUSH_MODES: freeze({ ASYNC: 'ASYNC', SYNC: 'SYNC' }),
};
