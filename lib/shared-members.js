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

/** Puts the shared members on `Class.prototype`. */
function addSharedMembers(Class) {
  for (const [name, member] of Object.entries(sharedMembers)) {
    Object.defineProperty(Class.prototype, name, { value: member, writable: true, configurable: true });
  }
}

module.exports = { addSharedMembers };
