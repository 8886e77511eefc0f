import type { UserConfigExport } from '@tarojs/cli';

export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {
    // The dev server serves at the root; /api goes to the API on :3000.
    publicPath: '/',
    devServer: {
      port: 10086,
      host: '0.0.0.0',
      open: false,
      proxy: {
        '/api': { target: 'http://localhost:3000', changeOrigin: true },
      },
    },
  },
} satisfies UserConfigExport<'webpack5'>;
