export type Politeness = 'polite' | 'assertive';

export interface AnnounceOptions {
  politeness?: Politeness;
  /** The language of the message, so a screen reader speaks it with the right voice. */
  lang?: string;
}

/**
 * Speaks a message to screen-reader users through the page-wide live region of `live-region.ts`. Every
 * announcement follows something a person did, so the region's code is loaded with the first one rather
 * than with each element; announcements keep their order.
 */
export function announce(message: string, options?: AnnounceOptions): void {
  if (typeof document !== 'undefined') void import('./live-region.js').then((region) => region.speak(message, options));
}
