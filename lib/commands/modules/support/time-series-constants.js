'use strict';
// The time-series constants node-redis exports from 'redis' (@redis/time-series): the words its
// commands take. Plain objects, as node-redis has them (deep-equal to `require('redis').NAME`).

const TIME_SERIES_ENCODING = {
  COMPRESSED: 'COMPRESSED',
  UNCOMPRESSED: 'UNCOMPRESSED',
};

const TIME_SERIES_DUPLICATE_POLICIES = {
  BLOCK: 'BLOCK',
  FIRST: 'FIRST',
  LAST: 'LAST',
  MIN: 'MIN',
  MAX: 'MAX',
  SUM: 'SUM',
};

// COUNT_NAN and COUNT_ALL need RedisTimeSeries of Redis 8.6.
const TIME_SERIES_AGGREGATION_TYPE = {
  AVG: 'AVG',
  FIRST: 'FIRST',
  LAST: 'LAST',
  MIN: 'MIN',
  MAX: 'MAX',
  SUM: 'SUM',
  RANGE: 'RANGE',
  COUNT: 'COUNT',
  COUNT_NAN: 'COUNTNAN',
  COUNT_ALL: 'COUNTALL',
  STD_P: 'STD.P',
  STD_S: 'STD.S',
  VAR_P: 'VAR.P',
  VAR_S: 'VAR.S',
  TWA: 'TWA',
};

/** BUCKETTIMESTAMP: which end of its bucket an aggregated sample is reported at. */
const TIME_SERIES_BUCKET_TIMESTAMP = {
  LOW: '-',
  MIDDLE: '~',
  END: '+',
};

// GROUPBY ... REDUCE; COUNTNAN and COUNTALL need Redis 8.6.
const TIME_SERIES_REDUCERS = {
  AVG: 'AVG',
  SUM: 'SUM',
  MIN: 'MIN',
  MAX: 'MAX',
  RANGE: 'RANGE',
  COUNT: 'COUNT',
  COUNTNAN: 'COUNTNAN',
  COUNTALL: 'COUNTALL',
  STD_P: 'STD.P',
  STD_S: 'STD.S',
  VAR_P: 'VAR.P',
  VAR_S: 'VAR.S',
};

module.exports = {
  TIME_SERIES_AGGREGATION_TYPE,
  TIME_SERIES_BUCKET_TIMESTAMP,
  TIME_SERIES_DUPLICATE_POLICIES,
  TIME_SERIES_ENCODING,
  TIME_SERIES_REDUCERS,
};
