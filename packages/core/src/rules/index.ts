/** Browser-safe part of the eligibility rules: types, validation of the YAML text, and the engine. */
export * from './types.js';
export {
  AnswerError,
  contextFromSearch,
  RulesError,
  enumeratePaths,
  evaluate,
  firstFittingRule,
  nextQuestion,
  ruleFits,
  suggestedOption,
  walk,
  type AnsweredStep,
  type Answers,
  type Because,
  type CheckContext,
  type CheckResult,
  type CitationRef,
  type MeasureOutcome,
  type Walk,
} from './engine.js';
export { engineErrorMessage, type EngineMessageCode } from './engine-messages.js';
export { assembleRules, RULES_FILES, type RulesInput, type RulesResult } from './validate.js';
export { RULES_ITEM_SCHEMAS } from './schema.js';
