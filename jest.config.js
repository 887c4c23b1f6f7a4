/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS: jest loads its config with require(). */
const { resolve } = require('node:path');
const { splitTestFiles } = require('./test/support/databaseTests');

const { db, unit } = splitTestFiles(resolve(__dirname, 'test'));
const shared = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
};

/** @type {import('jest').Config} */
module.exports = {
  // Unit files never open a database, so the PostgreSQL pass (TEST_POSTGRES_URL) runs only the db ones.
  projects: [
    ...(process.env.TEST_POSTGRES_URL ? [] : [{ ...shared, displayName: 'unit', testMatch: unit }]),
    { ...shared, displayName: 'db', testMatch: db },
  ],
  // Drops test schemas that earlier runs provably abandoned (see test/support/abandonedSchemas.ts).
  globalSetup: '<rootDir>/test/support/globalSetup.ts',
  // Each test file starts its own app, fake Slack API and database; two workers fit two cores.
  maxWorkers: 2,
  testTimeout: 30000,
};
