/** A pending consent request shaped like Altinn's, with the texts the dialog shows. */
export const consentRequest = {
  id: '0e7c2b1a-3f4d-4c8e-9a6b-5d2f1e0c9b8a',
  from: 'urn:altinn:person:identifier-no:01017012345',
  to: 'urn:altinn:organization:identifier-no:958935420',
  validTo: '2027-06-30T12:00:00.000Z',
  consentRights: [{ action: ['consent'], resource: [{ type: 'urn:altinn:resource', value: 'skatteetaten-skatteattest' }] }],
  consentRequestEvents: [],
  status: 'pending',
  texts: {
    requester: { nb: 'Oslo kommune', nn: 'Oslo kommune', en: 'City of Oslo', se: 'Oslo gielda' },
    datasets: [
      {
        resource: 'skatteetaten-skatteattest',
        name: { nb: 'Skatteattest', nn: 'Skatteattest', en: 'Tax certificate', se: 'Vearroduođaštus' },
        source: { nb: 'Skatteetaten', nn: 'Skatteetaten', en: 'The Norwegian Tax Administration', se: 'Vearroetáhtta' },
      },
    ],
    purpose: {
      nb: 'Behandle søknaden om serveringsbevilling.',
      nn: 'Handsame søknaden om serveringsløyve.',
      en: 'To process the serving licence application.',
      se: 'Meannudit bálvalanlohpeohcama.',
    },
    legalBasis: {
      nb: 'Personvernforordningen artikkel 6 nr. 1 a.',
      nn: 'Personvernforordninga artikkel 6 nr. 1 a.',
      en: 'GDPR Article 6(1)(a).',
      se: 'Persovdnasuodjalanásahus artihkal 6 nr. 1 a.',
    },
    privacyUrl: 'https://www.oslo.kommune.no/personvern/',
    // Text from a request is data: it must show as text, never as markup, on the server too.
    consequenceOfNo: {
      nb: 'Du må laste opp skatteattesten selv. </script><img src=x onerror=alert(1)>',
      nn: 'Du må laste opp skatteattesten sjølv.',
      en: 'You must upload the tax certificate yourself.',
      se: 'Don fertet ieš bidjat vearroduođaštusa.',
    },
  },
};
