export default definePageConfig({
  navigationBarTitleText: '附近零工',
  enablePullDownRefresh: true,
});
