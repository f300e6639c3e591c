/** Ajv errors -> problems on the narrowest YAML node (the spec's range column for `schema`). */
import type { ErrorObject } from 'ajv';
import { withArticle as article } from '../article';
import { itemAnchor } from '../model/build';
import { closest } from '../model/closest';
import { entry, nodeAt, type TreeNode } from '../parse/tree';
import type { Span } from '../types';

export interface SchemaFinding {
  span: Span;
  message: string;
  data?: Record<string, unknown>;
}

export function mapSchemaErrors(
  errors: readonly ErrorObject[],
  root: TreeNode | null,
  lineZero: Span,
): SchemaFinding[] {
  const out: SchemaFinding[] = [];
  const seen = new Set<string>();
  const specific = new Set(errors.filter((e) => !COMBINATORS.has(e.keyword)).map((e) => e.instancePath));
  const typesAt = new Map<string, string[]>();
  for (const e of errors)
    if (e.keyword === 'type')
      typesAt.set(e.instancePath, [
        ...(typesAt.get(e.instancePath) ?? []),
        String((e.params as { type: string }).type),
      ]);
  for (const err of errors) {
    if (err.keyword === 'propertyNames' || err.keyword === 'if') continue;
    if (err.keyword === 'type') err.params = { type: typesAt.get(err.instancePath)!.join(' or ') };
    if (COMBINATORS.has(err.keyword) && specific.has(err.instancePath)) continue;
    const f = mapOne(err, root, lineZero);
    const k = `${f.span.start}:${f.span.end}:${f.message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(f);
  }
  return out;
}

const COMBINATORS = new Set(['anyOf', 'oneOf', 'allOf', 'not']);

export function parsePointer(pointer: string): string[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function mapOne(err: ErrorObject, root: TreeNode | null, lineZero: Span): SchemaFinding {
  const path = parsePointer(err.instancePath);
  const node = nodeAt(root, path);
  const where = describe(path, root);
  const nodeSpan = node?.span ?? lineZero;
  const key = path.length ? path[path.length - 1] : undefined;
  const name = key !== undefined && !/^\d+$/.test(key) ? `"${key}"` : 'This value';
  const params = err.params as Record<string, unknown>;
  if (err.propertyName !== undefined) {
    const e = entry(node, err.propertyName);
    return {
      span: e?.keySpan ?? nodeSpan,
      message: `The role id "${err.propertyName}" is not kebab-case; use lowercase letters, digits and dashes, starting with a letter.`,
    };
  }
  switch (err.keyword) {
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys((err.parentSchema as { properties?: object })?.properties ?? {});
      const near = closest(extra, allowed);
      const hint =
        extra === '<<'
          ? 'merge keys (<<) are not supported; write the keys out.'
          : near
            ? `did you mean "${near}"? The allowed keys are ${allowed.join(', ')}.`
            : allowed.length
              ? `allowed keys are ${allowed.join(', ')}.`
              : 'remove it.';
      const inWhat = path.length === 1 && path[0] === 'conversations' ? 'conversations' : where;
      return {
        span: entry(node, extra)?.keySpan ?? nodeSpan,
        message: `Unknown key "${extra}" in ${inWhat}; ${hint}`,
        data: { key: extra, allowed },
      };
    }
    case 'required': {
      const missing = String(params.missingProperty);
      const present = entry(node, missing);
      const span = present ? present.keySpan : missingAnchor(root, path, node, lineZero);
      return { span, message: `${capitalize(where)} lacks the required key "${missing}"; add it.`, data: { missing } };
    }
    case 'type': {
      const expected = [
        ...new Set(
          String(params.type)
            .split(/,| or /)
            .filter((t) => t !== 'null'),
        ),
      ]
        .map(typeName)
        .join(' or ');
      const subject = path[path.length - 2] === 'conversations' ? `The ${key} conversation` : `${name} in ${where}`;
      return { span: nodeSpan, message: `${subject} must be ${expected}, not ${kindOf(node)}.` };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).join(', ');
      return {
        span: nodeSpan,
        message: `${name} in ${where} must be one of ${allowed}; ${JSON.stringify(String(err.data))} is not.`,
        data: { allowed: params.allowedValues },
      };
    }
    case 'pattern':
    case 'format': {
      const isDate = String(params.pattern ?? params.format).includes('\\d{4}') || params.format === 'date';
      const msg = isDate
        ? `${name} in ${where} must be a real calendar date written YYYY-MM-DD; ${JSON.stringify(String(err.data))} is not.`
        : `${name} in ${where} must be kebab-case (lowercase letters, digits and dashes, starting with a letter); ${JSON.stringify(String(err.data))} is not.`;
      return { span: nodeSpan, message: msg };
    }
    default:
      return { span: nodeSpan, message: `${name} in ${where} ${err.message ?? 'is not valid'}.` };
  }
}

/** The key of the mapping that lacks a key; for a list item its id value or first key; for the file line 0. */
function missingAnchor(root: TreeNode | null, path: string[], node: TreeNode | null | undefined, lineZero: Span): Span {
  if (path.length === 0 || !node) return lineZero;
  const last = path[path.length - 1];
  const parent = nodeAt(root, path.slice(0, -1));
  if (parent?.kind === 'seq') return itemAnchor(node);
  return entry(parent, last)?.keySpan ?? node.span;
}

const LIST_ITEM: Record<string, string> = {
  goals: 'goal',
  applications: 'application',
  platforms: 'platform',
  liabilities: 'liability',
};

/** A human name for the place a path points at ("goal brand-advocacy", "the social-media conversation"). */
export function describe(path: readonly string[], root: TreeNode | null): string {
  if (path.length === 0) return 'the strategy';
  let label = 'the strategy';
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const prev = path[i - 1];
    if (prev === 'roles' && i === 1) label = `role ${seg}`;
    else if (prev === 'conversations' && i === 1) label = `the ${seg} conversation`;
    else if (prev && LIST_ITEM[prev] && /^\d+$/.test(seg)) {
      const id = nodeAt(root, [...path.slice(0, i + 1), 'id']);
      label =
        id?.kind === 'scalar' ? `${LIST_ITEM[prev]} ${id.value}` : `${LIST_ITEM[prev]} ${Number(seg) + 1} of ${prev}`;
    } else if (seg === 'review') label = `the review of ${label}`;
    else if (/^\d+$/.test(seg)) label = `item ${Number(seg) + 1} of ${prev} in ${label}`;
  }
  return label;
}

function typeName(t: string): string {
  return t === 'object' ? 'a mapping' : t === 'array' ? 'a list' : article(t);
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function kindOf(node: TreeNode | null | undefined): string {
  if (!node) return 'empty';
  if (node.kind === 'map') return 'a mapping';
  if (node.kind === 'seq') return 'a list';
  return typeof node.value === 'string' ? 'a string' : `${article(typeof node.value)} (${String(node.value)})`;
}
