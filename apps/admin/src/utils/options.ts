/** Select options for a label map (enum value → Chinese label). */
export const optionsOf = <E extends string>(labels: Record<E, string>) =>
  (Object.keys(labels) as E[]).map((value) => ({ label: labels[value], value }));

/** ProTable's valueEnum for a label map. */
export const valueEnumOf = <E extends string>(labels: Record<E, string>) =>
  Object.fromEntries((Object.keys(labels) as E[]).map((value) => [value, { text: labels[value] }]));
