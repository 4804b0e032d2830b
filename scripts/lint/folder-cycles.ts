/**
 * Fails when the folders of src/ import each other in a cycle (`profile/` → `feed/` →
 * `profile/`), naming one import for each step of the cycle. Run by `npm run lint`.
 *
 * ESLint's import-cycle rules work file by file; a cycle between folders is what makes a layer
 * impossible to read or move alone, so this checks the folder graph. Modules directly in src/
 * (errors.ts, safe-text.ts, ...) are leaves: each is a node of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Edge {
  from: string;
  to: string;
  /** One import that makes the edge: `file:line`. */
  where: string;
}

const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)'(\.{1,2}\/[^']+)'/g;

/** The node a file of src/ belongs to: its top folder, or the file itself at the top. */
export function nodeOf(srcDir: string, file: string): string {
  const rel = relative(srcDir, file).split(sep);
  return rel.length > 1 ? `${rel[0]}/` : (rel[0] ?? '');
}

/** Every edge between two nodes, from the sources' relative imports. */
export function folderEdges(srcDir: string, files: ReadonlyMap<string, string>): Edge[] {
  const edges = new Map<string, Edge>();
  for (const [file, text] of files) {
    const from = nodeOf(srcDir, file);
    const lines = text.split('\n');
    lines.forEach((line, index) => {
      for (const match of line.matchAll(IMPORT)) {
        const target = resolve(dirname(file), (match[1] ?? '').replace(/\.js$/, '.ts'));
        const to = nodeOf(srcDir, target);
        if (to === from || to.startsWith('..')) continue;
        const key = `${from}\0${to}`;
        if (!edges.has(key))
          edges.set(key, { from, to, where: `${relative(process.cwd(), file)}:${index + 1}` });
      }
    });
  }
  return [...edges.values()];
}

/** The cycles of the graph, each as its edges in order (one cycle per strongly connected set). */
export function findCycles(edges: readonly Edge[]): Edge[][] {
  const out = new Map<string, Edge[]>();
  for (const edge of edges) out.set(edge.from, [...(out.get(edge.from) ?? []), edge]);
  const cycles: Edge[][] = [];
  const seen = new Set<string>();
  for (const start of [...out.keys()].sort()) {
    // Breadth-first from `start` back to itself: the shortest cycle through it.
    const back = new Map<string, Edge>();
    const queue = [start];
    let found: Edge | undefined;
    while (queue.length > 0 && !found) {
      const node = queue.shift() as string;
      for (const edge of out.get(node) ?? []) {
        if (edge.to === start) {
          found = edge;
          break;
        }
        if (!back.has(edge.to)) {
          back.set(edge.to, edge);
          queue.push(edge.to);
        }
      }
    }
    if (!found) continue;
    const cycle = [found];
    for (let node = found.from; node !== start;) {
      const edge = back.get(node) as Edge;
      cycle.unshift(edge);
      node = edge.from;
    }
    const key = cycle
      .map((edge) => edge.from)
      .sort()
      .join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    cycles.push(cycle);
  }
  return cycles;
}

function sourcesUnder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const file = join(entry.parentPath, entry.name);
    files.set(file, readFileSync(file, 'utf8'));
  }
  return files;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const srcDir = fileURLToPath(new URL('../../src/', import.meta.url));
  const cycles = findCycles(folderEdges(srcDir, sourcesUnder(srcDir)));
  for (const cycle of cycles) {
    console.error(
      `src/ folders import each other in a cycle: ${[...cycle.map((e) => e.from), cycle[0]?.from].join(' → ')}`,
    );
    for (const edge of cycle) console.error(`  ${edge.from} → ${edge.to}: ${edge.where}`);
  }
  if (cycles.length > 0) {
    console.error(
      'Move the shared code into a lower folder (or a module of its own), so that imports go one way.',
    );
    process.exitCode = 1;
  }
}
