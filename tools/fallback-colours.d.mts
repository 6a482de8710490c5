/** The source of packages/elements/src/internal/fallback-colours.ts, from @digdir/designsystemet-theme. */
export function fallbackColoursSource(): string;
