import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CsvParser, sniffDelimiter, type CsvRecord } from './csv.js';

function parseAll(text: string, chunks: number[] = [text.length], options = {}): CsvRecord[] {
  const parser = new CsvParser(options);
  const out: CsvRecord[] = [];
  let at = 0;
  for (const size of chunks) {
    out.push(...parser.push(text.slice(at, at + size)));
    at += size;
  }
  out.push(...parser.push(text.slice(at)), ...parser.end());
  return out;
}

const SAMPLE = 'id,经营范围\r\n1,"软件开发，信息系统集成服务"\r\n2,"他说""好""\n第二行"\n3,plain\r4,"末尾"';

describe('CsvParser', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, and every line end', () => {
    const records = parseAll(SAMPLE);
    assert.deepEqual(
      records.map((r) => r.fields),
      [
        ['id', '经营范围'],
        ['1', '软件开发，信息系统集成服务'],
        ['2', '他说"好"\n第二行'],
        ['3', 'plain'],
        ['4', '末尾'],
      ],
    );
    assert.deepEqual(
      records.map((r) => r.row),
      [1, 2, 3, 4, 5],
    );
    assert.ok(records.every((r) => !r.problem));
  });

  it('gives the same records however the text is cut into chunks', () => {
    const whole = parseAll(SAMPLE).map((r) => r.fields);
    for (let cut = 1; cut < SAMPLE.length; cut++)
      assert.deepEqual(
        parseAll(SAMPLE, [cut]).map((r) => r.fields),
        whole,
        `cut at ${cut}`,
      );
    assert.deepEqual(
      parseAll(SAMPLE, Array(SAMPLE.length).fill(1)).map((r) => r.fields),
      whole,
      'one character at a time',
    );
  });

  it('sniffs tab, semicolon and bar delimiters from the header, outside quotes', () => {
    assert.equal(sniffDelimiter('统一社会信用代码\t经营范围\t成立日期'), '\t');
    assert.equal(sniffDelimiter('a;b;"c,d,e"'), ';');
    assert.equal(sniffDelimiter('a|b|c'), '|');
    assert.equal(sniffDelimiter('经营范围'), ',');
    assert.deepEqual(
      parseAll('a\tb\r\n1\t"x\ty"\r\n').map((r) => r.fields),
      [
        ['a', 'b'],
        ['1', 'x\ty'],
      ],
    );
  });

  it('reports a quote left open at the end of the file on the record it swallowed', () => {
    const records = parseAll('a,b\n1,"never closed\n2,x\n');
    assert.equal(records.length, 2);
    assert.equal(records[1].problem, 'unclosed-quote');
    assert.equal(records[1].row, 2);
  });

  it('cuts a record longer than the limit, reports it, and reads on from the next line', () => {
    const long = 'x'.repeat(500);
    const records = parseAll(`a,b\n1,"${long}\n2,ok\n`, [10, 100, 300], { maxRecordChars: 200 });
    assert.deepEqual(
      records.map((r) => [r.row, r.problem ?? r.fields.join('|')]),
      [
        [1, 'a|b'],
        [2, 'too-long'],
        [3, '2|ok'],
      ],
    );
  });

  it('refuses a delimiter it does not know', () => {
    assert.throws(() => new CsvParser({ delimiter: 'x' }), /delimiter must be one of/);
  });
});
