'use strict';
// Used by `npm test` (scripts/test.js), which adds --json --outputFile to count results.
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/__test__/**/*.test.js'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/examples/.run/'],
  modulePathIgnorePatterns: ['<rootDir>/examples/.run/', '<rootDir>/target/'],
  testTimeout: 30000,
  maxWorkers: 2,
  cacheDirectory: '<rootDir>/.jest-cache',
};
