'use strict';
// Multi-key commands whose keys live in different slots: one command per slot, replies merged
// in the keys' order (as node-redis 6.2 does; 5.12.1 fails them with CROSSSLOT). Each part is
// atomic on its node; the whole is not (another client may see some parts done and not others).

const { slotOf } = require('../commands/routing');

// name → how many arguments each key comes with (MSET: key value), and how replies merge.
const SPLIT = {
  MGET: { step: 1, merge: 'values' },
  MSET: { step: 2, merge: 'ok' },
  DEL: { step: 1, merge: 'sum' },
  EXISTS: { step: 1, merge: 'sum' },
  UNLINK: { step: 1, merge: 'sum' },
  TOUCH: { step: 1, merge: 'sum' },
};

/** How `name` splits, or undefined for a command that does not. */
function splitting(name) {
  return SPLIT[name];
}

/** The slot every key of `args` is in, or -1 when they span slots (or there is none). */
function commonSlot(args, { step }) {
  if (args.length < 2) return -1;
  const slot = slotOf(args[1]);
  for (let i = 1 + step; i < args.length; i += step) if (slotOf(args[i]) !== slot) return -1;
  return slot;
}

/**
 * `args` (`[NAME, key, (value,) key, …]`) as one command per slot, in the order each slot first
 * appears: `[{ slot, args, positions }]`, `positions` being each key's index among all the keys.
 * One group when every key is in the same slot.
 */
function splitBySlot(args, { step }) {
  const groups = new Map();
  for (let i = 1, position = 0; i < args.length; i += step, position++) {
    const slot = slotOf(args[i]);
    let group = groups.get(slot);
    if (group === undefined) {
      group = { slot, args: [args[0]], positions: [] };
      groups.set(slot, group);
    }
    for (let j = 0; j < step; j++) group.args.push(args[i + j]);
    group.positions.push(position);
  }
  return [...groups.values()];
}

/** The replies of the parts as the one command would have replied. */
function mergeSplit(name, groups, replies) {
  switch (SPLIT[name].merge) {
    case 'values': {
      const values = [];
      groups.forEach(({ positions }, g) => positions.forEach((position, i) => (values[position] = replies[g][i])));
      return values;
    }
    case 'sum':
      return replies.reduce((total, reply) => total + reply, 0);
    default:
      return replies[0];
  }
}

module.exports = { splitting, commonSlot, splitBySlot, mergeSplit };
