/** "a" or "an" before a word of a message, by how the word is said (`an hr leader`, `a pr leader`). */

/** Codes said letter by letter that start with a vowel sound. */
const SPELLED_WITH_VOWEL_SOUND = new Set(['hr', 'rnd', 'sms', 'faq', 'mba']);

export function withArticle(word: string): string {
  const vowelSound = /^[aeiou]/i.test(word) || SPELLED_WITH_VOWEL_SOUND.has(word.toLowerCase());
  return `${vowelSound ? 'an' : 'a'} ${word}`;
}
