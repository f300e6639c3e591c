import type { Value } from '../model/types';
import { withArticle } from '../article';
import { closest } from '../model/closest';
import { quote, type Finding, type Rule, type RuleContext } from './context';

const LABEL = { goal: 'Goal', application: 'Application', platform: 'Platform', liability: 'Liability' } as const;

export const unknownRole: Rule = {
  code: 'unknown-role',
  defaultSeverity: 'error',
  description: 'The sponsor, an owner or a participant names no built-in or declared role.',
  check(ctx) {
    const out: Finding[] = [];
    const { model } = ctx;
    const report = (v: Value | undefined, what: string) => {
      // A name of the wrong type (`true`, `42`) has its schema error; a string that is no role is reported.
      if (!v || !v.isString || ctx.roles.has(v.text)) return;
      out.push(finding(ctx, v, what));
    };
    report(model.header.sponsor, 'The sponsor is');
    for (const c of model.conversations) {
      report(c.owner, `The ${c.id} conversation is owned by`);
      for (const p of c.participants) report(p, `A participant of ${c.id} is`);
    }
    for (const it of ctx.items) {
      const name = it.id ? `${LABEL[it.kind]} ${it.id.text}` : capitalized(withArticle(it.kind));
      report(it.owner, `${name} is owned by`);
    }
    return out;
  },
};

function finding(ctx: RuleContext, v: Value, what: string): Finding {
  const suggestion = closest(v.text, ctx.roles.keys());
  const fix = suggestion
    ? `did you mean ${quote(suggestion)}? Otherwise declare it under roles.`
    : 'declare it under roles or use an existing role.';
  return {
    span: v.span,
    message: `${what} ${quote(v.text)}, which is no built-in or declared role; ${fix}`,
    data: suggestion ? { suggestion } : {},
  };
}

function capitalized(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
