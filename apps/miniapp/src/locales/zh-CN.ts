/** Every string the mini-program shows. Another language adds a file with the same keys. */
export const t = {
  appName: '稳就业 · 工会就业服务平台',
  appShortName: '稳就业',
  owner: '青海省总工会',
  tabs: {
    home: '首页',
    me: '我的',
  },
  home: {
    navTitle: '稳就业',
    title: '稳就业 · 工会就业服务平台',
    subtitle: '青海省总工会 · 职工就业服务',
    greeting: '您好，职工朋友',
    servicesTitle: '服务大厅',
  },
  modules: {
    aid: { title: '困难帮扶', description: '“221”困难职工帮扶申请与进度查询' },
    centers: { title: '帮扶中心', description: '就近查找工会职工服务（帮扶）中心' },
    training: { title: '技能培训', description: '“151”职业技能培训报名与学习' },
    worker: { title: '实名登记', description: '职工实名信息登记与维护' },
  },
  comingSoon: {
    badge: '即将开放',
    message: '该功能正在建设中，敬请期待。',
    back: '返回首页',
  },
  login: {
    navTitle: '登录',
    title: '职工登录',
    subtitle: '使用微信账号登录稳就业服务平台',
    wechatLogin: '微信一键登录',
    loggingIn: '登录中…',
    devNotice: 'H5 开发环境：输入测试 openid 模拟微信登录',
    openidLabel: '测试 openid',
    openidPlaceholder: '请输入测试 openid',
    openidRequired: '请输入测试 openid',
    success: '登录成功',
    agreement: '登录即表示同意平台服务协议与隐私政策',
  },
  me: {
    navTitle: '我的',
    account: '当前账号',
    accountType: '账号类型',
    worker: '职工',
    staff: '工作人员',
    openid: '微信 openid',
    username: '用户名',
    registeredAt: '注册时间',
    logout: '退出登录',
    loggedOut: '已退出登录',
    loading: '加载中…',
  },
  errors: {
    network: '网络连接失败，请检查网络后重试',
    unknown: '操作失败，请稍后再试',
    sessionExpired: '登录已失效，请重新登录',
    wechatLoginFailed: '微信登录失败，请重试',
  },
} as const;

export type Messages = typeof t;
