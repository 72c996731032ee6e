'use strict';
// The geo commands through ferrodis and node-redis side by side (helpers/differential.js), on
// the test server (Redis 7.0.15). Distances come back as text in both protocols; coordinates as
// text in RESP2 and as doubles in RESP3.
const redis = require('redis');
const { differential } = require('../helpers/differential');
const { rejectsBeforeSending } = require('../helpers/bad-arguments');
const { startRedis } = require('../helpers/redis-server');
const { connectedClient } = require('../helpers/connected');
const ferrodis = require('../..');

const { BLOB_STRING, DOUBLE } = redis.RESP_TYPES;
const asBuffers = (c) => c.withTypeMapping({ [BLOB_STRING]: Buffer });
const doublesAsText = (c) => c.withTypeMapping({ [DOUBLE]: String });

const SICILY = [
  { longitude: 13.361389, latitude: 38.115556, member: 'Palermo' },
  { longitude: '15.087269', latitude: '37.502669', member: 'Catania' },
  { longitude: 13.583333, latitude: 37.316667, member: 'Agrigento' },
];
const sicily = (c) => c.geoAdd('g', SICILY);
const CENTER = { longitude: 15, latitude: 37 };
const ALL = ['WITHDIST', 'WITHHASH', 'WITHCOORD'];

differential('geo commands', {
  'geoAdd forms, geoDist, geoHash, geoPos': (c) => [
    c.geoAdd('g', SICILY[0]), c.geoAdd('g', SICILY.slice(1)), c.geoAdd('g', { longitude: 13.4, latitude: 38.1, member: 'Palermo' }, { condition: 'NX' }),
    c.geoAdd('g', { longitude: 13.4, latitude: 38.1, member: 'Palermo' }, { XX: true, CH: true }), c.geoAdd('g', { longitude: 1, latitude: 1, member: 'Nowhere' }, { XX: true }),
    c.geoAdd('g', { longitude: 2, latitude: 2, member: Buffer.from('Buf') }, { NX: true, CH: true }),
    c.geoDist('g', 'Palermo', 'Catania'), c.geoDist('g', 'Palermo', 'Catania', 'km'), c.geoDist('g', 'Palermo', 'Atlantis', 'mi'), c.geoDist('nope', 'a', 'b'),
    c.geoHash('g', 'Catania'), c.geoHash('g', ['Palermo', 'Atlantis']), c.geoPos('g', 'Catania'), c.geoPos('g', ['Palermo', 'Atlantis']), c.geoPos('nope', ['a']),
  ],
  'geoSearch, geoSearchWith, geoSearchStore': (c) => [
    sicily(c), c.geoSearch('g', 'Palermo', { radius: 200, unit: 'km' }), c.geoSearch('g', CENTER, { width: 400, height: 400, unit: 'km' }, { SORT: 'ASC' }),
    c.geoSearch('g', CENTER, { radius: 300, unit: 'km' }, { SORT: 'DESC', COUNT: 2 }), c.geoSearch('g', Buffer.from('Catania'), { radius: 1, unit: 'm' }),
    c.geoSearchWith('g', CENTER, { radius: 300, unit: 'km' }, ALL, { SORT: 'ASC' }), c.geoSearchWith('g', 'Palermo', { radius: 200, unit: 'km' }, ['WITHCOORD', 'WITHDIST'], { SORT: 'ASC' }),
    c.geoSearchWith('g', 'Palermo', { radius: 200, unit: 'km' }, ['WITHHASH'], { SORT: 'ASC', COUNT: { value: 1 } }),
    c.geoSearchWith('g', CENTER, { width: 500, height: 500, unit: 'mi' }, ['WITHCOORD'], { SORT: 'DESC', COUNT: { value: 3, ANY: false } }),
    c.geoSearchStore('dst', 'g', 'Palermo', { radius: 200, unit: 'km' }), c.geoSearchStore('dist', 'g', CENTER, { radius: 300, unit: 'km' }, { STOREDIST: true, SORT: 'ASC', COUNT: 2 }),
    c.zRange('dst', 0, -1), c.zRangeWithScores('dist', 0, -1),
  ],
  'geoRadius family': (c) => [
    sicily(c), c.geoRadius('g', CENTER, 200, 'km'), c.geoRadius('g', CENTER, 300, 'km', { SORT: 'ASC', COUNT: 2 }), c.geoRadiusRo('g', CENTER, 200, 'mi', { SORT: 'DESC' }),
    c.geoRadiusWith('g', CENTER, 200, 'km', ['WITHDIST', 'WITHCOORD'], { SORT: 'ASC' }), c.geoRadiusRoWith('g', CENTER, 300, 'km', ALL, { SORT: 'ASC', COUNT: { value: 5 } }),
    c.geoRadiusStore('g', CENTER, 300, 'km', 'st', { SORT: 'ASC' }), c.geoRadiusStore('g', CENTER, 300, 'km', 'sd', { STOREDIST: true }), c.zRangeWithScores('sd', 0, -1),
    c.geoRadius('nope', CENTER, 1, 'km'),
  ],
  'geoRadiusByMember family': (c) => [
    sicily(c), c.geoRadiusByMember('g', 'Agrigento', 100, 'km'), c.geoRadiusByMember('g', 'Palermo', 200, 'km', { SORT: 'DESC', COUNT: 1 }),
    c.geoRadiusByMemberRo('g', 'Palermo', 250, 'km', { SORT: 'ASC' }), c.geoRadiusByMemberWith('g', 'Palermo', 200, 'km', ['WITHHASH', 'WITHDIST'], { SORT: 'ASC' }),
    c.geoRadiusByMemberRoWith('g', 'Catania', 300, 'km', ALL, { SORT: 'ASC', COUNT: { value: 2, ANY: true } }),
    c.geoRadiusByMemberStore('g', 'Palermo', 300, 'km', 'st'), c.geoRadiusByMemberStore('g', 'Palermo', 300, 'km', 'sd', { STOREDIST: true, SORT: 'ASC' }), c.zRange('st', 0, -1),
    c.zRangeWithScores('sd', 0, -1),
  ],
  'type mappings': (c) => [
    sicily(c), asBuffers(c).geoSearchWith('g', 'Palermo', { radius: 200, unit: 'km' }, ALL, { SORT: 'ASC' }), doublesAsText(c).geoSearchWith('g', CENTER, { radius: 300, unit: 'km' }, ALL, { SORT: 'ASC' }),
    asBuffers(c).geoPos('g', ['Catania', 'x']), doublesAsText(c).geoPos('g', 'Catania'), asBuffers(c).geoDist('g', 'Palermo', 'Catania'), doublesAsText(c).geoDist('g', 'Palermo', 'Catania'),
    asBuffers(c).geoHash('g', 'Palermo'), asBuffers(c).geoRadiusByMemberWith('g', 'Palermo', 200, 'km', ['WITHCOORD'], { SORT: 'ASC' }),
  ],
  'errors': (c) => [
    c.set('s', 'v'), c.geoAdd('s', SICILY[0]), c.geoPos('s', 'a'), c.geoSearchWith('s', CENTER, { radius: 1, unit: 'km' }, ALL),
    sicily(c), c.geoRadiusByMember('g', 'Atlantis', 1, 'km'), c.geoSearch('g', 'Atlantis', { radius: 1, unit: 'km' }), c.geoAdd('g', { longitude: 500, latitude: 100, member: 'bad' }),
    c.geoSearch('g', CENTER, { radius: 1, unit: 'km' }, { COUNT: { value: 1, ANY: true } }), c.geoRadiusWith('g', CENTER, 1, 'km', ['WITHDIST'], { COUNT: { value: 1, ANY: true } }),
  ],
});

rejectsBeforeSending('geo commands', [
  ['geoAdd with a member that is not an object', (c) => c.geoAdd('g', 'Palermo')],
  ['geoAdd with a NaN longitude', (c) => c.geoAdd('g', { longitude: NaN, latitude: 1, member: 'm' })],
  ['geoAdd with a bad condition', (c) => c.geoAdd('g', SICILY[0], { condition: 'GT' })],
  ['geoDist with an unknown unit', (c) => c.geoDist('g', 'a', 'b', 'yards')],
  ['geoSearch without a by', (c) => c.geoSearch('g', 'Palermo')],
  ['geoSearch with an unknown unit', (c) => c.geoSearch('g', 'Palermo', { radius: 1, unit: 'league' })],
  ['geoSearch with a text radius', (c) => c.geoSearch('g', 'Palermo', { radius: 'far', unit: 'km' })],
  ['geoSearch with a bad SORT', (c) => c.geoSearch('g', 'Palermo', { radius: 1, unit: 'km' }, { SORT: 'UP' })],
  ['geoSearch with a text COUNT', (c) => c.geoSearch('g', 'Palermo', { radius: 1, unit: 'km' }, { COUNT: 'two' })],
  ['geoSearchWith with an unknown reply flag', (c) => c.geoSearchWith('g', 'Palermo', { radius: 1, unit: 'km' }, ['WITHSCORE'])],
  ['geoSearchWith without replyWith', (c) => c.geoSearchWith('g', 'Palermo', { radius: 1, unit: 'km' })],
  ['geoRadius with a center that is not an object', (c) => c.geoRadius('g', 'Palermo', 1, 'km')],
  ['geoRadiusByMemberStore with options that are not an object', (c) => c.geoRadiusByMemberStore('g', 'Palermo', 1, 'km', 'dst', 'STOREDIST')],
]);

// A deliberate difference: with no WITH... flag, Redis replies bare member names and node-redis
// 5.12.1 takes each name's first character as the member ({ member: 'P' }); we keep the name.
describe('geoSearchWith without reply flags', () => {
  const context = connectedClient();

  test('gives whole member names', async () => {
    await sicily(context.client);
    await expect(context.client.geoSearchWith('g', 'Palermo', { radius: 200, unit: 'km' }, [], { SORT: 'ASC' })).resolves.toEqual([{ member: 'Palermo' }, { member: 'Agrigento' }, { member: 'Catania' }]);
    await expect(context.client.geoRadiusByMemberWith('g', 'Palermo', 1, 'km', [])).resolves.toEqual([{ member: 'Palermo' }]);
  });
});
