import type * as oauth from 'oauth4webapi';
import { levelOf, type IdportenAcr, type IdportenLevel } from './acr.js';

/** What a service learns about the person from ID-porten's ID token. */
export interface IdportenClaims {
  /** Pairwise subject: stable per person and client, different for every client. */
  sub: string;
  /** National identity number (fødselsnummer or d-nummer); absent for some foreign eIDs. */
  pid?: string;
  /** Level of assurance of this login. */
  acr: IdportenAcr;
  /** `acr` in its short form. */
  level: IdportenLevel;
  /** How the person authenticated, e.g. `['Minid-PIN']`, `['BankID']`, `['TestID']`. Informative; do not validate. */
  amr: string[];
  /** The provider's session, present when the client uses front-channel logout with session. */
  sid?: string;
  /** The language the person used at login (`nb`, `nn`, `en`, `se`). */
  locale?: string;
  /** When the person authenticated, seconds since the epoch. */
  authTime?: number;
  iss: string;
  aud: string | string[];
  /** Expiry of the ID token, seconds since the epoch. */
  exp: number;
  iat: number;
}

/** Reads the typed claims; the caller has already checked the level, so `acr` is known. */
export function toClaims(token: oauth.IDToken): IdportenClaims {
  const acr = token.acr as IdportenAcr;
  const claims: IdportenClaims = {
    sub: token.sub,
    acr,
    level: levelOf(acr) as IdportenLevel,
    amr: Array.isArray(token.amr) ? token.amr.filter((value): value is string => typeof value === 'string') : [],
    iss: token.iss,
    aud: token.aud,
    exp: token.exp,
    iat: token.iat,
  };
  if (typeof token.pid === 'string') claims.pid = token.pid;
  if (typeof token.sid === 'string') claims.sid = token.sid;
  if (typeof token.locale === 'string') claims.locale = token.locale;
  if (typeof token.auth_time === 'number') claims.authTime = token.auth_time;
  return claims;
}

/** What the userinfo endpoint adds with the `profile` scope. */
export interface IdportenUserinfo {
  sub: string;
  pid?: string;
  locale?: string;
  given_name?: string;
  family_name?: string;
  /** Given and family name joined, for greeting the person. */
  name?: string;
}

export function toUserinfo(response: oauth.UserInfoResponse): IdportenUserinfo {
  const info: IdportenUserinfo = { sub: response.sub };
  for (const key of ['pid', 'locale', 'given_name', 'family_name'] as const) {
    const value = response[key];
    if (typeof value === 'string') info[key] = value;
  }
  const name = [info.given_name, info.family_name].filter(Boolean).join(' ');
  if (typeof response.name === 'string') info.name = response.name;
  else if (name) info.name = name;
  return info;
}
