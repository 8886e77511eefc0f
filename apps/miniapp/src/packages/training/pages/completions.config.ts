export default definePageConfig({
  navigationBarTitleText: '结业证书',
  enablePullDownRefresh: true,
});
