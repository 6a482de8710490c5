/** Words written in lower case inside a Norwegian place name: "Mo i Rana", "Bogen i Ofoten". */
const inner = new Set(['i', 'på', 'ved', 'og']);

/**
 * A place name as people write it. Kartverket's address register and Enhetsregisteret give postal
 * places and municipalities in capitals ("OSLO", "MO I RANA", "AURSKOG-HØLAND"), which the demo shows
 * beside names in ordinary case: "Oslo", "Mo i Rana", "Aurskog-Høland", "Kristiansund N".
 */
export function placeName(name: string): string {
  return name
    .toLocaleLowerCase('nb')
    .split(' ')
    .map((word, index) =>
      index > 0 && inner.has(word)
        ? word
        : word.replace(/(^|-)(\p{L})/gu, (_, dash: string, letter: string) => dash + letter.toLocaleUpperCase('nb')),
    )
    .join(' ');
}
