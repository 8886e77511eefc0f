/** 元 with two decimals, from the API's integer fen. */
export function yuanOfFen(fen: number): string {
  return (fen / 100).toFixed(2);
}

/** A form's amount in 元 (up to two decimals) as integer fen. */
export function fenOfYuan(yuan: number): number {
  return Math.round(yuan * 100);
}

/** ¥20,000.00 from 2000000 fen; `-` for no amount. */
export function formatYuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '-';
  const [whole, cents] = yuanOfFen(Math.abs(fen)).split('.');
  return `${fen < 0 ? '-' : ''}¥${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

/** Form item props for a field that holds fen (what the API takes) and shows and takes 元. */
export const yuanInput = {
  getValueProps: (fen: unknown) => ({ value: typeof fen === 'number' ? fen / 100 : fen }),
  normalize: (yuan: unknown) => (typeof yuan === 'number' ? fenOfYuan(yuan) : yuan),
};
