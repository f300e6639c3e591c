import type { Rule } from './context';

/** A part whose part-of names no readable strategy file, a part, or a root that does not include it. */
export const orphanPart: Rule = {
  code: 'orphan-part',
  defaultSeverity: 'error',
  description:
    "A part's part-of names no readable strategy file, a file that is itself a part, or a root that does not include it.",
  check({ model }) {
    const orphan = model.composition?.orphan;
    return orphan ? [{ span: orphan.span, message: orphan.message }] : [];
  },
};
