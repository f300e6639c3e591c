/** The walk `strategy check` of a folder does lives in server/src/node/files.ts, shared with the language server's workspace index. */
export { findStrategyFiles, reason, STRATEGY_FILE, type FoundFiles } from '../node/files';
