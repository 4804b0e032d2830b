/**
 * The one canonical form of every data file (court layers, defaults, national procedures, the
 * source registry), so that two curators' edits of one file differ only where the facts do:
 *
 * - the file starts with its `yaml-language-server` schema line, for editors;
 * - keys in the order the zod schema declares them (record keys: an enum's order, else as
 *   written); unknown keys last, as written (validation reports them);
 * - a list of plain values on one line (`source: [a, b]`) where it fits, other lists and maps in
 *   block style;
 * - a string longer than 80 characters folded (`>-`) where that reads back the same, else quoted
 *   as the yaml library chooses, single quotes preferred; lines of at most 100 columns;
 * - a blank line before each top-level section and before each entry of a map of procedures or
 *   of the defaults' court types; none elsewhere;
 * - comments kept where they are.
 *
 * `npm run data:fix` writes it; `npm run lint` checks it. Formatting never changes a value: the
 * text is read back and compared, and a difference is a bug that stops the run.
 */
import {
  Document,
  isMap,
  isScalar,
  isSeq,
  parse,
  parseDocument,
  Scalar,
  stringify,
  type Node,
  type Pair,
} from 'yaml';
import type { z } from 'zod';
import { deepEqual } from '../../src/profile/layers.js';

/** The kinds of data file, each with its schema line (relative to the file) and its schema. */
export type DataFileKind = 'court-layer' | 'generated-layer' | 'defaults' | 'national' | 'registry';

const SCHEMA_FILE: Record<DataFileKind, string> = {
  'court-layer': '../schema/court-layer.schema.json',
  'generated-layer': '../../schema/court-layer.schema.json',
  defaults: '../schema/court-defaults.schema.json',
  national: '../schema/national-procedures.schema.json',
  registry: '../schema/source-registry.schema.json',
};

/** The first line of a data file of this kind. */
export function schemaLineOf(kind: DataFileKind): string {
  return `# yaml-language-server: $schema=${SCHEMA_FILE[kind]}`;
}

/** The curated court files' first line. */
export const LAYER_SCHEMA_LINE = schemaLineOf('court-layer');

const LINE_WIDTH = 100;
const FOLD_OVER = 80;

type AnySchema = z.ZodType;
interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  options?: AnySchema[];
  discriminator?: string;
  innerType?: AnySchema;
  element?: AnySchema;
  keyType?: AnySchema;
  valueType?: AnySchema;
  entries?: Record<string, string>;
  in?: AnySchema;
  out?: AnySchema;
  getter?: () => AnySchema;
  values?: unknown[];
}
const defOf = (schema: AnySchema | undefined): Def | undefined =>
  (schema as unknown as { _zod?: { def: Def } } | undefined)?._zod?.def;

/** The schema without its optional/default/nullable wrappers. */
function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
  let at = schema;
  for (;;) {
    const def = defOf(at);
    if (!def) return at;
    if (['optional', 'default', 'nullable', 'readonly', 'prefault', 'nonoptional'].includes(def.type))
      at = def.innerType;
    else if (def.type === 'pipe') at = def.in;
    else if (def.type === 'lazy' && def.getter) at = def.getter();
    else return at;
  }
}

/** Every object schema a schema may be: itself, or each option of a union, however nested. */
function objectsOf(schema: AnySchema | undefined): Def[] {
  const def = defOf(unwrap(schema));
  if (!def) return [];
  if (def.type === 'object') return [def];
  if (def.type === 'union') return (def.options ?? []).flatMap(objectsOf);
  return [];
}

/** The object schema this map is an instance of: its tags (literal keys) agree, its keys fit. */
function pickObject(schema: AnySchema | undefined, plain: Record<string, unknown>): Def | undefined {
  const keys = Object.keys(plain);
  const candidates = objectsOf(schema).filter((object) =>
    Object.entries(object.shape ?? {}).every(([key, field]) => {
      const literal = defOf(unwrap(field));
      return literal?.type !== 'literal' || !(key in plain) || literal.values?.includes(plain[key]);
    }),
  );
  const fit = (object: Def) => keys.filter((key) => key in (object.shape ?? {})).length;
  return candidates.sort((a, b) => fit(b) - fit(a))[0];
}

/** The element schema of a list schema (or of a union holding one). */
function elementOf(schema: AnySchema | undefined): AnySchema | undefined {
  const def = defOf(unwrap(schema));
  if (def?.type === 'array') return def.element;
  if (def?.type === 'union')
    for (const option of def.options ?? []) {
      const element = elementOf(option);
      if (element) return element;
    }
  return undefined;
}

function orderPairs(pairs: Pair[], order: readonly string[]): Pair[] {
  const rank = (pair: Pair) => {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const at = order.indexOf(key);
    return at === -1 ? order.length : at;
  };
  return pairs
    .map((pair, index) => ({ pair, index, rank: rank(pair) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ pair }) => pair);
}

function plainOf(node: unknown): Record<string, unknown> {
  return isMap(node) ? (node.toJSON() as Record<string, unknown>) : {};
}

/** A string that reads back the same when folded. */
function foldsSafely(value: string): boolean {
  if (value.includes('\n') || /^\s|\s$/.test(value) || /\s{2,}/.test(value)) return false;
  const doc = new Document({ key: value });
  const scalar = (doc.contents as unknown as { items: Pair[] }).items[0]?.value as Scalar;
  scalar.type = Scalar.BLOCK_FOLDED;
  return (parse(doc.toString({ lineWidth: LINE_WIDTH })) as { key?: unknown }).key === value;
}

/** Orders keys and sets styles in place, guided by the schema where it knows the node. */
function canonicalise(node: unknown, schema: AnySchema | undefined, depth: number, spaced: boolean): void {
  if (isMap(node)) {
    node.flow = false;
    const def = defOf(unwrap(schema));
    let order: readonly string[] = [];
    let valueSchema: (key: string) => AnySchema | undefined = () => undefined;
    if (def?.type === 'record') {
      const keyDef = defOf(unwrap(def.keyType));
      order = keyDef?.entries ? Object.keys(keyDef.entries) : [];
      valueSchema = () => def.valueType;
    } else {
      const object = pickObject(schema, plainOf(node));
      if (object?.shape) {
        order = Object.keys(object.shape);
        const shape = object.shape;
        valueSchema = (key) => shape[key];
      }
    }
    node.items = orderPairs(node.items, order);
    node.items.forEach((pair, index) => {
      const key = pair.key as Node;
      const name = isScalar(key) ? String(key.value) : '';
      const childSpaced = depth === 0 && (name === 'procedures' || SPACED_TOP.has(name));
      canonicalise(pair.value, valueSchema(name), depth + 1, childSpaced);
      const block = isMap(pair.value) || (isSeq(pair.value) && !pair.value.flow);
      if (isScalar(key)) key.spaceBefore = index > 0 && (spaced || (depth === 0 && block));
    });
    return;
  }
  if (isSeq(node)) {
    const element = elementOf(schema);
    // A short list of plain words (source ids, requirement names) reads best on one line.
    node.flow =
      node.items.length > 0 &&
      node.items.every(
        (item) =>
          isScalar(item) &&
          (typeof item.value !== 'string' || (!/[\s,]/.test(item.value) && item.value.length < 60)),
      );
    for (const item of node.items) {
      if (isScalar(item) || isMap(item) || isSeq(item)) (item as Node).spaceBefore = false;
      canonicalise(item, element, depth + 1, false);
    }
    return;
  }
  if (isScalar(node)) {
    node.spaceBefore = false;
    if (typeof node.value === 'string') {
      const long = node.value.length > FOLD_OVER && /\s/.test(node.value);
      node.type = long && foldsSafely(node.value) ? Scalar.BLOCK_FOLDED : undefined;
    } else node.type = undefined;
  }
}

/** Top-level keys whose entries each get a blank line (the defaults' court types). */
const SPACED_TOP = new Set(['all', 'district', 'bankruptcy', 'appellate']);

export class NotCanonicalError extends Error {}

/**
 * The canonical text of a data file. Throws when the text is not valid YAML (the loader reports
 * that, with its place) or when formatting would change a value (a bug).
 */
export function formatYaml(text: string, kind: DataFileKind, schema?: AnySchema): string {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) throw new NotCanonicalError(`not valid YAML: ${doc.errors[0]?.message ?? ''}`);
  const before = doc.toJS() as unknown;
  canonicalise(doc.contents, schema, 0, false);
  // The header comment, without any schema line it had, then the schema line first.
  const line = schemaLineOf(kind);
  // A header comment right above the first key belongs to that key in the yaml library's model.
  const first = isMap(doc.contents) ? doc.contents.items[0]?.key : undefined;
  const header = [doc.commentBefore, isScalar(first) ? first.commentBefore : undefined]
    .filter((text): text is string => typeof text === 'string' && text !== '')
    .join('\n');
  if (isScalar(first)) first.commentBefore = undefined;
  const comment = header
    .split('\n')
    .filter((each) => !/^\s*yaml-language-server:/.test(each))
    .join('\n')
    .replace(/^(\s*\n)+/, '')
    .trimEnd();
  doc.commentBefore = comment ? comment : null;
  const body = doc.toString({
    lineWidth: LINE_WIDTH,
    minContentWidth: 20,
    singleQuote: true,
    flowCollectionPadding: false,
  });
  const out = comment ? `${line}\n#\n${body}` : `${line}\n${body}`;
  if (!deepEqual(parse(out), before))
    throw new Error('formatting changed a value: this is a bug in scripts/data/canonical-yaml.ts');
  return out;
}

/** A value as a new canonical file (the generator's and the migration's way in). */
export function formatValue(value: unknown, kind: DataFileKind, schema?: AnySchema, header: readonly string[] = []): string {
  const comment = header.map((line) => (line === '' ? '' : ` ${line}`)).join('\n');
  const text = `${comment ? `${comment.split('\n').map((l) => `#${l}`).join('\n')}\n` : ''}${stringify(value, { lineWidth: 0 })}`;
  return formatYaml(text, kind, schema);
}
