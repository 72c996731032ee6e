'use strict';
// The RedisJSON commands (`client.json`) through ferrodis and node-redis side by side
// (helpers/differential.js) on Redis Stack 7.4.1 (RedisJSON 2.8), RESP2 and RESP3. JSONPath
// (`$...`) and legacy (`.a`) paths are both covered: their replies differ in shape (an array per
// match vs. one value), and RESP3 changes some (NUMINCRBY's numbers, TYPE's extra array).
// JSON.DEBUG MEMORY's sizes are the server's own and the same for both clients.
const redis = require('redis');
const { differential } = require('../helpers/differential');
const { rejectsBeforeSending } = require('../helpers/bad-arguments');

const { BLOB_STRING, DOUBLE, NUMBER } = redis.RESP_TYPES;
const asBuffers = (c) => c.withTypeMapping({ [BLOB_STRING]: Buffer });

const DOC = { a: 1, b: [1, 2, 3], s: 'text', o: { p: true, a: 5 }, f: 1.5, n: null };
const seed = (c, doc = DOC) => c.json.set('k', '$', doc);

differential('RedisJSON commands', {
  'set and get every value kind': (c) => [
    c.json.set('k', '$', { nested: { arr: [1, 'two', null, false, { deep: [] }] }, unicode: 'é✓', big: 12345678901234, neg: -0.5 }), c.json.get('k'),
    c.json.set('d', '$', new Date(Date.UTC(2030, 0, 1))), c.json.get('d'), c.json.set('n', '$', null), c.json.get('n'), c.json.set('t', '$', true), c.json.get('t'),
    c.json.set('s', '$', 'a "quoted" string'), c.json.get('s'), c.json.set('x', '$', NaN), c.json.get('x'), c.json.set('o', '$', { gone: undefined, 1: 'one' }), c.json.get('o'),
    c.json.set(Buffer.from('buf'), Buffer.from('$'), [1]), c.json.get('buf'), c.json.get('nope'),
  ],
  'set conditions and paths': (c) => [
    c.json.set('k', '$', 1, { condition: 'XX' }), c.json.set('k', '$', 1, { condition: 'NX' }), c.json.set('k', '$', 2, { NX: true }), c.json.set('k', '$', 3, { XX: true }),
    c.json.set('k', '$', { a: 1 }), c.json.set('k', '$.b', 2, { condition: 'NX' }), c.json.set('k', '$.b', 3, { condition: 'NX' }), c.json.set('k', '.c', 4, { XX: true }),
    c.json.set('k', '$.deep.missing', 1), c.json.set('k', '.deep.missing', 1), c.json.get('k'), c.json.SET('k', '$', [], {}),
  ],
  'get paths': (c) => [
    seed(c), c.json.get('k', { path: '$' }), c.json.get('k', { path: '$.a' }), c.json.get('k', { path: '.a' }), c.json.get('k', { path: ['$.a', '$.b'] }), c.json.get('k', { path: ['.a', '.s'] }),
    c.json.get('k', { path: '$..a' }), c.json.get('k', { path: '$.zz' }), c.json.get('k', { path: '.zz' }), c.json.get('k', { path: [] }), c.json.get('k', {}), c.json.GET('k', { path: '$.n' }),
    c.json.get('nope', { path: '$' }),
  ],
  'get with type mappings': (c) => [
    seed(c), asBuffers(c).json.get('k'), asBuffers(c).json.get('k', { path: '$.s' }), c.withTypeMapping({ [BLOB_STRING]: String }).json.get('k', { path: '.s' }), asBuffers(c).json.get('nope'),
  ],
  'mGet and mSet': (c) => [
    c.json.mSet([{ key: 'a', path: '$', value: { x: 1, y: 'a' } }, { key: 'b', path: '$', value: { x: [2] } }]), c.json.mSet([{ key: 'a', path: '$.y', value: 'z' }]),
    c.json.mGet(['a', 'b', 'nope'], '$.x'), c.json.mGet(['a', 'b'], '.x'), c.json.mGet(['a'], '$..y'), c.json.MGET(['nope'], '$'), asBuffers(c).json.mGet(['a', 'nope'], '$'),
    c.json.MSET([{ key: 'a', path: '.q', value: null }]), c.json.mGet(['a'], '$'), c.json.mSet([{ key: 'nope', path: '$.x', value: 1 }]),
  ],
  'merge': (c) => [
    seed(c), c.json.merge('k', '$', { a: null, b: 'replaced', o: { q: [1] }, added: { deep: true } }), c.json.get('k'), c.json.merge('k', '.s', 'new'), c.json.merge('k', '$.zz', 1),
    c.json.MERGE('new', '$', { fresh: 1 }), c.json.get('new'), c.json.merge('nope', '$.a', 1),
  ],
  'del, forget, clear': (c) => [
    seed(c), c.json.del('k', { path: '$.a' }), c.json.del('k', { path: '$..a' }), c.json.del('k', { path: '.zz' }), c.json.forget('k', { path: '$.s' }), c.json.FORGET('k', { path: '.f' }),
    c.json.clear('k', { path: '$.b' }), c.json.CLEAR('k', { path: '$.*' }), c.json.get('k'), c.json.clear('k'), c.json.get('k'), c.json.del('k'), c.json.DEL('k', {}), c.json.forget('nope'),
    c.json.clear('nope'), c.json.set('k2', '$', 1), c.json.forget('k2', {}), c.json.get('k2'),
  ],
  'arrAppend, arrInsert, arrLen': (c) => [
    seed(c), c.json.arrAppend('k', '$.b', 4), c.json.arrAppend('k', '.b', 'five', { six: 6 }, [7], null), c.json.arrAppend('k', '$..b', true), c.json.arrAppend('k', '$.s', 1),
    c.json.ARRAPPEND('k', '$.zz', 1), c.json.arrInsert('k', '$.b', 0, 'first'), c.json.arrInsert('k', '.b', -1, 'before last', 'and this'), c.json.ARRINSERT('k', '$.s', 0, 1),
    c.json.arrInsert('k', '$.b', 99, 1), c.json.arrLen('k', { path: '$.b' }), c.json.arrLen('k', { path: '.b' }), c.json.arrLen('k', { path: '$.*' }), c.json.ARRLEN('k'), c.json.arrLen('nope'),
    c.json.arrLen('nope', { path: '$' }), c.json.get('k', { path: '$.b' }), c.json.set('arr', '$', [1]), c.json.arrLen('arr'), c.json.arrLen('arr', {}),
  ],
  'arrIndex ranges': (c) => [
    c.json.set('k', '$', { a: [1, 'x', { o: 1 }, null, false, 1, [1]], s: 'str' }), c.json.arrIndex('k', '$.a', 1), c.json.arrIndex('k', '.a', 'x'), c.json.arrIndex('k', '$.a', { o: 1 }),
    c.json.arrIndex('k', '$.a', null), c.json.arrIndex('k', '$.a', false), c.json.arrIndex('k', '$.a', [1]), c.json.arrIndex('k', '$.a', 'missing'), c.json.arrIndex('k', '$.a', 1, { range: { start: 1 } }),
    c.json.arrIndex('k', '$.a', 1, { range: { start: 1, stop: 4 } }), c.json.arrIndex('k', '$.a', 1, { range: { start: -3, stop: -1 } }), c.json.ARRINDEX('k', '$.a', 1, {}), c.json.arrIndex('k', '$.s', 1),
    c.json.arrIndex('k', '$..a', 'x'), c.json.arrIndex('nope', '$', 1),
  ],
  'arrPop, arrTrim': (c) => [
    c.json.set('k', '$', { a: [1, 'two', { three: 3 }, [4], null, 5.5], s: 'str', e: [] }), c.json.arrPop('k', { path: '$.a' }), c.json.arrPop('k', { path: '.a' }), c.json.arrPop('k', { path: '$.a', index: 0 }),
    c.json.arrPop('k', { path: '.a', index: 1 }), c.json.arrPop('k', { path: '$..*' }), c.json.arrPop('k', { path: '$.s' }), c.json.arrPop('k', { path: '$.e' }), c.json.arrPop('k', { path: '.e' }),
    c.json.arrPop('k', { path: '$.zz' }), c.json.get('k'), c.json.set('arr', '$', ['x', { y: 1 }]), c.json.ARRPOP('arr'), c.json.arrPop('arr', undefined), asBuffers(c).json.arrPop('arr', { path: '$' }),
    c.json.set('t', '$', { a: [1, 2, 3, 4, 5] }), c.json.arrTrim('t', '$.a', 1, 3), c.json.arrTrim('t', '.a', 0, -2), c.json.ARRTRIM('t', '$..a', 5, 1), c.json.arrTrim('t', '$.zz', 0, 1), c.json.get('t'),
    c.json.arrPop('nope', { path: '$' }),
  ],
  'debugMemory': (c) => [
    seed(c), c.json.debugMemory('k'), c.json.debugMemory('k', { path: '$.b' }), c.json.debugMemory('k', { path: '.b' }), c.json.debugMemory('k', { path: '$..a' }), c.json.DEBUG_MEMORY('k', {}),
    c.json.debugMemory('nope'), c.json.debugMemory('nope', { path: '$' }),
  ],
  'numIncrBy, numMultBy': (c) => [
    seed(c), c.json.numIncrBy('k', '$.a', 2), c.json.numIncrBy('k', '.a', 3), c.json.numIncrBy('k', '$..a', 1), c.json.numIncrBy('k', '$.f', 0.25), c.json.numIncrBy('k', '.f', -0.5),
    c.json.numIncrBy('k', '$.s', 1), c.json.numIncrBy('k', '.s', 1), c.json.numIncrBy('k', '$.zz', 1), c.json.NUMINCRBY('k', '$.a', -100), c.json.numMultBy('k', '$.a', 2),
    c.json.numMultBy('k', '.f', 2.5), c.json.numMultBy('k', '$..*', 2), c.json.NUMMULTBY('k', '$.o.a', 0), c.json.numIncrBy('nope', '$', 1), c.json.get('k'),
  ],
  'numIncrBy with type mappings': (c) => [
    seed(c), c.withTypeMapping({ [DOUBLE]: String }).json.numIncrBy('k', '$.f', 0.5), c.withTypeMapping({ [NUMBER]: String }).json.numIncrBy('k', '$.a', 1),
    asBuffers(c).json.numIncrBy('k', '.a', 1), asBuffers(c).json.numMultBy('k', '$..a', 3),
  ],
  'objKeys, objLen': (c) => [
    seed(c), c.json.objKeys('k'), c.json.objKeys('k', { path: '$' }), c.json.objKeys('k', { path: '$..o' }), c.json.objKeys('k', { path: '.o' }), c.json.objKeys('k', { path: '$.a' }),
    c.json.OBJKEYS('k', {}), c.json.objKeys('nope'), c.json.objLen('k'), c.json.objLen('k', { path: '$.o' }), c.json.objLen('k', { path: '.o' }), c.json.objLen('k', { path: '$.*' }),
    c.json.OBJLEN('nope'), c.json.objLen('nope', { path: '$' }), asBuffers(c).json.objKeys('k', { path: '$.o' }), c.json.objKeys('k', { path: '.a' }),
  ],
  'strAppend, strLen': (c) => [
    seed(c), c.json.strAppend('k', ' more', { path: '$.s' }), c.json.strAppend('k', '"q"', { path: '.s' }), c.json.strAppend('k', 'é', { path: '$..s' }), c.json.strAppend('k', 'x', { path: '$.a' }),
    c.json.strLen('k', { path: '$.s' }), c.json.strLen('k', { path: '.s' }), c.json.strLen('k', { path: '$.*' }), c.json.STRLEN('k', { path: '' }), c.json.get('k', { path: '$.s' }),
    c.json.set('str', '$', 'root'), c.json.STRAPPEND('str', '!'), c.json.strAppend('str', '?', {}), c.json.strLen('str'), c.json.strLen('str', {}), c.json.strLen('nope'),
    c.json.strLen('nope', { path: '$' }), c.json.strAppend('nope', 'x'),
  ],
  'toggle': (c) => [
    seed(c), c.json.toggle('k', '$.o.p'), c.json.toggle('k', '.o.p'), c.json.toggle('k', '$..p'), c.json.TOGGLE('k', '$.a'), c.json.toggle('k', '$.zz'), c.json.get('k', { path: '$.o' }),
    c.json.toggle('nope', '$'), asBuffers(c).json.toggle('k', '.o.p'),
  ],
  'type': (c) => [
    seed(c), c.json.type('k'), c.json.type('k', { path: '$' }), c.json.type('k', { path: '.a' }), c.json.type('k', { path: '$..a' }), c.json.type('k', { path: '$.*' }),
    c.json.type('k', { path: '$.zz' }), c.json.type('k', { path: '' }), c.json.TYPE('k', {}), c.json.type('nope'), c.json.type('nope', { path: '$' }), asBuffers(c).json.type('k', { path: '$.*' }),
    asBuffers(c).json.type('k'),
  ],
  'wrong types and bad paths': (c) => [
    c.set('str', 'v'), c.json.get('str'), c.json.set('str', '$', 1), c.json.arrAppend('str', '$', 1), c.json.type('str'), c.json.mGet(['str'], '$'), c.json.numIncrBy('str', '$', 1),
    seed(c), c.json.get('k', { path: '$[' }), c.json.set('k', 'no-dollar', 1), c.json.arrLen('k'), c.json.strLen('k'), c.json.objLen('k', { path: '.a' }), c.json.arrIndex('k', '.s', 1),
    c.json.arrTrim('k', '.s', 0, 1), c.json.toggle('k', '.a'), c.json.numIncrBy('k', '$.a', 1e308), c.json.numMultBy('k', '$.a', 1e308), c.json.numMultBy('k', '$.a', 1e308),
  ],
  'values JSON.stringify refuses in both clients': (c) => [
    c.json.set('k', '$', 10n).catch((err) => err.constructor.name),
  ],
  'in a transaction': (c) => c.multi()
    .json.set('k', '$', DOC)
    .json.get('k', { path: '$.b' })
    .json.arrAppend('k', '$.b', 4, 5)
    .json.arrPop('k', { path: '.b' })
    .json.numIncrBy('k', '$.a', 1.5)
    .json.numMultBy('k', '.a', 2)
    .json.type('k', { path: '$.o' })
    .json.type('k')
    .json.mGet(['k', 'nope'], '$.a')
    .json.objKeys('k', { path: '$.o' })
    .json.toggle('k', '.o.p')
    .json.strLen('k', { path: '.s' })
    .json.debugMemory('nope')
    .json.set('k', '$', 1, { condition: 'NX' })
    .json.get('nope')
    .exec(),
  'transaction with an error reply': (c) => c.multi().json.set('k', '$', { a: 1 }).json.strAppend('k', 'x', { path: '.a' }).json.get('k').exec().catch((err) => [err.constructor.name, err.replies]),
  'pipelined with execAsPipeline': (c) => c.multi().json.set('k', '$', [1]).json.arrPop('k').json.arrPop('k').json.get('k').execAsPipeline(),
});

rejectsBeforeSending('RedisJSON commands', [
  ['set without a value', (c) => c.json.set('k', '$')],
  ['set with a function', (c) => c.json.set('k', '$', () => 1)],
  ['set with a BigInt', (c) => c.json.set('k', '$', 1n)],
  ['set with a circular object', (c) => {
    const o = {};
    o.self = o;
    return c.json.set('k', '$', o);
  }],
  ['set without a path', (c) => c.json.set('k', undefined, 1)],
  ['set with a bad condition', (c) => c.json.set('k', '$', 1, { condition: 'GT' })],
  ['set with options that are not an object', (c) => c.json.set('k', '$', 1, 'NX')],
  ['get with a path that is a number', (c) => c.json.get('k', { path: 1 })],
  ['get with a path list holding null', (c) => c.json.get('k', { path: ['$', null] })],
  ['arrAppend without values', (c) => c.json.arrAppend('k', '$')],
  ['arrAppend with an undefined value', (c) => c.json.arrAppend('k', '$', 1, undefined)],
  ['arrInsert with a non-integer index', (c) => c.json.arrInsert('k', '$', 1.5, 1)],
  ['arrIndex without a range start', (c) => c.json.arrIndex('k', '$', 1, { range: {} })],
  ['arrIndex with a non-integer stop', (c) => c.json.arrIndex('k', '$', 1, { range: { start: 0, stop: 'end' } })],
  ['arrPop with options but no path', (c) => c.json.arrPop('k', { index: 1 })],
  ['arrPop with a non-integer index', (c) => c.json.arrPop('k', { path: '$', index: '1.5' })],
  ['arrTrim without stop', (c) => c.json.arrTrim('k', '$', 0)],
  ['numIncrBy with NaN', (c) => c.json.numIncrBy('k', '$', NaN)],
  ['numIncrBy with Infinity', (c) => c.json.numIncrBy('k', '$', Infinity)],
  ['numMultBy with text', (c) => c.json.numMultBy('k', '$', 'twice')],
  ['mGet without keys', (c) => c.json.mGet([], '$')],
  ['mGet without a path', (c) => c.json.mGet(['a'])],
  ['mSet with no items', (c) => c.json.mSet([])],
  ['mSet with an item that is not an object', (c) => c.json.mSet(['k', '$', 1])],
  ['mSet with an item lacking its value', (c) => c.json.mSet([{ key: 'k', path: '$' }])],
  ['mSet with one item instead of a list', (c) => c.json.mSet({ key: 'k', path: '$', value: 1 })],
  ['merge without a value', (c) => c.json.merge('k', '$')],
  ['strAppend with a symbol', (c) => c.json.strAppend('k', Symbol('x'))],
  ['toggle without a path', (c) => c.json.toggle('k')],
  ['del with options that are not an object', (c) => c.json.del('k', '$')],
]);
