import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

const appRoot = path.resolve(__dirname, '..');
const sharedSrc = path.resolve(appRoot, '../../libs/shared/src');

/** Base URL of the API for the WeChat build; H5 calls the API same-origin. */
const apiBase = process.env.TARO_APP_API_BASE || 'http://localhost:3000';

const alias = {
  '@': path.resolve(appRoot, 'src'),
  '@steadywork/shared': sharedSrc,
  // npm does not hoist this plugin in the workspace, so Taro's own lookup misses it.
  '@tarojs/plugin-framework-react': path.dirname(require.resolve('@tarojs/plugin-framework-react/package.json')),
};

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'steadywork-miniapp',
    date: '2026-11-23',
    designWidth: 375,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    // dist/weapp and dist/h5, so the two builds never overwrite each other.
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    alias,
    env: {
      TARO_APP_API_BASE: JSON.stringify(apiBase),
      // the subscribe-message template of application updates (the API's WECHAT_SUBSCRIBE_TEMPLATE_ID)
      TARO_APP_SUBSCRIBE_TEMPLATE_ID: JSON.stringify(process.env.TARO_APP_SUBSCRIBE_TEMPLATE_ID ?? ''),
    },
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    // Taro's terser writes every non-ASCII character as \uXXXX (6 bytes): Chinese and Tibetan text
    // take half the room as UTF-8 (3 bytes), which WeChat reads; the main package keeps its budget.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    mini: {
      compile: { include: [sharedSrc] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
    h5: {
      publicPath: '/h5/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [sharedSrc] },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain(chain) {
        // Taro splits initial chunks only, so every lazily loaded page carried its own copy of
        // NutUI (JS and CSS); share what the pages have in common instead.
        const splitChunks = chain.optimization.get('splitChunks') as Record<string, unknown> | false;
        if (splitChunks) chain.optimization.splitChunks({ ...splitChunks, chunks: 'all' });
      },
    },
  };

  // `taro build --watch` runs with NODE_ENV=development.
  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
