/**
 * `strategy/counts` (server/src/protocol.ts): the problems of the strategy an open document belongs
 * to, for the client's status bar. Here, of the document's own analysis (a one-file strategy); the
 * workspace index answers for a strategy across files.
 */
import { countSeverities } from '../../core/problemCounts';
import { StrategyCountsRequest, type StrategyCountsParams, type StrategyCountsResult } from '../../protocol';
import { guarded, type ServerContext } from '../context';
import { documentFeatures } from '../documentFeatures';

export function registerCounts(ctx: ServerContext): void {
  ctx.connection.onRequest(StrategyCountsRequest, guarded(ctx, 'Problem counts', null,
    async (p: StrategyCountsParams, token): Promise<StrategyCountsResult | null> => {
      const d = await documentFeatures(ctx, p.textDocument.uri, token);
      const problems = d && await d.run('diagnostics');
      if (!problems) return null;
      return { files: 1, ...countSeverities(problems.map((x) => x.severity)) };
    }));
}
