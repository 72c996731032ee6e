'use strict';
// ferrodis: node-redis v5's API on a Rust engine. Exports follow `redis@5.12.1`'s names.
// (One `exports.name =` per export, the form Node's CommonJS export detection reads, so that
// `import { createClient, ErrorReply } from 'ferrodis'` works from ESM.)

const { createClient } = require('./lib/client');
const errors = require('./lib/errors');
const constants = require('./lib/constants');
const { MODULE_CONSTANTS } = require('./lib/commands');

exports.createClient = createClient;
exports.createCluster = require('./lib/cluster').createCluster;
exports.createClientPool = require('./lib/pool').createClientPool;
exports.createSentinel = require('./lib/sentinel').createSentinel;
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

// The Redis Stack modules' constants (lib/commands/modules: search, then time series).
exports.SCHEMA_FIELD_TYPE = MODULE_CONSTANTS.SCHEMA_FIELD_TYPE;
exports.SCHEMA_TEXT_FIELD_PHONETIC = MODULE_CONSTANTS.SCHEMA_TEXT_FIELD_PHONETIC;
exports.SCHEMA_VECTOR_FIELD_ALGORITHM = MODULE_CONSTANTS.SCHEMA_VECTOR_FIELD_ALGORITHM;
exports.REDISEARCH_LANGUAGE = MODULE_CONSTANTS.REDISEARCH_LANGUAGE;
exports.FT_AGGREGATE_STEPS = MODULE_CONSTANTS.FT_AGGREGATE_STEPS;
exports.FT_AGGREGATE_GROUP_BY_REDUCERS = MODULE_CONSTANTS.FT_AGGREGATE_GROUP_BY_REDUCERS;
exports.TIME_SERIES_AGGREGATION_TYPE = MODULE_CONSTANTS.TIME_SERIES_AGGREGATION_TYPE;
exports.TIME_SERIES_BUCKET_TIMESTAMP = MODULE_CONSTANTS.TIME_SERIES_BUCKET_TIMESTAMP;
exports.TIME_SERIES_DUPLICATE_POLICIES = MODULE_CONSTANTS.TIME_SERIES_DUPLICATE_POLICIES;
exports.TIME_SERIES_ENCODING = MODULE_CONSTANTS.TIME_SERIES_ENCODING;
exports.TIME_SERIES_REDUCERS = MODULE_CONSTANTS.TIME_SERIES_REDUCERS;

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
