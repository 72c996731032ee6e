'use strict';
// digest(value): the XXH3 digest Redis' DIGEST command computes, computed by the engine. Checked
// against known XXH3-64 values, against @node-rs/xxhash (what node-redis' digest calls; a dev
// dependency here) for strings, Buffers and Uint8Arrays of every XXH3 size class (its paths
// change at 16, 128 and 240 bytes), and against node-redis' own digest in a plain Node process
// (it imports the package dynamically, which jest's CommonJS sandbox cannot).
const { execFileSync } = require('node:child_process');
const { xxh3 } = require('@node-rs/xxhash');
const { digest } = require('..');

/** node-redis' digest, as it computes it (lib/utils/digest.js). */
const reference = (value) => xxh3.xxh64(typeof value === 'string' ? value : new Uint8Array(value)).toString(16).padStart(16, '0');

test('known XXH3-64 values', async () => {
  expect(await digest('')).toBe('2d06800538d394c2');
  expect(await digest(Buffer.alloc(0))).toBe('2d06800538d394c2');
});

test('the same as @node-rs/xxhash for every size class, strings and bytes', async () => {
  for (const size of [1, 3, 4, 8, 9, 16, 17, 128, 129, 240, 241, 1024, 100000]) {
    const bytes = Buffer.alloc(size, 0).map((_, i) => (i * 31 + size) & 0xff);
    const text = `é${'x'.repeat(size)}`;
    expect(await digest(bytes)).toBe(reference(bytes));
    expect(await digest(text)).toBe(reference(text));
    expect(await digest(new Uint8Array(bytes))).toBe(reference(bytes));
  }
});

test('the same as redis@5.12.1\'s digest', async () => {
  const source = "require('redis').digest('hello world').then((d) => console.log(d))";
  const theirs = execFileSync(process.execPath, ['-e', source], { encoding: 'utf8' }).trim();
  expect(await digest('hello world')).toBe(theirs);
});

test('a subarray digests only its own bytes', async () => {
  const whole = Buffer.from('0123456789abcdef');
  expect(await digest(whole.subarray(4, 9))).toBe(await digest('45678'));
  expect(await digest(new Uint8Array(whole.buffer, whole.byteOffset + 4, 5))).toBe(await digest('45678'));
});

test.each([[undefined], [null], [42], [{}], [['a']]])('rejects %p with a TypeError', async (value) => {
  await expect(digest(value)).rejects.toThrow(TypeError);
});
