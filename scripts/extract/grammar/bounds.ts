/**
 * How far the extractor ever looks, and a meter that proves it.
 *
 * Every fact is read from one sentence, and what a number means is decided by the clause it
 * stands in. Scraped text does not always give sentences an end: a pdf dump or a page with its
 * punctuation lost can be one line of megabytes. If each number looked back over its whole
 * clause or sentence, and each sentence could be the whole document, the cost would grow with
 * the square (or, where a subject borrows its neighbour's, the cube) of the document's length.
 * So every scan is bounded by what a sentence or clause of real prose can be, and the text is
 * cut into sentences no longer than that. With both bounds, the work per character is at most
 * a constant and extraction is linear in the size of its input.
 *
 * The bounds are far above what prose needs (measured over the five seeds: the longest sentence
 * is 205 characters, the longest run from a clause break to a number 64, from a number to the
 * next clause break 40), so they only ever act on text that has lost its punctuation.
 */

/**
 * The longest sentence: an unterminated run is cut at its last clause break (，、；：) or space
 * before this length, else at the last place that does not split a number from its unit. A
 * quote longer than this would not be read as one statement anyway.
 */
export const MAX_SENTENCE = 300;

/**
 * How far from a number the grammar looks for its clause, either way: a subject, a hedge, a
 * growth cue, a period or the noun after it. Chinese clauses between two commas run to a few
 * dozen characters; a subject is kept to 24 (MAX_LENGTH in subject.ts).
 */
export const CLAUSE_WINDOW = 100;

/**
 * Units of work: characters handed to the extractor's scanning steps (each is linear in what it
 * is given) and candidates compared. Tests read it to show that the work for 4n characters is
 * about four times the work for n; nothing in the pipeline depends on it.
 */
export const workMeter = { units: 0 };

export function charge(units: number): void {
  workMeter.units += units;
}
