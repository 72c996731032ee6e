'use strict';
// RESP2 sends maps as flat [k1, v1, k2, v2...] arrays. node-redis' own transforms for the
// cluster, scripting, pub/sub and vector-set commands turn them into objects by hand — without
// honouring the MAP type mapping (unlike replies.pairsToMap) — in two ways: by position, when
// the server's field order is fixed, and by name, when the keys are data (channels, engines).

/**
 * `(flat) => object` taking the values at the odd positions as `names`, in order, into a plain
 * object; `shapeValue[name]` reshapes one value (nested maps, nulls).
 */
function fieldsAt(names, shapeValue = {}) {
  return (flat) => {
    const object = {};
    names.forEach((name, i) => {
      const v = flat[2 * i + 1];
      object[name] = shapeValue[name] ? shapeValue[name](v) : v;
    });
    return object;
  };
}

/**
 * A flat array whose keys are data, as an object keyed by their text (null-prototype, as
 * node-redis builds them, unless `proto` says otherwise); `shapeValue` reshapes each value.
 */
function pairsToObject(flat, shapeValue = (v) => v, proto = null) {
  const object = Object.create(proto);
  for (let i = 0; i < flat.length; i += 2) object[flat[i].toString()] = shapeValue(flat[i + 1]);
  return object;
}

module.exports = { fieldsAt, pairsToObject };
