'use strict';
// ferrodis: node-redis v5's API on a Rust engine. Exports follow `redis@5.12.1`'s names.
// (Written as one object literal so that `import { createClient } from 'ferrodis'` works from
// ESM through Node's CommonJS named-export detection.)

const { createClient } = require('./lib/client');
const errors = require('./lib/errors');
const { RESP_TYPES } = require('./lib/resp-types');
const { defineScript } = require('./lib/scripting');
const { VerbatimString } = require('./lib/verbatim-string');

module.exports = {
  createClient,
  RESP_TYPES,
  defineScript,
  VerbatimString,
  AbortError: errors.AbortError,
  WatchError: errors.WatchError,
  ConnectionTimeoutError: errors.ConnectionTimeoutError,
  SocketTimeoutError: errors.SocketTimeoutError,
  ClientClosedError: errors.ClientClosedError,
  ClientOfflineError: errors.ClientOfflineError,
  DisconnectsClientError: errors.DisconnectsClientError,
  SocketClosedUnexpectedlyError: errors.SocketClosedUnexpectedlyError,
  RootNodesUnavailableError: errors.RootNodesUnavailableError,
  ReconnectStrategyError: errors.ReconnectStrategyError,
  ErrorReply: errors.ErrorReply,
  SimpleError: errors.SimpleError,
  BlobError: errors.BlobError,
  MultiErrorReply: errors.MultiErrorReply,
  TimeoutError: errors.TimeoutError,
  SocketTimeoutDuringMaintenanceError: errors.SocketTimeoutDuringMaintenanceError,
  CommandTimeoutDuringMaintenanceError: errors.CommandTimeoutDuringMaintenanceError,
  OpenTelemetryError: errors.OpenTelemetryError,
};
