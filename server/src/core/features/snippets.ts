/**
 * Snippet text for completion: the schema's defaultSnippets bodies as YAML (block or flow style),
 * and the conversation snippet with its recommended team. Multi-line snippets are relative to the
 * cursor line's indentation (LSP insertTextMode adjustIndentation, VS Code's default).
 */
import { CONVERSATIONS, type ConversationId } from '../catalog';
import type { StrategyModel } from '../model/types';
import { schemaAt } from './schemaNav';
import { teamFor } from './team';

export const UNIT = '  ';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A placeholder's default text: `${2:pr-lead}` -> `pr-lead`. */
export function placeholderText(s: string): string {
  return s.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1');
}

/** A body as block YAML lines, nested lines indented by UNIT. Lists of words go inline (`[a, b]`). */
export function blockLines(body: unknown): string[] {
  if (!isObject(body)) return [String(body)];
  const out: string[] = [];
  for (const [k, v] of Object.entries(body)) {
    if (Array.isArray(v)) {
      const wordy = v.some((x) => /\s/.test(placeholderText(String(x))));
      if (wordy) {
        out.push(`${k}:`);
        for (const x of v) out.push(`${UNIT}- ${String(x)}`);
      } else out.push(`${k}: [${v.map(String).join(', ')}]`);
    } else if (isObject(v)) {
      out.push(`${k}:`);
      for (const l of blockLines(v)) out.push(UNIT + l);
    } else out.push(`${k}: ${String(v)}`);
  }
  return out;
}

/** A body as one flow mapping: `{ k: v, list: [a, b] }`. */
export function flowText(body: unknown): string {
  if (Array.isArray(body)) return `[${body.map(flowText).join(', ')}]`;
  if (!isObject(body)) return String(body);
  return `{ ${Object.entries(body)
    .map(([k, v]) => `${k}: ${flowText(v)}`)
    .join(', ')} }`;
}

/** Joins lines: the first goes at the cursor, the others get `indent` (relative to the cursor line's indentation). */
export function joinLines(lines: readonly string[], indent: string): string {
  return lines.map((l, i) => (i === 0 ? l : `${indent}${l}`)).join('\n');
}

/** A copy of a body with `owner`'s default replaced, keeping its tab stop. */
export function withDefault(body: unknown, key: string, value: string | undefined): unknown {
  if (!isObject(body) || value === undefined || typeof body[key] !== 'string') return body;
  const stop = /^\$\{(\d+)[:|]/.exec(body[key]);
  return { ...body, [key]: stop ? `\${${stop[1]}:${value}}` : value };
}

/** The body of a conversation: owner, participants (each a tab stop), and the schema's example summary. */
export function conversationBody(id: ConversationId, model: StrategyModel): Record<string, unknown> {
  const team = teamFor(id, model);
  const example = schemaAt(['conversations', id])?.schema.defaultSnippets?.[0]?.body;
  const summary =
    isObject(example) && typeof example.summary === 'string'
      ? placeholderText(example.summary)
      : `What ${CONVERSATIONS[id].title.toLowerCase()} is about for us`;
  let stop = 1;
  return {
    owner: `\${${stop++}:${team.owner}}`,
    participants: team.participants.map((p) => `\${${stop++}:${p}}`),
    summary: `\${${stop++}:${escapeSnippet(summary)}}`,
  };
}

/** Escapes text that goes into a snippet literally. */
export function escapeSnippet(s: string): string {
  return s.replace(/[$}\\]/g, '\\$&');
}
