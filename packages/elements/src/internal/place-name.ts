/** Words written in lower case inside a Norwegian place name: "Mo i Rana", "Bogen i Ofoten". */
const inner = new Set(['i', 'på', 'ved', 'og']);

/**
 * A place name as people write it in running text. Kartverket and Enhetsregisteret give postal places
 * and municipalities in capitals ("OSLO", "MO I RANA", "AURSKOG-HØLAND"): "Oslo", "Mo i Rana",
 * "Aurskog-Høland", "Kristiansund N". (A chosen address keeps the capitals of a letter's last line.)
 */
export function placeName(name: string): string {
  return name
    .toLowerCase()
    .split(' ')
    .map((word, index) =>
      index > 0 && inner.has(word) ? word : word.replace(/(^|-)(\p{L})/gu, (_, dash: string, letter: string) => dash + letter.toUpperCase()),
    )
    .join(' ');
}
