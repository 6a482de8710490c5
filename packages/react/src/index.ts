/**
 * React components for every Felles element, generated from the elements' custom-elements.json.
 * Import one from its own entry (`@felles/react/address-lookup`) to register only that element.
 */
export * from './generated/index.js';
