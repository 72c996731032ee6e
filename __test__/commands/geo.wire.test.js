'use strict';
// Every geo command exists on the test server (geo.test.js runs them live); this pins the exact
// command arrays for argument forms whose replies would not tell them apart: coordinates given
// as text or Buffers, numbers as node-redis writes them, and absent or falsy options.
const { wireDifferential } = require('../helpers/differential');

const AT = { longitude: '15.087269', latitude: Buffer.from('37.502669') };

wireDifferential('geo commands on the wire', {
  'coordinates and numbers': (c) => [
    c.geoAdd('g', [{ longitude: -0.5, latitude: 1e-7, member: 'a' }, { ...AT, member: Buffer.from('b') }]), c.geoRadius('g', AT, 0.5, 'm'), c.geoRadiusRo('g', { longitude: 1, latitude: 2 }, 1e3, 'ft'),
    c.geoSearch('g', AT, { width: 1.25, height: 2, unit: 'mi' }), c.geoSearchStore('d', 's', AT, { radius: 7, unit: 'km' }), c.geoRadiusByMember('g', Buffer.from('a'), 12.5, 'km'),
  ],
  'absent and falsy options': (c) => [
    c.geoAdd('g', { longitude: 1, latitude: 2, member: 'm' }, { condition: undefined, XX: true, CH: false }), c.geoDist('g', 'a', 'b', undefined),
    c.geoSearch('g', 'a', { radius: 1, unit: 'km' }, { SORT: undefined, COUNT: 0 }), c.geoSearchWith('g', 'a', { radius: 1, unit: 'km' }, ['WITHHASH'], {}),
    c.geoRadiusStore('g', AT, 1, 'km', 'dst', { STOREDIST: false }), c.geoRadiusByMemberStore('g', 'a', 1, 'km', 'dst'), c.geoSearchStore('d', 's', 'a', { radius: 1, unit: 'km' }, { STOREDIST: false }),
    c.geoRadiusWith('g', AT, 1, 'km', ['WITHCOORD'], { COUNT: { value: 3, ANY: false } }), c.geoRadiusByMemberRoWith('g', 'a', 1, 'km', ['WITHDIST', 'WITHDIST']),
  ],
});
