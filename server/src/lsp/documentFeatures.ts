/**
 * The features of one version of an open document, wherever its analysis lives: the server's own
 * (shared with diagnostics, one per version) for a small document, the worker's for a large one.
 * Either way a handler gets the same plain results and maps offsets with `positions`.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextPositions } from './convert';
import type { AnalysisCache } from './documentCache';
import type { LargeDocuments } from './largeDocuments';
import type { SettingsSource, StrategySettings } from './settings';
import { runFeature, type FeatureArgs, type FeatureName, type FeatureResult } from './worker/features';
import { WorkerUnavailable } from './worker/workerClient';
import { completeAcross, hoverAcross } from '../core/features/across/view';
import { acrossAt, type Across } from './features/across';
import type { StrategyWorkspace } from './workspace/workspace';

export interface DocumentFeatures {
  positions: TextPositions;
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

/** The features of the document's current version; undefined for a document that is not open. */
export async function documentFeatures(source: FeatureSource, uri: string): Promise<DocumentFeatures | undefined> {
  const across = await acrossAt(source, uri);
  if (across) return composedFeatures(across);
  const settings = await source.settings.get(uri);
  const document = source.documents.get(uri);
  return document && featuresOf(source, document, settings);
}

/** The features of this version under these settings; throws what the analysis throws (small documents). */
export function featuresOf(source: FeatureSource, document: TextDocument, settings: StrategySettings): DocumentFeatures {
  const large = source.largeDocuments;
  if (!large || !large.isLarge(document)) return local(source, document, settings);
  const doc = { uri: document.uri, version: document.version, text: document.getText(), options: source.cache.analyzeOptions(settings) };
  return {
    positions: large.positionsOf(document),
    run: async (feature, ...args) => {
      try {
        const answer = await large.worker.run(doc, feature, ...args);
        for (const f of answer?.ruleFailures ?? []) source.cache.ruleFailures.report(f.code, document.uri, f.error);
        return answer?.result;
      } catch (error) {
        if (!(error instanceof WorkerUnavailable) || error.shuttingDown) throw error;
        source.log(`${error.message}; answering for ${document.uri} on the main thread.`);
        return local(source, document, settings).run(feature, ...args);
      }
    },
  };
}

function local(source: FeatureSource, document: TextDocument, settings: StrategySettings): DocumentFeatures {
  const { analysis, positions } = source.cache.get(document, settings);
  return { positions, run: async (feature, ...args) => runFeature(analysis, feature, args) };
}

/** A document of a composed strategy: its own file's analysis, with the strategy's problems; completion and hover see every file. */
function composedFeatures(a: Across): DocumentFeatures {
  const { strategy, file } = a;
  const analysis = strategy.files.get(file)!;
  const run = (feature: FeatureName, args: unknown[]): unknown => {
    if (feature === 'complete') return completeAcross(strategy, file, args[0] as number);
    if (feature === 'hover') return hoverAcross(strategy, file, args[0] as number) ?? null;
    if (feature === 'diagnostics') return a.composer.diagnostics(strategy, file);
    return runFeature(analysis, feature, args as never);
  };
  return { positions: a.positions(file), run: async (feature, ...args) => run(feature, args) as never };
}
