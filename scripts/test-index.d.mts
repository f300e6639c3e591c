/** The "Every test file" section docs/testing.md should hold now. */
export function section(): string;
/** The section docs/testing.md holds, or undefined when it has none. */
export function current(doc: string): string | undefined;
