'use strict';
// The RedisJSON commands (`client.json`): both clients must write the same command arrays for
// every argument form and option; the replies are compared on Redis Stack in json.test.js.
const { wireDifferential } = require('../helpers/differential');

const DOC = { a: 1, b: [1, 'two', null, true], nested: { x: 1.5, y: 'é' }, when: new Date(Date.UTC(2030, 0, 1)) };
const BUF = Buffer.from('k');

wireDifferential('RedisJSON commands', {
  'set with every value kind': (c) => [
    c.json.set('k', '$', DOC), c.json.set('k', '$', null), c.json.set('k', '$', true), c.json.set('k', '$', 1.25), c.json.set('k', '$', 'text "quoted"'),
    c.json.set('k', '$', []), c.json.set('k', '$', {}), c.json.set('k', '.a', [1, [2, [3]]]), c.json.set(BUF, Buffer.from('$'), 'v'), c.json.set('k', '$', { 1: 'numeric key' }),
    c.json.set('k', '$', -0), c.json.set('k', '$', 1e21), c.json.set('k', '$', NaN), c.json.set('k', '$', Infinity), c.json.set('k', '$', { skipped: undefined, kept: 1 }),
  ],
  'set conditions': (c) => [
    c.json.set('k', '$', 1, { condition: 'NX' }), c.json.set('k', '$', 1, { condition: 'XX' }), c.json.set('k', '$', 1, { NX: true }), c.json.set('k', '$', 1, { XX: true }),
    c.json.set('k', '$', 1, { NX: true, XX: true }), c.json.set('k', '$', 1, { condition: 'XX', NX: true }), c.json.set('k', '$', 1, {}), c.json.set('k', '$', 1, { NX: false }),
    c.json.set('k', '$', 1, { condition: undefined, XX: true }), c.json.SET('k', '$', 1, { condition: 'NX' }),
  ],
  'get paths': (c) => [
    c.json.get('k'), c.json.get('k', {}), c.json.get('k', { path: '$' }), c.json.get('k', { path: ['$.a', '$.b'] }), c.json.get('k', { path: [] }), c.json.get('k', { path: '' }),
    c.json.get('k', { path: Buffer.from('.a') }), c.json.GET(BUF, { path: ['.a'] }),
  ],
  'mGet and mSet': (c) => [
    c.json.mGet(['a', 'b'], '$'), c.json.mGet(['a'], '.x'), c.json.mGet([BUF, 'b'], Buffer.from('$')), c.json.MGET(['a', 'b', 'c'], '$..x'),
    c.json.mSet([{ key: 'a', path: '$', value: { x: 1 } }, { key: 'b', path: '.x', value: 'y' }, { key: BUF, path: '$', value: null }]), c.json.mSet([{ key: 'a', path: '$', value: [1, 2] }]),
    c.json.MSET([{ key: 'a', path: '$', value: DOC }]),
  ],
  'merge': (c) => [c.json.merge('k', '$', { a: null, b: { c: 1 } }), c.json.merge('k', '.a', 5), c.json.MERGE(BUF, '$', 'x')],
  'del, forget, clear': (c) => [
    c.json.del('k'), c.json.del('k', { path: '$.a' }), c.json.del('k', {}), c.json.del('k', { path: '' }), c.json.forget('k'), c.json.forget('k', { path: '.a' }), c.json.clear('k'),
    c.json.clear('k', { path: '$.*' }), c.json.clear('k', { path: '' }), c.json.DEL(BUF), c.json.FORGET('k', { path: '$' }), c.json.CLEAR('k', {}),
  ],
  'arrAppend, arrInsert': (c) => [
    c.json.arrAppend('k', '$', 1), c.json.arrAppend('k', '$.a', 1, 'two', { three: 3 }, [4], null), c.json.arrInsert('k', '$', 0, 'x'), c.json.arrInsert('k', '.a', -1, 1, 2, 3),
    c.json.ARRAPPEND(BUF, '$', DOC), c.json.ARRINSERT('k', '$', 2, null),
  ],
  'arrIndex ranges': (c) => [
    c.json.arrIndex('k', '$', 1), c.json.arrIndex('k', '$', 'x', { range: { start: 1 } }), c.json.arrIndex('k', '$', { o: 1 }, { range: { start: 0, stop: -1 } }),
    c.json.arrIndex('k', '$', null, {}), c.json.arrIndex('k', '.a', false, { range: { start: -2, stop: 0 } }), c.json.arrIndex('k', '$', 1, { range: undefined }), c.json.ARRINDEX('k', '$', [1], { range: { start: 3, stop: undefined } }),
  ],
  'arrLen, arrPop, arrTrim': (c) => [
    c.json.arrLen('k'), c.json.arrLen('k', { path: '$.a' }), c.json.arrLen('k', {}), c.json.arrLen('k', { path: '' }), c.json.arrPop('k'), c.json.arrPop('k', { path: '$' }),
    c.json.arrPop('k', { path: '.a', index: 0 }), c.json.arrPop('k', { path: '$.a', index: -1 }), c.json.arrTrim('k', '$', 0, 1), c.json.arrTrim('k', '.a', -3, -1),
    c.json.ARRLEN(BUF), c.json.ARRPOP(BUF, { path: '$', index: 2 }), c.json.ARRTRIM('k', '$', 1, 0),
  ],
  'debugMemory': (c) => [c.json.debugMemory('k'), c.json.debugMemory('k', { path: '$' }), c.json.debugMemory('k', {}), c.json.debugMemory('k', { path: '' }), c.json.DEBUG_MEMORY(BUF, { path: '.a' })],
  'numIncrBy, numMultBy': (c) => [
    c.json.numIncrBy('k', '$.a', 1), c.json.numIncrBy('k', '.a', -2.5), c.json.numIncrBy('k', '$..a', 1e-7), c.json.numMultBy('k', '$.a', 2), c.json.numMultBy('k', '.a', 0.5),
    c.json.NUMINCRBY(BUF, '$', 0), c.json.NUMMULTBY('k', '$', -1), c.json.numIncrBy('k', '$', 1e21),
  ],
  'objKeys, objLen': (c) => [
    c.json.objKeys('k'), c.json.objKeys('k', { path: '$..o' }), c.json.objKeys('k', { path: '' }), c.json.objLen('k'), c.json.objLen('k', { path: '.o' }), c.json.objLen('k', {}),
    c.json.OBJKEYS(BUF, {}), c.json.OBJLEN(BUF, { path: '$' }),
  ],
  'strAppend, strLen': (c) => [
    c.json.strAppend('k', 'x'), c.json.strAppend('k', 'with "quotes"', { path: '$.s' }), c.json.strAppend('k', '', { path: '.s' }), c.json.strAppend('k', 'y', {}), c.json.strAppend('k', 'z', { path: '' }),
    c.json.strLen('k'), c.json.strLen('k', { path: '$.s' }), c.json.strLen('k', {}), c.json.strLen('k', { path: '' }), c.json.STRAPPEND(BUF, 'é'), c.json.STRLEN(BUF, { path: '.s' }),
  ],
  'toggle, type': (c) => [
    c.json.toggle('k', '$.b'), c.json.toggle('k', '.b'), c.json.TOGGLE(BUF, '$..b'), c.json.type('k'), c.json.type('k', { path: '$' }), c.json.type('k', {}), c.json.type('k', { path: '' }),
    c.json.TYPE(BUF, { path: '.a' }),
  ],
  'in a transaction': (c) => c.multi().json.set('k', '$', DOC).json.get('k', { path: '$.a' }).json.arrAppend('k', '$.b', 1, 2).json.mGet(['k'], '$')
    .json.numIncrBy('k', '$.a', 1).json.type('k').exec(),
});
