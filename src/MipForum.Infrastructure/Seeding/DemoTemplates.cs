using MipForum.Domain.Proposals;

namespace MipForum.Infrastructure.Seeding;

/// <summary>The process components of the demo and what they prescribe (MIP41c4: 1 month / 1 week; MIP41c5: 2 weeks / 1 week).</summary>
internal static class DemoTemplates
{
    public static (SubproposalTemplate Template, ProposalPeriods Periods)? For(string code) => code switch
    {
        "MIP41c4" => (StandardTemplates.FacilitatorOnboarding, ProposalPeriods.Of(30, 7)),
        "MIP41c5" => (StandardTemplates.FacilitatorOffboarding, ProposalPeriods.Of(14, 7)),
        "MIP39c3" => (StandardTemplates.General, ProposalPeriods.Default),
        _ => null,
    };
}
