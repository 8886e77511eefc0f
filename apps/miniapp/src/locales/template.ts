/** Fills `{name}` placeholders of a catalogue string: `fillTemplate('{name} ལགས།', { name })`. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
