namespace MipForum.Infrastructure.Seeding;

internal static partial class DemoContent
{
    // Post numbers are 1-based in list order; ReplyToNumber always points at an earlier post.
    public static IReadOnlyList<DemoThread> Threads { get; } =
    [
        new(
            CategorySlug: "mips",
            Title: "MIP41c5-SP2: Facilitator Offboarding (RWF-001)",
            ProposalCode: "MIP41c5-SP2",
            StartedDaysAgo: 12,
            Posts:
            [
                // 1
                new("moshe_f", 0, """
                    ## MIP41c5-SP2 is up for RFC

                    Hi all. I've published [MIP41c5-SP2](/proposals/MIP41c5-SP2), a subproposal to offboard @sato-k as Facilitator of the **Real-World Finance Core Unit (RWF-001)**.

                    This is not a post I wanted to write. I've worked alongside Ken for well over a year, and most of what RWF-001 has shipped has his fingerprints on it. But the Contributors have been raising the same problems internally for a quarter now, and MIP41c5 exists precisely so that this conversation happens in public, under a clear process, rather than in DMs.

                    ### Why, in short

                    1. **Reporting** — the budget statements for the last two months missed the MIP41c3 deadline, and one of them still isn't published.
                    2. **Roster** — two contracts ended without a roster notice; the notice came 23 days later, where MIP41c3 asks for 7.
                    3. **Unanswered concerns** — we raised both points in the team channel more than once, and nothing changed.

                    The full text, with the offboarding steps and the budget implications, is in the proposal. The process it follows is [MIP41c5](/proposals/MIP41c5).

                    I'll answer questions here. @sato-k, you have a right of reply under MIP41c5, and I will link your response from the proposal body before anything goes to Formal Submission. That's a promise.
                    """),
                // 2
                new("sato-k", 4.5, """
                    Thank you for the kind words in your second paragraph, Moshe. I don't agree with much of the rest, so let me go point by point.

                    > the budget statements for the last two months missed the MIP41c3 deadline

                    True, and I own that. What's missing is the reason: our external accountant resigned mid-cycle, and the new firm wanted the full ledger history before they would sign anything. I said so on a governance call. A late statement that has been checked is better than an on-time one that hasn't.

                    > two contracts ended without a roster notice

                    Correct — but the proposal itself says the two were *"removed without discussion"*. Neither was removed: one moved to another Core Unit, the other chose not to renew. I should have posted the roster update sooner — fair criticism — but I didn't fire anyone.

                    > we raised both points in the team channel more than once

                    Once in a 1:1 and once in a channel thread that I answered. I'm happy to share both with the Governance Facilitators.

                    And one point about process. The "notice" was a message on Wednesday saying *"can we talk this week?"*. The proposal went live late on Saturday night. I don't think that is what MIP41c5 means by notice.
                    """, ReplyToNumber: 1),
                // 3
                new("funmi.o", 8, """
                    I'm still fairly new here, so forgive me if this is naïve — but did this really have to go up at 23:00 UTC on a **Saturday**? :eyes:

                    I only saw it because I happened to check my phone. Most delegates are offline at the weekend, and the first 48 hours of a thread like this set the tone for everything after. When the Facilitator being offboarded reads the details for the first time on a Sunday morning, the thread starts out adversarial whatever anyone intended.

                    I proposed weekend quiet hours a few months ago ([MIP44](/proposals/MIP44)) and it was deferred. Maybe it's time to dig it back out.
                    """, ReplyToNumber: 1),
                // 4
                new("govalpha", 11, """
                    Moderator hat on for a moment. :slight_smile:

                    This is going to be a hard thread, and that's fine — offboarding subproposals are *supposed* to be hard. A few ground rules so that it stays useful:

                    - **Discuss facts and process, not people.** Both @moshe_f and @sato-k are long-standing contributors acting in good faith.
                    - **Link evidence** where you have it. "I heard that…" doesn't help delegates decide.
                    - **No vote-counting yet.** This is an RFC, not a poll.

                    On the timing question from @funmi.o: under [MIP41c5](/proposals/MIP41c5) the RFC lasts *at least* 21 days, so a weekend publication doesn't shorten anything. It isn't great practice, though, and I'll bring MIP44 up on Thursday's call.

                    For reference, counting from the day of publication:

                    | Stage | Minimum | Earliest for this SP |
                    |---|---|---|
                    | RFC | 21 days | day 21 |
                    | Formal Submission | 7 days | day 28 |
                    | Vote | next monthly cycle | day 35 or so |
                    """),
                // 5
                new("lena.v", 20, """
                    Delegate here. I want to make up my mind on facts rather than on who writes the longer post, so this is what I'd need from each of you.

                    @moshe_f:

                    1. Links to the two late budget statements, or the draft if the second isn't out yet.
                    2. The date of the roster notice, and the dates the two contracts ended.
                    3. Whether any other Contributor co-signs this subproposal. Right now it reads as one person's view.

                    @sato-k:

                    1. The call notes where you explained the accountant change.
                    2. A date by which the missing statement will be published.
                    3. Whether you would consider a co-facilitator, *instead of* an offboarding.

                    And both of you: did anything about the `rwf-001-ops` multisig change during this period? If signers or the threshold moved, delegates should know.
                    """),
                // 6
                new("moshe_f", 27, """
                    Thanks @lena.v, fair questions. Here's what I have:

                    | Item | MIP41c3 deadline | Published | Late by |
                    |---|---|---|---|
                    | Budget statement, month −2 | 15th | 4th of the next month | 19 days |
                    | Budget statement, month −1 | 15th | not yet | — |
                    | Roster notice (two contracts ended) | 7 days after the change | 30 days after the change | 23 days |

                    Links: [month −2 statement](https://example.org/rwf-001/budget/statement-m2) and [roster notice](https://example.org/rwf-001/roster-update).

                    On co-signers: three of the five current RWF-001 Contributors reviewed the text before I published it. Two of them are not comfortable posting publicly yet, which I think says something in itself. I'll ask whether they're willing to add their names.

                    The multisig hasn't changed on paper — still 2-of-3, `sato-k` / `moshe_f` / the accountant's key. But since the accountant resigned, as far as I can tell we're effectively running on a **2-of-2**. That worries me more than anything in the table.
                    """, ReplyToNumber: 5),
                // 7
                new("sato-k", 31, """
                    The dates in the table are right. Two corrections on context:

                    - The accountant's key is a firm-held key, and it was *rotated* to the new firm the week they signed. [Handover note here](https://example.org/rwf-001/audit-handover). We were never on a 2-of-2, and I'm sorry that wasn't communicated to you, Moshe — that one is on me.
                    - For @lena.v: my explanation of the delay is in the [governance call notes](https://example.org/calls/notes-week-31), at around the 40-minute mark.

                    The month −1 statement will be published **within a week**. If it isn't, I'll say so myself, in this thread.

                    On a co-facilitator: yes, I'd consider it, and honestly I'd welcome it. RWF-001 grew from three people to seven in a year, and the reporting load grew with it.
                    """, ReplyToNumber: 6),
                // 8
                new("tkdev", 46, """
                    ### The forum vs. the poll :thinking:

                    Something is bothering me more than this particular proposal.

                    There is already a signal poll, *"Offboard RWF-001 Facilitator?"*, at https://example.org/polls/rwf-001-signal. It has **41 votes**. This thread has six participants. So either a lot of people are voting without reading the discussion, or they're reading it somewhere else.

                    Concretely:

                    - The poll doesn't link to this thread or to the proposal.
                    - It was created *before* @sato-k had posted a reply.
                    - Nowhere does it say it's non-binding.

                    Who created it? And can we agree that a signal poll about a proposal in RFC must at least link to the RFC thread? Otherwise the forum is just decoration and the real decision happens in a place with no context.
                    """),
                // 9
                new("wei_chen", 52, """
                    同意 @tkdev. I voted in that poll before I found this thread, and I'd probably vote differently now. That's on me, but the poll made it very easy to skip the context.

                    谢谢 @moshe_f and @sato-k for the table and the corrections — this is already much clearer than it was on Sunday.

                    My position as a delegate, for the record: **no opinion until the month −1 statement is out.** If it's published within the week, as promised, I think the co-facilitator idea deserves its own proposal before we vote on this one.

                    （给我代表团的中文说明：在月度报表发布之前，我暂不对此提案表态。）
                    """, ReplyToNumber: 8),
                // 10
                new("amelie.r", 70, """
                    [quote="sato-k, post:7, topic:{topic}"]
                    On a co-facilitator: yes, I'd consider it, and honestly I'd welcome it.
                    [/quote]

                    I co-wrote MIP41c5, so a word on intent — not on who is right.

                    The notice requirement and the right of reply were added during the RFC of MIP41, after a long argument about how earlier handovers had gone. The point was never to shield Facilitators from criticism. It was to make sure the *first* public account of events isn't the only one delegates remember. As we put it at the time: « the process must be fair before it can be fast ».

                    Reading both sides so far:

                    - The lateness is real and documented, and @sato-k agrees.
                    - The original "removed without discussion" framing seems overstated. @moshe_f, would you reword that reason in the proposal itself?
                    - The notice given was thin. It isn't a breach of the letter of MIP41c5, but it isn't the spirit either.

                    My suggestion: keep the RFC open, let the statement deadline pass, and then decide whether this should be an offboarding, or the onboarding of a *second* Facilitator under [MIP41c4](/proposals/MIP41c4). Both are legitimate outcomes of an RFC — c'est exactement à ça que sert la période de RFC.
                    """, ReplyToNumber: 7),
                // 11
                new("govalpha", 75, """
                    @tkdev — I checked. The poll was created by a delegate, outside the Governance Facilitator process. It's a community signal poll and it is **non-binding**. I've asked the creator to add a link to this thread and a "non-binding" line to the description, and they've agreed. :+1:

                    More generally, you're right that there's a disconnect. My proposal, from the next cycle:

                    1. Any signal poll about a MIP in RFC links to the RFC thread in its first line.
                    2. Open signal polls are listed at the top of the weekly call notes.
                    3. Polls created before the Facilitator's right of reply has been used get a visible note saying so.

                    I'll put this on Thursday's agenda, next to MIP44.
                    """, ReplyToNumber: 8),
                // 12
                new("sato-k", 122, """
                    ## Update

                    The month −1 budget statement is published: https://example.org/rwf-001/budget/statement-m1 — a few days inside the week I promised. The new accountant's sign-off is attached.

                    I've also posted the overdue roster notice, with a short explanation of why the two contracts ended. Both people agreed to the wording.

                    @lena.v の提案には同意します — a co-facilitator is a good idea however this RFC ends. And @amelie.r, thank you for the reminder about intent. My first reply was more defensive than it needed to be. :slight_smile:

                    I'm not stepping down voluntarily. But I'm not going to treat this thread as a fight, either.
                    """),
                // 13
                new("moshe_f", 150, """
                    Thank you, Ken. That was quick, and it's appreciated.

                    I've published **v2** of the subproposal. What changed:

                    1. The roster reason now reads "contracts ended without the roster notice required by MIP41c3", not "removed without discussion".
                    2. Your replies (posts #2, #7 and #12) are linked from the proposal body, as MIP41c5 requires.
                    3. A note that the month −1 statement was published during the RFC.
                    4. The RFC is extended by two weeks, so that it ends well after the next governance call.

                    I'm keeping the proposal open rather than withdrawing it. The pattern of the last quarter is still the pattern, and I'd rather delegates decide with every fact in front of them than have this quietly go away. If a co-facilitator subproposal under MIP41c4 appears in the meantime, I'll seriously consider withdrawing in its favour.
                    """, ReplyToNumber: 12),
                // 14
                new("funmi.o", 160, """
                    Just want to say, as someone who joined only a few months ago: this thread went from *"oh no"* to genuinely useful in under a week. Thank you all :heart:

                    And :tada: in advance for the poll-linking rule, if it goes through.
                    """),
                // 15
                new("lena.v", 200, """
                    ### Summary for anyone arriving late

                    - **Status:** RFC, extended by two weeks in v2. Not yet in Formal Submission.
                    - **Agreed facts:** two budget statements were late (by 19 and 18 days — both now published); the roster notice was 23 days late.
                    - **Disputed:** whether the notice before publication was adequate, and whether the last quarter is a pattern or a rough patch.
                    - **Options on the table:**
                      1. Offboarding as proposed in [MIP41c5-SP2](/proposals/MIP41c5-SP2).
                      2. A co-facilitator under [MIP41c4](/proposals/MIP41c4) instead.
                      3. Both, in sequence.
                    - **Process follow-ups:** signal polls → must link the RFC thread (Thursday's call); MIP44 quiet hours to be revisited.

                    **Follow-ups**

                    - [x] Month −1 statement published
                    - [x] Roster notice posted
                    - [ ] Poll-linking rule on Thursday's agenda
                    - [ ] MIP44 quiet hours revisited[^1]

                    If I got anything wrong, tell me and I'll edit. — Lena

                    [^1]: MIP44 was deferred last year; it needs a sponsor before it can come back.
                    """),
            ]),
        new(
            CategorySlug: "mips",
            Title: "MIP41c4-SP1: Facilitator Onboarding (RWF-001)",
            ProposalCode: "MIP41c4-SP1",
            StartedDaysAgo: 520,
            Posts:
            [
                // 1
                new("sato-k", 0, """
                    Hello everyone. I've published [MIP41c4-SP1](/proposals/MIP41c4-SP1), which would make me Facilitator of the new **Real-World Finance Core Unit (RWF-001)**.

                    The short version: I've been doing most of the coordination for the real-world finance workstream informally for a while, and now that RWF-001 has a mandate under MIP39, it needs someone who is formally accountable. I'd like that to be me.

                    Background, responsibilities, conflicts of interest and the signer set are all in the proposal. Questions welcome — I'll also be on Thursday's governance call.
                    """),
                // 2
                new("govalpha", 6, """
                    Thanks @sato-k. Process check for everyone reading:

                    - The RFC runs for **at least 30 days** under MIP41c4.
                    - The candidate must attend at least one governance call during the RFC — Thursday counts.
                    - After the RFC, the subproposal goes to Formal Submission and into the next monthly vote.

                    The template looks complete. :+1:
                    """),
                // 3
                new("moshe_f", 20, """
                    As a Contributor on the workstream, I'm the supporting Contributor named in the proposal, and I'm glad to be.

                    Ken wrote the due-diligence checklist we use for every originator, and he's the one who says *no* when a deal looks good on paper but the documents don't add up. That's exactly what this unit needs from a Facilitator.

                    One practical question: the proposal says the accountant's key is firm-held. What happens to it if we change accounting firms?
                    """),
                // 4
                new("amelie.r", 48, """
                    Two questions from me, mostly to get the answers on the record:

                    1. The conflicts section mentions an unpaid advisory role at a credit cooperative. Could it ever become an originator for RWF-001?
                    2. MIP41c2 caps Facilitators at two Core Units. Do you have any plans to take on a second one?

                    Otherwise this is a model onboarding subproposal — clear, complete and readable. Merci !
                    """),
                // 5
                new("sato-k", 60, """
                    @moshe_f: the key belongs to the firm, not to a person. If we change firms, the new firm's key replaces it in the same week, and I'll post a handover note. I've added a sentence about this to the proposal.

                    @amelie.r:

                    1. Not while I'm Facilitator. I've written that into the conflicts section explicitly.
                    2. No. One Core Unit is plenty.

                    Thank you both for reading it so carefully.
                    """, ReplyToNumber: 4),
            ]),
        new(
            CategorySlug: "general",
            Title: "Welcome to MipForum — read this first",
            ProposalCode: null,
            StartedDaysAgo: 858,
            Posts:
            [
                // 1
                new("govalpha", 0, """
                    ## Welcome!

                    MipForum is where proposals to change how we govern ourselves are written, argued over and improved before anyone votes on them. If you're new, this post is the five-minute version.

                    ### How a proposal moves

                    Every proposal — a MIP, a component, or a subproposal such as `MIP41c4-SP1` — goes through the same stages:

                    1. **Conception** — an idea, written up well enough to discuss.
                    2. **RFC** (request for comments) — the proposal is public and open for feedback. *This is where the forum matters most.*
                    3. **Formal Submission** — the text is frozen and queued for a vote.
                    4. **Accepted** or **Rejected** — the outcome of the vote.

                    A proposal can also be *Withdrawn* by its author, *Deferred* until later, or become *Obsolete* when something replaces it.

                    ### Where to post

                    - **MIPs** — one thread per proposal, linked from the proposal page. Start with [MIP41](/proposals/MIP41) if you want to see how a framework and its subproposals fit together.
                    - **General** — introductions, governance calls, questions about this forum.
                    - **Core Units** — updates and questions about the teams that do the ongoing work.

                    ### Writing posts

                    Posts are Markdown: **bold**, *italic*, `code`, lists, tables, links and > quotes all work. Mention someone with `@username` and they'll see it. Emoji shortcodes work too: `:+1:` becomes :+1:.

                    ### One rule above the others

                    Argue with proposals, not with people. Disagreement is the point of an RFC; hostility isn't. Moderators will step in when threads drift — please make it rare.
                    """),
                // 2
                new("sato-k", 3, """
                    はじめまして — thanks for the clear introduction. :slight_smile:

                    A question: are posts in languages other than English welcome? Some of the delegates I talk to would rather read and write in Japanese or Chinese.
                    """),
                // 3
                new("amelie.r", 5.5, """
                    Not an admin, but I can answer that one: yes, very much so — bienvenue à tous.

                    The only request is to add a short English summary when a post is meant to change someone's mind about a proposal, so that everyone voting can follow along. A sentence or two is enough.
                    """, ReplyToNumber: 2),
            ]),
        new(
            CategorySlug: "general",
            Title: "Weekly governance call notes — how should we publish them?",
            ProposalCode: null,
            StartedDaysAgo: 40,
            Posts:
            [
                // 1
                new("govalpha", 0, """
                    Right now the notes from the weekly governance call live in a shared document that nobody can find twice. I'd like to fix that, and I'd like your opinion before I pick something.

                    The options I can see:

                    1. **One forum thread per call**, in *General*, posted within 24 hours.
                    2. **One long-running thread**, with each week's notes as a new post.
                    3. **An external page** (for example https://example.org/calls) with a short summary posted here.

                    Whichever we choose, the notes would keep a recording link and a list of decisions. What would actually make you read them?
                    """),
                // 2
                new("tkdev", 3, """
                    Option 1, with a fixed template so that people can skim. Something like:

                    ```
                    ## Governance call — week <n>
                    Recording: <link>
                    ### Decisions
                    ### Proposals discussed
                    ### Open signal polls
                    ### Action items (owner → due)
                    ```

                    Separate threads mean each week can be linked from the proposals it touched, and replies stay on topic.
                    """),
                // 3
                new("wei_chen", 9, """
                    From the other side of the planet: the call is at 16:00 UTC, which is midnight in Beijing. For delegates in Asia the written notes *are* the call, so please:

                    - add timestamps to the recording for each agenda item;
                    - write decisions as full sentences, not shorthand only the people on the call will understand.

                    Option 1 looks good to me too. 谢谢 for asking before choosing!
                    """),
                // 4
                new("lena.v", 20, """
                    +1 to @tkdev's template, and to @wei_chen's point about full sentences. :+1:

                    One addition: keep **Decisions** strictly separate from **Discussion**. When they're mixed, people quote an opinion from the call as if it were a decision, and we spend the next week untangling it.
                    """, ReplyToNumber: 2),
                // 5
                new("funmi.o", 30, """
                    A newcomer's request: a small glossary link at the bottom of each post. The first few calls I listened to were half acronyms — RFC, SP, CU, "the c5 path" — and I didn't want to interrupt to ask.
                    """),
                // 6
                new("govalpha", 50, """
                    Thanks all, that's a clear answer. Decided:

                    - One thread per call in *General*, within 24 hours, using @tkdev's template.
                    - Timestamps per agenda item, and decisions in full sentences (@wei_chen).
                    - Decisions and discussion in separate sections (@lena.v).
                    - A glossary link at the bottom of every post (@funmi.o).

                    The first one goes up after this Thursday's call. :tada:
                    """),
            ]),
        new(
            CategorySlug: "core-units",
            Title: "Should every Core Unit use the same monthly report template?",
            ProposalCode: null,
            StartedDaysAgo: 200,
            Posts:
            [
                // 1
                new("amelie.r", 0, """
                    MIP41c3 says *what* a Facilitator must publish each month, but not in what shape. As a result, every Core Unit's budget statement looks different, and comparing two of them takes an afternoon.

                    Would Facilitators support a shared template? I'm thinking of something minimal:

                    - planned vs. actual spend, by category;
                    - headcount at the start and end of the month;
                    - one paragraph on what shipped, and one on what slipped.

                    Nothing more unless a unit wants to add it.
                    """),
                // 2
                new("moshe_f", 5, """
                    RWF-001 already uses something close to that — our template is at https://example.org/rwf-001/report-template, and anyone is welcome to copy it.

                    The paragraph on *what slipped* is the most useful part. It's also the part people are most tempted to leave out.
                    """),
                // 3
                new("tkdev", 26, """
                    From the data side: whatever the template looks like, please publish the numbers as a **CSV next to the PDF**. Then anyone can build a dashboard across Core Units without retyping tables from screenshots.

                    Proposed column names, for the sake of argument: `month`, `category`, `planned`, `actual`, `currency`.
                    """),
                // 4
                new("lena.v", 40, """
                    Strong yes to the CSV. As a delegate, being able to line up every Core Unit's spend side by side is worth more to me than any amount of formatting.

                    @amelie.r, would you write this up as a MIP40c4 amendment? A template that lives in a forum post will slowly drift; one that lives in a MIP won't.
                    """, ReplyToNumber: 3),
            ]),
    ];
}
