/** The kit's own words: the same on every page of every module. */
export const kitText = {
  loading: '加载中…',
  loadFailed: '加载失败',
  retry: '重新加载',
  loadMore: '加载更多',
  loadingMore: '加载中…',
  notice: '提示',
  confirm: '确定',
  cancel: '取消',
  fixErrors: '请按提示修改后再提交',
  none: '—',
} as const;
