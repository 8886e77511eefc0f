export default definePageConfig({
  navigationBarTitleText: '稳就业',
});
