/**
 * Reading a phrase by its telling part when the whole of it finds nothing: people write `我们厂做芳纶纤维` or
 * `搞气凝胶保温毡`, where the directory has `对位芳纶` and `气凝胶及其制品`. The phrase is cut into the pieces that
 * carry meaning (the words the vocabulary knows, never what is done), and read again kept to one stretch of them,
 * longest first; the engine accepts such a reading only for a category whose own vocabulary also holds every piece
 * left out (`纤维` is in 高性能纤维及制品和复合材料), so `磁悬浮鼓风机` is not taken for maglev trains.
 */
import { isActivityWord } from './activity.js';
import { contentRuns, segmentRun } from './lexicon.js';

/** A piece of a phrase that carries meaning, where it stands, and which content run it belongs to. */
export interface Piece {
  text: string;
  start: number;
  end: number;
  run: number;
}

/** A shorter reading of a phrase: its text (what is done and the common words stay) and the pieces it leaves out. */
export interface ShorterReading {
  text: string;
  left: Piece[];
}

/** The pieces of `text` that carry meaning: its content runs cut into known words, without activity words or numbers. */
export function contentPieces(text: string, words: ReadonlySet<string>): Piece[] {
  const pieces: Piece[] = [];
  let cursor = 0;
  contentRuns(text).forEach((run, r) => {
    const at = text.indexOf(run, cursor);
    if (at < 0) return;
    cursor = at + run.length;
    let offset = at;
    for (const piece of /^\p{Script=Han}/u.test(run) ? segmentRun(run, words) : [run]) {
      if (!isActivityWord(piece) && !/^\d+$/u.test(piece))
        pieces.push({ text: piece, start: offset, end: offset + piece.length, run: r });
      offset += piece.length;
    }
  });
  return pieces;
}

/**
 * The readings of `text` kept to one stretch of consecutive pieces within a run (at least two characters), each
 * leaving the other pieces out; the longest stretches first, then from the start of the phrase.
 */
export function shorterReadings(text: string, pieces: readonly Piece[]): ShorterReading[] {
  const readings: Array<ShorterReading & { length: number }> = [];
  for (let a = 0; a < pieces.length; a++) {
    for (let b = a; b < pieces.length && pieces[b].run === pieces[a].run; b++) {
      if (a === 0 && b === pieces.length - 1) continue;
      let length = 0;
      for (let k = a; k <= b; k++) length += Array.from(pieces[k].text).length;
      if (length < 2) continue;
      const left = [...pieces.slice(0, a), ...pieces.slice(b + 1)];
      let reading = text;
      for (let k = left.length - 1; k >= 0; k--) reading = reading.slice(0, left[k].start) + reading.slice(left[k].end);
      readings.push({ text: reading, left, length });
    }
  }
  readings.sort((x, y) => y.length - x.length);
  return readings.map(({ text, left }) => ({ text, left }));
}
