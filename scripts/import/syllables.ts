/**
 * Whether words are Vietnamese syllables: the score by which the importer tells which decoding of a
 * file is right (a wrong one yields words such as "Hµ", "Vieät" or "HÃ ").
 */

const VOWELS = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ';
const TONED = /[àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/gu;
const SYLLABLE = new RegExp(`^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[${VOWELS}]{1,3}(ch|ng|nh|[cmnpt])?$`, 'u');

/** True for one Vietnamese syllable (any case): onset, one to three vowels, coda, at most one tone. */
export function isSyllable(word: string): boolean {
  const w = word.normalize('NFC').toLowerCase();
  return SYLLABLE.test(w) && (w.match(TONED)?.length ?? 0) <= 1;
}

/**
 * How Vietnamese a text reads: +1 for each word with a non-ASCII character that is a syllable, −1 for
 * each that is not (ASCII words say nothing about the encoding).
 */
export function vietnameseScore(text: string): number {
  let score = 0;
  for (const word of text.split(/[\s\d.,;:!?()[\]{}"'/\\|\-–—_+=*<>#&@%]+/u)) {
    if (!/[\u0080-\uffff]/.test(word)) continue;
    score += isSyllable(word) ? 1 : -1;
  }
  return score;
}
