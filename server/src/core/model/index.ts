/** The model and the domain facts read from it; rules, features and the renderer all stand on these. */
export type * from './types';
export { buildModel, itemAnchor, value } from './build';
export { allItems, itemsById, roleCatalog } from './catalogue';
export { closest, levenshtein } from './closest';
export { coveredIds, isCovered, isExposed } from './exposure';
export { nextReview } from './review';
