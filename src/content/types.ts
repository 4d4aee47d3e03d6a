/**
 * The consultation pack as the rest of the program sees it: typed, validated and
 * frozen. Files on disk use snake_case (HR writes them); these types use camelCase.
 * Nothing here is optional unless the pack format allows it to be left out.
 */

/** A calendar date in the pack's time zone, `YYYY-MM-DD`. */
export type IsoDate = string;
/** A wall-clock time in the pack's time zone, `YYYY-MM-DDTHH:mm` (no offset). */
export type LocalDateTime = string;

export interface HrContact {
  readonly name: string;
  readonly role: string;
  readonly phone?: string;
  readonly email?: string;
  readonly slackChannel?: string;
}

export interface Consultation {
  readonly title: string;
  readonly organisation: string;
  readonly directorate?: string;
  /** IANA zone, e.g. Europe/London. Every date and time in the pack is in this zone. */
  readonly timeZone: string;
  readonly opens: IsoDate;
  readonly closes: IsoDate;
  readonly hrContacts: readonly HrContact[];
  readonly respond: {
    readonly email?: string;
    readonly ways: readonly string[];
    readonly source: string;
  };
  readonly feedback: {
    /** Whether the published feedback document identifies who made a comment. */
    readonly anonymous: boolean;
    readonly optOut?: string;
    readonly source: string;
  };
  /** Free text shown to people the bot cannot place, e.g. where the intranet copy is. */
  readonly moreInformation?: string;
}

export interface Section {
  /** Stable id used in citations: `{#id}` on the heading, or the heading's slug. */
  readonly id: string;
  readonly title: string;
  /** Heading depth, 1 for `#`. */
  readonly level: number;
  readonly parentId: string | null;
  /** 1-based line of the heading in document.md. */
  readonly line: number;
  /** Markdown between this heading and the next heading of any level. */
  readonly body: string;
}

export interface ConsultationDocument {
  readonly sections: readonly Section[];
}

export const POST_CHANGES = ['deleted', 'new', 'continuing', 'changed'] as const;
export type PostChange = (typeof POST_CHANGES)[number];

export interface GradeBand {
  readonly min: number;
  readonly max: number;
}

export interface Post {
  readonly id: string;
  readonly title: string;
  readonly service: string;
  readonly tier: number | null;
  /** The grade as published, e.g. `G10/11`, `IA19`, `Hay evaluation needed`. */
  readonly grade: string;
  /** Pay scale the grade belongs to; grades compare only within one scale. */
  readonly payScale: string;
  /** Numeric grade (or range) when comparable; null when not yet evaluated. */
  readonly gradeBand: GradeBand | null;
  readonly fte: number | null;
  readonly change: PostChange;
  /** Document section that lists the post. */
  readonly source: string;
  readonly note?: string;
}

export const RING_FENCE_BASES = ['slot-in', 'ring-fence'] as const;
export type RingFenceBasis = (typeof RING_FENCE_BASES)[number];

export const PUBLICATION_STATES = ['published', 'provisional'] as const;
export type PublicationState = (typeof PUBLICATION_STATES)[number];

/**
 * One row of ringfences.csv. `newPostId === null` records HR's statement that the
 * current post has no ring fence at all (`none` in the file).
 */
export interface RingFence {
  readonly newPostId: string | null;
  readonly currentPostId: string;
  readonly basis: RingFenceBasis;
  readonly state: PublicationState;
  readonly note?: string;
}

export const CONTRACTS = ['permanent', 'fixed-term', 'covering'] as const;
export type Contract = (typeof CONTRACTS)[number];

export interface Employee {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly slackUserId: string | null;
  readonly postId: string;
  readonly grade: string;
  readonly fte: number;
  readonly managerId: string | null;
  readonly serviceStart: IsoDate;
  readonly contract: Contract;
  /** Optional facts for the redundancy estimate; a person can also give them when asking. */
  readonly dateOfBirth: IsoDate | null;
  readonly weeklyPay: number | null;
}

/** Who a milestone is for. A milestone lists one or more; a person in any of them is in. */
export type Audience =
  | { readonly kind: 'everyone' }
  | { readonly kind: 'at-risk' }
  | { readonly kind: 'ring-fenced' }
  | { readonly kind: 'managers' }
  | { readonly kind: 'tier'; readonly tier: number }
  | { readonly kind: 'pool'; readonly newPostId: string }
  | { readonly kind: 'employee'; readonly employeeId: string };

/** When a milestone happens: a day, a time (with optional end), or a window of days. */
export type When =
  | { readonly kind: 'date'; readonly date: IsoDate }
  | { readonly kind: 'time'; readonly start: LocalDateTime; readonly end: LocalDateTime | null }
  | { readonly kind: 'window'; readonly from: IsoDate; readonly to: IsoDate };

export interface MilestoneAction {
  readonly id: string;
  readonly text: string;
  /** Essential nudges cannot be opted out of. */
  readonly essential: boolean;
}

export interface ReminderOffset {
  /** As written, e.g. `7d`, `2h`. */
  readonly label: string;
  readonly minutes: number;
}

export interface Milestone {
  readonly id: string;
  readonly title: string;
  readonly when: When;
  readonly place: string | null;
  readonly audience: readonly Audience[];
  readonly action: MilestoneAction | null;
  readonly reminders: readonly ReminderOffset[];
  readonly status: 'confirmed' | 'provisional';
  readonly source: string;
  readonly note?: string;
  /** 1-based line of the milestone in timeline.yaml, for messages about it. */
  readonly line: number;
}

export interface Faq {
  readonly id: string;
  readonly file: string;
  readonly question: string;
  readonly variants: readonly string[];
  readonly tags: readonly string[];
  readonly audience: readonly Audience[];
  readonly updated: IsoDate;
  readonly sources: readonly string[];
  /** Markdown. */
  readonly answer: string;
}

/**
 * Typed parameters of a policy rule that code computes with. Each kind appears in
 * at most one rule of a pack; rules without parameters are text only.
 */
export type PolicyParameters =
  | { readonly kind: 'ring-fence'; readonly gradesEitherSide: number; readonly dutyShare: number }
  | { readonly kind: 'slotting-in' }
  | {
      readonly kind: 'redundancy-pay';
      readonly multiplier: number;
      readonly payBasis: 'actual' | 'statutory-cap';
      /** Statutory weekly pay cap in pounds; needed only when payBasis is statutory-cap. */
      readonly weeklyPayCap: number | null;
      readonly minimumServiceYears: number;
    }
  | { readonly kind: 'trial-period'; readonly weeks: number }
  | { readonly kind: 'job-finder'; readonly searchStartsAfterDays: number }
  | { readonly kind: 'disturbance-allowance'; readonly years: number }
  | { readonly kind: 'appointment-order'; readonly order: readonly AppointmentPhase[] };

export type PolicyKind = PolicyParameters['kind'];

/** One phase of appointments: a tier, or `rest` for every post not in an earlier phase. */
export type AppointmentPhase = { readonly tier: number } | { readonly rest: true };

export interface PolicyRule {
  readonly id: string;
  readonly file: string;
  readonly title: string;
  readonly text: string;
  readonly sources: readonly string[];
  readonly parameters: PolicyParameters | null;
}

export interface ContentPack {
  /** Absolute path of the pack folder. */
  readonly dir: string;
  readonly consultation: Consultation;
  readonly document: ConsultationDocument;
  readonly posts: ReadonlyMap<string, Post>;
  readonly ringFences: readonly RingFence[];
  readonly staff: ReadonlyMap<string, Employee>;
  readonly timeline: readonly Milestone[];
  readonly faqs: readonly Faq[];
  readonly policies: readonly PolicyRule[];
}

/** A problem in a pack file, precise enough for HR to fix without reading code. */
export interface ContentError {
  /** Path relative to the pack folder, with forward slashes. */
  readonly file: string;
  readonly line: number | null;
  readonly field: string | null;
  readonly message: string;
}
