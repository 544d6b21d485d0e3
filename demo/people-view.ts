// What the demo page shows depends on who is signed in, as an intranet page would: the request
// form and "My requests" for mentees, the inbox for mentors, the agreement, goals and survey for
// partners in a mentorship, the report for admins. Each part is a <template data-for="...">,
// stamped out only for people it fits, so nobody's widgets ask the server for what they may not see.
import type { Me, MentoringApi, Mentorship } from '../src/index.js';

type Part = 'mentee' | 'mentor' | 'partner' | 'admin';

/** Back to the event loop: the browser may paint or handle a tap before the next widget renders. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

export class PersonView {
  private readonly stamped = new Set<string>();
  private mentorships: Mentorship[] = [];

  private constructor(
    private readonly api: MentoringApi,
    readonly me: Me,
  ) {}

  static async load(api: MentoringApi): Promise<PersonView> {
    const view = new PersonView(api, await api.getMe());
    for (const role of view.me.roles) await view.stamp(role);
    await view.refreshMentorships();
    return view;
  }

  /** Re-reads the person's own mentorships (an accepted request starts one). */
  async refreshMentorships(): Promise<void> {
    const { items } = await this.api.listMentorships();
    const id = this.me.person.id;
    // Admins may list every mentorship; the page shows only the person's own.
    this.mentorships = items.filter((m) => m.menteeId === id || m.mentorId === id);
    if (this.mentorships.length === 0) return;
    // The picker and the mentorship ids are filled in before the widgets are on the page: a
    // widget without its mentorship would render (and ask for) nothing first.
    if (!(await this.stamp('partner', (part) => this.fillPicker(part)))) this.fillPicker(document);
  }

  /**
   * One section at a time, each in its own task: a widget renders when it is inserted, and all
   * of a part's widgets at once made one long task on a phone (npm run bench:page --why).
   */
  private async stamp(part: Part, prepare?: (content: DocumentFragment) => void): Promise<boolean> {
    if (this.stamped.has(part)) return false;
    const template = document.querySelector<HTMLTemplateElement>(`template[data-for="${part}"]`);
    if (!template) return false;
    this.stamped.add(part);
    const content = template.content.cloneNode(true) as DocumentFragment;
    prepare?.(content);
    let last: ChildNode = template;
    for (const node of [...content.childNodes]) {
      last.after(node);
      last = node;
      if (node instanceof Element) await nextTask();
    }
    return true;
  }

  /** Which mentorship the agreement and goals show: `?mentorship=`, else the newest active one. */
  private fillPicker(root: Document | DocumentFragment): void {
    const select = root.querySelector<HTMLSelectElement>('#demo-mentorship');
    if (!select) return;
    const linked = new URLSearchParams(location.search).get('mentorship');
    const current =
      this.mentorships.find((m) => m.id === (select.value || linked)) ??
      this.mentorships.find((m) => m.status === 'active') ??
      this.mentorships[0]!;
    select.replaceChildren(
      ...this.mentorships.map((m) => {
        const partner = m.menteeId === this.me.person.id ? m.mentorName : m.menteeName;
        const label = `With ${partner}${m.status === 'ended' ? ' (ended)' : ''}`;
        return new Option(label, m.id, false, m.id === current.id);
      }),
    );
    select.closest<HTMLElement>('.mentorship-picker')!.hidden = this.mentorships.length < 2;
    select.onchange = () => this.show(select.value, true);
    this.show(current.id, false, root);
  }

  /** A pick the person made is kept in the URL (a reload keeps it); the default is not. */
  private show(
    mentorshipId: string,
    picked: boolean,
    root: Document | DocumentFragment = document,
  ): void {
    for (const widget of root.querySelectorAll('[data-mentorship]'))
      if (widget.getAttribute('mentorship-id') !== mentorshipId)
        widget.setAttribute('mentorship-id', mentorshipId);
    if (!picked) return;
    const url = new URL(location.href);
    url.searchParams.set('mentorship', mentorshipId);
    history.replaceState(history.state, '', url);
  }
}
