import type { IncomingMessage, ServerResponse } from 'node:http';

/** One imitated API, mounted under its real path prefix. */
export interface SandboxService {
  /** Short name used by the fault admin endpoint, e.g. `adresser`. */
  name: string;
  /** e.g. `/adresser/v1`, `/idporten`, `/enhetsregisteret/api`, `/samtykke/api`. */
  prefix: string;
  /** `url.pathname` still has the prefix. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> | void;
  close?(): Promise<void> | void;
}

export interface SandboxContext {
  /** Like `http://127.0.0.1:4010`. */
  origin: string;
  /** Where a service may keep durable state. */
  dataDir: string;
}

export type ServiceFactory = (ctx: SandboxContext) => Promise<SandboxService> | SandboxService;
