'use strict';
// User-defined scripts (defineScript + the `scripts` option: EVALSHA, EVAL on NOSCRIPT) and
// functions (the `functions` option: FCALL / FCALL_RO), side by side with node-redis.
const { differential } = require('./helpers/differential');
const { startRedis } = require('./helpers/redis-server');
const ferrodis = require('..');

const LIBRARY = `#!lua name=mylib
redis.register_function('getset_len', function(keys, args) redis.call('SET', keys[1], args[1]); return string.len(args[1]) end)
redis.register_function{function_name='get_ro', callback=function(keys) return redis.call('GET', keys[1]) end, flags={'no-writes'}}`;

function scriptingOptions(lib) {
  return {
    scripts: {
      incrTwice: lib.defineScript({
        SCRIPT: "redis.call('INCRBY', KEYS[1], ARGV[1]); return redis.call('INCRBY', KEYS[1], ARGV[1])",
        NUMBER_OF_KEYS: 1,
        parseCommand(parser, key, by) {
          parser.pushKey(key);
          parser.push(String(by));
        },
        transformReply: (reply) => reply * 10,
      }),
      readKey: lib.defineScript({
        SCRIPT: "return redis.call('GET', KEYS[1])",
        NUMBER_OF_KEYS: 1,
        IS_READ_ONLY: true,
        parseCommand(parser, key) {
          parser.pushKey(key);
        },
      }),
    },
    // node-redis' `modules` option: user-defined command sets (its spec's echo module, and one
    // that reads a key and uses the type mapping its transform is handed).
    modules: {
      module: {
        echo: { parseCommand(parser, message) { parser.push('ECHO', message); }, transformReply: (reply) => `echo:${reply}` },
        lenOf: {
          IS_READ_ONLY: true,
          parseCommand(parser, key) { parser.push('STRLEN'); parser.pushKey(key); },
          transformReply: (reply, preserve, typeMapping) => ({ reply, preserve: preserve ?? null, mapped: typeMapping !== undefined }),
        },
      },
    },
    functions: {
      mylib: {
        getset_len: { NUMBER_OF_KEYS: 1, parseCommand(parser, key, value) { parser.pushKey(key); parser.push(value); } },
        get_ro: { NUMBER_OF_KEYS: 1, IS_READ_ONLY: true, parseCommand(parser, key) { parser.pushKey(key); }, transformReply: { 2: (r) => `v:${r}`, 3: (r) => `v3:${r}` } },
      },
    },
  };
}

differential('scripts and functions', {
  'defineScript: EVAL on the first call (NOSCRIPT), EVALSHA after': async (c) => [
    await c.sendCommand(['SCRIPT', 'FLUSH']), await c.incrTwice('n', 2), await c.incrTwice('n', 3), await c.readKey('n'),
  ],
  'scripts inside multi()': async (c) => [await c.multi().incrTwice('m', 1).incrTwice('m', 1).readKey('m').exec()],
  'functions: FCALL and FCALL_RO with transforms': async (c) => [
    await c.sendCommand(['FUNCTION', 'LOAD', 'REPLACE', LIBRARY]), await c.mylib.getset_len('f', 'hello'), await c.mylib.get_ro('f'),
    await c.multi().mylib.getset_len('f', 'abc').exec(),
  ],
  'script errors are ErrorReplies': (c) => [c.incrTwice('n', 'x')],
  'modules: commands of a user module, in multi() too': async (c) => [
    await c.module.echo('message'), await c.set('mk', 'abc'), await c.module.lenOf('mk'),
    await c.multi().module.echo('in multi').module.lenOf('mk').exec(),
  ],
}, { clientOptions: scriptingOptions });

test('defineScript adds the SHA1 of the script', () => {
  const script = ferrodis.defineScript({ SCRIPT: 'return 1', NUMBER_OF_KEYS: 0, parseCommand() {} });
  expect(script.SHA1).toBe('e0e1f9fabfc9d4800c877a703b823ac0578ff8db');
  expect(script.SHA1).toBe(require('redis').defineScript({ SCRIPT: 'return 1' }).SHA1);
});

test('a throwing parseCommand rejects the call and leaves the client usable', async () => {
  const server = await startRedis();
  const client = ferrodis.createClient({
    socket: { port: server.port },
    scripts: { bad: ferrodis.defineScript({ SCRIPT: 'return 1', NUMBER_OF_KEYS: 0, parseCommand() { throw new TypeError('nope'); } }) },
  });
  await client.connect();
  await expect(client.bad()).rejects.toThrow('nope');
  expect(await client.ping()).toBe('PONG');
  await client.quit();
  await server.stop();
});
