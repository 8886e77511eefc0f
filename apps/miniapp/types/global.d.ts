/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.gif';
declare module '*.jpg';
declare module '*.jpeg';
declare module '*.svg';
declare module '*.css';

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test';
    /** The platform being built; replaced at build time, so the other platform's branch is dropped. */
    TARO_ENV: 'weapp' | 'h5';
    /** API origin for the WeChat build (config/index.ts); H5 calls the API same-origin. */
    TARO_APP_API_BASE: string;
    TARO_APP_ID?: string;
  }
}
