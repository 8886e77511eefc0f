export default definePageConfig({
  navigationBarTitleText: '申请服务',
});
