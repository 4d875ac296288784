using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Features.Proposals;
using MipForum.Infrastructure.Persistence;
using MipForum.Web.Common;
using MipForum.Web.Components.Proposals;

namespace MipForum.Web.Tests.Components;

/// <summary>The proposal editor island (put together from its child components) on the real application layer.</summary>
public sealed class ProposalEditorTests : ForumComponentTestBase
{
    [Fact]
    public async Task ShouldShowARefusalOfTheComposedTextAboveTheFormAndSaveOnceTheSectionIsFixed()
    {
        Reader.MemberId = await Services.GetRequiredService<ForumDbContext>().Members.Where(m => m.UserName == "amelie.r").Select(m => m.Id)
            .SingleAsync(Xunit.TestContext.Current.CancellationToken);
        var editor = Render<ProposalEditor>();
        editor.WaitForAssertion(() => Assert.Equal("true", editor.Find(".proposal-editor").GetAttribute("data-ready")));
        editor.Find("#draft-title").Change("A proposal whose motivation nests too deeply");
        foreach (var section in editor.FindAll("textarea[id^=section-]").Select(t => t.Id!).ToList())
        {
            editor.Find($"#{section}").Change(section == "section-motivation" ? new string('>', 20_000) + " deep" : "Some plain text for this section.");
        }

        await editor.Find(".draft-layout form").SubmitAsync();

        // Refused under "sections" (the composed text), for which the form has no field: it must not be silent.
        var alert = editor.WaitForElement("[role=alert][data-remedy=fix-input]");
        Assert.Contains("nested too deeply", alert.TextContent, StringComparison.Ordinal);

        editor.Find("#section-motivation").Change("Why now: the process is unclear.");
        await editor.Find(".draft-layout form").SubmitAsync();

        editor.WaitForAssertion(() => Assert.Contains("saved=1", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
        Assert.Contains("Why now", editor.Find("[data-testid=proposal-preview]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldAddACoAuthorToASavedDraftAndSayWhyAnUnknownNameIsRefused()
    {
        Reader.MemberId = await Services.GetRequiredService<ForumDbContext>().Members.Where(m => m.UserName == "amelie.r").Select(m => m.Id)
            .SingleAsync(Xunit.TestContext.Current.CancellationToken);
        var draft = await Services.GetRequiredService<ScopedSender>().Send(
            new DraftProposalCommand(null, "A draft that wants a second author", "Two heads.", new Dictionary<string, string>
            {
                ["Sentence Summary"] = "Two authors write it.",
                ["Paragraph Summary"] = "One author starts it and adds another.",
                ["Motivation"] = "Two heads.",
                ["Specification / Proposal Details"] = "Nothing happens.",
            }), Xunit.TestContext.Current.CancellationToken);
        var editor = Render<ProposalEditor>(p => p.Add(e => e.ProposalId, draft.Id));
        editor.WaitForAssertion(() => Assert.Equal("true", editor.Find(".proposal-editor").GetAttribute("data-ready")));

        editor.Find("#draft-add-coauthor").Change("nobody.here");
        await editor.Find("#draft-add-coauthor + button").ClickAsync(new());
        var refusal = editor.WaitForElement("[role=alert][data-remedy=fix-input]");
        Assert.Contains("nobody.here", refusal.TextContent, StringComparison.OrdinalIgnoreCase);

        editor.Find("#draft-add-coauthor").Change("@sato-k");
        await editor.Find("#draft-add-coauthor + button").ClickAsync(new());
        editor.WaitForAssertion(() => Assert.Contains("@sato-k", editor.Find("label[for=draft-add-coauthor]").TextContent, StringComparison.Ordinal));
        Assert.Empty(editor.FindAll("[role=alert]"));
        var stored = await Services.GetRequiredService<ForumDbContext>().Proposals.Where(p => p.Id == draft.Id)
            .SelectMany(p => p.CoAuthors).Select(c => c.Member.UserName).ToListAsync(Xunit.TestContext.Current.CancellationToken);
        Assert.Equal(["sato-k"], stored);
    }
}
