/**
 * Escaping for every string that comes from a strategy file. The renderer never writes file text
 * into HTML or Markdown any other way.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Text content: `<`, `>`, `&` and both quotes become entities, so no tag or attribute can start. */
export function escapeHtml(text: unknown): string {
  const s = String(text ?? '');
  return NEEDS_ESCAPE.test(s) ? s.replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c]) : s;
}

const NEEDS_ESCAPE = /[&<>"'`]/;

/**
 * A value inside a double-quoted attribute. Besides the HTML escapes, control characters and line
 * breaks become character references so the value stays on one line.
 */
export function escapeAttr(text: unknown): string {
  return escapeHtml(text).replace(/[\u0000-\u001f\u007f]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Markdown inline text: HTML is neutralised (Markdown renderers pass raw HTML through) and Markdown
 * punctuation that works mid-line is backslash-escaped, so the file cannot add links, emphasis, code
 * or table cells. Callers only place values after a prefix (a bullet, a label, a cell), never at the
 * start of a line, so block syntax (`#`, `-`, `1.`) needs no escape.
 */
export function escapeMarkdown(text: unknown): string {
  return String(text ?? '')
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
