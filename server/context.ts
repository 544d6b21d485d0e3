// What every route can reach: dependencies and the signed-in viewer.
import type { Config } from './config.js';
import type { Db } from './db/connection.js';
import type { Logger } from './logger.js';
import type { DirectoryIndexCache } from './repositories/directory.js';
import type { PersonRow } from './repositories/people.js';

export interface Deps {
  db: Db;
  /** The current time; tests move it to check expiry. */
  clock: () => Date;
  config: Config;
  log: Logger;
  /** Each program's mentors, indexed for directory search and kept current from the database. */
  directory: DirectoryIndexCache;
  /** True once shutdown began: /ready answers 503 so the load balancer stops sending traffic. */
  stopping?: () => boolean;
}

export type AuthVia = 'jwt' | 'proxy' | 'demo';

export type AppEnv = {
  Variables: {
    deps: Deps;
    viewer: PersonRow;
    authVia: AuthVia;
    /** Sign-in waited for a change feed check: the directory and the rules are current. */
    directoryChecked: boolean;
  };
};
