/**
 * Whether a municipality lies where Nynorsk is the common written form: Vestland (46xx) and Møre og
 * Romsdal (15xx). The generated addresses and units lean to Nynorsk there, as the real ones do.
 */
export const inNynorskArea = (kommunenummer: string): boolean => kommunenummer.startsWith('46') || kommunenummer.startsWith('15');
