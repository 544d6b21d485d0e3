// Builds (once per base URL + credentials) the HttpMentoringApi for an `api-base` attribute.
import type { MentoringApi } from '../client/api.js';
import { HttpMentoringApi } from '../client/http-api.js';

export class ApiFromBase {
  private cached?: { key: string; api: MentoringApi };

  get(baseUrl: string | undefined, credentials?: RequestCredentials): MentoringApi | undefined {
    if (!baseUrl) return undefined;
    const key = `${baseUrl}\n${credentials ?? ''}`;
    if (this.cached?.key !== key) {
      const api = new HttpMentoringApi({ baseUrl, ...(credentials ? { credentials } : {}) });
      this.cached = { key, api };
    }
    return this.cached.api;
  }
}
