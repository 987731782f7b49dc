import { expect } from '@open-wc/testing';
import type { CategoryResult, SearchClause, SearchResult } from '@sixin/core/search';
import {
  CLAUSE_SHOWN_MAX,
  categoryRecord,
  directionRecord,
  groupResults,
  markMatch,
  queryOf,
  withQuery,
} from './search.model.js';

const marked = (clause: string, term: string) =>
  markMatch(clause, term)
    .map((p) => (p.mark ? `[${p.text}]` : p.text))
    .join('');

describe('search model: marking what matched', () => {
  it('marks every run the clause shares with the term, longest first', () => {
    expect(marked('人工智能应用软件开发', '人工智能软件开发')).to.equal('[人工智能]应用[软件开发]');
    expect(marked('信息系统集成服务', '信息系统集成实施服务'), 'adjacent runs read as one').to.equal(
      '[信息系统集成服务]',
    );
    expect(marked('软件开发', '新兴软件开发')).to.equal('[软件开发]');
    expect(marked('6513', '6513 应用软件开发')).to.equal('[6513]');
  });

  it('marks nothing for a lone shared character, or when the term is not in the clause at all (pinyin)', () => {
    expect(marked('食品销售', '信息服务')).to.equal('食品销售');
    expect(marked('rgzn', '人工智能')).to.equal('rgzn');
    expect(marked('餐饮服务', '')).to.equal('餐饮服务');
  });

  it('uses each character of the term once, so a repeated word is marked once', () => {
    expect(marked('软件软件', '软件')).to.equal('[软件]软件');
  });

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    expect(marked('𠀀软件开发', '软件')).to.equal('𠀀[软件]开发');
  });

  it('cuts a clause too long to show, with an ellipsis', () => {
    const parts = markMatch('软'.repeat(CLAUSE_SHOWN_MAX + 50), '软件');
    expect(parts.map((p) => p.text).join('')).to.equal(`${'软'.repeat(CLAUSE_SHOWN_MAX)}…`);
  });
});

const clause = (text: string, licensed = false): SearchClause => ({
  text,
  licensed,
  qualifiers: [],
  generic: false,
  matches: [],
});
const software = { id: '1.3/xinxing-ruanjian-kaifa', name: '新兴软件开发', inferred: false };
const it1 = { id: '1', code: '1', name: '新一代信息技术产业' };

function category(id: string, parent: typeof it1, rest: Partial<CategoryResult> = {}): CategoryResult {
  return {
    id,
    code: id,
    name: `分类 ${id}`,
    level: 2,
    parent,
    directions: [],
    industries: [],
    score: 0.8,
    strength: 'strong',
    reasons: [],
    ...rest,
  };
}

describe('search model: grouping results', () => {
  const result: SearchResult = {
    query: '软件开发；材料',
    kind: 'text',
    clauses: [clause('软件开发'), clause('互联网信息服务', true)],
    categories: [
      category('1.3', it1, {
        directions: [software],
        industries: [{ code: '6513', name: '应用软件开发', partial: true }],
        reasons: [
          {
            clauseIndex: 0,
            clause: '软件开发',
            term: '新兴软件开发',
            source: 'direction',
            direction: software,
            score: 0.8,
            possible: false,
          },
          {
            clauseIndex: 0,
            clause: '软件开发',
            term: '应用软件开发',
            source: 'industry',
            direction: software,
            industry: { code: '6513', name: '应用软件开发', partial: true },
            score: 0.6,
            possible: true,
          },
          // The same clause and term again (another class of the same direction): shown once.
          {
            clauseIndex: 0,
            clause: '软件开发',
            term: '新兴软件开发',
            source: 'direction',
            direction: software,
            score: 0.5,
            possible: false,
          },
          { clauseIndex: 1, clause: '互联网信息服务', term: '1.3 分类', source: 'code', score: 0.5, possible: false },
        ],
      }),
      category('3.1', { id: '3', code: '3', name: '新材料产业' }),
      category('1.5', it1),
    ],
    unmatched: [],
    notFound: false,
  };

  it('puts level-2 categories under their level-1 industry, in the order of each group’s best result', () => {
    const groups = groupResults(result);
    expect(groups.map((g) => [g.parent.id, g.categories.map((c) => c.category.id)])).to.deep.equal([
      ['1', ['1.3', '1.5']],
      ['3', ['3.1']],
    ]);
  });

  it('sorts the clauses of a category under the direction they matched, with its classes, without repeats', () => {
    const [view] = groupResults(result)[0].categories;
    expect(view.directions).to.have.length(1);
    const [direction] = view.directions;
    expect(direction.reasons.map((r) => [r.clause.text, r.term])).to.deep.equal([
      ['软件开发', '新兴软件开发'],
      ['软件开发', '应用软件开发'],
    ]);
    expect(direction.industries).to.deep.equal([{ code: '6513', name: '应用软件开发', partial: true }]);
    expect(view.reasons.map((r) => [r.clause.text, r.clause.licensed, r.source])).to.deep.equal([
      ['互联网信息服务', true, 'code'],
    ]);
  });

  it('describes results as directory records for sixin-select', () => {
    const [view] = groupResults(result)[0].categories;
    expect(categoryRecord(view.category)).to.deep.equal({
      id: '1.3',
      code: '1.3',
      level: 2,
      name: '分类 1.3',
      parent: '1',
      industries: [{ code: '6513', name: '应用软件开发', partial: true }],
    });
    expect(directionRecord(view.directions[0], view.category)).to.deep.equal({
      id: '1.3/xinxing-ruanjian-kaifa',
      code: null,
      level: 3,
      name: '新兴软件开发',
      parent: '1.3',
      status: 'official',
      industries: [{ code: '6513', name: '应用软件开发', partial: true }],
    });
  });
});

describe('search model: the query in the URL', () => {
  it('reads and writes q, keeping the other parameters and the hash', () => {
    const href = withQuery('https://example.gov.cn/search/?lang=zh#top', '软件开发；信息系统集成服务');
    expect(new URL(href).searchParams.get('lang')).to.equal('zh');
    expect(new URL(href).hash).to.equal('#top');
    expect(queryOf(href)).to.equal('软件开发；信息系统集成服务');
    expect(withQuery(href, '')).to.equal('https://example.gov.cn/search/?lang=zh#top');
    expect(queryOf('https://example.gov.cn/search/')).to.equal('');
    expect(queryOf('https://example.gov.cn/search/?q=a%26b%3Dc')).to.equal('a&b=c');
  });
});
