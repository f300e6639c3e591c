// esbuild in memory, with the project's own build options (esbuild.js): the bundles the tests load
// into a browser (the preview's page script, the core for the browser) and read the metafile of.
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT } from './cli';

interface Entry {
  in: string;
  out: string;
  external?: string[];
  browser?: boolean;
  format?: 'cjs' | 'iife';
}

const build = require(path.join(ROOT, 'esbuild.js')) as {
  entries: Entry[];
  buildOptions: (e: Entry, o?: { minify?: boolean }) => esbuild.BuildOptions;
};

export interface Bundle {
  code: string;
  metafile: esbuild.Metafile;
}

/** One of esbuild.js's entries (by its `out`, e.g. "extension"), built as the production build does. */
export async function bundleEntry(out: string, minify = true): Promise<Bundle> {
  const entry = build.entries.find((e) => e.out === out);
  if (!entry) throw new Error(`esbuild.js has no entry "${out}"`);
  return run({ ...build.buildOptions(entry, { minify }), sourcemap: false });
}

/** A source file bundled for the browser (an IIFE, no Node built-ins: esbuild fails on one). */
export function bundleForBrowser(file: string): Promise<Bundle> {
  return run({
    entryPoints: [path.join(ROOT, file)],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    outfile: path.join(ROOT, 'dist', 'test-browser.js'),
    logLevel: 'silent',
  });
}

async function run(options: esbuild.BuildOptions): Promise<Bundle> {
  const result = await esbuild.build({ ...options, write: false, metafile: true });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  if (!js) throw new Error('esbuild wrote no .js file');
  return { code: js.text, metafile: result.metafile };
}

let pageScript: Promise<string> | undefined;

/** The preview page's script (client/preview-src), as dist/webview/preview.js holds it. */
export function previewScript(): Promise<string> {
  pageScript ??= bundleEntry('webview/preview', false).then((b) => b.code);
  return pageScript;
}
