/*
 * Every Felles element, registered in the server's custom element registry (Lit's DOM shim), so that
 * @lit-labs/ssr finds the class behind each tag. The only module here with a side effect.
 */
import '@felles/elements/all.js';
