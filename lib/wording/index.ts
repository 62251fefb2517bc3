/** People's words for Whale Lens: one module for the popup, badge, dialog, toolbar badge and CLI. Pure. */
export * from './format';
export * from './thresholds';
export * from './verdict';
export * from './nextStep';
export * from './evidence';
export * from './errors';
