import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentPieces, shorterReadings } from './backoff.js';

const WORDS = new Set(['芳纶', '纤维', '保温', '凝胶', '航空']);

describe('shorter readings of a phrase', () => {
  it('cuts the content into known words, leaving out what is done and the common words', () => {
    assert.deepEqual(
      contentPieces('我们厂做芳纶纤维', WORDS).map((p) => p.text),
      ['芳纶', '纤维'],
    );
    assert.deepEqual(
      contentPieces('芳纶纤维研发', WORDS).map((p) => p.text),
      ['芳纶', '纤维'],
    );
  });

  it('keeps one stretch of pieces, longest first, and says which pieces each leaves out', () => {
    const text = '我们厂做芳纶纤维';
    const readings = shorterReadings(text, contentPieces(text, WORDS));
    assert.deepEqual(
      readings.map((r) => [r.text, r.left.map((p) => p.text)]),
      [
        ['我们厂做芳纶', ['纤维']],
        ['我们厂做纤维', ['芳纶']],
      ],
    );
  });

  it('never keeps a single character alone, nor the whole phrase', () => {
    const text = '气凝胶保温';
    const kept = shorterReadings(text, contentPieces(text, WORDS)).map((r) => r.text);
    assert.ok(!kept.includes('气'));
    assert.ok(!kept.includes(text));
    assert.deepEqual(kept.slice(0, 2), ['凝胶保温', '气凝胶']);
  });
});
