'use strict';
// The checks scripts/build-targets.js makes of each Linux binary, seen to catch what they are
// for, and the cross-built binaries under npm/ passing them. CI builds those (.ci/run, when the
// cross tools install); elsewhere they are checked if present.
const fs = require('node:fs');
const path = require('node:path');
const { check } = require('../scripts/build-targets');
const { LINUX } = require('../scripts/targets');

const ROOT = path.join(__dirname, '..');
const built = LINUX.map((target) => ({ ...target, file: path.join(ROOT, target.binary) })).filter(({ file }) => fs.existsSync(file));
const target = (triple) => LINUX.find((t) => t.triple === triple);
const required = process.env.FERRODIS_REQUIRE_TARGETS === '1';

test('the host build (glibc of this machine, 2.34 here) fails the glibc 2.17 check; the wrong machine or libc fails too', () => {
  const host = path.join(ROOT, 'ferrodis.linux-x64-gnu.node');
  const problems = (target) => check(host, target).problems.join('; ');
  expect(problems(target('aarch64-unknown-linux-gnu'))).toMatch(/machine is not AArch64/);
  expect(problems(target('x86_64-unknown-linux-musl'))).toMatch(/has GLIBC symbol versions/);
  const glibc = check(host, target('x86_64-unknown-linux-gnu')).glibc;
  if (glibc !== '2.17' && Number(glibc.split('.')[1]) > 17) expect(problems(target('x86_64-unknown-linux-gnu'))).toMatch(/needs GLIBC_2\.\d+ \(> 2\.17\)/);
});

(built.length > 0 || required ? test : test.skip)('every cross-built Linux binary passes its checks', () => {
  if (required) expect(built.map((t) => t.platform).sort()).toEqual(LINUX.map((t) => t.platform).sort());
  for (const each of built) expect([each.platform, check(each.file, each).problems]).toEqual([each.platform, []]);
});
