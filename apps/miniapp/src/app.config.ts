export default defineAppConfig({
  pages: ['pages/index/index', 'pages/me/index', 'pages/login/index'],
  // One sub-package per module keeps the main package (2 MB limit) small.
  subPackages: [
    {
      root: 'packages/aid',
      pages: [
        'pages/index',
        'pages/apply',
        'pages/applications',
        'pages/application',
        'pages/publicity',
        'pages/notifications',
      ],
    },
    { root: 'packages/centers', pages: ['pages/index', 'pages/detail', 'pages/request', 'pages/requests'] },
    {
      root: 'packages/training',
      pages: [
        'pages/index',
        'pages/course',
        'pages/enrolments',
        'pages/checkin',
        'pages/completions',
        'pages/learning',
        'pages/trainer',
        'pages/session',
      ],
    },
    { root: 'packages/worker', pages: ['pages/profile'] },
    {
      root: 'packages/jobs',
      pages: [
        'pages/index',
        'pages/detail',
        'pages/applications',
        'pages/events',
        'pages/event',
        'pages/gigs',
        'pages/gig-detail',
      ],
    },
    { root: 'packages/demands', pages: ['pages/index', 'pages/file', 'pages/detail'] },
  ],
  // The centers and course lists and the training check-in ask for the worker's location (WeChat
  // requires both declarations).
  requiredPrivateInfos: ['getLocation'],
  permission: {
    'scope.userLocation': { desc: '用于查找附近的帮扶中心和培训课程，以及培训签到时核对位置' },
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTitleText: '稳就业',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f6f7',
  },
  tabBar: {
    color: '#666666',
    selectedColor: '#c8161d',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/index/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tabbar/me.png',
        selectedIconPath: 'assets/tabbar/me-active.png',
      },
    ],
  },
});
