/** The editor keywords the shipped schema carries for hover and completion (data, no Ajv). */

/** Editor keywords the schema carries for hover and completion; Ajv's strict mode must know them. */
export const EDITOR_KEYWORDS = [
  'markdownDescription',
  'defaultSnippets',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'deprecationMessage',
  'errorMessage',
  'doNotSuggest',
  'suggestSortText',
] as const;
