/** Public API of the message templates. */
export { TEMPLATE_IDS, templateIds, type TemplateId } from './ids';
export { renderTemplate, renderCustom, messagesFor, fitsOrder, fitsVerdict, isTemplateId, type MessagesForOptions } from './render';
export { checkAmazonCompliance, type ComplianceProblem, type ComplianceResult } from './compliance';
export { TEMPLATES, ALL_TEMPLATES, languagesOf, promisedLanguages } from './library';
export { formatDate } from './dates';
export { sanitizeValue, MAX_VALUE_LENGTH } from './sanitize';
export { LANGUAGES, PLACEHOLDERS, type Language, type Placeholder, type MessageTemplate, type TemplateValues } from './types';
