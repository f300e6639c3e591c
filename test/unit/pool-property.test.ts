// Property: `strategy check` of many files gives the same diagnostics, file by file and in order,
// with every file analysed on worker threads (server/src/node/pool) as with one thread. The files:
// generated strategies, whole or split into a root with `include` and parts with `part-of`, some
// broken (a part whose part-of names another root, an include entry removed, a YAML syntax error, a
// stray part, an empty file).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { splitStrategy } from '../../bench/workspace';
import { checkStrategies } from '../../server/src/cli/strategies';
import { findStrategyFiles } from '../../server/src/node/files';
import type { CreatePoolWorker } from '../../server/src/node/pool/filePool';

const WORKER = path.join(__dirname, '..', '..', 'server', 'src', 'node', 'pool', 'fileWorker.ts');
/** A pool worker from the TypeScript sources (the bundles start themselves instead). */
const tsWorker: CreatePoolWorker = (data, transferList) =>
  new Worker(
    `require('tsx/cjs'); require(${JSON.stringify(WORKER)}).runFileWorker(require('node:worker_threads').workerData);`,
    { eval: true, workerData: data, transferList, execArgv: [] },
  );

const strategy = fc.record({
  seed: fc.nat(1000),
  lines: fc.constantFrom(150, 400, 900),
  split: fc.boolean(),
  breakage: fc.constantFrom('none', 'none', 'syntax', 'drop-include', 'wrong-root', 'stray', 'empty'),
});

type Spec = typeof strategy extends fc.Arbitrary<infer T> ? T : never;

function write(dir: string, specs: Spec[]): void {
  specs.forEach((s, k) => {
    const folder = path.join(dir, `s${k}`);
    const files = splitStrategy(s.seed, s.lines);
    if (!s.split) {
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(
        path.join(folder, 'whole.strategy.yaml'),
        [...files.values()][0].replace(/^include:[\s\S]*$/m, ''),
      );
      return;
    }
    for (const [name, text] of files) {
      let t = text;
      if (s.breakage === 'syntax' && name.includes('social-media')) t = t.replace('conversations:', 'conversations: [');
      if (s.breakage === 'drop-include' && name === 'strategy.strategy.yaml')
        t = t.replace(/\n {2}- parts\/social-pr\S+/, '');
      if (s.breakage === 'wrong-root' && name.includes('social-hr'))
        t = t.replace('part-of: ../strategy', 'part-of: ../../s0/strategy');
      if (s.breakage === 'empty' && name.includes('social-tech')) t = '';
      fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
      fs.writeFileSync(path.join(folder, name), t);
    }
    if (s.breakage === 'stray')
      fs.writeFileSync(
        path.join(folder, 'parts', 'stray.strategy.yaml'),
        'part-of: ../strategy.strategy.yaml\nconversations: {}\n',
      );
  });
}

test('worker threads and one thread give the same diagnostics of every file, in order', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(strategy, { minLength: 1, maxLength: 3 }),
      fc.integer({ min: 1, max: 3 }),
      async (specs, threads) => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strategy-pool-'));
        try {
          write(dir, specs);
          const files = findStrategyFiles([dir]).files;
          const io = { stdout: () => {}, stderr: () => {}, cwd: dir };
          const options = { today: '2026-11-25' };
          const one = checkStrategies(files, io, options, () => {});
          const many = checkStrategies(files, io, options, () => {}, { create: tsWorker, threads, always: true });
          assert.ok(one.results.length === files.length);
          assert.deepEqual(many, one);
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      },
    ),
    { numRuns: 12 },
  );
});
