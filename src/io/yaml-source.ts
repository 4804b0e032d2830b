/**
 * YAML text → plain value, keeping node positions so that a problem found later (by zod or a
 * cross-field rule) can be reported at the line and column it comes from.
 */
import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from './problem.js';

export type PathSegment = string | number;

/** Joins a path as `a.b[0].c`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out;
}

export interface YamlSource {
  file: string;
  value: unknown;
  /** Syntax errors; when there are any, `value` should not be trusted. */
  problems: Problem[];
  /** Where the value at `path` is written; with `key`, where that key of the map is written. */
  locate(path: readonly PathSegment[], key?: string): { line: number; column: number };
}

/**
 * How far aliases may expand a document (the yaml library's own default, stated here because it
 * is what stops an alias bomb: nine lines that would expand to a billion values).
 */
const MAX_ALIAS_COUNT = 100;

/** Parses YAML text, remembering where each node is. */
export function parseYamlSource(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems: Problem[] = doc.errors.map((error) => ({
    file,
    ...position(error.pos[0]),
    path: '',
    message: `YAML syntax: ${firstLine(error.message)}`,
  }));
  for (const warning of doc.warnings) {
    problems.push({
      file,
      ...position(warning.pos[0]),
      path: '',
      message: `YAML: ${firstLine(warning.message)}`,
    });
  }

  let value: unknown;
  if (problems.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      if (!(error instanceof ReferenceError)) throw error;
      // "Excessive alias count": a few lines of aliases that expand to gigabytes.
      problems.push({
        file,
        line: 1,
        column: 1,
        path: '',
        message: `YAML: its aliases (*name) expand too far (more than ${MAX_ALIAS_COUNT} times the data); write the values out`,
      });
    }
  }
  return {
    file,
    value,
    problems,
    locate(path, key) {
      return position(offsetOf(doc, path, key));
    },
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/** The offset of the deepest node on `path` that exists (the parent, for a missing key). */
function offsetOf(doc: Document, path: readonly PathSegment[], key?: string): number {
  let best = doc.contents && isNode(doc.contents) ? (doc.contents.range?.[0] ?? 0) : 0;
  for (let depth = path.length; depth >= 0; depth--) {
    const node: unknown = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (!isNode(node)) continue;
    if (depth === path.length && key !== undefined && isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === key,
      );
      if (pair && isScalar(pair.key) && pair.key.range) return pair.key.range[0];
    }
    // A missing key: point at the map that should hold it.
    if (node.range) best = node.range[0];
    break;
  }
  return best;
}
