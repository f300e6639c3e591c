// Types of demo-workspace.mjs, for the tests that import it.
export declare const DEMO_SETTINGS: Readonly<Record<string, unknown>>;
export declare function prepareDemoWorkspace(
  root: string,
  tmpBase?: string,
): { folder: string; settings: Record<string, unknown> };
