'use strict';
// Waiting for a client-side cache's server invalidations in tests.

/** Resolves once `cache` has had an 'invalidate' event (or after 2 s, for the test to fail on
 *  what it then reads). */
function invalidated(cache) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 2000);
    cache.once('invalidate', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

module.exports = { invalidated };
