import type { Item } from '../model/types';
import { closest } from '../model/closest';
import { quote, type Finding, type Rule } from './context';

export const unknownReference: Rule = {
  code: 'unknown-reference',
  defaultSeverity: 'error',
  description: "An application's platform, or a liability's covers, names no such item.",
  check(ctx) {
    const out: Finding[] = [];
    const idsOf = (kinds: Item['kind'][]) =>
      ctx.items.filter((i) => i.id && kinds.includes(i.kind)).map((i) => i.id!.text);
    const platforms = new Set(idsOf(['platform']));
    const coverable = new Set(idsOf(['application', 'platform']));
    for (const it of ctx.items) {
      const name = it.id ? it.id.text : `(no id)`;
      if (it.kind === 'application' && it.platform && !platforms.has(it.platform.text)) {
        const suggestion = closest(it.platform.text, platforms);
        out.push({
          span: it.platform.span,
          message: `Application ${name} runs on ${quote(it.platform.text)}, which is no platform in social-technologies; ${
            suggestion ? `did you mean ${quote(suggestion)}?` : 'fix the id or add the platform.'
          }`,
          data: suggestion ? { suggestion } : {},
        });
      }
      if (it.kind === 'liability') {
        for (const ref of it.covers) {
          if (coverable.has(ref.text)) continue;
          const suggestion = closest(ref.text, coverable);
          out.push({
            span: ref.span,
            message: `Liability ${name} covers ${quote(ref.text)}, which is no application or platform; ${
              suggestion ? `did you mean ${quote(suggestion)}?` : 'fix the id or remove it.'
            }`,
            data: suggestion ? { suggestion } : {},
          });
        }
      }
    }
    return out;
  },
};
