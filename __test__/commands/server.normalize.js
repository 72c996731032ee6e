'use strict';
// Blanks, in the differential harness' outcomes (helpers/differential.js `shape`), what differs
// between the two clients' runs by nature — client ids, addresses, ages, timestamps, memory
// figures — while keeping the shape: a blanked value becomes a marker of its kind ('<number>',
// '<string>'...), objects keep their prototype and keys, arrays their length. Errors are kept.

function kind(value) {
  if (value === null || value === undefined) return value;
  if (typeof value === 'number' || value.double !== undefined || value.number === 'NaN') return '<number>';
  if (typeof value === 'string') return '<string>';
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(kind);
  if (value.error !== undefined) return value;
  if (value.Buffer !== undefined) return '<Buffer>';
  if (value.bigint !== undefined) return '<bigint>';
  if (value.Map !== undefined) return { Map: value.Map.map(([k, v]) => [k, kind(v)]) };
  if (value.Set !== undefined) return { Set: value.Set.map(kind) };
  const [[wrapper, fields]] = Object.entries(value); // { Object: {...} } / { 'null-prototype': {...} }
  return { [wrapper]: typeof fields === 'object' ? Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, kind(v)])) : kind(fields) };
}

/** The kind of container only (its prototype), for values whose very keys vary. */
function opaque(value) {
  if (value === null || typeof value !== 'object') return kind(value);
  if (Array.isArray(value)) return '<array>';
  return `<${Object.keys(value)[0]}>`;
}

/** Walks an outcome, blanking the values of the fields named in `keys` (and `opaqueKeys`). */
function blankFields(value, keys, opaqueKeys) {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => blankFields(v, keys, opaqueKeys));
  if (value.error !== undefined) return value;
  const field = (k, v) => (opaqueKeys.has(k) ? opaque(v) : keys.has(k) ? kind(v) : blankFields(v, keys, opaqueKeys));
  if (value.Map !== undefined) return { Map: value.Map.map(([k, v]) => [k, field(k, v)]) };
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, field(k, v)]));
}

/**
 * A `normalize` for differential(): `fields` are blanked wherever they appear, `opaqueFields`
 * are reduced to their container kind, and `whole[title]` lists the indexes of the outcomes of
 * that scenario that are blanked entirely (a timestamp, a random string...).
 */
function normalizer({ fields = [], opaqueFields = [], whole = {} } = {}) {
  const keys = new Set(fields);
  const opaqueKeys = new Set(opaqueFields);
  return (outcomes, title) => outcomes.map((o, i) => (whole[title]?.includes(i) ? kind(o) : blankFields(o, keys, opaqueKeys)));
}

// CLIENT INFO / CLIENT LIST / HELLO fields that differ per connection or over time.
const CLIENT_VOLATILE = ['id', 'addr', 'laddr', 'fd', 'age', 'idle', 'qbuf', 'qbufFree', 'argvMem', 'multiMem', 'obl', 'oll', 'omem', 'totMem', 'events'];

module.exports = { normalizer, kind, CLIENT_VOLATILE };
