/** Writes docs/rules.md from the rule tables. Run: npx tsx scripts/rules-doc.ts */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderRulesDoc } from '../src/rules/doc';

const target = fileURLToPath(new URL('../docs/rules.md', import.meta.url));
writeFileSync(target, renderRulesDoc());
console.log(`wrote ${target}`);
