/**
 * The extension's activation, the same for both builds: builds the context (which owns the language
 * client), the commands and the status bar, then starts the server the build's launcher starts. A
 * failure while activating is shown to the user with a way to the logs; the commands stay registered
 * so "Restart Language Server" can retry. package.json's "main" (extension.ts, Node) and "browser"
 * (web/extension.ts) differ only in their launcher.
 */
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { StrategyContext, type ServerLauncher } from './ctx';
import { registerPreview } from './preview';
import { registerSplit } from './split';
import { ProblemsStatusBar } from './status/statusBar';

/**
 * Features that plug into the extension beside the language client. Each gets the extension's
 * context and the strategy context and returns what to dispose. The preview (client/src/preview/,
 * commands strategy.openPreview, strategy.openPreviewToSide, strategy.exportHtml) registers here.
 */
export type Feature = (
  extension: vscode.ExtensionContext,
  ctx: StrategyContext,
) => vscode.Disposable | vscode.Disposable[];

const FEATURES: Feature[] = [
  (_extension, ctx) => registerCommands(ctx),
  (_extension, ctx) => new ProblemsStatusBar(ctx),
  (_extension, ctx) => registerPreview(ctx),
  (_extension, ctx) => registerSplit(ctx),
];

let current: StrategyContext | undefined;

/** Activates every feature over the language server `launcher` starts. */
export async function activateWith(
  extension: vscode.ExtensionContext,
  launcher: ServerLauncher,
  features: Feature[] = [],
): Promise<StrategyContext> {
  const ctx = new StrategyContext(extension, launcher);
  current = ctx;
  extension.subscriptions.push(ctx);
  for (const feature of [...FEATURES, ...features]) {
    try {
      const disposables = feature(extension, ctx);
      extension.subscriptions.push(...(Array.isArray(disposables) ? disposables : [disposables]));
    } catch (error) {
      const message = `Strategy as Code could not activate a feature: ${error instanceof Error ? error.message : String(error)}`;
      ctx.output.error(message);
      ctx.showError(message);
    }
  }
  await ctx.start();
  return ctx;
}

export async function deactivate(): Promise<void> {
  const ctx = current;
  current = undefined;
  await ctx?.stop();
}
