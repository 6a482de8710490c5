/**
 * The sandbox's test persons. Their numbers are synthetic in the Tenor scheme
 * (month + 80) with valid control digits, so they pass a client's checksum but
 * can never belong to a real person. Names are placeholders.
 */
export interface TestPerson {
  /** The sandbox's account id; never shown to a client (it gets a pairwise `sub`). */
  id: string;
  /** National identity number; absent, as for some foreign eIDs. */
  pid?: string;
  givenName: string;
  familyName: string;
}

export const testPersons: readonly TestPerson[] = [
  { id: 'kari', pid: '14838512470', givenName: 'Kari', familyName: 'Nordmann' },
  { id: 'ola', pid: '02917923453', givenName: 'Ola', familyName: 'Nordmann' },
  { id: 'aile', pid: '21869234688', givenName: 'Áile', familyName: 'Ovllá' },
  { id: 'per', pid: '30814841207', givenName: 'Per', familyName: 'Berg' },
  { id: 'nora', pid: '09890651264', givenName: 'Nora', familyName: 'Lie' },
  // A foreign eID (eIDAS) login: ID-porten then sends no pid.
  { id: 'erika', givenName: 'Erika', familyName: 'Mustermann' },
];

export function findPerson(id: string): TestPerson | undefined {
  return testPersons.find((person) => person.id === id);
}
