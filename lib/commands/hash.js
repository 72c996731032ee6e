'use strict';
const { value, describe } = require('./args');
const { pairsToMap } = require('./replies');

function pushTuples(args, tuples) {
  for (const item of tuples) {
    if (Array.isArray(item)) pushTuples(args, item);
    else args.push(value(item));
  }
}

/** hSet(key, field, value) | hSet(key, { field: value }) | hSet(key, Map) | hSet(key, [[f, v]] or [f, v, ...]) */
function hSet(key, fieldOrFields, fieldValue) {
  const args = ['HSET', key];
  const fields = fieldOrFields;
  if (typeof fields === 'string' || typeof fields === 'number' || Buffer.isBuffer(fields)) {
    args.push(value(fields), value(fieldValue));
  } else if (fields instanceof Map) {
    for (const [f, v] of fields) args.push(value(f), value(v));
  } else if (Array.isArray(fields)) {
    pushTuples(args, fields);
  } else if (fields !== null && typeof fields === 'object') {
    for (const f of Object.keys(fields)) args.push(f, value(fields[f]));
  } else {
    throw new TypeError(`HSET fields must be a field name, an object, a Map or an array, got ${describe(fields)} instead`);
  }
  if (args.length === 2) throw new TypeError('HSET needs at least one field and value');
  return args;
}

module.exports = {
  HSET: { method: 'hSet', ts: [
      '(key: RedisArgument, field: RedisArgument | number, value: RedisArgument | number): Promise<number>',
      '(key: RedisArgument, fields: HashFields): Promise<number>',
    ], build: hSet },
  HGET: { method: 'hGet', ts: '(key: RedisArgument, field: RedisArgument): Promise<string | null>', readonly: true, build: (key, field) => ['HGET', key, field] },
  HGETALL: { method: 'hGetAll', ts: '(key: RedisArgument): Promise<Record<string, string>>', readonly: true, build: (key) => ['HGETALL', key], reply: { 2: pairsToMap } },
};
