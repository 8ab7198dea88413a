/** Writes docs/reader-coverage.md from the readers' word tables. Run: npm run readers:doc */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderCoverageDoc } from '../src/platforms/coverage-doc';

const target = fileURLToPath(new URL('../docs/reader-coverage.md', import.meta.url));
writeFileSync(target, renderCoverageDoc());
console.log(`wrote ${target}`);
