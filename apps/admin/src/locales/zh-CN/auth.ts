/** Signing in and changing a password. */
export const authMessages = {
  login: {
    username: '用户名',
    usernamePlaceholder: '用户名',
    password: '密码',
    passwordPlaceholder: '密码',
    submit: '登录',
    locked: '账号已锁定',
    failed: '登录失败',
  },
  password: {
    title: '修改密码',
    forcedTitle: '请修改初始密码',
    forcedHint: '为了账号安全，须先修改管理员设置的初始密码或临时密码，才能继续使用。',
    currentPassword: '当前密码',
    newPassword: '新密码',
    confirmPassword: '确认新密码',
    rule: '至少 8 位，包含大写字母、小写字母、数字、符号中的至少 3 类',
    mismatch: '两次输入的密码不一致',
    changed: '密码已修改，请使用新密码重新登录',
  },
};
