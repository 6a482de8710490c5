// Regenerates src/generated/adresser.ts from Kartverket's Swagger 2.0 document.
// openapi-typescript 7 reads only OpenAPI 3, so the document is converted first.
import { readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';
import swagger2openapi from 'swagger2openapi';

const root = new URL('../', import.meta.url);
const swagger = JSON.parse(await readFile(new URL('openapi/adresser.json', root), 'utf8'));
const { openapi } = await swagger2openapi.convertObj(swagger, { patch: true, warnOnly: true });
const ast = await openapiTS(openapi, { alphabetize: false });
const banner = `/**
 * Generated from openapi/adresser.json (${swagger.info.title} ${swagger.info.version}) by scripts/generate.mjs.
 * Do not edit: run \`npm run generate -w @felles/client-adresser\`.
 */\n\n`;
await writeFile(new URL('src/generated/adresser.ts', root), banner + astToString(ast));
console.log('Wrote src/generated/adresser.ts');
