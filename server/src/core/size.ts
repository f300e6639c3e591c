/** The size limit (`strategy.maxFileSize`, `--max-file-size`), counted in UTF-8 bytes in plain TypeScript (core runs in browsers too). */

/** The text's length in UTF-8 bytes (a lone surrogate counts 3, as its replacement character). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The text's size in bytes when it is over the limit, else undefined (cheap for texts far below it). */
export function oversize(text: string, limit: number): number | undefined {
  if (text.length * 3 <= limit) return undefined; // a UTF-16 unit is at most 3 bytes
  const size = utf8Length(text);
  return size > limit ? size : undefined;
}
