// Jest for mutation testing: only the fast pure-core tests, which Stryker reruns for every mutant.
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ['<rootDir>/test/core'],
  // The real-data test reads a data set kept outside the repository, which Stryker's copy of the
  // project does not have; what it checks is pinned by the exact-enumeration tests of test/core.
  testPathIgnorePatterns: ['/node_modules/', 'maven-real-data'],
  reporters: ['default'],
};
