/**
 * A generated strategy split into a root (the header, the roles, `include`) and one part per
 * conversation (`part-of` the root). Lines keep their text, so a line of the one-file strategy can be found in the file it went to (`where`).
 */
import { generateStrategy, type GeneratedStrategy } from './generate';

export const ROOT_NAME = 'strategy.strategy.yaml';

export interface SplitStrategy {
  /** The one-file strategy it was split from. */
  whole: GeneratedStrategy;
  /** File name (relative to the root's folder) -> text; the root first, then the parts in `include` order. */
  files: Map<string, string>;
  /** The file a 0-based line of the one-file text went to, and its line there. */
  where(line: number): { file: string; line: number };
}

/** Splits `g`'s text at `conversations:` and at each conversation. */
export function splitGenerated(g: GeneratedStrategy): SplitStrategy {
  const lines = g.text.split('\n');
  const at = lines.indexOf('conversations:');
  const starts = lines.map((l, i) => (i > at && /^ {2}social-[a-z]+:\s*$/.test(l) ? i : -1)).filter((i) => i >= 0);
  const names = starts.map((i) => `parts/${lines[i].trim().replace(':', '')}.strategy.yaml`);
  const files = new Map<string, string>();
  files.set(ROOT_NAME, [...lines.slice(0, at), 'include:', ...names.map((n) => `  - ${n}`), ''].join('\n'));
  const from = starts.map((start, k) => (k === 0 ? at + 1 : start));
  starts.forEach((_, k) => {
    const to = k + 1 < starts.length ? starts[k + 1] : lines.length;
    files.set(
      names[k],
      ['part-of: ../strategy.strategy.yaml', 'conversations:', ...lines.slice(from[k], to)].join('\n'),
    );
  });
  return {
    whole: g,
    files,
    where(line) {
      if (line < at) return { file: ROOT_NAME, line };
      let k = from.length - 1;
      while (k > 0 && from[k] > line) k--;
      // Each part starts with `part-of` and `conversations:`.
      return { file: names[k], line: line - from[k] + 2 };
    },
  };
}

/** One generated strategy of about `lines` lines, split: name -> text (the workspace bench's strategies). */
export function splitStrategy(seed: number, lines: number): Map<string, string> {
  return splitGenerated(generateStrategy({ lines, seed })).files;
}
