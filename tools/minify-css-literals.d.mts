import type { Plugin } from 'esbuild';
export function minifyCss(text: string): string;
export function minifyCssLiterals(): Plugin;
