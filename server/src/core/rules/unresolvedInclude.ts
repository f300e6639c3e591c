import type { Rule } from './context';

/** Reports what composition found: include entries that name no part of this root. */
export const unresolvedInclude: Rule = {
  code: 'unresolved-include',
  defaultSeverity: 'error',
  description: 'An include entry of a root names no file, or a file that is not a part of this root.',
  check({ model }) {
    return (model.composition?.unresolvedIncludes ?? []).map((u) => ({
      span: u.span,
      message: u.message,
      data: u.data,
    }));
  },
};
