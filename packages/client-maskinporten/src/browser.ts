/**
 * What a browser bundle gets instead of the client. Maskinporten tokens prove who an organisation is;
 * its private key and the tokens belong on the service's backend, never in a page.
 */
throw new Error(
  '@felles/client-maskinporten runs on a server only: a Maskinporten private key and its tokens must never reach a browser. Import it from your backend code.',
);
