/** A Disposable base that owns what it registers (as VS Code's own `util/dispose.ts` does). */
import type * as vscode from 'vscode';

export abstract class Disposable implements vscode.Disposable {
  private _isDisposed = false;
  private readonly _disposables: vscode.Disposable[] = [];

  get isDisposed(): boolean {
    return this._isDisposed;
  }

  /** Disposes everything registered, last first; a throwing child does not stop the others. */
  dispose(): void {
    if (this._isDisposed) return;
    this._isDisposed = true;
    const errors: unknown[] = [];
    while (this._disposables.length) {
      try {
        this._disposables.pop()!.dispose();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors, 'Several disposables failed to dispose');
  }

  /** Keeps `value` until this object is disposed (at once when it already is). */
  protected _register<T extends vscode.Disposable>(value: T): T {
    if (this._isDisposed) value.dispose();
    else this._disposables.push(value);
    return value;
  }
}
