/** `npm run privacy:doc`: writes PRIVACY.md from src/privacy/policy.ts (the page in the extension renders the same source). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { policyMarkdown } from '../src/privacy/policy';

const out = join(import.meta.dirname, '..', 'PRIVACY.md');
writeFileSync(out, policyMarkdown());
console.log(`wrote ${out}`);
