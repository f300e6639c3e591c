/**
 * The features of one version of an open document, wherever its analysis lives: the server's own
 * (shared with diagnostics, one per version) for a small document, the worker's for a large one.
 * Either way a handler gets the same plain results and maps offsets with `positions`. A request's
 * features honour its cancellation token and drop work for a superseded version: `run` then throws
 * RequestCancelled or ContentModified (which the client takes as "no answer", not as a failure).
 */
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextPositions } from './convert';
import type { AnalysisCache } from './documentCache';
import type { LargeDocuments } from './largeDocuments';
import type { SettingsSource, StrategySettings } from './settings';
import {
  runFeature,
  type FeatureArgs,
  type FeatureName,
  type FeatureResult,
  type PreviewRender,
} from './worker/features';
import { WorkerUnavailable } from './worker/workerClient';
import { completeAcross, hoverAcross } from '../core/features/across/view';
import { joinStrategy, placeInFiles } from '../core/compose/render';
import { acrossAt, type Across } from './features/across';
import type { StrategyWorkspace } from './workspace/workspace';

export interface DocumentFeatures {
  /** The document version these features are of. */
  version: number;
  positions: TextPositions;
  /** The document's strategy across files, when the workspace checks it (features across files answer from it). */
  across?: Across;
  /** The feature's result; undefined only for diagnostics that a newer version replaced before they ran. */
  run<K extends FeatureName>(feature: K, ...args: FeatureArgs<K>): Promise<FeatureResult<K> | undefined>;
}

/** What finding a document's features needs from the server. */
export interface FeatureSource {
  documents: { get(uri: string): TextDocument | undefined };
  settings: SettingsSource;
  cache: AnalysisCache;
  log: (message: string) => void;
  largeDocuments?: LargeDocuments;
  workspace?: StrategyWorkspace;
}

/**
 * The features of the document's current version; undefined for a document that is not open. With a
 * request's token, `run` gives up (throws) once the request is cancelled or the document changed.
 */
export async function documentFeatures(
  source: FeatureSource,
  uri: string,
  token?: CancellationToken,
): Promise<DocumentFeatures | undefined> {
  // The version the request was made against: positions in it mean nothing in a later one.
  const asked = source.documents.get(uri)?.version;
  const across = await acrossAt(source, uri);
  if (across) {
    const document = source.documents.get(uri);
    if (!document) return undefined;
    const dropped = token && (() => dropReason(source, uri, asked ?? document.version, token));
    throwIfDropped(dropped);
    return composedFeatures(across, document.version, dropped);
  }
  const settings = await source.settings.get(uri);
  const document = source.documents.get(uri);
  if (!document) return undefined;
  const dropped = token && (() => dropReason(source, uri, asked ?? document.version, token));
  throwIfDropped(dropped);
  return featuresOf(source, document, settings, dropped);
}

/** Why a request's work on version `version` of `uri` is no longer wanted, if it is not. */
function dropReason(
  source: FeatureSource,
  uri: string,
  version: number,
  token: CancellationToken,
): ResponseError<void> | undefined {
  if (token.isCancellationRequested)
    return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
  if (source.documents.get(uri)?.version !== version) {
    return new ResponseError(LSPErrorCodes.ContentModified, `${uri} changed after version ${version}.`);
  }
  return undefined;
}

type DropCheck = () => ResponseError<void> | undefined;

function throwIfDropped(dropped: DropCheck | undefined): void {
  const reason = dropped?.();
  if (reason) throw reason;
}

/** The features of this version under these settings; throws what the analysis throws (small documents). */
export function featuresOf(
  source: FeatureSource,
  document: TextDocument,
  settings: StrategySettings,
  dropped?: DropCheck,
): DocumentFeatures {
  const large = source.largeDocuments;
  if (!large || !large.isLarge(document)) return local(source, document, settings, dropped);
  const doc = {
    uri: document.uri,
    version: document.version,
    text: document.getText(),
    options: source.cache.analyzeOptions(settings),
    dropped: dropped && (() => dropped() !== undefined),
  };
  return {
    version: document.version,
    positions: large.positionsOf(document),
    run: async (feature, ...args) => {
      try {
        const answer = await large.worker.run(doc, feature, ...args);
        for (const f of answer?.ruleFailures ?? []) source.cache.ruleFailures.report(f.code, document.uri, f.error);
        throwIfDropped(dropped);
        return answer?.result;
      } catch (error) {
        if (!(error instanceof WorkerUnavailable) || error.shuttingDown) throw error;
        source.log(`${error.message}; answering for ${document.uri} on the main thread.`);
        return local(source, document, settings, dropped).run(feature, ...args);
      }
    },
  };
}

function local(
  source: FeatureSource,
  document: TextDocument,
  settings: StrategySettings,
  dropped?: DropCheck,
): DocumentFeatures {
  const { analysis, positions } = source.cache.get(document, source.cache.analyzeOptions(settings));
  return {
    version: document.version,
    positions,
    run: async (feature, ...args) => {
      throwIfDropped(dropped);
      return runFeature(analysis, feature, args);
    },
  };
}

/** A document of a composed strategy: its own file's analysis, with the strategy's problems; completion and hover see every file. */
function composedFeatures(a: Across, version: number, dropped?: DropCheck): DocumentFeatures {
  const { strategy, file } = a;
  const analysis = strategy.files.get(file)!;
  const run = (feature: FeatureName, args: unknown[]): unknown => {
    if (feature === 'complete') return completeAcross(strategy, file, args[0] as number);
    if (feature === 'hover') return hoverAcross(strategy, file, args[0] as number) ?? null;
    if (feature === 'preview' && strategy.kind === 'composed') {
      // The whole strategy, whichever of its files is shown; elements name their file (data-file).
      const joined = joinStrategy(strategy);
      const render: PreviewRender = runFeature(joined.analysis, 'preview', args as FeatureArgs<'preview'>);
      const place = (html: string) => placeInFiles(joined, html);
      return { ...render, body: place(render.body), staleBanner: render.staleBanner && place(render.staleBanner) };
    }
    return runFeature(analysis, feature, args as never);
  };
  return {
    version,
    across: a,
    positions: a.positions(file),
    run: async (feature, ...args) => {
      throwIfDropped(dropped);
      return run(feature, args) as never;
    },
  };
}
