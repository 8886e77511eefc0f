import type { Config } from 'jest';

/** Browser tests: the built console and H5 mini-program, served by the real API, in Debian's Chromium. */
const config: Config = {
  displayName: 'browser',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/**/*.e2e.ts'],
  transform: { '^.+\\.ts$': '@swc/jest' },
  testTimeout: 120_000,
};

export default config;
