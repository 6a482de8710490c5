// Regenerates src/generated/enhetsregisteret.ts from Brønnøysundregistrene's OpenAPI 3 document.
import { readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';

const root = new URL('../', import.meta.url);
const document = JSON.parse(await readFile(new URL('openapi/enhetsregisteret.json', root), 'utf8'));
const ast = await openapiTS(document, { alphabetize: false });
const banner = `/**
 * Generated from openapi/enhetsregisteret.json (${document.info.title} ${document.info.version}) by scripts/generate.mjs.
 * Do not edit: run \`npm run generate -w @felles/client-enhetsregisteret\`.
 */\n\n`;
await writeFile(new URL('src/generated/enhetsregisteret.ts', root), banner + astToString(ast));
console.log('Wrote src/generated/enhetsregisteret.ts');
