using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Features.Proposals;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Members;
using MipForum.Domain.Proposals;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Application.Tests.Features.Proposals;

/// <summary>MIP41 with its offboarding component MIP41c5 (template, 14/7 days), a facilitator, an admin and a contributor.</summary>
internal sealed class ProposalFixture
{
    private ProposalFixture(ForumTestHost host) => Host = host;

    public ForumTestHost Host { get; }

    public int Facilitator { get; private set; }

    public int Admin { get; private set; }

    public int Contributor { get; private set; }

    public static async Task<ProposalFixture> StartAsync()
    {
        var host = await ForumTestHost.StartAsync();
        var fixture = new ProposalFixture(host)
        {
            Facilitator = await host.MemberAsync("lena.v", MemberRoles.Contributor | MemberRoles.Facilitator),
            Admin = await host.MemberAsync("gov.admin", MemberRoles.Admin),
            Contributor = await host.MemberAsync("tkdev"),
        };
        await host.ArrangeAsync(async (db, services) =>
        {
            var forum = new ForumBuilder(db, services, host.Time.Now);
            forum.Category("mips");
            var author = await db.Members.SingleAsync(m => m.Id == fixture.Admin, TestContext.Current.CancellationToken);
            var mip = await forum.ProposalAsync("MIP41", null, author, ProposalStatus.Accepted);
            var offboarding = await forum.ProposalAsync("MIP41c5", mip, author, ProposalStatus.Accepted);
            offboarding.PrescribeTemplate(StandardTemplates.FacilitatorOffboarding, ProposalPeriods.Of(14, 7));
        });
        return fixture;
    }

    public static Dictionary<string, string> OffboardingSections(string coreUnit = "RWF-001") => new()
    {
        ["Sentence Summary"] = $"Offboards the facilitator of {coreUnit}.",
        ["Paragraph Summary"] = "The facilitator stepped down; this makes it official.",
        ["Motivation"] = "The facilitator **resigned** on 1 November.",
        ["Powers for Unwinding Plan"] = "Keep the budget multisig for 30 days to pay final invoices.",
        ["Core Unit ID"] = coreUnit,
    };

    public Task<DraftedProposal> DraftAsync(string coreUnit = "RWF-001", int? asMember = null) =>
        Host.SendAsync(new DraftProposalCommand("MIP41c5", $"Facilitator Offboarding ({coreUnit})", "Offboards the facilitator.", OffboardingSections(coreUnit)), asMember ?? Facilitator);

    public Task<T> ReadAsync<T>(Func<ForumDbContext, Task<T>> read) =>
        Host.InScopeAsync(services => read(services.GetRequiredService<ForumDbContext>()));
}
