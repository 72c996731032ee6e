'use strict';
// ferrodis: node-redis v5's API on a Rust engine. Exports follow `redis@5.12.1`'s names.
// (One `exports.name =` per export, the form Node's CommonJS export detection reads, so that
// `import { createClient, ErrorReply } from 'ferrodis'` works from ESM.)

const { createClient } = require('./lib/client');
const errors = require('./lib/errors');
const constants = require('./lib/constants');

exports.createClient = createClient;
exports.createCluster = require('./lib/cluster').createCluster;
exports.createClientPool = require('./lib/pool').createClientPool;
exports.BasicClientSideCache = require('./lib/cache').BasicClientSideCache;
exports.BasicPooledClientSideCache = require('./lib/cache').BasicPooledClientSideCache;
exports.defineScript = require('./lib/scripting').defineScript;
exports.digest = require('./lib/digest').digest;
exports.CHANNELS = require('./lib/tracing').CHANNELS;
exports.OpenTelemetry = require('./lib/opentelemetry').OpenTelemetry;
exports.RESP_TYPES = require('./lib/resp-types').RESP_TYPES;
exports.VerbatimString = require('./lib/verbatim-string').VerbatimString;

exports.GEO_REPLY_WITH = constants.GEO_REPLY_WITH;
exports.CLIENT_KILL_FILTERS = constants.CLIENT_KILL_FILTERS;
exports.FAILOVER_MODES = constants.FAILOVER_MODES;
exports.CLUSTER_SLOT_STATES = constants.CLUSTER_SLOT_STATES;
exports.COMMAND_LIST_FILTER_BY = constants.COMMAND_LIST_FILTER_BY;
exports.REDIS_FLUSH_MODES = constants.REDIS_FLUSH_MODES;

exports.AbortError = errors.AbortError;
exports.WatchError = errors.WatchError;
exports.ConnectionTimeoutError = errors.ConnectionTimeoutError;
exports.SocketTimeoutError = errors.SocketTimeoutError;
exports.ClientClosedError = errors.ClientClosedError;
exports.ClientOfflineError = errors.ClientOfflineError;
exports.DisconnectsClientError = errors.DisconnectsClientError;
exports.SocketClosedUnexpectedlyError = errors.SocketClosedUnexpectedlyError;
exports.RootNodesUnavailableError = errors.RootNodesUnavailableError;
exports.ReconnectStrategyError = errors.ReconnectStrategyError;
exports.ErrorReply = errors.ErrorReply;
exports.SimpleError = errors.SimpleError;
exports.BlobError = errors.BlobError;
exports.MultiErrorReply = errors.MultiErrorReply;
exports.TimeoutError = errors.TimeoutError;
exports.SocketTimeoutDuringMaintenanceError = errors.SocketTimeoutDuringMaintenanceError;
exports.CommandTimeoutDuringMaintenanceError = errors.CommandTimeoutDuringMaintenanceError;
exports.OpenTelemetryError = errors.OpenTelemetryError;
