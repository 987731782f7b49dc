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
    expect(problem).to.deep.equal({ code: 'bad-field', params: { category: '“1”', field: 'code', expected: 'code' } });
    expect(dataMessage('zh-CN', problem)).to.equal('分类 “1” 的 code 字段有误：应为分类代码（如 1、1.3）或 null。');
    expect(dataMessage('en', problem)).to.equal(
      'Category “1” has a bad "code": expected a category code (such as 1 or 1.3) or null.',
    );
  });

  it('numbers a category that has no usable id', () => {
    expect(problemOf({ categories: [{ id: '1', code: '1', level: 1, name: 'a' }, { name: 'b' }] })).to.deep.equal({
      code: 'bad-field',
      params: { category: '#2', field: 'id', expected: 'category-id' },
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
    expect(problemOf({ categories: [{ ...root, id: '1.1', code: '1.1', level: 2 }] })).to.deep.equal({
      code: 'bad-level',
      params: { id: '1.1', level: 2, parent: '—', parentLevel: 0 },
    });
  });

  it('checks industry classes, status and word lists', () => {
    const base = { id: '1', code: '1', level: 1, name: 'a' };
    expect(problemOf({ categories: [{ ...base, industries: [{ code: '6513' }] }] })?.params.field).to.equal(
      'industries',
    );
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
      'parent-order',
      'duplicate-child',
      'too-many',
      'too-large',
      'timeout',
      'unexpected',
      'list-item-without-id',
      'list-too-deep',
    ];
    for (const code of codes) {
      const params = {
        url: 'u',
        status: 500,
        index: 1,
        category: 'c',
        field: 'f',
        expected: 'text',
        id: 'i',
        parent: 'p',
      };
      const more = { what: 'categories', limit: 5000, megabytes: 8, seconds: 60 };
      const problem = {
        code,
        params: { ...params, ...more, child: 'c', level: 2, parentLevel: 1, position: 3, name: 'n' },
      };
      for (const lang of ['zh-CN', 'en'] as const) {
        const message = dataMessage(lang, problem);
        expect(message, `${lang} ${code}`).to.be.a('string').and.not.contain('undefined');
      }
    }
  });

  it('accepts ids only in the form of their level, so no id from data can become markup, a URL or a key of Object', () => {
    const level1 = { code: '1', level: 1, name: 'a' };
    for (const id of [
      'javascript:alert(1)',
      '//evil.example/x',
      '1/../../x',
      '__proto__',
      'constructor',
      '1.3',
      '01',
      ' 1',
      '1.3/X',
    ]) {
      expect(problemOf({ categories: [{ ...level1, id }] }), id).to.deep.equal({
        code: 'bad-field',
        params: { category: `“${id}”`, field: 'id', expected: 'category-id' },
      });
    }
    const parent = { id: '1', ...level1 };
    expect(
      problemOf({ categories: [parent, { id: '1.1/slug', code: null, level: 2, name: 'b', parent: '1' }] })?.params
        .field,
    ).to.equal('id');
    expect(problemOf({ categories: [{ ...parent, code: 'javascript:x' }] })?.params.field).to.equal('code');
    expect(
      problemOf({ categories: [{ ...parent, industries: [{ code: '65<b>', name: 'x' }] }] })?.params.field,
    ).to.equal('industries');
  });

  it('refuses a child listed twice, which would multiply its whole subtree', () => {
    const categories = [
      { id: '1', code: '1', level: 1, name: 'a', children: ['1.1', '1.1'] },
      { id: '1.1', code: '1.1', level: 2, name: 'b', parent: '1', children: [] },
    ];
    const problem = problemOf({ categories })!;
    expect(problem).to.deep.equal({ code: 'duplicate-child', params: { id: '1', child: '1.1' } });
    expect(dataMessage('zh-CN', problem)).to.equal('分类“1”的下级“1.1”列了不止一次。');
  });

  it('refuses a parent that comes after its child, so the data is always a tree read top to bottom', () => {
    const categories = [
      { id: '1.1', code: '1.1', level: 2, name: 'b', parent: '1' },
      { id: '1', code: '1', level: 1, name: 'a' },
    ];
    expect(problemOf({ categories })).to.deep.equal({ code: 'parent-order', params: { id: '1.1', parent: '1' } });
  });

  it('refuses data far larger than the directory, with a named problem', () => {
    const many = Array.from({ length: 5001 }, (_, i) => ({
      id: String(i + 1),
      code: String(i + 1),
      level: 1,
      name: 'x',
    }));
    expect(problemOf({ categories: many })).to.deep.equal({
      code: 'too-many',
      params: { what: 'categories', limit: 5000 },
    });
    const industries = Array.from({ length: 10001 }, () => ({ code: '6513', name: '应用软件开发' }));
    const two = [1, 2].map((n) => ({ id: String(n), code: String(n), level: 1, name: 'x', industries }));
    const problem = problemOf({ categories: two })!;
    expect(problem).to.deep.equal({ code: 'too-many', params: { what: 'industries', limit: 20000 } });
    expect(dataMessage('en', problem)).to.equal(
      'The data has more than 20000 industry classes: it is not this directory.',
    );
  });

  it('returns a checked copy: own fields only, nothing from the data that it did not check, and no href from data', () => {
    const record = {
      id: '1',
      code: '1',
      level: 1,
      name: 'a',
      href: 'javascript:alert(1)',
      products: [{ items: ['x'] }],
      extra: '<b>',
    };
    const [copy] = parseDirectory({ categories: [record] }).categories;
    expect(copy).to.not.equal(record);
    expect(Object.keys(copy!).sort()).to.deep.equal([
      'aliases',
      'children',
      'code',
      'id',
      'industries',
      'initials',
      'keywords',
      'level',
      'name',
      'parent',
      'status',
    ]);
    expect(copy).to.deep.include({
      id: '1',
      code: '1',
      level: 1,
      name: 'a',
      parent: null,
      status: 'official',
      industries: [],
      keywords: [],
    });
  });

  it('reads no field from a prototype that another script on the page changed', () => {
    const proto = Object.prototype as Record<string, unknown>;
    const polluted = { children: ['1.9'], status: 'inferred', parent: '9', level: 3, partial: true, keywords: ['x'] };
    Object.assign(proto, polluted);
    try {
      const { categories } = parseDirectory({
        categories: [{ id: '1', code: '1', level: 1, name: 'a', industries: [{ code: '6513', name: '应用软件开发' }] }],
      });
      expect(categories[0]).to.deep.include({ parent: null, status: 'official', keywords: [], children: [] });
      expect(categories[0]!.industries![0]).to.deep.equal({ code: '6513', name: '应用软件开发', partial: false });
    } finally {
      for (const key of Object.keys(polluted)) delete proto[key];
    }
  });
});
