using MipForum.Domain.Proposals;

namespace MipForum.Infrastructure.Seeding;

internal static partial class DemoContent
{
    // Ordered parents before children: a component follows its MIP, a subproposal follows its component.
    public static IReadOnlyList<DemoProposal> Proposals { get; } =
    [
        new(
            Code: "MIP41",
            Title: "Facilitator Onboarding and Offboarding Framework",
            Status: ProposalStatus.Accepted,
            AuthorUserName: "amelie.r",
            ProposedDaysAgo: 860,
            RatifiedDaysAgo: 830,
            Summary: "Defines the Facilitator role of a Core Unit, what a Facilitator answers for, and the public processes for appointing and removing one.",
            Body: """
                ## Sentence Summary

                MIP41 gives every Core Unit one clearly identified Facilitator, lists what that person is accountable for, and defines how the role is handed over or taken away.

                ## Paragraph Summary

                A Core Unit needs someone who answers to governance for its day-to-day work. This MIP creates the **Facilitator** role, sets out the duties and the limits that come with it, and defines two subproposal types — onboarding ([MIP41c4](/proposals/MIP41c4)) and offboarding ([MIP41c5](/proposals/MIP41c5)) — so that any change to who runs a Core Unit goes through a public, time-boxed process instead of a private arrangement.

                ## Component Summary

                - **MIP41c1: Definitions** — the terms used throughout this framework.
                - **MIP41c2: The Facilitator Role** — responsibilities and limits of the role.
                - **MIP41c3: Accountability and Reporting** — what a Facilitator must publish, and by when.
                - **MIP41c4: Facilitator Onboarding** — a process component for appointing a Facilitator.
                - **MIP41c5: Facilitator Offboarding** — a process component for removing or replacing one.

                ## Motivation

                Before this framework, a Core Unit was in practice run by whoever held the keys to its budget, or by whoever spoke most often on governance calls. When something went wrong there was nobody who could be asked *why*, and no agreed way of changing who was in charge.

                This MIP has three goals:

                1. Make it obvious who speaks for each Core Unit.
                2. Give contributors a safe, public way to raise concerns about that person.
                3. Make handovers boring: predictable, documented and on a known timeline.

                ## Specification / Proposal Details

                ### MIP41c1: Definitions

                - **Core Unit** — a team ratified under MIP39, with its own mandate and budget.
                - **Facilitator** — the person accountable to governance for a Core Unit's operation and budget.
                - **Contributor** — anyone paid from a Core Unit's budget during the last 90 days.
                - **Governance Facilitators** — the people who run the governance process itself: calls, polls and the MIP cycle.

                ### MIP41c2: The Facilitator Role

                A Facilitator:

                - coordinates the Core Unit's work and represents it on governance calls;
                - administers the Core Unit's budget under MIP40, together with the other signers;
                - keeps the Core Unit's public roster up to date;
                - may not be Facilitator of more than two Core Units at the same time.

                A Facilitator does *not* have a veto over governance decisions about their own Core Unit, and may not vote as a delegate on their own onboarding or offboarding.

                ### MIP41c3: Accountability and Reporting

                | Obligation | Frequency | Deadline |
                |---|---|---|
                | Budget statement | Monthly | 15th of the following month |
                | Progress update on the forum | Monthly | Last business day of the month |
                | Roster change notice | On every change | Within 7 days of the change |
                | Appearance on a governance call | Quarterly | — |

                Missing two consecutive deadlines for the same obligation is grounds for an offboarding subproposal under MIP41c5, but is not by itself a reason to accept one. Delegates are expected to weigh the explanation given.

                ### MIP41c4 and MIP41c5: Subproposals

                MIP41c4 and MIP41c5 are *process components*. Each change of Facilitator is a subproposal numbered `MIP41c4-SP<n>` or `MIP41c5-SP<n>`, and follows the normal lifecycle: RFC → Formal Submission → vote. The details of each process live in the component itself.
                """),
        new(
            Code: "MIP41c4",
            Title: "Facilitator Onboarding",
            Status: ProposalStatus.Accepted,
            AuthorUserName: "amelie.r",
            ProposedDaysAgo: 860,
            RatifiedDaysAgo: 830,
            Summary: "The process and subproposal template for appointing a Facilitator to a Core Unit.",
            Body: """
                ## Component Summary

                MIP41c4 is the process for appointing a Facilitator to a Core Unit, whether the unit is new or the role is being handed over. Every appointment is a separate subproposal that uses the template below.

                ## Who Can Propose

                - the candidate, with the written support of at least one existing Contributor of the Core Unit; or
                - the Core Unit's current Facilitator, naming their successor or a co-facilitator.

                ## Requirements for the Candidate

                - a public forum account that is at least 30 days old;
                - a disclosure of **all** paid roles and advisory positions that could conflict with the Core Unit's mandate;
                - no more than one other Facilitator role at the time of ratification (see MIP41c2).

                ## Process

                1. The subproposal is published in the *MIPs* category with status RFC, using the template below.
                2. The RFC period lasts **at least 30 days**. During it, the candidate attends at least one governance call to answer questions.
                3. The author updates the subproposal in response to feedback and then moves it to Formal Submission.
                4. The subproposal is voted on in the next monthly governance cycle.
                5. If accepted, the appointment takes effect on ratification. The budget signer set must be updated within 14 days.

                ## Subproposal Template

                Copy the block below into a new subproposal and fill in every field. Leave a heading in place with *None* rather than removing it.

                ```
                MIP41c4-SP#: <number>
                MIP41c4-SP# Title: Facilitator Onboarding (<Core Unit ID>)
                Author(s): <forum usernames>
                Core Unit ID: <e.g. ABC-001>
                Facilitator: <forum username of the candidate>
                Status: RFC
                Date: <YYYY-MM-DD>

                ## Sentence Summary
                ## Candidate Background
                ## Responsibilities Accepted
                ## Conflicts of Interest
                ## Budget Administration
                ```
                """),
        new(
            Code: "MIP41c5",
            Title: "Facilitator Offboarding",
            Status: ProposalStatus.Accepted,
            AuthorUserName: "amelie.r",
            ProposedDaysAgo: 860,
            RatifiedDaysAgo: 830,
            Summary: "The procedure for removing or replacing a Facilitator, including who may propose it, the facts it must state, its timeline and an emergency path.",
            Body: """
                ## Component Summary

                MIP41c5 is the procedure for ending a Facilitator's role, whether they step down voluntarily or others believe they should go. Every offboarding is a separate subproposal, discussed in public, with a guaranteed right of reply.

                ## Who Can Propose

                - the Facilitator themself, to step down;
                - any Contributor of the Core Unit;
                - the Governance Facilitators, if a reporting obligation under MIP41c3 has lapsed for more than 60 days.

                ## Required Facts

                Every offboarding subproposal must state, near the top:

                1. the Core Unit ID;
                2. the Facilitator being offboarded;
                3. the author, and any Contributors who co-sign;
                4. the reason or reasons, with links to evidence wherever it exists;
                5. the proposed effective date;
                6. who carries out the Facilitator's duties in the meantime;
                7. the budget implications.

                Authors are expected to give the Facilitator notice **before** publishing, and must say in the subproposal whether and when they did.

                ## Right of Reply

                The Facilitator being offboarded may answer in the subproposal's forum thread. Before Formal Submission, the author must link that reply from the subproposal body, so that delegates read both accounts.

                ## Timeline

                | Stage | Minimum duration |
                |---|---|
                | RFC | 21 days |
                | Formal Submission | 7 days |
                | Vote | Next monthly governance cycle |
                | Effective date | 14 days after ratification, unless voluntary |

                ## Emergency Path

                If a Facilitator has been unreachable for more than 30 days, or there is evidence of misuse of Core Unit funds, the Governance Facilitators may:

                - shorten the RFC to 7 days;
                - put the subproposal into an out-of-schedule weekly vote;
                - ask the remaining budget signers to pause non-essential payments until the vote.

                The subproposal must explain why the emergency path is justified. It is **not** to be used for disagreements about strategy, performance or personality — those follow the normal timeline.
                """),
        new(
            Code: "MIP41c4-SP1",
            Title: "Facilitator Onboarding (RWF-001)",
            Status: ProposalStatus.Accepted,
            AuthorUserName: "sato-k",
            ProposedDaysAgo: 520,
            RatifiedDaysAgo: 485,
            Summary: "Appoints sato-k as Facilitator of the Real-World Finance Core Unit (RWF-001).",
            Body: """
                - **MIP41c4-SP#:** 1
                - **Author(s):** @sato-k
                - **Core Unit ID:** RWF-001 (Real-World Finance Core Unit)
                - **Facilitator:** @sato-k
                - **Supporting Contributor:** @moshe_f

                ## Sentence Summary

                This subproposal appoints @sato-k as Facilitator of the Real-World Finance Core Unit (RWF-001).

                ## Candidate Background

                I spent six years in trade finance at a mid-sized bank, mostly on the credit side: underwriting, covenant monitoring and the unglamorous work of chasing documents. I have contributed to the real-world finance workstream since before it became a Core Unit, and I wrote most of the asset-originator due-diligence checklist the team uses today.

                ## Responsibilities Accepted

                As Facilitator of RWF-001 I will:

                1. publish the monthly budget statement and progress update on time, as MIP41c3 requires;
                2. keep the roster public and current;
                3. appear on a governance call at least once a quarter, and whenever delegates ask;
                4. hand over cleanly — documentation, keys and open work — if I am ever offboarded or step down.

                ## Conflicts of Interest

                - I hold no position in, and receive no payment from, any asset originator RWF-001 works with or is evaluating.
                - I am an unpaid adviser to a small credit cooperative. It is not, and will not become, an RWF-001 counterparty while I am Facilitator.

                ## Budget Administration

                The RWF-001 operations multisig (`rwf-001-ops`) is a **2-of-3**:

                | Signer | Role |
                |---|---|
                | @sato-k | Facilitator |
                | @moshe_f | Contributor |
                | External accountant | Firm-held key, rotated if the firm changes |

                No single person can move funds, and the accountant's key means the two internal signers cannot approve their own expenses alone.
                """),
        new(
            Code: "MIP41c5-SP2",
            Title: "Facilitator Offboarding (RWF-001)",
            Status: ProposalStatus.Rfc,
            AuthorUserName: "moshe_f",
            ProposedDaysAgo: 12,
            RatifiedDaysAgo: null,
            Summary: "Proposes offboarding sato-k as Facilitator of RWF-001 after repeated missed reporting deadlines, with an interim Facilitator until a successor is onboarded.",
            Body: """
                - **MIP41c5-SP#:** 2
                - **Core Unit ID:** RWF-001 (Real-World Finance Core Unit)
                - **Facilitator being offboarded:** @sato-k
                - **Author:** @moshe_f
                - **Reason:** repeated missed reporting obligations under MIP41c3, and a breakdown of trust between the Facilitator and the unit's Contributors
                - **Effective date:** 14 days after ratification
                - **Interim Facilitator:** @moshe_f, until a successor is ratified under MIP41c4
                - **Notice given to the Facilitator:** by direct message, three days before publication
                - **Facilitator's reply:** see the [RFC thread](/proposals/MIP41c5-SP2), posts #2, #7 and #12

                ## Motivation

                This subproposal is not a judgement on @sato-k's expertise, which nobody on the team questions. It is about whether RWF-001 is being run in the open, as MIP41 expects.

                1. **Reporting.** The budget statements for the last two months were published after the MIP41c3 deadline: one 19 days late, the other only during this RFC.
                2. **Roster.** Two contracts ended without the roster change notice MIP41c3 requires; the notice came 23 days after the change.
                3. **Unanswered concerns.** Contributors raised both points internally over the last quarter without a change in practice.

                *Update (v2):* the month −1 statement was published during the RFC, inside the one-week deadline the Facilitator gave in the thread. The author acknowledges this, and has extended the RFC by two weeks so that delegates can weigh it.

                ## Offboarding Steps

                1. On ratification, @sato-k stops entering into new commitments on behalf of RWF-001.
                2. Within 7 days, @sato-k hands over the originator pipeline, open legal engagements and the contributor roster to the interim Facilitator.
                3. Within 14 days, the `rwf-001-ops` signer set is rotated: @sato-k's key is replaced by the interim Facilitator's. The accountant's key is unchanged.
                4. The interim Facilitator publishes a short handover report in the *Core Units* category.
                5. Within 60 days, a MIP41c4 subproposal for a permanent Facilitator is published.

                ## Budget Implications

                RWF-001's approved budget under MIP40 does not change.

                | Item | Monthly amount | From the effective date |
                |---|---|---|
                | Facilitator compensation (@sato-k) | 11,500 DAI | Ends |
                | Interim Facilitator supplement (@moshe_f) | — | 2,000 DAI, at most 3 months |
                | Transition support (@sato-k, on request) | — | Hourly, capped at 4,000 DAI in total |

                ## Transition

                The aim is a handover that costs the unit nothing it has built. @sato-k is invited to stay on as an adviser to the due-diligence process, paid hourly, for up to three months. Open originator negotiations continue unchanged; counterparties are told of the change by the interim Facilitator and @sato-k jointly.

                If a co-facilitator is proposed under MIP41c4 during the RFC, the author will consider withdrawing this subproposal in its favour.
                """),
        new(
            Code: "MIP39",
            Title: "Core Unit Framework",
            Status: ProposalStatus.Accepted,
            AuthorUserName: "govalpha",
            ProposedDaysAgo: 870,
            RatifiedDaysAgo: 840,
            Summary: "Defines what a Core Unit is, how one is created with a mandate, and how one is wound down.",
            Body: """
                ## Sentence Summary

                MIP39 defines Core Units: permanent teams with a public mandate, a budget and a Facilitator, created and closed by governance.

                ## Paragraph Summary

                Work that governance wants done on an ongoing basis is done by Core Units. Each one is created by a subproposal that states its mandate, its deliverables and how success is measured. This MIP also defines how a Core Unit is wound down when its mandate is complete or no longer wanted.

                ## Component Summary

                - **MIP39c1: Definitions**
                - **MIP39c2: Core Unit Onboarding** — creating a Core Unit and its mandate.
                - **MIP39c3: Core Unit Offboarding** — closing a Core Unit.

                ## Motivation

                Before Core Units, recurring work was funded one grant at a time. Nobody knew who was responsible for what, and good teams spent a large part of their time asking for money again.

                ## Specification / Proposal Details

                A Core Unit has exactly one mandate, one budget (MIP40) and at least one Facilitator (MIP41). Its ID has the form `ABC-001`: three letters, a dash and a sequence number.
                """),
        new(
            Code: "MIP39c3",
            Title: "Core Unit Offboarding",
            Status: ProposalStatus.Accepted,
            AuthorUserName: "govalpha",
            ProposedDaysAgo: 870,
            RatifiedDaysAgo: 840,
            Summary: "The process for closing a Core Unit whose mandate is complete, abandoned or no longer supported.",
            Body: """
                ## Component Summary

                A Core Unit can be closed by a `MIP39c3-SP<n>` subproposal. Closing a unit ends its budget and releases its Facilitator and Contributors.

                ## Who Can Propose

                - the Core Unit's Facilitator;
                - the Governance Facilitators, if the unit has not met its MIP41c3 reporting obligations for 90 days;
                - any delegate, with the support of two others.

                ## Process

                1. RFC of at least 30 days, during which the Core Unit may present a restructuring plan.
                2. Formal Submission and a vote in the next monthly cycle.
                3. On ratification, the budget stops at the end of the current month and any remaining funds return to the treasury within 30 days.
                """),
        new(
            Code: "MIP39c3-SP1",
            Title: "Core Unit Offboarding (DXP-002)",
            Status: ProposalStatus.Withdrawn,
            AuthorUserName: "govalpha",
            ProposedDaysAgo: 330,
            RatifiedDaysAgo: null,
            Summary: "Proposed closing the Developer Experience Core Unit (DXP-002) after 90 days without reports; withdrawn when the unit published a restructuring plan.",
            Body: """
                - **MIP39c3-SP#:** 1
                - **Core Unit ID:** DXP-002 (Developer Experience Core Unit)
                - **Author:** @govalpha, on behalf of the Governance Facilitators

                ## Sentence Summary

                This subproposal closes DXP-002, which has not published a budget statement or progress update for more than 90 days.

                ## Motivation

                MIP39c3 allows the Governance Facilitators to propose closing a Core Unit that has stopped reporting. We tried to reach DXP-002's Facilitator on three occasions without an answer.

                ## Withdrawal Note

                > Withdrawn by the author during the RFC.

                Two weeks into the RFC, DXP-002's remaining Contributors published the missing reports and a restructuring plan, including a new Facilitator under MIP41c4. The reason for this subproposal no longer applies.
                """),
        new(
            Code: "MIP40",
            Title: "Budget Framework",
            Status: ProposalStatus.Accepted,
            AuthorUserName: "govalpha",
            ProposedDaysAgo: 865,
            RatifiedDaysAgo: 835,
            Summary: "Defines how Core Unit budgets are proposed, approved, paid out and reported on.",
            Body: """
                ## Sentence Summary

                MIP40 sets out how a Core Unit asks for a budget, how that budget is paid, and how the unit accounts for what it spends.

                ## Paragraph Summary

                Each Core Unit has one budget, approved by a `MIP40c3-SP<n>` subproposal for a fixed period of at most twelve months. Money is streamed monthly to a multisig controlled by the unit's signers, and every month the unit publishes a budget statement that compares what was planned with what was spent.

                ## Component Summary

                - **MIP40c1: Definitions**
                - **MIP40c2: Budget Limits** — ceilings, reserves and what a budget may not be used for.
                - **MIP40c3: Budget Subproposals** — the template and process for asking for a budget.
                - **MIP40c4: Reporting** — the monthly budget statement.

                ## Motivation

                Funding teams grant by grant made it impossible to see what governance was paying for in total, and left teams unable to plan more than a few weeks ahead.

                ## Specification / Proposal Details

                | Rule | Value |
                |---|---|
                | Maximum budget period | 12 months |
                | Payment schedule | Monthly, in arrears |
                | Minimum multisig | 2-of-3, at least one signer outside the Core Unit |
                | Reporting | Monthly budget statement (see MIP41c3 for the deadline) |

                Unspent funds at the end of a budget period return to the treasury unless the next budget subproposal explicitly carries them over.
                """),
        new(
            Code: "MIP44",
            Title: "Governance Quiet Hours",
            Status: ProposalStatus.Deferred,
            AuthorUserName: "funmi.o",
            ProposedDaysAgo: 140,
            RatifiedDaysAgo: null,
            Summary: "Proposes that governance clocks for anything published over a weekend start on the following Monday.",
            Body: """
                ## Sentence Summary

                Any RFC, Formal Submission or offboarding subproposal published between Friday 20:00 UTC and Monday 08:00 UTC has its clock start at Monday 08:00 UTC.

                ## Motivation

                Most delegates and Contributors take part in governance alongside other work. Proposals published late on a Friday or over a weekend are read first by a small group, and the first 48 hours of a thread often set its tone.

                This MIP does not stop anyone from posting at the weekend. It only makes sure that nobody *loses* time by not being online then.

                ## Specification / Proposal Details

                1. The quiet window is Friday 20:00 UTC to Monday 08:00 UTC.
                2. The minimum duration of every stage starts at the end of the window for anything published inside it.
                3. Emergency paths (for example MIP41c5's) are exempt.

                ## Deferral Note

                *Deferred by the author* until the review of the monthly governance cycle, since the cycle's dates may change in ways that affect this proposal.
                """),
    ];
}
