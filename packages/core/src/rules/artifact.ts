import { ContentError } from '../content/problems.js';
import type { Artifact } from '../node/artifacts.js';
import type { LoadedContent } from '../node/load.js';
import type { RulesData } from './types.js';

/**
 * `rules.json`: the validated eligibility rules with the titles of every clause they cite, which is all the checker
 * element needs (it links each citation to `/policy/#clause-4-2`), stamped with the directory revision it answers
 * against, when one has been released.
 */
export const rulesArtifact: Artifact = {
  file: 'rules.json',
  description: 'the eligibility questions, measures and outcomes, with the titles of the clauses they cite',
  build(ctx): RulesData {
    const rules = (ctx.result as LoadedContent).rules;
    if (!rules) {
      throw new ContentError([
        {
          code: 'rules-file-missing',
          file: `${ctx.contentDir}/rules`,
          params: { path: `${ctx.contentDir}/rules/questions.yaml` },
        },
      ]);
    }
    // The directory revision the checker answers against: it names it with the result and in the shared link.
    return ctx.revision ? { ...rules, revision: ctx.revision } : rules;
  },
};
