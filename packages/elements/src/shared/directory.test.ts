import { expect } from '@open-wc/testing';
import { DataError, parseDirectory } from './directory.js';
import type { DataProblem } from './strings.js';
import { dataMessage } from '../test-support/catalogs.js';
import { fixtureData } from '../test-support/helpers.js';

/** The problem parseDirectory reports for `value`, or undefined when it accepts it. */
function problemOf(value: unknown): DataProblem | undefined {
  try {
    parseDirectory(value);
    return undefined;
  } catch (error) {
    if (error instanceof DataError) return error.problem;
    throw error;
  }
}

describe('parseDirectory', () => {
  it('accepts the fixture, and minimal records without optional fields', async () => {
    expect(problemOf(await fixtureData())).to.equal(undefined);
    expect(
      problemOf({
        categories: [
          { id: '1', code: '1', level: 1, name: '新一代信息技术产业' },
          { id: '1.1', code: '1.1', level: 2, name: '下一代信息网络产业', parent: '1' },
        ],
      }),
    ).to.equal(undefined);
  });

  it('names the category and the field that is wrong, in both languages', () => {
    const problem = problemOf({ categories: [{ id: '1', code: 1, level: 1, name: '新一代信息技术产业' }] })!;
    expect(problem).to.deep.equal({ code: 'bad-field', params: { category: '“1”', field: 'code', expected: 'text-or-null' } });
    expect(dataMessage('zh-CN', problem)).to.equal('分类 “1” 的 code 字段有误：应为文字或 null。');
    expect(dataMessage('en', problem)).to.equal('Category “1” has a bad "code": expected text or null.');
  });

  it('numbers a category that has no usable id', () => {
    expect(problemOf({ categories: [{ id: '1', code: '1', level: 1, name: 'a' }, { name: 'b' }] })).to.deep.equal({
      code: 'bad-field',
      params: { category: '#2', field: 'id', expected: 'text' },
    });
  });

  it('rejects what is not a directory, and items that are not objects', () => {
    for (const value of [null, 42, 'categories', [], { categories: {} }]) {
      expect(problemOf(value)?.code, JSON.stringify(value)).to.equal('not-directory');
    }
    expect(problemOf({ categories: [null] })).to.deep.equal({ code: 'category-not-object', params: { index: 1 } });
  });

  it('checks the links between categories', () => {
    const root = { id: '1', code: '1', level: 1, name: 'a', parent: null };
    expect(problemOf({ categories: [root, { ...root }] })).to.deep.equal({ code: 'duplicate-id', params: { id: '1' } });
    expect(problemOf({ categories: [{ id: '1.1', code: '1.1', level: 2, name: 'b', parent: '1' }] })).to.deep.equal({
      code: 'unknown-parent',
      params: { id: '1.1', parent: '1' },
    });
    expect(problemOf({ categories: [{ ...root, children: ['1.9'] }] })).to.deep.equal({
      code: 'unknown-child',
      params: { id: '1', child: '1.9' },
    });
    expect(
      problemOf({
        categories: [
          { ...root, children: ['2.1'] },
          { id: '2', code: '2', level: 1, name: 'c', parent: null },
          { id: '2.1', code: '2.1', level: 2, name: 'd', parent: '2' },
        ],
      }),
    ).to.deep.equal({ code: 'child-mismatch', params: { id: '1', child: '2.1', parent: '2' } });
    expect(problemOf({ categories: [{ ...root, level: 2 }] })).to.deep.equal({
      code: 'bad-level',
      params: { id: '1', level: 2, parent: '—', parentLevel: 0 },
    });
  });

  it('checks industry classes, status and word lists', () => {
    const base = { id: '1', code: '1', level: 1, name: 'a' };
    expect(problemOf({ categories: [{ ...base, industries: [{ code: '6513' }] }] })?.params.field).to.equal('industries');
    expect(problemOf({ categories: [{ ...base, status: 'draft' }] })?.params.field).to.equal('status');
    expect(problemOf({ categories: [{ ...base, keywords: [1] }] })?.params.field).to.equal('keywords');
  });

  it('has a message for every problem in both languages', () => {
    const codes: DataProblem['code'][] = [
      'network',
      'http',
      'not-json',
      'not-directory',
      'category-not-object',
      'bad-field',
      'duplicate-id',
      'unknown-parent',
      'unknown-child',
      'child-mismatch',
      'bad-level',
      'list-item-without-id',
      'list-too-deep',
    ];
    for (const code of codes) {
      const params = { url: 'u', status: 500, index: 1, category: 'c', field: 'f', expected: 'text', id: 'i', parent: 'p' };
      const problem = { code, params: { ...params, child: 'c', level: 2, parentLevel: 1, position: 3, name: 'n' } };
      for (const lang of ['zh-CN', 'en'] as const) {
        const message = dataMessage(lang, problem);
        expect(message, `${lang} ${code}`).to.be.a('string').and.not.contain('undefined');
      }
    }
  });
});
