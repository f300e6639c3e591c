/**
 * `strategy/counts` (server/src/protocol.ts): the problems of the strategy an open document belongs
 * to, for the client's status bar: of every file of its strategy when the workspace index holds it
 * (a strategy across files), else of the document's own analysis.
 */
import { countSeverities } from '../../core/problemCounts';
import { StrategyCountsRequest, type StrategyCountsParams, type StrategyCountsResult } from '../../protocol';
import { guarded, type ServerContext } from '../context';
import { documentFeatures } from '../documentFeatures';
import { acrossAt, countsAcross } from './across';

export function registerCounts(ctx: ServerContext): void {
  ctx.connection.onRequest(
    StrategyCountsRequest,
    guarded(
      ctx,
      'Problem counts',
      null,
      async (p: StrategyCountsParams, token): Promise<StrategyCountsResult | null> => {
        const across = await acrossAt(ctx, p.textDocument.uri);
        if (across) return countsAcross(across);
        const d = await documentFeatures(ctx, p.textDocument.uri, token);
        const problems = d && (await d.run('diagnostics'));
        if (!problems) return null;
        return { files: 1, ...countSeverities(problems.map((x) => x.severity)) };
      },
    ),
  );
}
