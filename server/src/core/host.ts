/**
 * What the core needs from the outside world to compose a strategy across files. The core reads no
 * file itself: the CLI's host reads the disk, the language server's gives open documents first, then
 * the disk, and a browser host may serve files from memory.
 *
 * Paths are absolute and `/`-separated (a drive letter may lead: `C:/x`). Calls are synchronous: a
 * host that must fetch asynchronously loads the files first and answers from memory.
 */
export interface DirEntry {
  name: string;
  /** `link` for a symbolic link, whatever it points at: globs follow none. */
  kind: 'file' | 'folder' | 'link' | 'other';
}

export type ReadResult = { text: string } | { error: string };

export interface StrategyHost {
  /** The file's text, or why it cannot be read (`no such file or folder`, `permission denied`, ...). */
  readFile(file: string): ReadResult;
  /** The path with every symbolic link resolved, or undefined when it does not exist. */
  realpath(file: string): string | undefined;
  /** The entries of a folder, or undefined when it cannot be listed. */
  readDir(folder: string): DirEntry[] | undefined;
}

/** A host over a map of path -> text (tests, browsers); folders are implied by the paths. */
export function memoryHost(files: Record<string, string> | Map<string, string>): StrategyHost {
  const map = files instanceof Map ? files : new Map(Object.entries(files));
  return {
    readFile: (file) => {
      const text = map.get(file);
      return text === undefined ? { error: 'no such file or folder' } : { text };
    },
    realpath: (file) => (map.has(file) || [...map.keys()].some((k) => k.startsWith(`${file}/`)) ? file : undefined),
    readDir: (folder) => {
      const prefix = folder.endsWith('/') ? folder : `${folder}/`;
      const seen = new Map<string, DirEntry['kind']>();
      for (const k of map.keys()) {
        if (!k.startsWith(prefix)) continue;
        const rest = k.slice(prefix.length);
        const slash = rest.indexOf('/');
        seen.set(slash < 0 ? rest : rest.slice(0, slash), slash < 0 ? 'file' : 'folder');
      }
      return seen.size ? [...seen].map(([name, kind]) => ({ name, kind })) : undefined;
    },
  };
}
