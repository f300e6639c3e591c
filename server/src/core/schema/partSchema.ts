/** The schema of a part of a strategy, and the editor keywords of the shipped schema (data, no Ajv). */
import schema from '../../../../schemas/strategy.schema.json';

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

/** A part of a strategy across files: `part-of` (required) and at most `roles` and `conversations`. */
export const PART_SCHEMA = {
  $id: 'https://strategy-as-code.dev/schemas/strategy-part.schema.json',
  title: 'Strategy as Code: part of a strategy',
  type: 'object',
  additionalProperties: false,
  required: ['part-of'],
  properties: {
    'part-of': {
      description: "The root strategy file this part belongs to, relative to this file's folder.",
      type: 'string',
      minLength: 1,
    },
    roles: { $ref: `${(schema as { $id: string }).$id}#/properties/roles` },
    conversations: { $ref: `${(schema as { $id: string }).$id}#/properties/conversations` },
  },
} as const;
