'use strict';
// A FIFO on a growable ring buffer: O(1) push and shift without the copying that
// Array#shift does on long arrays. Holds the commands waiting for their replies.

class Queue {
  constructor(capacity = 64) {
    this._items = new Array(capacity);
    this._mask = capacity - 1;
    this._head = 0;
    this.length = 0;
    this.removed = 0; // items that have left the queue, ever
  }

  push(item) {
    if (this.length > this._mask) this._grow();
    this._items[(this._head + this.length) & this._mask] = item;
    this.length++;
  }

  /** The oldest item, left in place. */
  peek() {
    return this.length === 0 ? undefined : this._items[this._head];
  }

  shift() {
    if (this.length === 0) return undefined;
    const item = this._items[this._head];
    this._items[this._head] = undefined;
    this._head = (this._head + 1) & this._mask;
    this.length--;
    this.removed++;
    return item;
  }

  /** The item `index` places from the oldest. */
  at(index) {
    return this._items[(this._head + index) & this._mask];
  }

  /** Takes `item` out wherever it is — looked for from both ends at once, the shorter side of
   *  the queue moving to close the gap — and returns where it was (-1: not there). The items
   *  taken out are commands cancelled before they were written: the newest one (an abort), or,
   *  when many time out while disconnected, the oldest first. */
  remove(item) {
    const n = this.length;
    let at = -1;
    for (let i = 0, j = n - 1; i <= j; i++, j--) {
      if (this.at(j) === item) {
        at = j;
        break;
      }
      if (this.at(i) === item) {
        at = i;
        break;
      }
    }
    if (at === -1) return -1;
    if (at < n / 2) {
      for (let k = at; k > 0; k--) this._items[(this._head + k) & this._mask] = this.at(k - 1);
      this._items[this._head] = undefined;
      this._head = (this._head + 1) & this._mask;
    } else {
      for (let k = at; k < n - 1; k++) this._items[(this._head + k) & this._mask] = this.at(k + 1);
      this._items[(this._head + n - 1) & this._mask] = undefined;
    }
    this.length--;
    this.removed++;
    return at;
  }

  /** Puts `item` at `index` (0: before the oldest), the items from there on moving back. */
  insertAt(index, item) {
    this.push(item);
    for (let i = this.length - 1; i > index; i--) this._items[(this._head + i) & this._mask] = this.at(i - 1);
    this._items[(this._head + index) & this._mask] = item;
  }

  /** Removes and returns every item, oldest first. */
  clear() {
    const items = [];
    while (this.length > 0) items.push(this.shift());
    return items;
  }

  _grow() {
    const items = new Array(this._items.length * 2);
    for (let i = 0; i < this.length; i++) items[i] = this._items[(this._head + i) & this._mask];
    this._items = items;
    this._mask = items.length - 1;
    this._head = 0;
  }
}

module.exports = Queue;
