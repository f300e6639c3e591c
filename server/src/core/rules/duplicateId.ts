import { withArticle } from '../article';
import type { Span } from '../types';
import type { Finding, Rule, RuleContext } from './context';

export const duplicateId: Rule = {
  code: 'duplicate-id',
  defaultSeverity: 'error',
  description:
    'A goal, application, platform or liability id is used more than once in the strategy, or a conversation or role is written in two of its files.',
  check({ model, items, itemsById }) {
    const out: Finding[] = [];
    for (const it of items) {
      if (!it.id) continue;
      const first = itemsById.get(it.id.text);
      if (!first || first === it) continue;
      out.push({
        span: it.id.span,
        message: `The id ${JSON.stringify(it.id.text)} is already used by ${withArticle(first.kind)} in ${first.conversation}${where(model, first.id!.span)}; give this ${it.kind} its own id.`,
        related: [{ span: first.id!.span, message: `First use of the id ${JSON.stringify(it.id.text)}` }],
      });
    }
    // Across files: a conversation or role written again in a later file is left out of the composition.
    for (const s of model.composition?.shadowed ?? []) {
      out.push({
        span: s.keySpan,
        message: `The ${s.kind} ${JSON.stringify(s.id)} is already written in ${at(model, s.first)}; write it in one file only and remove it here.`,
        related: [{ span: s.first, message: `The ${s.kind} ${JSON.stringify(s.id)} is written here` }],
      });
    }
    return out;
  },
};

/** ` (file:line)` of a place in a composed strategy; nothing for one file, whose messages stay as they were. */
function where(model: RuleContext['model'], span: Span): string {
  return model.composition ? ` (${at(model, span)})` : '';
}

function at(model: RuleContext['model'], span: Span): string {
  const c = model.composition;
  return c ? `${c.labels.get(span.file ?? model.file) ?? span.file}:${c.lineOf(span)}` : '';
}
