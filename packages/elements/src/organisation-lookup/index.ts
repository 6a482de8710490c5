export { FellesOrganisationLookup, FellesOrganisationSelectEvent, type Organisation, type OrganisationStatus } from './organisation-lookup.js';
