/**
 * The preview with the keyboard alone: every element that a click reveals in the editor (`data-line`)
 * takes the focus in document order (Tab), says so to a screen reader, and Enter reveals it. Links and
 * buttons keep their own behaviour (Enter, and Space on a button, click them). After a live update the
 * focus returns to the same item when the new content still has it.
 */

const HINT_ID = 'strategy-reveal-hint';

/** The native controls, which the browser already focuses and clicks from the keyboard. */
function isNativeControl(el: Element): boolean {
  return el.matches('a[href], button, input, select, textarea');
}

/** Makes the clickable elements under `root` focusable and described ("Enter shows it in the editor"). */
export function makeFocusable(root: ParentNode): void {
  ensureHint();
  for (const el of Array.from(root.querySelectorAll('[data-line]'))) {
    if (isNativeControl(el)) continue;
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '0');
    if (!el.hasAttribute('aria-describedby')) el.setAttribute('aria-describedby', HINT_ID);
  }
}

/** The element Enter should reveal: the focused clickable element itself (not a native control). */
export function enterTarget(event: KeyboardEvent): Element | undefined {
  if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  const el = event.target instanceof Element ? event.target : null;
  if (!el || isNativeControl(el) || !el.hasAttribute('data-line')) return undefined;
  return el;
}

/** A key for the focused item that survives a re-render (tag, id, line), or undefined. */
export function focusKey(root: Element): string | undefined {
  const el = document.activeElement;
  if (!el || el === document.body || !root.contains(el) || !el.hasAttribute('data-line')) return undefined;
  return keyOf(el);
}

/** Focuses the element of `key` under `root` again, without scrolling (the update keeps the position). */
export function restoreFocus(root: Element, key: string | undefined): void {
  if (key === undefined) return;
  const el = Array.from(root.querySelectorAll('[data-line]')).find((e) => keyOf(e) === key);
  if (el instanceof HTMLElement || el instanceof SVGElement) el.focus({ preventScroll: true });
}

function keyOf(el: Element): string {
  return `${el.tagName}|${el.getAttribute('data-id') ?? ''}|${el.getAttribute('data-file') ?? ''}|${el.getAttribute('data-line')}`;
}

function ensureHint(): void {
  if (document.getElementById(HINT_ID)) return;
  const hint = document.createElement('p');
  hint.id = HINT_ID;
  hint.hidden = true;
  hint.textContent = 'Enter shows it in the editor.';
  document.body.appendChild(hint);
}
