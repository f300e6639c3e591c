import type { Finding, Rule } from './context';

const LABEL = { goal: 'Goal', application: 'Application', platform: 'Platform', liability: 'Liability' } as const;

export const missingOwner: Rule = {
  code: 'missing-owner',
  defaultSeverity: 'error',
  description: 'A conversation, goal, application, platform or liability names no owner.',
  check({ model, items }) {
    const out: Finding[] = [];
    for (const c of model.conversations) {
      if (c.malformed) continue;
      if (c.owner || c.ownerMistyped) continue;
      out.push({
        span: c.keySpan,
        message: `The ${c.id} conversation has no owner; name the role that owns it.`,
        data: { conversation: c.id },
      });
    }
    for (const it of items) {
      if (it.owner || it.ownerMistyped) continue;
      const name = it.id ? `${LABEL[it.kind]} ${it.id.text}` : `This ${it.kind}`;
      out.push({
        span: it.anchor,
        severity: it.kind === 'liability' ? 'error' : 'warning',
        message: `${name} has no owner; add an owner role that is accountable for it.`,
        data: { conversation: it.conversation, kind: it.kind },
      });
    }
    return out;
  },
};
