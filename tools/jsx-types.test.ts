import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The JSX/TSX types of @felles/elements (generated from the manifest into dist/jsx-*.d.ts): the
 * fixtures in packages/elements/test-types use the tags in React, Preact and Vue. They must compile,
 * and each line under a `@ts-expect-error` must really be an error: the same fixtures with the
 * directives taken out must fail on exactly those lines.
 */
const dir = join(import.meta.dirname, '../packages/elements/test-types');
const fixtures = readdirSync(dir)
  .filter((file) => file.endsWith('.tsx'))
  .map((file) => join(dir, file));

function diagnostics(transform: (source: string) => string = (source) => source): readonly ts.Diagnostic[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(dir, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const host = ts.createCompilerHost(config.options);
  const read = host.readFile.bind(host);
  host.readFile = (file) => (fixtures.includes(file) ? transform(read(file)!) : read(file));
  const program = ts.createProgram(config.fileNames, config.options, host);
  return ts.getPreEmitDiagnostics(program);
}

const where = (d: ts.Diagnostic) => {
  const { line } = d.file!.getLineAndCharacterOfPosition(d.start!);
  return `${d.file!.fileName.split('/').pop()}:${line + 1}`;
};

/** Lines right under each directive, as `file:line`. */
const expectedLines = fixtures.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => (line.trim().startsWith('// @ts-expect-error') ? [`${file.split('/').pop()}:${i + 2}`] : [])),
);

describe('JSX types of the elements (React, Preact, Vue)', () => {
  it('has fixtures for each framework, each with wrong props', () => {
    expect(fixtures.map((f) => f.split('/').pop()).sort()).toEqual(['preact.tsx', 'react.tsx', 'vue.tsx']);
    expect(expectedLines.length).toBeGreaterThanOrEqual(11);
  });

  it('the fixtures type-check: right props pass, every wrong one is an error', () => {
    const found = diagnostics().map((d) => `${where(d)} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    expect(found).toEqual([]);
  }, 60_000);

  it('without the @ts-expect-error directives, exactly the wrong lines fail', () => {
    const found = diagnostics((source) => source.replace(/\/\/ @ts-expect-error.*/g, '// (directive taken out)'));
    expect([...new Set(found.map(where))].sort()).toEqual([...expectedLines].sort());
  }, 60_000);
});
