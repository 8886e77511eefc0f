import type { Config } from 'jest';
import { fakeDateOnly } from '../../testing/clock';

const swc = {
  jsc: {
    parser: { syntax: 'typescript', tsx: true },
    transform: { react: { runtime: 'automatic' } },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};

/** Component and unit tests of the console, in jsdom; the API is mocked at `fetch`. */
const config: Config = {
  displayName: 'admin',
  testEnvironment: 'jsdom',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.{ts,tsx}'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', swc as Record<string, unknown>] },
  moduleNameMapper: {
    '^@steadywork/shared$': '<rootDir>/../../libs/shared/src/index.ts',
    // Jest runs CommonJS: the app's ES-build imports of antd take the CommonJS build.
    '^antd/es/(.*)$': 'antd/lib/$1',
    // antd's CSS-in-JS reaches jsdom with only what jsdom and the components read back (see the file).
    '^rc-util/lib/Dom/dynamicCSS$': '<rootDir>/test/antd-styles.cjs',
    '\\.(css|less|svg|png)$': '<rootDir>/test/file-stub.cjs',
  },
  setupFiles: ['<rootDir>/jest.setup.ts'],
  // `Date` starts at the test instant (TEST_NOW), never the wall clock's.
  fakeTimers: { ...fakeDateOnly(), doNotFake: [...fakeDateOnly().doNotFake] },
  testTimeout: 60_000,
};

export default config;
