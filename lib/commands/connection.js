'use strict';

module.exports = {
  PING: { method: 'ping', ts: '(message?: RedisArgument): Promise<string>', readonly: true, keyless: true, build: (message) => (message ? ['PING', message] : ['PING']) },
  ECHO: { method: 'echo', ts: '(message: RedisArgument): Promise<string>', readonly: true, keyless: true, build: (message) => ['ECHO', message] },
};
