export default definePageConfig({
  navigationBarTitleText: '困难帮扶',
  enablePullDownRefresh: true,
});
