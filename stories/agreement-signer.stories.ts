// <mentor-agreement-signer> in every state: reading, typed and drawn signing, editing, changes
// since signing, signed, audit trail, certificate, ended, hash mismatch, loading and errors.
// Theme and locale come from the Storybook toolbar (see .storybook/preview.ts).
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { MemoryMentoringApi } from '../src/memory/memory-api.js';
import { signingStatement } from '../src/contract/index.js';
import type { MentorAgreementSigner } from '../src/components/agreement-signer/agreement-signer.component.js';
import type { MentorkitParameters } from './support/with-program.js';
import '../src/components/agreement-signer/define.js';

interface SignerArgs {
  readonly: boolean;
  signatureMethods: string;
}

const AGREEMENT = 'agr-ana-priya';
const MENTORSHIP = 'ms-ana-priya';
const ANA = 'ana-souza';
const PRIYA = 'priya-nair';

const api = (options: MentorkitParameters['api']): { mentorkit: MentorkitParameters } => ({
  mentorkit: { api: { userId: ANA, ...options } },
});

/** A story on its own API, prepared by `setup` (signatures, edits, an ended mentorship). */
const prepared = (setup: (ana: MemoryMentoringApi) => Promise<void>, userId = ANA) => ({
  parameters: { mentorkit: { provider: false } },
  loaders: [
    async () => {
      const ana = new MemoryMentoringApi({ userId: ANA });
      await setup(ana);
      return { api: userId === ANA ? ana : ana.as(userId) };
    },
  ],
  render: (args: SignerArgs, { loaded }: { loaded: Record<string, unknown> }) =>
    html`<mentor-agreement-signer
      .api=${loaded['api'] as MemoryMentoringApi}
      mentorship-id=${MENTORSHIP}
      ?readonly=${args.readonly}
      signature-methods=${args.signatureMethods}
    ></mentor-agreement-signer>`,
});

async function anaSigns(ana: MemoryMentoringApi) {
  const current = await ana.getAgreement(AGREEMENT);
  await ana.signAgreement(AGREEMENT, {
    version: current.version,
    contentHash: current.contentHash,
    consent: true,
    typedName: 'Ana Souza',
    statement: signingStatement('Ana Souza', current.version, current.contentHash),
  });
}

async function priyaEdits(ana: MemoryMentoringApi) {
  const priya = ana.as(PRIYA);
  const current = await priya.getAgreement(AGREEMENT);
  await priya.updateAgreement(
    AGREEMENT,
    {
      sections: current.sections.map((s) =>
        s.key === 'cadence'
          ? { ...s, body: 'We meet every week for 30 minutes on a video call. Ana schedules.' }
          : s,
      ),
    },
    { version: current.version },
  );
}

/** Clicks a button in the signer once it has loaded (for states behind a click). */
const clicking =
  (name: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector<MentorAgreementSigner>('mentor-agreement-signer')!;
    await el.loaded();
    [...el.shadowRoot!.querySelectorAll('button, input[value="drawn"]')]
      .find((b) => (b as HTMLInputElement).value === name || b.textContent?.includes(name))
      ?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  };

const meta: Meta<SignerArgs> = {
  title: 'Widgets/Agreement signer',
  component: 'mentor-agreement-signer',
  args: { readonly: false, signatureMethods: '' },
  parameters: api({ latencyMs: 200 }),
  render: (args) =>
    html`<mentor-agreement-signer
      agreement-id=${AGREEMENT}
      mentorship-id=${MENTORSHIP}
      ?readonly=${args.readonly}
      signature-methods=${args.signatureMethods}
    ></mentor-agreement-signer>`,
};
export default meta;

type Story = StoryObj<SignerArgs>;

/** Ana's turn: Priya signed version 2; Ana sees what changed since version 1 and signs. */
export const AwaitingYourSignature: Story = {};

/** The drawing pad (signature_pad, loaded on demand) instead of the typed name. */
export const DrawnSignature: Story = { play: clicking('drawn') };

/** The program allows typed signatures only. */
export const TypedOnly: Story = { args: { signatureMethods: 'typed' } };

/** Priya's view: she signed; she may still edit (which voids her signature). */
export const AwaitingThePartner: Story = { parameters: api({ userId: PRIYA }) };

export const Editing: Story = {
  parameters: api({ userId: PRIYA }),
  play: clicking('Edit the terms'),
};

/** Both signed: active. */
export const SignedByBoth: Story = prepared(anaSigns);

/** Priya edited after both signed: Ana's signature was voided and she sees the changes. */
export const ChangedSinceYouSigned: Story = prepared(async (ana) => {
  await anaSigns(ana);
  await priyaEdits(ana);
});

export const AuditTrail: Story = { ...prepared(anaSigns), play: clicking('Audit trail') };

/** The certificate of completion (prints on its own). */
export const Certificate: Story = {
  ...prepared(anaSigns),
  play: clicking('Certificate of completion'),
};

export const EndDialog: Story = { play: clicking('End the mentorship') };

/** Ended without fault: read-only, the close-out survey is due. */
export const Ended: Story = prepared(async (ana) => {
  await anaSigns(ana);
  const mentorship = await ana.getMentorship(MENTORSHIP);
  await ana.endMentorship(MENTORSHIP, { reason: '' }, { version: mentorship.version });
});

/** The terms do not hash to what the server says: signing is refused, loudly. */
export const HashMismatch: Story = {
  parameters: { mentorkit: { provider: false } },
  render: () => {
    const tampered = new MemoryMentoringApi({ userId: ANA });
    const read = tampered.getAgreement.bind(tampered);
    tampered.getAgreement = async (id, options) => {
      const agreement = await read(id, options);
      return { ...agreement, sections: agreement.sections.slice(1) };
    };
    return html`<mentor-agreement-signer
      .api=${tampered}
      agreement-id=${AGREEMENT}
    ></mentor-agreement-signer>`;
  },
};

export const ReadOnly: Story = { args: { readonly: true } };

export const Loading: Story = { parameters: api({ latencyMs: 1_000_000 }) };

/** Every call fails; "Try again" retries (and keeps failing here). */
export const ErrorWithRetry: Story = { parameters: api({ failureRate: 1 }) };

/** Narrowest supported width. */
export const Narrow: Story = {
  render: () =>
    html`<div style="max-inline-size: 320px">
      <mentor-agreement-signer
        agreement-id=${AGREEMENT}
        mentorship-id=${MENTORSHIP}
      ></mentor-agreement-signer>
    </div>`,
};
