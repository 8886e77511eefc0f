export default definePageConfig({
  navigationBarTitleText: '中心详情',
});
