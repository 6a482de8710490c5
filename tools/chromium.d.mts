export function findChromium(): string | undefined;
export const chromiumHelp: string;
export const chromiumArgs: string[];
