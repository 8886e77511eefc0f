/**
 * `npm run openapi:schemas`: the JSON Schemas of the response shapes, generated from the
 * interfaces, type aliases and enums exported by libs/shared (the one source the front ends use
 * too) into apps/api/src/openapi/response-schemas.generated.json, which app.factory merges into the
 * OpenAPI document's components.schemas. `--check` exits 1 when the committed file is stale.
 *
 * The schemas are OpenAPI 3.0 Schema Objects: `T | null` is `nullable: true` (a named type as
 * `allOf: [$ref]` + `nullable`), a named shape is a `$ref`, a generic one (Page<T>) is written out
 * where it is used; `@ApiResult(name, { page: true })` builds Page<name> in the document itself.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

export type JsonSchema = { [key: string]: unknown };

const ROOT = path.resolve(__dirname, '../../..');
export const SHARED_INDEX = path.join(ROOT, 'libs/shared/src/index.ts');
export const GENERATED_FILE = path.join(ROOT, 'apps/api/src/openapi/response-schemas.generated.json');
const REF = '#/components/schemas/';

export function generateResponseSchemas(entry = SHARED_INDEX): Record<string, JsonSchema> {
  const program = ts.createProgram([entry], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (!source) throw new Error(`cannot read ${entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`${entry} is not a module`);

  /** Exported names of the shapes that become components: symbol → its exported name. */
  const named = new Map<ts.Symbol, string>();
  /** Generic shapes (Page<T>): a component with its type parameters as `{}`, never a $ref target. */
  const generic = new Map<ts.Symbol, string>();
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const decl = symbol.declarations?.[0];
    if (!decl) continue;
    // A shape the front ends and the API share but never send (a validation rule): `@internal`.
    if (ts.getJSDocTags(decl).some((tag) => tag.tagName.text === 'internal')) continue;
    if (ts.isInterfaceDeclaration(decl) && decl.typeParameters) generic.set(symbol, exported.name);
    else if (ts.isInterfaceDeclaration(decl)) named.set(symbol, exported.name);
    else if (ts.isTypeAliasDeclaration(decl) && !decl.typeParameters) named.set(symbol, exported.name);
    else if (ts.isEnumDeclaration(decl)) named.set(symbol, exported.name);
  }

  const nameOf = (type: ts.Type): string | undefined => {
    if (type.aliasSymbol && named.has(type.aliasSymbol) && !type.aliasTypeArguments?.length)
      return named.get(type.aliasSymbol);
    const symbol = type.getSymbol();
    if (symbol && named.has(symbol) && !(type.flags & ts.TypeFlags.EnumLiteral && !(type.flags & ts.TypeFlags.Union)))
      return named.get(symbol);
    return undefined;
  };

  const describe = (symbol: ts.Symbol): string | undefined => {
    const text = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    return text || undefined;
  };

  const nullable = (schema: JsonSchema): JsonSchema => {
    if (typeof schema.type === 'string') return { ...schema, nullable: true };
    return { allOf: [schema], nullable: true };
  };

  const literal = (type: ts.Type): JsonSchema | undefined => {
    if (type.isStringLiteral()) return { type: 'string', enum: [type.value] };
    if (type.isNumberLiteral()) return { type: 'number', enum: [type.value] };
    if (type.flags & ts.TypeFlags.BooleanLiteral)
      return { type: 'boolean', enum: [checker.typeToString(type) === 'true'] };
    return undefined;
  };

  const convert = (type: ts.Type, at: ts.Node, root?: string): JsonSchema => {
    const name = nameOf(type);
    if (name && name !== root) return { $ref: REF + name };
    const flags = type.flags;
    if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.TypeParameter)) return {};
    if (flags & ts.TypeFlags.String) return { type: 'string' };
    if (flags & ts.TypeFlags.Number) return { type: 'number' };
    if (flags & ts.TypeFlags.Boolean) return { type: 'boolean' };
    if (flags & ts.TypeFlags.Null) return { type: 'null' };
    const lit = literal(type);
    if (lit) return lit;
    if (type.isUnion()) return convertUnion(type, at);
    if (checker.isArrayType(type)) {
      const [item] = checker.getTypeArguments(type as ts.TypeReference);
      return { type: 'array', items: convert(item, at) };
    }
    if (checker.isTupleType(type)) {
      const items = checker.getTypeArguments(type as ts.TypeReference).map((t) => convert(t, at));
      return { type: 'array', items: items.length === 1 ? items[0] : { anyOf: items }, minItems: items.length };
    }
    if (type.getSymbol()?.getName() === 'Date') return { type: 'string', format: 'date-time' };
    if (flags & ts.TypeFlags.Object || type.isIntersection()) return convertObject(type, at);
    throw new Error(`no JSON Schema for the type ${checker.typeToString(type)}`);
  };

  const convertUnion = (type: ts.UnionType, at: ts.Node): JsonSchema => {
    let members = type.types.filter((t) => !(t.flags & ts.TypeFlags.Undefined));
    const hasNull = members.some((t) => t.flags & ts.TypeFlags.Null);
    members = members.filter((t) => !(t.flags & ts.TypeFlags.Null));
    const parts: JsonSchema[] = [];
    // whole enums (TypeScript spreads `Role | null` into the members of Role): back to a $ref
    const enums = new Map<ts.Type, ts.Type[]>();
    for (const m of members)
      if (m.flags & ts.TypeFlags.EnumLiteral) {
        const parent = checker.getBaseTypeOfLiteralType(m);
        enums.set(parent, [...(enums.get(parent) ?? []), m]);
      }
    for (const [parent, present] of enums) {
      const all = parent.isUnion() ? parent.types : [parent];
      const enumName = nameOf(parent);
      if (enumName && all.every((t) => present.includes(t))) {
        parts.push({ $ref: REF + enumName });
        members = members.filter((t) => !present.includes(t));
      }
    }
    const trues = members.filter((t) => t.flags & ts.TypeFlags.BooleanLiteral);
    if (trues.length === 2) {
      parts.push({ type: 'boolean' });
      members = members.filter((t) => !trues.includes(t));
    }
    const literals = members.filter((t) => literal(t));
    const others = members.filter((t) => !literal(t));
    for (const kind of ['string', 'number', 'boolean']) {
      const values = literals.map((t) => literal(t)!).filter((s) => s.type === kind);
      if (values.length) parts.push({ type: kind, enum: values.flatMap((s) => s.enum as unknown[]) });
    }
    for (const o of others) parts.push(convert(o, at));
    const schema = parts.length === 1 ? parts[0] : { anyOf: parts };
    return hasNull ? nullable(schema) : schema;
  };

  const convertObject = (type: ts.Type, at: ts.Node): JsonSchema => {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const prop of checker.getPropertiesOfType(type)) {
      const decl = prop.valueDeclaration ?? prop.declarations?.[0];
      const propType = checker.getTypeOfSymbolAtLocation(prop, decl ?? at);
      if (propType.getCallSignatures().length) continue;
      let schema = convert(propType, decl ?? at);
      const description = describe(prop);
      if (description) schema = schema.$ref ? { allOf: [schema], description } : { ...schema, description };
      properties[prop.getName()] = schema;
      if (!(prop.flags & ts.SymbolFlags.Optional)) required.push(prop.getName());
    }
    const schema: JsonSchema = { type: 'object', properties };
    if (required.length) schema.required = required;
    const index = checker.getIndexTypeOfType(type, ts.IndexKind.String);
    if (index) schema.additionalProperties = convert(index, at);
    return schema;
  };

  const schemas: Record<string, JsonSchema> = {};
  for (const [symbol, name] of [...named, ...generic].sort((a, b) => a[1].localeCompare(b[1]))) {
    const decl = symbol.declarations![0];
    let schema: JsonSchema;
    if (ts.isEnumDeclaration(decl)) {
      const values = decl.members.map((m) => checker.getConstantValue(m));
      const kind = values.every((v) => typeof v === 'number') ? 'number' : 'string';
      schema = { type: kind, enum: values };
    } else {
      schema = convert(checker.getDeclaredTypeOfSymbol(symbol), decl, name);
    }
    const description = describe(symbol);
    schemas[name] = description ? { ...schema, description } : schema;
  }
  return schemas;
}

export function renderResponseSchemas(schemas = generateResponseSchemas()): string {
  const file = {
    $comment: 'Generated from libs/shared/src by `npm run openapi:schemas`: do not edit.',
    schemas,
  };
  return JSON.stringify(file, null, 2) + '\n';
}

const ROUTE_DECORATORS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete']);
const RESULT_DECORATORS = new Set(['ApiResult', 'ApiNoContent', 'ApiFileResult']);

/**
 * Handlers whose @ApiResult does not say what their TypeScript return type says (or that declare
 * nothing): `file:line method: declared … / returns …`. A handler streaming through @Res() must
 * declare a file; one returning void, no content.
 */
export function checkHandlerResults(): string[] {
  const configPath = path.join(ROOT, 'apps/api/tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const srcDir = path.join(ROOT, 'apps/api/src') + path.sep;
  const program = ts.createProgram(
    config.fileNames.filter((f) => f.startsWith(srcDir)),
    { ...config.options, noEmit: true },
  );
  const checker = program.getTypeChecker();
  const shared = new Set(Object.keys(generateResponseSchemasCached()));
  const callName = (d: ts.Decorator) =>
    ts.isCallExpression(d.expression) && ts.isIdentifier(d.expression.expression)
      ? d.expression.expression.text
      : undefined;

  const nameOf = (type: ts.Type): string | undefined => {
    const symbol = type.aliasSymbol && !type.aliasTypeArguments?.length ? type.aliasSymbol : type.getSymbol();
    const decl = symbol?.declarations?.[0];
    if (decl && ts.isInterfaceDeclaration(decl) && decl.typeParameters) return undefined; // Page<T>
    const file = decl?.getSourceFile().fileName ?? '';
    return symbol && file.includes(`libs${path.sep}shared${path.sep}src`) && shared.has(symbol.getName())
      ? symbol.getName()
      : undefined;
  };
  /** The shapes a return type means, as `Name`, `Name[]`, `Page<Name>`, `Name | null`, `void`. */
  const shapes = (type: ts.Type): string[] => {
    if (type.getSymbol()?.getName() === 'Promise') type = checker.getTypeArguments(type as ts.TypeReference)[0];
    if (type.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined)) return ['void'];
    const members = type.isUnion() && !nameOf(type) ? type.types : [type];
    const nonNull = members.filter((m) => !(m.flags & ts.TypeFlags.Null));
    const suffix = nonNull.length < members.length ? ' | null' : '';
    return nonNull.map((m) => {
      const named = nameOf(m);
      if (named) return named + suffix;
      // `T | undefined`: a result or no content (a 204 the handler sets itself)
      if (m.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined)) return 'void';
      if (checker.isArrayType(m)) {
        const item = nameOf(checker.getTypeArguments(m as ts.TypeReference)[0]);
        if (item) return `${item}[]${suffix}`;
      }
      if (m.getSymbol()?.getName() === 'Page') {
        const item = nameOf(checker.getTypeArguments(m as ts.TypeReference)[0]);
        if (item) return `Page<${item}>${suffix}`;
      }
      return `(not a libs/shared type: ${checker.typeToString(m)})`;
    });
  };
  const declared = (d: ts.Decorator): string => {
    const call = d.expression as ts.CallExpression;
    const kind = callName(d);
    if (kind === 'ApiNoContent') return 'void';
    if (kind === 'ApiFileResult') return 'file';
    const [nameArg, optionsArg] = call.arguments;
    let shape = ts.isStringLiteral(nameArg) ? nameArg.text : nameArg.getText();
    const flag = (key: string) =>
      !!optionsArg &&
      ts.isObjectLiteralExpression(optionsArg) &&
      optionsArg.properties.some(
        (p) =>
          ts.isPropertyAssignment(p) && p.name.getText() === key && p.initializer.kind === ts.SyntaxKind.TrueKeyword,
      );
    if (flag('array')) shape += '[]';
    if (flag('page')) shape = `Page<${shape}>`;
    if (flag('nullable')) shape += ' | null';
    return shape;
  };

  const problems: string[] = [];
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(srcDir)) continue;
    const visit = (node: ts.Node) => {
      if (ts.isMethodDeclaration(node)) {
        const decorators = ts.getDecorators(node) ?? [];
        if (decorators.some((d) => ROUTE_DECORATORS.has(callName(d) ?? ''))) {
          const where = `${path.relative(ROOT, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.name.getText()}`;
          const results = decorators.filter((d) => RESULT_DECORATORS.has(callName(d) ?? ''));
          const streams = node.parameters.some((p) =>
            (ts.getDecorators(p) ?? []).some(
              (d) => callName(d) === 'Res' && !(d.expression as ts.CallExpression).arguments.length,
            ),
          );
          const signature = checker.getSignatureFromDeclaration(node)!;
          const expected = streams ? ['file'] : shapes(checker.getReturnTypeOfSignature(signature));
          const actual = [...new Set(results.map(declared))];
          const same = expected.length === actual.length && expected.every((e) => actual.includes(e));
          if (!same)
            problems.push(`${where}: declared ${actual.join(', ') || 'nothing'} / returns ${expected.join(', ')}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return problems.sort();
}

let cached: Record<string, JsonSchema> | undefined;
function generateResponseSchemasCached(): Record<string, JsonSchema> {
  return (cached ??= generateResponseSchemas());
}

if (require.main === module) {
  const text = renderResponseSchemas(generateResponseSchemasCached());
  if (process.argv.includes('--check')) {
    const problems = checkHandlerResults();
    if (problems.length) {
      console.error(`Handlers whose @ApiResult differs from their return type:\n${problems.join('\n')}`);
      process.exit(1);
    }
    const committed = fs.existsSync(GENERATED_FILE) ? fs.readFileSync(GENERATED_FILE, 'utf8') : '';
    if (committed !== text) {
      console.error(`${path.relative(ROOT, GENERATED_FILE)} is stale: run npm run openapi:schemas`);
      process.exit(1);
    }
    console.log(`${path.relative(ROOT, GENERATED_FILE)} is up to date`);
  } else {
    fs.mkdirSync(path.dirname(GENERATED_FILE), { recursive: true });
    fs.writeFileSync(GENERATED_FILE, text);
    console.log(
      `wrote ${Object.keys(JSON.parse(text).schemas).length} schemas to ${path.relative(ROOT, GENERATED_FILE)}`,
    );
  }
}
