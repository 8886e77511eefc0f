// What a page in Tibetan may still show in Chinese: the data it was given (names, addresses…) and the
// shared enum labels (translated with the shared labels). Everything else must be Tibetan.

const HAN = /[\u3400-\u9fff]/;

/** Every string inside a fixture (nested objects and arrays included). */
export function stringsOf(...values: unknown[]): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') found.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  values.forEach(walk);
  return found;
}

/** The Han characters left in `text` once the allowed strings (longest first) are taken out. */
export function chineseLeft(text: string, allowed: Iterable<string>): string {
  let rest = text;
  for (const s of [...new Set(allowed)].filter(Boolean).sort((a, b) => b.length - a.length))
    rest = rest.split(s).join(' ');
  return [...rest].filter((ch) => HAN.test(ch)).join('');
}

/** True when the text holds Tibetan letters. */
export function hasTibetan(text: string): boolean {
  return /[\u0f00-\u0fff]/.test(text);
}
