/**
 * Crash recovery (issue 7): when the language server process dies, the client starts a new one and
 * the diagnostics come back; "Strategy: Restart Language Server" does the same on request.
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { api, codeOf, copySample, diagnosticsWhere, same, show, strategyDiagnostics, until } from './helpers';

/** The language server processes this extension host started (children running dist/server.js). */
function serverPids(): number[] {
  const rows: { pid: number; ppid: number; args: string }[] = [];
  if (process.platform === 'linux') {
    for (const name of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
        const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (state === 'Z') continue; // exited, not reaped yet
        const args = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ');
        rows.push({ pid: Number(name), ppid: Number(ppid), args });
      } catch {
        // the process ended while we looked
      }
    }
  } else {
    for (const line of execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' }).split('\n')) {
      const m = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
      if (m) rows.push({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3] });
    }
  }
  return rows.filter((r) => r.ppid === process.pid && /dist[\\/]server\.js/.test(r.args)).map((r) => r.pid);
}

/** Whether the process runs (an exited child that is not reaped yet does not count). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (process.platform !== 'linux') return true;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Resolves on the next time the server publishes diagnostics for `uri` (subscribe before the cause). */
function nextReport(uri: vscode.Uri, what: string): Promise<true> {
  let reported = false;
  const listener = api().onDidReceiveDiagnostics((u) => {
    if (same(u, uri)) reported = true;
  });
  return until(what, [api().onDidReceiveDiagnostics], () => reported).finally(() => listener.dispose());
}

suite('Crash recovery', () => {
  let uri: vscode.Uri;
  let codes: string[];

  suiteSetup(async () => {
    uri = await copySample('recovery.strategy.yaml');
    await show(uri);
    codes = (await diagnosticsWhere(uri, 'the first report', (d) => d.length > 0)).map(codeOf);
  });

  test('killing the server process: the client starts a new one and the diagnostics come back', async () => {
    const before = serverPids();
    assert.strictEqual(
      before.length,
      1,
      `one language server child of the extension host, found ${before.join(', ') || 'none'}`,
    );
    const back = nextReport(uri, 'diagnostics from a restarted server');
    process.kill(before[0], 'SIGKILL');
    await back;
    const after = serverPids();
    assert.strictEqual(after.length, 1, `one server after the restart, found ${after.join(', ') || 'none'}`);
    assert.notStrictEqual(after[0], before[0], 'a new process');
    assert.ok(!alive(before[0]), 'the old process is gone');
    assert.deepStrictEqual(strategyDiagnostics(uri).map(codeOf), codes);
    assert.strictEqual(api().state, 'running');
  });

  test('"Strategy: Restart Language Server" replaces the server and the diagnostics come back', async () => {
    const [before] = serverPids();
    const back = nextReport(uri, 'diagnostics after the restart command');
    await vscode.commands.executeCommand('strategy.restartServer');
    await back;
    const after = serverPids().filter((pid) => pid !== before);
    assert.strictEqual(after.length, 1, 'a new server process');
    assert.deepStrictEqual(strategyDiagnostics(uri).map(codeOf), codes);
    assert.strictEqual(api().state, 'running');
  });
});
