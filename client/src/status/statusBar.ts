/**
 * The status bar item of the active strategy editor: its error and warning counts (click: Problems),
 * those of its whole strategy when it is a file of a strategy across files (asked of the server,
 * `strategy/counts`), or the server's trouble when it is not running (click: the output). Hidden for
 * other languages.
 */
import * as vscode from 'vscode';
import { StrategyCountsRequest } from '../../../server/src/protocol';
import { DOCUMENT_SELECTOR, type ServerState, type StrategyContext } from '../ctx';
import { countProblems, problemsView, type StrategyCounts } from './problemCounts';

export const STRATEGY_LANGUAGE = 'strategy';
const OPEN_PROBLEMS = 'workbench.actions.view.problems';

export class ProblemsStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The counts of the active document's strategy, as the server last answered them. */
  private strategy: { uri: string; counts: StrategyCounts } | undefined;
  private asking = false;
  private askAgain = false;

  constructor(private readonly ctx: StrategyContext) {
    this.item = vscode.window.createStatusBarItem('strategy.problems', vscode.StatusBarAlignment.Left, 50);
    this.item.name = 'Strategy Problems';
    this.subscriptions.push(
      vscode.languages.onDidChangeDiagnostics((e) => {
        const uri = vscode.window.activeTextEditor?.document.uri.toString();
        if (uri && e.uris.some((u) => u.toString() === uri)) this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidOpenTextDocument((doc) => {
        // A document whose language changes to strategy is re-opened with the new language.
        if (doc.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
      ctx.onDidChangeState(() => this.update()),
      ctx.onDidReceiveDiagnostics((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
        // Any file may be of the active file's strategy: its counts are asked again.
        else if (this.strategy && this.strategy.counts.files > 1) this.askStrategyCounts();
      }),
    );
    this.update();
  }

  /** Asks the server for the counts of the active document's whole strategy (one request at a time). */
  private askStrategyCounts(): void {
    if (this.asking) {
      this.askAgain = true;
      return;
    }
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    if (!uri || this.ctx.state !== 'running') return;
    this.asking = true;
    this.askAgain = false;
    this.ctx
      .request(StrategyCountsRequest, { textDocument: { uri } })
      .then(
        (counts) => {
          const before = this.strategy?.counts;
          this.strategy = counts ? { uri, counts } : undefined;
          if (JSON.stringify(before) !== JSON.stringify(counts ?? undefined)) this.update(false);
        },
        // A server without strategy/counts (or one that failed): the file's own counts stay.
        () => undefined,
      )
      .finally(() => {
        this.asking = false;
        if (this.askAgain) this.askStrategyCounts();
      });
  }

  /** Shows the active document's state; `ask`: also ask the server for its strategy's counts again. */
  update(ask = true): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== STRATEGY_LANGUAGE) {
      this.item.hide();
      return;
    }
    const trouble = serverTrouble(this.ctx.state);
    if (vscode.languages.match(DOCUMENT_SELECTOR, doc) === 0) {
      this.item.text = '$(circle-slash) Strategy';
      this.item.tooltip = `Strategy: ${doc.uri.scheme} documents are not checked; files on disk and untitled files are.`;
      this.item.command = undefined;
      this.item.backgroundColor = undefined;
    } else if (trouble) {
      this.item.text = trouble.text;
      this.item.tooltip = trouble.tooltip;
      this.item.command = trouble.command;
      this.item.backgroundColor = trouble.alarming
        ? new vscode.ThemeColor('statusBarItem.warningBackground')
        : undefined;
    } else if (!this.ctx.hasReported(doc.uri)) {
      this.item.text = '$(loading~spin) Strategy';
      this.item.tooltip = 'Strategy: checking this file.';
      this.item.command = OPEN_PROBLEMS;
      this.item.backgroundColor = undefined;
    } else {
      const uri = doc.uri.toString();
      const strategy = this.strategy?.uri === uri ? this.strategy.counts : undefined;
      const view = problemsView(countProblems(vscode.languages.getDiagnostics(doc.uri)), strategy);
      if (ask) this.askStrategyCounts();
      this.item.text = view.text;
      this.item.tooltip = view.tooltip;
      this.item.command = OPEN_PROBLEMS;
      this.item.backgroundColor = undefined;
    }
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}

interface Trouble {
  text: string;
  tooltip: string;
  command: string;
  alarming: boolean;
}

function serverTrouble(state: ServerState): Trouble | undefined {
  switch (state) {
    case 'failed':
      return {
        text: '$(error) Strategy',
        tooltip: 'The Strategy language server failed to start. Click to show its output.',
        command: 'strategy.showOutput',
        alarming: true,
      };
    case 'stopped':
      return {
        text: '$(debug-stop) Strategy',
        tooltip: 'The Strategy language server is not running. Click to restart it.',
        command: 'strategy.restartServer',
        alarming: true,
      };
    case 'starting':
      return {
        text: '$(sync~spin) Strategy',
        tooltip: 'The Strategy language server is starting.',
        command: 'strategy.showOutput',
        alarming: false,
      };
    default:
      return undefined;
  }
}
