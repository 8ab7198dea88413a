/** The rules API (architecture.md §3.1 — contract) plus the data other parts and the docs need. */
export { evaluate, RULESET_VERSION } from './engine';
export { DEFAULT_SETTINGS, SETTING_DEFS, resolveSettings, type SettingDef } from './settings';
export { ALL_RULES, RULE_TABLES } from './tables';
export type { Rule, RuleConditions } from './rule';
export * from './types';
