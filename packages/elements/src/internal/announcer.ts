export type Politeness = 'polite' | 'assertive';

export interface AnnounceOptions {
  politeness?: Politeness;
  /** The language of the message, so a screen reader speaks it with the right voice. */
  lang?: string;
  /**
   * The element that speaks. While it is inside an open modal `<dialog>` (its own or the page's), the
   * message goes to a live region inside that dialog: the browser hides everything outside it from
   * assistive technology.
   */
  from?: Node;
}

/**
 * Speaks a message to screen-reader users through the page-wide live region of `live-region.ts`. Every
 * announcement follows something a person did, so the region's code is loaded with the first one rather
 * than with each element; announcements keep their order.
 */
export function announce(message: string, options?: AnnounceOptions): void {
  if (typeof document !== 'undefined') void import('./live-region.js').then((region) => region.speak(message, options));
}

/**
 * Takes back a polite announcement not yet spoken or now outdated ("Sender deg til ID-porten …" once
 * the login failed), so it is not read after the message that replaced it.
 */
export function silence(options?: Pick<AnnounceOptions, 'from'>): void {
  if (typeof document !== 'undefined') void import('./live-region.js').then((region) => region.hush(options?.from));
}
