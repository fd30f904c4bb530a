export type StatusPurpose = 'revocation' | 'suspension';

export interface StatusListCredentialInput {
  /** The URL the credential is published at; certificates point their `statusListCredential` here. */
  readonly id: string;
  readonly issuer: string;
  readonly validFrom: Date;
  readonly purpose: StatusPurpose;
  readonly encodedList: string;
}

/** The unsigned VC Data Model 2.0 payload of a BitstringStatusListCredential; signing happens elsewhere. */
export function statusListCredential(input: StatusListCredentialInput) {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: input.id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: input.issuer,
    validFrom: input.validFrom.toISOString(),
    credentialSubject: {
      id: `${input.id}#list`,
      type: 'BitstringStatusList',
      statusPurpose: input.purpose,
      encodedList: input.encodedList,
    },
  } as const;
}
