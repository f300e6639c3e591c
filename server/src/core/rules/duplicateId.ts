import { withArticle } from '../article';
import type { Finding, Rule } from './context';

export const duplicateId: Rule = {
  code: 'duplicate-id',
  defaultSeverity: 'error',
  description: 'A goal, application, platform or liability id is used more than once in the file.',
  check({ items, itemsById }) {
    const out: Finding[] = [];
    for (const it of items) {
      if (!it.id) continue;
      const first = itemsById.get(it.id.text);
      if (!first || first === it) continue;
      out.push({
        span: it.id.span,
        message: `The id ${JSON.stringify(it.id.text)} is already used by ${withArticle(first.kind)} in ${first.conversation}; give this ${it.kind} its own id.`,
      });
    }
    return out;
  },
};
