/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // Each test file starts its own app, fake Slack API and database; two workers fit two cores.
  maxWorkers: 2,
  testTimeout: 30000,
};
