import { coveredIds, isCovered, isExposed } from '../model/exposure';
import type { Finding, Rule } from './context';

export const uncoveredLiability: Rule = {
  code: 'uncovered-liability',
  defaultSeverity: 'warning',
  description: 'An exposed application or platform is covered by no liability.',
  check({ items }) {
    const covered = coveredIds(items);
    const out: Finding[] = [];
    for (const it of items) {
      if (!it.id || !isExposed(it) || isCovered(it, covered)) continue;
      const why =
        it.kind === 'application'
          ? 'reaches outside the company or holds sensitive data'
          : 'is hosted externally or free';
      out.push({
        span: it.id.span,
        message: `${it.kind === 'application' ? 'Application' : 'Platform'} ${it.id.text} ${why} but no liability covers it; add it to a liability's covers in social-liability.`,
        data: { id: it.id.text, kind: it.kind },
      });
    }
    return out;
  },
};
