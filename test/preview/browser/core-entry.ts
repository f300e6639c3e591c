// The entry that test/preview/core-in-browser.test.ts bundles for the browser: the core's analysis
// and renderer on `window`, nothing else.
import { analyze } from '../../../server/src/core';
import { toDiagnostics } from '../../../server/src/cli/diagnostics';
import { renderBody, renderHtml } from '../../../server/src/core/render';

(globalThis as unknown as { strategyCore: unknown }).strategyCore = { analyze, toDiagnostics, renderBody, renderHtml };
