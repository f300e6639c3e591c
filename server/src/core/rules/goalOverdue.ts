import { isValidDate } from '../dates';
import type { Finding, Rule } from './context';

export const goalOverdue: Rule = {
  code: 'goal-overdue',
  defaultSeverity: 'warning',
  description: "A goal's due date has passed and it is not done or dropped.",
  check({ items, today }) {
    const out: Finding[] = [];
    for (const it of items) {
      if (it.kind !== 'goal' || !it.due || !isValidDate(it.due.text) || it.due.text >= today) continue;
      const status = it.status?.text ?? 'planned';
      if (status === 'done' || status === 'dropped') continue;
      const name = it.id ? `Goal ${it.id.text}` : 'This goal';
      out.push({
        span: it.due.span,
        message: `${name} was due on ${it.due.text} and is still ${status}; mark it done or dropped, or set a new due date.`,
      });
    }
    return out;
  },
};
