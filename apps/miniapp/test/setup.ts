// Build-time constants Taro's DefinePlugin replaces; the tests run the H5 flavour unless they say otherwise.
process.env.TARO_ENV = 'h5';
process.env.TARO_APP_API_BASE = 'http://localhost:3000';
