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
                new("moshe_f", 0, DemoProse.Read("threads/01-offboarding-rwf-001/01-moshe_f.md")),
                // 2
                new("sato-k", 4.5, DemoProse.Read("threads/01-offboarding-rwf-001/02-sato-k.md"), ReplyToNumber: 1),
                // 3
                new("funmi.o", 8, DemoProse.Read("threads/01-offboarding-rwf-001/03-funmi.o.md"), ReplyToNumber: 1),
                // 4
                new("govalpha", 11, DemoProse.Read("threads/01-offboarding-rwf-001/04-govalpha.md")),
                // 5
                new("lena.v", 20, DemoProse.Read("threads/01-offboarding-rwf-001/05-lena.v.md")),
                // 6
                new("moshe_f", 27, DemoProse.Read("threads/01-offboarding-rwf-001/06-moshe_f.md"), ReplyToNumber: 5),
                // 7
                new("sato-k", 31, DemoProse.Read("threads/01-offboarding-rwf-001/07-sato-k.md"), ReplyToNumber: 6),
                // 8
                new("tkdev", 46, DemoProse.Read("threads/01-offboarding-rwf-001/08-tkdev.md")),
                // 9
                new("wei_chen", 52, DemoProse.Read("threads/01-offboarding-rwf-001/09-wei_chen.md"), ReplyToNumber: 8),
                // 10
                new("amelie.r", 70, DemoProse.Read("threads/01-offboarding-rwf-001/10-amelie.r.md"), ReplyToNumber: 7),
                // 11
                new("govalpha", 75, DemoProse.Read("threads/01-offboarding-rwf-001/11-govalpha.md"), ReplyToNumber: 8),
                // 12
                new("sato-k", 122, DemoProse.Read("threads/01-offboarding-rwf-001/12-sato-k.md")),
                // 13
                new("moshe_f", 150, DemoProse.Read("threads/01-offboarding-rwf-001/13-moshe_f.md"), ReplyToNumber: 12),
                // 14
                new("funmi.o", 160, DemoProse.Read("threads/01-offboarding-rwf-001/14-funmi.o.md")),
                // 15
                new("lena.v", 200, DemoProse.Read("threads/01-offboarding-rwf-001/15-lena.v.md")),
            ]),
        new(
            CategorySlug: "mips",
            Title: "MIP41c4-SP1: Facilitator Onboarding (RWF-001)",
            ProposalCode: "MIP41c4-SP1",
            StartedDaysAgo: 520,
            Posts:
            [
                // 1
                new("sato-k", 0, DemoProse.Read("threads/02-onboarding-rwf-001/01-sato-k.md")),
                // 2
                new("govalpha", 6, DemoProse.Read("threads/02-onboarding-rwf-001/02-govalpha.md")),
                // 3
                new("moshe_f", 20, DemoProse.Read("threads/02-onboarding-rwf-001/03-moshe_f.md")),
                // 4
                new("amelie.r", 48, DemoProse.Read("threads/02-onboarding-rwf-001/04-amelie.r.md")),
                // 5
                new("sato-k", 60, DemoProse.Read("threads/02-onboarding-rwf-001/05-sato-k.md"), ReplyToNumber: 4),
            ]),
        new(
            CategorySlug: "general",
            Title: "Welcome to MipForum — read this first",
            ProposalCode: null,
            StartedDaysAgo: 858,
            Posts:
            [
                // 1
                new("govalpha", 0, DemoProse.Read("threads/03-welcome/01-govalpha.md")),
                // 2
                new("sato-k", 3, DemoProse.Read("threads/03-welcome/02-sato-k.md")),
                // 3
                new("amelie.r", 5.5, DemoProse.Read("threads/03-welcome/03-amelie.r.md"), ReplyToNumber: 2),
            ]),
        new(
            CategorySlug: "general",
            Title: "Weekly governance call notes — how should we publish them?",
            ProposalCode: null,
            StartedDaysAgo: 40,
            Posts:
            [
                // 1
                new("govalpha", 0, DemoProse.Read("threads/04-governance-call-notes/01-govalpha.md")),
                // 2
                new("tkdev", 3, DemoProse.Read("threads/04-governance-call-notes/02-tkdev.md")),
                // 3
                new("wei_chen", 9, DemoProse.Read("threads/04-governance-call-notes/03-wei_chen.md")),
                // 4
                new("lena.v", 20, DemoProse.Read("threads/04-governance-call-notes/04-lena.v.md"), ReplyToNumber: 2),
                // 5
                new("funmi.o", 30, DemoProse.Read("threads/04-governance-call-notes/05-funmi.o.md")),
                // 6
                new("govalpha", 50, DemoProse.Read("threads/04-governance-call-notes/06-govalpha.md")),
            ]),
        new(
            CategorySlug: "core-units",
            Title: "Should every Core Unit use the same monthly report template?",
            ProposalCode: null,
            StartedDaysAgo: 200,
            Posts:
            [
                // 1
                new("amelie.r", 0, DemoProse.Read("threads/05-report-template/01-amelie.r.md")),
                // 2
                new("moshe_f", 5, DemoProse.Read("threads/05-report-template/02-moshe_f.md")),
                // 3
                new("tkdev", 26, DemoProse.Read("threads/05-report-template/03-tkdev.md")),
                // 4
                new("lena.v", 40, DemoProse.Read("threads/05-report-template/04-lena.v.md"), ReplyToNumber: 3),
            ]),
    ];
}
