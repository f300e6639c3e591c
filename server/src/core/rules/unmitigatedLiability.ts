import type { Finding, Rule } from './context';

export const unmitigatedLiability: Rule = {
  code: 'unmitigated-liability',
  defaultSeverity: 'warning',
  description: 'An open liability has no mitigations.',
  check({ items }) {
    const out: Finding[] = [];
    for (const it of items) {
      if (it.kind !== 'liability' || it.mitigations.length > 0) continue;
      const status = it.status?.text ?? 'open';
      if (status !== 'open') continue;
      const name = it.id ? `Liability ${it.id.text}` : 'This liability';
      out.push({ span: it.anchor, message: `${name} is open and has no mitigations; add mitigations or accept it.` });
    }
    return out;
  },
};
