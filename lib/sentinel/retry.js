'use strict';
// When a sentinel sends a failed command again: only when the failure proves it did not run.

const errors = require('../errors');

/** Whether a command was never written (its client was offline or already closed). */
function unwritten(err) {
  return err instanceof errors.ClientOfflineError || err instanceof errors.ClientClosedError;
}

/** Whether a single command's failure proves it did not run: never written, refused by a
 *  demoted master (READONLY), or by a replica still loading its data (LOADING) or cut off from
 *  its master (MASTERDOWN). Not for a transaction or a pipeline, whose commands before a refused
 *  one ran (./commands.js). */
function retryable(err) {
  return unwritten(err) || (err instanceof errors.ErrorReply && /^(READONLY|LOADING|MASTERDOWN) /.test(err.message));
}

module.exports = { unwritten, retryable };
