// Auth hooks: bearer token, extra headers and cookie credentials reach the server.
import { expect } from '@open-wc/testing';
import * as fixtures from './fixtures.js';
import { clientFor } from './support.js';

describe('HttpMentoringApi auth and headers', () => {
  it('sends the bearer token from getToken and the extra headers', async () => {
    const { api, server } = await clientFor([{ body: fixtures.me }], {
      getToken: async () => 'eyJhbGciOiJIUzI1NiJ9.demo.sig',
      headers: { 'x-tenant': 'acme-intranet' },
    });

    await api.getMe();

    const [received] = await server.received();
    expect(received!.headers['authorization']).to.equal('Bearer eyJhbGciOiJIUzI1NiJ9.demo.sig');
    expect(received!.headers['x-tenant']).to.equal('acme-intranet');
  });

  it('sends no Authorization header when there is no token', async () => {
    const { api, server } = await clientFor([{ body: fixtures.me }], { getToken: () => null });

    await api.getMe();

    const [received] = await server.received();
    expect(received!.headers['authorization']).to.equal(undefined);
  });

  it('asks for the token again on every call, so a refreshed token is used', async () => {
    let token = 'first';
    const { api, server } = await clientFor([{ body: fixtures.me }], { getToken: () => token });

    await api.getMe();
    token = 'refreshed';
    await api.getMe();

    const sent = (await server.received()).map((request) => request.headers['authorization']);
    expect(sent).to.deep.equal(['Bearer first', 'Bearer refreshed']);
  });

  it('sends cookies to the same origin by default and none when credentials is omit', async () => {
    document.cookie = 'mentorkit_session=abc123; path=/';
    try {
      const withCookies = await clientFor([{ body: fixtures.me }]);
      const withoutCookies = await clientFor([{ body: fixtures.me }], { credentials: 'omit' });

      await withCookies.api.getMe();
      await withoutCookies.api.getMe();

      expect((await withCookies.server.received())[0]!.headers['cookie']).to.contain(
        'mentorkit_session=abc123',
      );
      expect((await withoutCookies.server.received())[0]!.headers['cookie']).to.equal(undefined);
    } finally {
      document.cookie = 'mentorkit_session=; path=/; max-age=0';
    }
  });

  it('uses a custom fetch when given one', async () => {
    const seen: string[] = [];
    const { api } = await clientFor([{ body: fixtures.me }], {
      fetch: (input, init) => {
        seen.push(input instanceof Request ? input.url : String(input));
        return fetch(input, init);
      },
    });

    await api.getMe();

    expect(seen).to.have.length(1);
    expect(new URL(seen[0]!).pathname).to.match(/^\/__api\/[^/]+\/me$/);
  });
});
