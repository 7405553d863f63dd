/**
 * The layering of lib/ holds by a test, not by discipline: no two top-level folders of lib/ may import
 * each other, directly or through others (a folder-level cycle means two domains that cannot be
 * understood, tested or moved apart). Tests and test support are left out: they may reach anywhere.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const LIB = path.resolve(__dirname);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === "generated" || entry.name === "test-support" ? [] : sourceFiles(full);
    return /\.(ts|tsx|mts|mjs)$/.test(entry.name) && !/\.test\.|\.test-support\./.test(entry.name) ? [full] : [];
  });
}

const folderOf = (file: string) => path.relative(LIB, file).split(path.sep)[0]!;

/** Folder → the folders it imports, with one file that does, for the message. */
function folderGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(LIB)) {
    const from = folderOf(file);
    if (!fs.statSync(path.join(LIB, from)).isDirectory()) continue;
    for (const [, spec] of fs.readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
      let target: string | undefined;
      if (spec!.startsWith("@/lib/")) target = spec!.slice("@/lib/".length).split("/")[0];
      else if (spec!.startsWith(".")) {
        const relative = path.relative(LIB, path.resolve(path.dirname(file), spec!));
        if (!relative.startsWith("..")) target = relative.split(path.sep)[0];
      }
      if (!target || target === from || target.includes(".")) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      if (!graph.get(from)!.has(target)) graph.get(from)!.set(target, path.relative(LIB, file));
    }
  }
  return graph;
}

/** Every cycle's folders (strongly connected components of more than one folder), Tarjan's algorithm. */
export function folderCycles(graph: Map<string, Map<string, string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do component.push((w = stack.pop()!));
      while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

describe("lib/ folders", () => {
  it("finds a cycle when there is one (the check can fail)", () => {
    const graph = new Map([
      ["a", new Map([["b", "a/x.ts"]])],
      ["b", new Map([["c", "b/y.ts"]])],
      ["c", new Map([["a", "c/z.ts"]])],
      ["d", new Map([["a", "d/w.ts"]])],
    ]);
    expect(folderCycles(graph)).toEqual([["a", "b", "c"]]);
  });

  it("import each other in one direction only", () => {
    const graph = folderGraph();
    expect(graph.size).toBeGreaterThan(10);
    const explained = folderCycles(graph).map((cycle) =>
      cycle
        .flatMap((a) => cycle.filter((b) => graph.get(a)?.has(b)).map((b) => `${a} → ${b} (${graph.get(a)!.get(b)})`))
        .join("; "),
    );
    expect(explained).toEqual([]);
  });
});
