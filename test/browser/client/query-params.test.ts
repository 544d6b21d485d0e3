// The directory's search survives the trip through a URL (server query, shared link, back button).
import { expect } from '@open-wc/testing';
import {
  mentorQueryFromSearchParams,
  mentorQueryToSearchParams,
  requestQueryFromSearchParams,
  requestQueryToSearchParams,
} from '../../../src/client/index.js';
import type { MentorQuery } from '../../../src/contract/index.js';

describe('query parameters', () => {
  const fullSearch: MentorQuery = {
    q: 'product lead',
    skills: ['roadmapping', 'stakeholder management'],
    languages: ['es', 'pt-BR'],
    locations: ['Lisbon'],
    departments: ['Product', 'R&D'],
    programTypes: ['career', 'reverse'],
    utcOffsetMin: -3,
    utcOffsetMax: 5.5,
    available: false,
    sort: 'responsive',
    cursor: 'eyJvIjoyNH0',
    limit: 24,
    weights: { skills: 40, languages: 0 },
  };

  it('writes arrays as repeated parameters, booleans as words and weights as dotted keys', () => {
    const params = mentorQueryToSearchParams(fullSearch);

    expect(params.getAll('skills')).to.deep.equal(['roadmapping', 'stakeholder management']);
    expect(params.get('available')).to.equal('false');
    expect(params.get('weights.skills')).to.equal('40');
    expect(params.get('weights.languages')).to.equal('0');
    expect(params.toString()).to.contain('departments=Product&departments=R%26D');
  });

  it('reads back exactly the search it wrote', () => {
    const result = mentorQueryFromSearchParams(
      new URLSearchParams(mentorQueryToSearchParams(fullSearch).toString()),
    );

    expect(result.success).to.equal(true);
    expect(result.data).to.deep.equal(fullSearch);
  });

  it('gives equal URLs for equal searches, whatever the key order', () => {
    const a = mentorQueryToSearchParams({ available: true, q: 'data', skills: ['sql'] });
    const b = mentorQueryToSearchParams({ skills: ['sql'], q: 'data', available: true });

    expect(a.toString()).to.equal(b.toString());
  });

  it('leaves out empty values', () => {
    expect(mentorQueryToSearchParams({ q: '', skills: [], cursor: undefined }).toString()).to.equal(
      '',
    );
    expect(mentorQueryFromSearchParams(new URLSearchParams('q=&skills=')).data).to.deep.equal({});
  });

  it('ignores parameters that are not part of the search', () => {
    const result = mentorQueryFromSearchParams(
      new URLSearchParams('utm_source=newsletter&q=coach'),
    );

    expect(result.data).to.deep.equal({ q: 'coach' });
  });

  it('names the parameter that does not validate', () => {
    const badLimit = mentorQueryFromSearchParams(new URLSearchParams('limit=lots'));
    const badBoolean = mentorQueryFromSearchParams(new URLSearchParams('available=yes'));
    const badWeight = mentorQueryFromSearchParams(new URLSearchParams('weights.skills=500'));

    expect(badLimit.success).to.equal(false);
    expect(badLimit.error?.issues[0]?.path).to.deep.equal(['limit']);
    expect(badBoolean.error?.issues[0]?.path).to.deep.equal(['available']);
    expect(badWeight.error?.issues[0]?.path).to.deep.equal(['weights', 'skills']);
  });

  it('round-trips an inbox query with repeated statuses', () => {
    const query = {
      role: 'mentor' as const,
      status: ['pending' as const, 'needs-info' as const],
      limit: 20,
    };
    const params = requestQueryToSearchParams(query);

    expect(params.toString()).to.equal('role=mentor&status=pending&status=needs-info&limit=20');
    expect(requestQueryFromSearchParams(params).data).to.deep.equal(query);
  });

  it('rejects an inbox query without a role', () => {
    const result = requestQueryFromSearchParams(new URLSearchParams('status=pending'));

    expect(result.success).to.equal(false);
    expect(result.error?.issues[0]?.path).to.deep.equal(['role']);
  });
});
