import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The one rule for optional fields (docs/decisions.md 21): class-validator's IsOptional lets `null` through
 * to the services and the database, so no file of the API uses it; fields use `@Optional()`
 * (absent allowed, null refused) or `@Nullable()` (null clears a nullable column) from
 * common/validation.ts.
 */
const SRC = path.resolve(__dirname, '..');
const SELF = path.resolve(__filename);
const FORBIDDEN = new RegExp(`\\b${'Is'}Optional\\b`);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') && full !== SELF ? [full] : [];
  });
}

const where = (file: string, index: number) => `${path.relative(SRC, file)}:${index + 1}`;

describe('optional fields', () => {
  const files = sources(SRC);

  it('scans the whole API source', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.endsWith(path.join('training', 'training.dto.ts')))).toBe(true);
  });

  it("never use class-validator's IsOptional, which lets null through", () => {
    const offenders = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (FORBIDDEN.test(line) ? [`${where(file, i)}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });

  it('declare null in the type of every @Nullable() field', () => {
    const untyped: string[] = [];
    for (const file of files) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (!line.includes('@Nullable()') || /^\s*(\*|\/\/)/.test(line)) return;
        // The declaration this decorator belongs to: the first `name?: type;` from here on.
        const rest = [line.slice(line.indexOf('@Nullable()')), ...lines.slice(i + 1, i + 12)].join(' ');
        const declaration = /(\w+)[?!]:\s*([^;=]+)[;=]/.exec(rest);
        if (!declaration || !/\bnull\b/.test(declaration[2])) {
          untyped.push(`${where(file, i)}: ${declaration?.[0] ?? line.trim()}`);
        }
      });
    }
    expect(untyped).toEqual([]);
  });
});
