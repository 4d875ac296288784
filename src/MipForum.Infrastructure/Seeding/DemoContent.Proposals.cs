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
            Body: DemoProse.Read("proposals/MIP41.md")),
        new(
            Code: "MIP41c4",
            Title: "Facilitator Onboarding",
            Status: ProposalStatus.Accepted,
            AuthorUserName: "amelie.r",
            ProposedDaysAgo: 860,
            RatifiedDaysAgo: 830,
            Summary: "The process and subproposal template for appointing a Facilitator to a Core Unit.",
            Body: DemoProse.Read("proposals/MIP41c4.md")),
        new(
            Code: "MIP41c5",
            Title: "Facilitator Offboarding",
            Status: ProposalStatus.Accepted,
            AuthorUserName: "amelie.r",
            ProposedDaysAgo: 860,
            RatifiedDaysAgo: 830,
            Summary: "The procedure for removing or replacing a Facilitator, including who may propose it, the facts it must state, its timeline and an emergency path.",
            Body: DemoProse.Read("proposals/MIP41c5.md")),
        new(
            Code: "MIP41c4-SP1",
            Title: "Facilitator Onboarding (RWF-001)",
            Status: ProposalStatus.Accepted,
            AuthorUserName: "sato-k",
            ProposedDaysAgo: 520,
            RatifiedDaysAgo: 485,
            Summary: "Appoints sato-k as Facilitator of the Real-World Finance Core Unit (RWF-001).",
            Body: DemoProse.Read("proposals/MIP41c4-SP1.md")),
        new(
            Code: "MIP41c5-SP2",
            Title: "Facilitator Offboarding (RWF-001)",
            Status: ProposalStatus.Rfc,
            AuthorUserName: "moshe_f",
            ProposedDaysAgo: 12,
            RatifiedDaysAgo: null,
            Summary: "Proposes offboarding sato-k as Facilitator of RWF-001 after repeated missed reporting deadlines, with an interim Facilitator until a successor is onboarded.",
            Body: DemoProse.Read("proposals/MIP41c5-SP2.md")),
        new(
            Code: "MIP39",
            Title: "Core Unit Framework",
            Status: ProposalStatus.Accepted,
            AuthorUserName: "govalpha",
            ProposedDaysAgo: 870,
            RatifiedDaysAgo: 840,
            Summary: "Defines what a Core Unit is, how one is created with a mandate, and how one is wound down.",
            Body: DemoProse.Read("proposals/MIP39.md")),
        new(
            Code: "MIP39c3",
            Title: "Core Unit Offboarding",
            Status: ProposalStatus.Accepted,
            AuthorUserName: "govalpha",
            ProposedDaysAgo: 870,
            RatifiedDaysAgo: 840,
            Summary: "The process for closing a Core Unit whose mandate is complete, abandoned or no longer supported.",
            Body: DemoProse.Read("proposals/MIP39c3.md")),
        new(
            Code: "MIP39c3-SP1",
            Title: "Core Unit Offboarding (DXP-002)",
            Status: ProposalStatus.Withdrawn,
            AuthorUserName: "govalpha",
            ProposedDaysAgo: 330,
            RatifiedDaysAgo: null,
            Summary: "Proposed closing the Developer Experience Core Unit (DXP-002) after 90 days without reports; withdrawn when the unit published a restructuring plan.",
            Body: DemoProse.Read("proposals/MIP39c3-SP1.md")),
        new(
            Code: "MIP40",
            Title: "Budget Framework",
            Status: ProposalStatus.Accepted,
            AuthorUserName: "govalpha",
            ProposedDaysAgo: 865,
            RatifiedDaysAgo: 835,
            Summary: "Defines how Core Unit budgets are proposed, approved, paid out and reported on.",
            Body: DemoProse.Read("proposals/MIP40.md")),
        new(
            Code: "MIP44",
            Title: "Governance Quiet Hours",
            Status: ProposalStatus.Deferred,
            AuthorUserName: "funmi.o",
            ProposedDaysAgo: 140,
            RatifiedDaysAgo: null,
            Summary: "Proposes that governance clocks for anything published over a weekend start on the following Monday.",
            Body: DemoProse.Read("proposals/MIP44.md")),
    ];
}
