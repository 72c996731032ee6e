'use strict';
// The `parser` handed to user-defined scripts and functions (`defineScript({ parseCommand })`,
// the `functions` option): node-redis v5's CommandParser interface, collecting the command's
// arguments and its keys.

class CommandParser {
  constructor() {
    this.redisArgs = [];
    this.keys = [];
    this.preserve = undefined;
  }

  get firstKey() {
    return this.keys[0];
  }

  push(...args) {
    this.redisArgs.push(...args);
  }

  pushVariadic(values) {
    this.redisArgs.push(...[].concat(values));
  }

  pushVariadicWithLength(values) {
    const list = [].concat(values);
    this.redisArgs.push(String(list.length), ...list);
  }

  pushVariadicNumber(values) {
    this.redisArgs.push(...[].concat(values).map(String));
  }

  pushKey(key) {
    this.keys.push(key);
    this.redisArgs.push(key);
  }

  pushKeys(keys) {
    const list = [].concat(keys);
    this.keys.push(...list);
    this.redisArgs.push(...list);
  }

  pushKeysLength(keys) {
    const list = [].concat(keys);
    this.redisArgs.push(String(list.length));
    this.pushKeys(list);
  }
}

module.exports = { CommandParser };
