// What a card tells a person, and what its buttons do: profile, favourites, request.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { MentorProfileDialog } from '../../../src/components/directory/mentor-profile-dialog.component.js';
import type { MentorProgram } from '../../../src/components/program/program.component.js';
import { $, button, textOf } from '../support/dom.js';
import { expectAccessibleInThemes } from '../support/a11y.js';
import { ANA, memoryApi, PERSONAS } from '../support/memory.js';
import { cardOf, directory, renderedCards, search, settled } from './helpers.js';

async function directoryShowing(name: string, attributes: Parameters<typeof directory>[1] = {}) {
  const el = await directory(await memoryApi(), attributes);
  await search(el, name);
  return el;
}

describe('<mentor-directory> cards', function () {
  this.timeout(30_000); // the machine is shared; a slow run is not a failure
  it('shows who the mentor is, open spots, responsiveness and why they match', async () => {
    const el = await directoryShowing('Kwame Mensah');
    const card = cardOf(el, PERSONAS.mentor)!;
    const data = card.card!;
    const text = textOf(card);
    expect(text).to.contain('Kwame Mensah');
    expect(text).to.contain(data.mentor.title);
    expect(text).to.contain(data.mentor.department);
    expect(text).to.contain(data.mentor.location.city);
    expect(text).to.contain('local time');
    expect(text).to.contain(`${data.openSpots} of ${data.mentor.capacity} spots open`);
    expect(text).to.match(/usually replies within|No reply history yet/);
    expect(text).to.contain(`${data.match.score}% match`);

    const why = card.shadowRoot!.querySelector('details')!;
    expect(why.open).to.equal(false);
    why.querySelector('summary')!.click();
    expect(why.open).to.equal(true);
    const reasons = [...why.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(reasons.length).to.equal(data.match.reasons.length);
    const skills = data.match.reasons.find((reason) => reason.kind === 'skills');
    expect(skills, 'Kwame teaches skills Ana wants').not.to.equal(undefined);
    expect(reasons[data.match.reasons.indexOf(skills!)]).to.match(
      new RegExp(
        `^Teaches (${skills!.value} of the ${skills!.total} skills you want|the skill you want): `,
      ),
    );
    const highlighted = [...card.shadowRoot!.querySelectorAll('mark')].map(
      (mark) => mark.textContent,
    );
    expect(highlighted).to.have.members(
      skills!.matched.filter((skill) => data.mentor.skills.includes(skill)),
    );
    await expectAccessibleInThemes(el);
  });

  it('marks a full mentor clearly and offers no request', async () => {
    const el = await directoryShowing('Marta Kowalska');
    const card = cardOf(el, PERSONAS.fullMentor)!;
    expect(card.card!.openSpots).to.equal(0);
    expect(textOf(card)).to.contain('Full: no open spots');
    expect(textOf(card)).to.contain('Has no open spots right now.');
    expect(card.shadowRoot!.querySelector('[part="request-button"]')).to.equal(null);
    await expectAccessibleInThemes(el);
  });

  it("shows a mentor in the viewer's management line as not requestable, with the reason", async () => {
    const el = await directoryShowing('Leila Haddad');
    const card = cardOf(el, PERSONAS.menteesManager)!;
    expect(card.card!.notRequestableReason).to.equal('conflict-of-interest');
    expect(textOf(card)).to.contain('they are in your management line (conflict of interest)');
    expect(card.shadowRoot!.querySelector('[part="request-button"]')).to.equal(null);
    await expectAccessibleInThemes(el);
  });

  it('hides conflicted mentors when the attribute or the program asks for it', async () => {
    const own = await directoryShowing('Leila Haddad', { hideConflicted: true });
    expect(own.cards.map((card) => card.mentor.id)).not.to.include(PERSONAS.menteesManager);
    // The total leaves her out too, although she is on no loaded page: the server hid her.
    const byName = async (hideConflicted: boolean) => {
      const el = await directory(await memoryApi(), { hideConflicted });
      el.query = { sort: 'name' }; // "Leila" is far from the first page
      await settled(el);
      return el;
    };
    const everyone = await byName(false);
    expect(everyone.cards.map((card) => card.mentor.id)).not.to.include(PERSONAS.menteesManager);
    const withoutHer = await byName(true);
    // Everyone in Ana's management line who mentors is hidden (Leila and those above her).
    const all = await (await memoryApi()).searchMentors({ limit: 100 });
    expect(all.total, 'one page holds them all').to.be.at.most(100);
    const blocked = all.items.filter((c) => c.notRequestableReason === 'conflict-of-interest');
    expect(blocked.map((c) => c.mentor.id)).to.include(PERSONAS.menteesManager);
    expect(textOf($(everyone, '.summary'))).to.equal(`${all.total} mentors found`);
    expect(textOf($(withoutHer, '.summary'))).to.equal(
      `${all.total - blocked.length} mentors found`,
    );
    await expectAccessibleInThemes(own);

    const api = await memoryApi();
    const program = await fixture<MentorProgram>(
      html`<mentor-program .api=${api} .options=${{ hideConflicted: true }}
        ><mentor-directory page-size="10"></mentor-directory
      ></mentor-program>`,
    );
    const el = program.querySelector('mentor-directory')!;
    await settled(el);
    await search(el, 'Leila Haddad');
    expect(el.cards.map((card) => card.mentor.id)).not.to.include(PERSONAS.menteesManager);
    const visible = await directoryShowing('Leila Haddad');
    expect(visible.cards.map((card) => card.mentor.id)).to.include(PERSONAS.menteesManager);
  });
});

describe('<mentor-directory> favourites', function () {
  this.timeout(30_000); // the machine is shared; a slow run is not a failure
  beforeEach(() => localStorage.clear());

  it('saves a favourite per user, announces it with an event and keeps it across visits', async () => {
    const el = await directoryShowing('Kwame Mensah');
    const card = cardOf(el, PERSONAS.mentor)!;
    const toggle = card.shadowRoot!.querySelector<HTMLButtonElement>('[part="favourite-button"]')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(textOf(toggle)).to.contain('Save Kwame Mensah');

    setTimeout(() => toggle.click());
    const event = await oneEvent(el, 'mentor-favourite-change');
    expect(event.detail).to.deep.equal({
      mentorId: PERSONAS.mentor,
      favourite: true,
      favourites: [PERSONAS.mentor],
    });
    await settled(el);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(el.favourites).to.deep.equal([PERSONAS.mentor]);

    el.remove(); // a later visit (only the cards near the screen are rendered)
    const again = await directoryShowing('Kwame Mensah');
    const pressed = cardOf(again, PERSONAS.mentor)!.shadowRoot!.querySelector(
      '[part="favourite-button"]',
    )!;
    expect(pressed.getAttribute('aria-pressed')).to.equal('true');

    again.remove();
    const otherUser = await directory(await memoryApi({ userId: PERSONAS.secondMentee }));
    await search(otherUser, 'Kwame Mensah');
    const notSaved = cardOf(otherUser, PERSONAS.mentor)!.shadowRoot!.querySelector(
      '[part="favourite-button"]',
    )!;
    expect(
      notSaved.getAttribute('aria-pressed'),
      "another person's favourites are their own",
    ).to.equal('false');

    otherUser.remove();
    document.body.append(again);
    await settled(again);
    cardOf(again, PERSONAS.mentor)!
      .shadowRoot!.querySelector<HTMLButtonElement>('[part="favourite-button"]')!
      .click();
    await settled(again);
    expect(again.favourites).to.deep.equal([]);
    expect(JSON.parse(localStorage.getItem(`mentorkit:favourites:${ANA}`)!)).to.deep.equal([]);
    again.remove();
  });
});

describe('<mentor-directory> signed-in person', function () {
  this.timeout(30_000); // the machine is shared; a slow run is not a failure
  it('asks who is signed in once per page, however many widgets ask', async () => {
    const api = await memoryApi();
    let asked = 0;
    const getMe = api.getMe.bind(api);
    api.getMe = (options) => {
      asked++;
      return getMe(options);
    };
    const program = await fixture<MentorProgram>(
      html`<mentor-program .api=${api}
        ><mentor-directory page-size="5"></mentor-directory
        ><mentor-directory page-size="5"></mentor-directory
      ></mentor-program>`,
    );
    const [first, second] = program.querySelectorAll('mentor-directory');
    await settled(first!);
    await settled(second!);
    expect(asked).to.equal(1);
  });
});

describe('<mentor-directory> request mentoring', function () {
  this.timeout(30_000); // the machine is shared; a slow run is not a failure
  it('fires a cancelable mentor-request-start and opens the request form named by request-form', async () => {
    const opened: string[] = [];
    const form = Object.assign(document.createElement('section'), {
      id: 'request-form-under-test',
      open: (mentor: { id: string }) => opened.push(mentor.id),
    });
    document.body.append(form);
    const el = await directoryShowing('Kwame Mensah');
    el.requestForm = 'request-form-under-test';
    const requestButton = button(cardOf(el, PERSONAS.mentor)!, 'Request mentoring');

    setTimeout(() => requestButton.click());
    const event = await oneEvent(el, 'mentor-request-start');
    expect(event.cancelable).to.equal(true);
    expect(event.detail.mentor.id).to.equal(PERSONAS.mentor);
    expect(event.detail.card?.requestable).to.equal(true);
    expect(opened).to.deep.equal([PERSONAS.mentor]);

    const veto = (e: Event) => e.preventDefault();
    el.addEventListener('mentor-request-start', veto);
    requestButton.click();
    el.removeEventListener('mentor-request-start', veto);
    expect(opened, 'the host vetoed the second request').to.deep.equal([PERSONAS.mentor]);
    form.remove();
  });

  it('finds a <mentor-match-request> on the page, or sets its mentor property', async () => {
    const form = document.createElement('mentor-match-request') as HTMLElement & {
      mentor?: { id: string };
    };
    document.body.append(form);
    const el = await directoryShowing('Kwame Mensah');
    button(cardOf(el, PERSONAS.mentor)!, 'Request mentoring').click();
    expect(form.mentor?.id).to.equal(PERSONAS.mentor);
    form.remove();
  });
});

describe('<mentor-directory> profile dialog', function () {
  this.timeout(30_000); // the machine is shared; a slow run is not a failure
  it('opens a labelled modal profile, fires mentor-select and returns focus on close', async () => {
    const el = await directoryShowing('Kwame Mensah');
    const card = cardOf(el, PERSONAS.mentor)!;
    const name = card.shadowRoot!.querySelector<HTMLButtonElement>('[part="name"]')!;
    name.focus();
    setTimeout(() => name.click());
    const selected = await oneEvent(el, 'mentor-select');
    expect(selected.detail.mentor.id).to.equal(PERSONAS.mentor);

    const host = $<MentorProfileDialog>(el, 'mentor-profile-dialog');
    await host.updateComplete;
    const dialog = host.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    const title = host.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).to.equal('Kwame Mensah');
    expect(textOf(dialog)).to.contain(card.card!.mentor.bio.slice(0, 40));
    expect(host.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Close');
    await expectAccessibleInThemes(el);

    await sendKeys({ press: 'Escape' });
    await new Promise((resolve) => setTimeout(resolve));
    expect(dialog.open).to.equal(false);
    expect(card.shadowRoot!.activeElement).to.equal(name);
  });

  it('starts a request from the profile', async () => {
    const el = await directoryShowing('Kwame Mensah');
    button(cardOf(el, PERSONAS.mentor)!, 'View profile').click();
    const host = $<MentorProfileDialog>(el, 'mentor-profile-dialog');
    await host.updateComplete;
    setTimeout(() => button(host, 'Request mentoring').click());
    const event = await oneEvent(el, 'mentor-request-start');
    expect(event.detail.mentor.id).to.equal(PERSONAS.mentor);
    expect(host.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
  });
});

describe('<mentor-directory> grid', function () {
  this.timeout(30_000); // the machine is shared; a slow run is not a failure
  before(() => setViewport({ width: 1200, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('lines up the cards of a row at the top, however long each one is', async () => {
    const el = await directory(await memoryApi(), { layout: 'grid', pageSize: 12 });
    const [first, second] = renderedCards(el);
    const a = first!.getBoundingClientRect();
    const b = second!.getBoundingClientRect();
    expect(b.left, 'side by side').to.be.greaterThan(a.left);
    expect(b.top).to.equal(a.top);
    expect(b.height, 'one height per row').to.equal(a.height);
  });
});
