/** Must equal `PROPERTIES_ATTRIBUTE` in @felles/elements/hydrate.js, which reads what this package writes. */
export const PROPERTIES_ATTRIBUTE = 'data-felles-properties';
