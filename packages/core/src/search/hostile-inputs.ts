/**
 * Inputs that once cost a search seconds or more (issue 15): long runs of one separator, dots that NFKC multiplies,
 * unbalanced brackets, one item repeated. Each must give a well-formed answer; how long each takes is printed by
 * `npm run bench -- search`, never asserted in `hostile.test.ts`. Test data: not part of the published package.
 */
export const SLOW_INPUTS: Record<string, string> = {
  'ellipsis run': `a${'…'.repeat(4998)}b`,
  'dot run': `a${'.'.repeat(4998)}b`,
  'comma run': `软件${'，'.repeat(4990)}开发`,
  'open brackets': '（'.repeat(2500) + '）'.repeat(2500),
  'enumeration marks': `${'、'.repeat(4999)}x`,
  'one word repeated': '软件开发'.repeat(1250),
  'spaces between': `软${' '.repeat(4998)}件`,
  'one item repeated': '软件开发；（不含…）'.repeat(400),
};
