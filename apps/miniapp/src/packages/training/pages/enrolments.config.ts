export default definePageConfig({
  navigationBarTitleText: '我的培训',
  enablePullDownRefresh: true,
});
