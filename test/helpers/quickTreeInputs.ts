/**
 * Inputs for the fast reader's property test: windows of real strategy files, mutated the ways a
 * person typing breaks YAML, and random documents built from what the reader knows (and a little
 * it does not). A seeded generator keeps every run reproducible.
 */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x100000000;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const INSERTS = [
  ':',
  ': ',
  '#',
  ' #',
  '- ',
  '-',
  "'",
  '"',
  '[',
  ']',
  '{',
  '}',
  ',',
  '|',
  '>',
  '>-',
  '|-',
  ' ',
  '  ',
  '&a ',
  '*a',
  '!x ',
  '?',
  '%',
  '@',
  '\t',
  '\r',
  '---',
  '...',
  'x',
  '\n',
  '\n  ',
  '\n#c\n',
  '0x1F',
  '~',
  'null',
  'TRUE',
  '.5',
  '\u00a0',
  '\u3000',
  '\u{1F600}',
];
const VALUES = [
  '',
  'null',
  '~',
  'true',
  'False',
  '0x1F',
  '0o17',
  '1e3',
  '-.inf',
  '.NaN',
  '12',
  '+3',
  '1_000',
  '0.30',
  '2026-11-25',
  '"q"',
  "'it''s'",
  '""',
  "''",
  '[]',
  '{}',
  '[a, b]',
  '[a, [b, c]]',
  '{a: b, c: [d]}',
  '{ a: 1 , b: "x" }',
  '"a\\"b"',
  '"a\\tb"',
  '"\\u0041"',
  'a: b',
  '- x',
  '|',
  '>-',
  'a #b',
  'a#b',
  'http://x',
  'x:',
  '*r',
  '&r v',
  '!!str 3',
  '[a,]',
  '[a, , b]',
  'v  ',
];

/** One mutation of `text`, the kind a person makes while typing or pasting. */
export function mutate(text: string, r: Rand): string {
  const lines = text.split('\n');
  const at = Math.floor(r() * lines.length);
  const line = lines[at];
  switch (Math.floor(r() * 12)) {
    case 0:
      lines.splice(at, 1);
      break;
    case 1:
      lines.splice(at, 0, line);
      break;
    case 2:
      lines[at] = ' '.repeat(Math.floor(r() * 3)) + line.replace(/^ {0,2}/, r() < 0.5 ? '' : ' ');
      break;
    case 3:
      lines.splice(at, 0, ' '.repeat(Math.floor(r() * 10)) + pick(r, ['# note', '#', '# a: b', '']));
      break;
    case 4: {
      const col = Math.floor(r() * (line.length + 1));
      lines[at] = line.slice(0, col) + pick(r, INSERTS) + line.slice(col);
      break;
    }
    case 5: {
      const col = Math.floor(r() * (line.length + 1));
      lines[at] = line.slice(0, col) + line.slice(col + 1 + Math.floor(r() * 3));
      break;
    }
    case 6: {
      const colon = line.indexOf(': ');
      lines[at] =
        colon >= 0 ? `${line.slice(0, colon + 2)}${pick(r, VALUES)}` : `${line}${pick(r, [':', ' # x', ' '])}`;
      break;
    }
    case 7: {
      const other = Math.floor(r() * lines.length);
      [lines[at], lines[other]] = [lines[other], lines[at]];
      break;
    }
    case 8:
      return text.slice(0, Math.floor(r() * (text.length + 1)));
    case 10:
      // The whole text indented, as the incremental analyzer hands the reader one conversation.
      return lines.map((l) => (l ? ' '.repeat(1 + Math.floor(r() * 4)) : '') + l).join('\n');
    case 11:
      // A run of comment, blank and spaces-only lines at columns around this line's: where yaml ends collections.
      lines.splice(at, 0, ...gapRun(r, leading(line) + 4));
      break;
    default:
      lines.splice(
        at,
        0,
        ...pick(r, BLOCKS)
          .split('\n')
          .map((l) => ' '.repeat(leading(line)) + l),
      );
  }
  return lines.join('\n');
}

const BLOCKS = [
  'k: |\n  one\n\n  two',
  'k: >\n  a\n  b\n\n\n  c\n',
  'k: >-\n    a\n      b',
  '- |-\n  x',
  'k:\n- a\n-\n- b: 1\n  c:',
  'k:\n  # c\n  d: 1',
  'k:\n\n  - a',
  'k: x\n  # deeper',
  '- a: 1\n    # deeper\n  # same',
  'k: [a,\n  b]',
  'k: "a\n  b"',
];

/** One to three comment, blank or spaces-only lines, at columns 0 to `maxCol`. */
export function gapRun(r: Rand, maxCol: number): string[] {
  const out: string[] = [];
  for (let n = 1 + Math.floor(r() * 3); n > 0; n--) {
    const pad = ' '.repeat(Math.floor(r() * (maxCol + 1)));
    out.push(pick(r, [`${pad}# g`, `${pad}#`, '', pad]));
  }
  return out;
}

function leading(line: string): number {
  return line.length - line.trimStart().length;
}

/** CRLF line ends: all of them, or (a file edited on two systems) some. */
export function crlf(text: string, r: Rand): string {
  if (r() < 0.7) return text.replace(/\n/g, '\r\n');
  return text.replace(/\n/g, () => (r() < 0.5 ? '\r\n' : '\n'));
}

/** A window of `lines` lines of `text`, starting at a random line. */
export function window(text: string, r: Rand, lines: number): string {
  const all = text.split('\n');
  const from = Math.floor(r() * Math.max(1, all.length - lines));
  return all.slice(from, from + lines).join('\n') + (r() < 0.8 ? '\n' : '');
}

const KEYS = [
  'id',
  'owner',
  'goals',
  'a-b',
  'x.y',
  'null',
  '~',
  '1',
  '1.0',
  '0x1',
  '1e0',
  'true',
  'True',
  '.inf',
  'k',
  'K2',
  'owner',
  'k'.repeat(1000),
];
const SCALARS = [
  'v',
  'two words',
  '12',
  '0.5',
  'yes',
  'true',
  'null',
  '~',
  '"q s"',
  "'s'",
  '[a, b]',
  '{ a: b }',
  '[]',
  'a#b',
];

/** A random document of block maps, sequences, scalars, comments and blank lines; its root indented `indent`. */
export function randomDocument(r: Rand, depth = 0, indent = 0): string {
  const pad = ' '.repeat(indent);
  const out: string[] = [];
  const seq = depth > 0 && r() < 0.35;
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    if (r() < 0.2) out.push(...gapRun(r, indent + 4));
    const head = seq ? `${pad}- ` : `${pad}${pick(r, KEYS)}:`;
    const roll = r();
    if (depth < 4 && roll < 0.35) {
      const step = 1 + Math.floor(r() * 3);
      if (seq && r() < 0.5) {
        const inner = randomDocument(r, 5, indent + 2).replace(/^ +/, '');
        out.push(`${head}${inner}`);
      } else out.push(head.trimEnd(), randomDocument(r, depth + 1, indent + step));
    } else if (roll < 0.45) out.push(`${head}${seq ? '' : ' '}|${pick(r, ['', '-'])}`, `${pad}  text`, `${pad}  more`);
    else if (roll < 0.5) out.push(head.trimEnd());
    else out.push(`${head}${seq ? '' : ' '}${pick(r, SCALARS)}${r() < 0.2 ? '  # t' : ''}`);
  }
  if (r() < 0.2) out.push(...gapRun(r, indent + 4)); // trailing lines: does the collection's span take them?
  return out.join('\n');
}
