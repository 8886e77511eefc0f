/** Appends a further page, leaving out what is already listed (the list may shift between pages). */
export function mergePage<T extends { id: number | string }>(shown: readonly T[], next: readonly T[]): T[] {
  const seen = new Set(shown.map((item) => item.id));
  return [...shown, ...next.filter((item) => !seen.has(item.id))];
}
