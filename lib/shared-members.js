'use strict';
// Members a client and a cluster share: command-option views and safe event emitting. Each is
// defined once here and put on both prototypes (lib/client.js, lib/cluster/index.js).

const sharedMembers = {
  /** A view whose commands use `commandOptions` (e.g. a type mapping); state stays shared. */
  withCommandOptions(commandOptions) {
    const view = Object.create(this._self);
    view._commandOptions = commandOptions;
    return view;
  },

  withTypeMapping(typeMapping) {
    return this.withCommandOptions({ ...this._commandOptions, typeMapping });
  },

  /** An error for the 'error' listeners, thrown if there are none (as an EventEmitter does),
   *  but never into the caller: a pool's or a sentinel's client errors, say. (A client has its
   *  own, which also detaches the error's stack.) */
  _emitError(error) {
    if (this.listenerCount('error') > 0) this._emit('error', error);
    else process.nextTick(() => {
      throw error;
    });
  },

  /** Emits without letting a throwing listener break the engine callback (it is rethrown). */
  _emit(event, ...args) {
    try {
      this.emit(event, ...args);
    } catch (err) {
      process.nextTick(() => {
        throw err;
      });
    }
  },
};

/** Puts the shared members on `Class.prototype`, but for those the class defines itself. */
function addSharedMembers(Class) {
  for (const [name, member] of Object.entries(sharedMembers)) {
    if (Object.hasOwn(Class.prototype, name)) continue;
    Object.defineProperty(Class.prototype, name, { value: member, writable: true, configurable: true });
  }
}

module.exports = { addSharedMembers };
