// Jest: TypeScript through SWC (fast, no type-checking; `npm run typecheck` does that).
// Scripts' Dates use the script time zone (appsscript.json: Asia/Seoul); test workers inherit this.
process.env.TZ = 'Asia/Seoul';

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  reporters: ['default', '<rootDir>/scripts/summary-reporter.js'],
  testTimeout: 60000,
};
