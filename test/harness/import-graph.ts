import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The import graph of a source tree, read with the TypeScript parser (static imports and re-exports, `import type`
 * included; dynamic `import()` of the CLI's lazily loaded commands included too). Files are keyed by their path
 * relative to the tree; tests (`*.test.ts`) are left out.
 */
export interface ImportGraph {
  files: string[];
  imports: Map<string, string[]>;
  /**
   * Relative specifiers that resolve to no file (`file → specifier`): an import the graph would otherwise silently
   * drop, and with it every edge the architecture tests check. Specifiers of non-TypeScript files (`.json`, `.css`,
   * images: NON_TS_TARGET) are not resolved and not listed.
   */
  unresolved: string[];
}

/** Imports of files the bundler or Node load as data or assets, not modules of the tree. */
const NON_TS_TARGET = /\.(json|css|scss|svg|png|jpe?g|gif|webp|ico|woff2?|txt|html|md)(\?.*)?$/i;

export function readImportGraph(root: string): ImportGraph {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
        files.push(path.relative(root, full));
    }
  };
  walk(root);
  const known = new Set(files);
  const imports = new Map<string, string[]>();
  const unresolved: string[] = [];
  const isFile = (p: string) => fs.statSync(path.join(root, p), { throwIfNoEntry: false })?.isFile() === true;
  for (const file of files) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const source = ts.createSourceFile(
      file,
      text,
      ts.ScriptTarget.Latest,
      false,
      file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const targets = new Set<string>();
    const add = (spec: string) => {
      if (!spec.startsWith('.') || NON_TS_TARGET.test(spec)) return;
      const target = path.normalize(path.join(path.dirname(file), spec));
      const base = target.replace(/\.js$/, '');
      for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
        if (known.has(candidate)) {
          targets.add(candidate);
          return;
        }
      }
      // A file outside the graph (a declaration file, a plain .js module) still resolves; anything else is a dangling import.
      if (![target, `${base}.d.ts`, `${base}.js`].some(isFile)) unresolved.push(`${file} → ${spec}`);
    };
    const visit = (node: ts.Node) => {
      if (
        (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
        node.moduleSpecifier &&
        ts.isStringLiteral(node.moduleSpecifier)
      )
        add(node.moduleSpecifier.text);
      if (
        ts.isCallExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ImportKeyword &&
        node.arguments[0] &&
        ts.isStringLiteral(node.arguments[0])
      )
        add(node.arguments[0].text);
      ts.forEachChild(node, visit);
    };
    visit(source);
    imports.set(file, [...targets].sort());
  }
  return { files: files.sort(), imports, unresolved: unresolved.sort() };
}

/** Strongly connected components with more than one file (or a file importing itself): the import cycles. */
export function cycles(graph: ImportGraph): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const strong = (v: string) => {
    indexOf.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.imports.get(v) ?? []) {
      if (!indexOf.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.imports.get(v) ?? []).includes(v)) out.push(component.sort());
    }
  };
  for (const f of graph.files) if (!indexOf.has(f)) strong(f);
  return out;
}

/** The folder a file belongs to (its feature), or the file itself at the top of the tree. */
export function featureOf(file: string): string {
  const parts = file.split(path.sep);
  return parts.length > 1 ? parts[0]! : file;
}

/** The feature graph: which features a feature's files import (itself excluded). */
export function featureGraph(graph: ImportGraph): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [file, targets] of graph.imports) {
    const from = featureOf(file);
    const set = out.get(from) ?? new Set<string>();
    for (const t of targets) if (featureOf(t) !== from) set.add(featureOf(t));
    out.set(from, set);
  }
  return out;
}
