import type { UserConfigExport } from '@tarojs/cli';

export default {
  // Production builds (and CI) print the result, not a progress bar per module.
  logger: { quiet: true, stats: false },
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>;
