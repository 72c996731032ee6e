'use strict';

module.exports = {
  PING: { method: 'ping', readonly: true, keyless: true, build: (message) => (message ? ['PING', message] : ['PING']) },
  ECHO: { method: 'echo', readonly: true, keyless: true, build: (message) => ['ECHO', message] },
};
