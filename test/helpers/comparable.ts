// Diagnostics from the language server and from `strategy check --format json`, in one comparable
// shape: the keys the spec promises (code, severity, message, range).
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver-protocol';
import type { Diagnostic } from '../../server/src/cli/diagnostics';

export interface Comparable {
  code: string;
  severity: string;
  message: string;
  range: Diagnostic['range'];
}

const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];

export function fromServer(d: LspDiagnostic): Comparable {
  return {
    code: String(d.code),
    severity: SEVERITY[d.severity ?? 0],
    message: typeof d.message === 'string' ? d.message : d.message.value,
    range: d.range,
  };
}

/** A core or command-line diagnostic without the keys the server and the command line may differ in. */
export function comparable(d: Comparable): Comparable {
  return { code: d.code, severity: d.severity, message: d.message, range: d.range };
}
