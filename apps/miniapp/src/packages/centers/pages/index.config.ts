export default definePageConfig({
  navigationBarTitleText: '帮扶中心',
  enablePullDownRefresh: true,
});
