/**
 * The preview page's script (bundled on its own by esbuild.js into dist/webview/preview.js, loaded by
 * the page shell of client/src/preview/page.ts with the page's nonce): click-to-source (and Enter on a
 * focused item: keyboard.ts), compare mode's
 * "Back to the live preview" button, scroll sync
 * both ways with a guard against feedback loops, and body updates without reloading the page. The
 * messages are the host's own types (client/src/preview/messages.ts), as VS Code's Markdown preview
 * shares them with its preview-src.
 */
import type { HostToPreview, PreviewSettings, PreviewState, PreviewToHost } from '../src/preview/messages';
import { enterTarget, focusKey, makeFocusable, restoreFocus } from './keyboard';
import { lineAtOffset, offsetForLine, syncEntries } from './scrollMap';

interface VsCodeApi {
  postMessage(message: PreviewToHost): void;
  getState(): PreviewState | undefined;
  setState(state: PreviewState): void;
}

declare const acquireVsCodeApi: (() => VsCodeApi) | undefined;

const vscode: VsCodeApi =
  typeof acquireVsCodeApi === 'function'
    ? acquireVsCodeApi()
    : { postMessage: () => {}, getState: () => undefined, setState: () => {} };

const settings = readSettings();
const state: PreviewState = { ...(vscode.getState() ?? {}), source: settings.source };
vscode.setState(state);
const root = document.getElementById('strategy-root');
/** Scroll events still to come from our own scrolling (not the user's): not reported to the host. */
let ignoreScrollEvents = 0;
let scrollFrame = 0;

function readSettings(): PreviewSettings {
  const raw = document.getElementById('strategy-preview-settings')?.getAttribute('data-settings');
  try {
    return JSON.parse(raw || '{}') as PreviewSettings;
  } catch {
    return { source: '' };
  }
}

function scrollToLine(line: number): void {
  const max = Math.max(0, document.documentElement.scrollHeight - window.innerHeight);
  const target = Math.max(0, Math.min(max, Math.round(offsetForLine(syncEntries(), line))));
  if (Math.abs(target - window.scrollY) < 1) return;
  ignoreScrollEvents++;
  // One jump, never an animation: the sync reads the position right after, and motion stays still.
  window.scrollTo({ top: target, left: 0, behavior: 'instant' });
}

function post(message: PreviewToHost): void {
  vscode.postMessage(message);
}

window.addEventListener(
  'scroll',
  () => {
    if (ignoreScrollEvents > 0) {
      ignoreScrollEvents--;
      return;
    }
    if (scrollFrame) return;
    scrollFrame = requestAnimationFrame(() => {
      scrollFrame = 0;
      const line = lineAtOffset(syncEntries(), window.scrollY);
      state.line = line;
      vscode.setState(state);
      post({ type: 'didScroll', line });
    });
  },
  { passive: true },
);

document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('[data-action="leave-compare"]')) {
    event.preventDefault();
    post({ type: 'leaveCompare' });
    return;
  }
  const selection = window.getSelection?.();
  if (selection && String(selection) !== '') return;
  const target = event.target instanceof Element ? event.target.closest('[data-line]') : null;
  if (target && reveal(target)) event.preventDefault();
});

document.addEventListener('keydown', (event) => {
  const target = enterTarget(event);
  if (target && reveal(target)) event.preventDefault();
});

/** Posts `reveal` for an element drawn from the file; false when it carries no line. */
function reveal(target: Element): boolean {
  const line = Number(target.getAttribute('data-line'));
  if (!Number.isFinite(line)) return false;
  const file = target.getAttribute('data-file');
  post(file ? { type: 'reveal', line, file } : { type: 'reveal', line });
  return true;
}

window.addEventListener('message', (event: MessageEvent<HostToPreview>) => {
  const msg = event.data;
  if (!msg || typeof msg.type !== 'string') return;
  if (msg.type === 'update' && typeof msg.html === 'string' && root) {
    const y = window.scrollY;
    const focused = focusKey(root);
    root.innerHTML = msg.html;
    makeFocusable(root);
    restoreFocus(root, focused);
    // A shorter page clamps the scroll position: that scroll is ours, not the user's.
    if (Math.abs(window.scrollY - y) >= 1) ignoreScrollEvents++;
  } else if (msg.type === 'scrollTo' && typeof msg.line === 'number') {
    state.line = msg.line;
    vscode.setState(state);
    scrollToLine(msg.line);
  }
});

if (root) makeFocusable(root);
// The page's own state (kept across hiding and reloads) knows the latest position best.
const initial = typeof state.line === 'number' ? state.line : settings.line;
if (typeof initial === 'number' && initial > 0) scrollToLine(initial);
post({ type: 'ready' });
