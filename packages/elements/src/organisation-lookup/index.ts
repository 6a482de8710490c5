export {
  FellesOrganisationLookup,
  FellesOrganisationSelectEvent,
  type Organisation,
  type OrganisationLookupClient,
  type OrganisationStatus,
} from './organisation-lookup.js';
