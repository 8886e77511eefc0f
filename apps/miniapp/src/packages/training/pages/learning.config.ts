export default definePageConfig({
  navigationBarTitleText: '学习记录',
});
