import type { Organisation } from './units.js';

/** What a form gets from the field under `name`: the organisation number, and the unit's name under `name.navn`. Nothing without a name or a chosen unit. */
export function organisationFormData(name: string, unit: Organisation | null): FormData | null {
  if (!name || !unit) return null;
  const data = new FormData();
  data.append(name, unit.organisasjonsnummer);
  data.append(`${name}.navn`, unit.navn);
  return data;
}
