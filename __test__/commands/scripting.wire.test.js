'use strict';
// Scripting forms a live run cannot take (SCRIPT DEBUG YES/SYNC turn the connection into a Lua
// debugger session) and the full matrix of EVAL-family option forms: ferrodis must write what
// node-redis writes.
const { wireDifferential } = require('../helpers/differential');

const EVAL_FORMS = (c, method) => [c[method]('s'), c[method]('s', {}), c[method]('s', { keys: ['a', 'b'] }), c[method]('s', { arguments: ['1', '2'] }),
  c[method]('s', { keys: ['k'], arguments: [Buffer.from('x')] }), c[method]('s', { keys: [] }), c[method]('s', { keys: 'single' })];

wireDifferential('scripting commands on the wire', {
  'EVAL forms': (c) => EVAL_FORMS(c, 'eval'),
  'EVAL_RO forms': (c) => EVAL_FORMS(c, 'evalRo'),
  'EVALSHA forms': (c) => EVAL_FORMS(c, 'evalSha'),
  'EVALSHA_RO forms': (c) => EVAL_FORMS(c, 'evalShaRo'),
  'FCALL forms': (c) => EVAL_FORMS(c, 'fCall'),
  'FCALL_RO forms': (c) => EVAL_FORMS(c, 'fCallRo'),
  'SCRIPT forms': (c) => [c.scriptDebug('YES'), c.scriptDebug('SYNC'), c.scriptDebug('NO'), c.scriptExists('a'), c.scriptExists(['a', 'b']),
    c.scriptFlush(), c.scriptFlush('ASYNC'), c.scriptFlush('SYNC'), c.scriptKill(), c.scriptLoad('return 1')],
  'FUNCTION forms': (c) => [c.functionDelete('lib'), c.functionDump(), c.functionFlush(), c.functionFlush('ASYNC'), c.functionKill(),
    c.functionList(), c.functionList({}), c.functionList({ LIBRARYNAME: 'lib' }), c.functionListWithCode(), c.functionListWithCode({ LIBRARYNAME: 'l' }),
    c.functionLoad('code'), c.functionLoad('code', { REPLACE: true }), c.functionLoad('code', { REPLACE: false }), c.functionRestore(Buffer.from([0, 1])),
    c.functionRestore('d', { mode: 'FLUSH' }), c.functionRestore('d', { mode: 'APPEND' }), c.functionRestore('d', { mode: 'REPLACE' }), c.functionStats()],
});
