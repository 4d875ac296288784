using MipForum.Domain.Common;
using MipForum.Domain.Proposals;

namespace MipForum.Domain.Tests.Proposals;

/// <summary>The title heading as the MIPs repository writes it, and annexes on components only.</summary>
public sealed class MipDocumentHeadingTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ShouldReadAHeadingIndentedByUpToThreeSpaces(int spaces)
    {
        var document = MipDocument.Parse(new string(' ', spaces) + "# MIP102c2-SP14: Amendment Subproposal\n\nThe body.\n");

        Assert.Equal("MIP102c2-SP14: Amendment Subproposal", document.Heading);
        Assert.Contains($"The title heading is indented by {spaces} space{(spaces == 1 ? "" : "s")}; read as the title.", document.Warnings);
        Assert.Equal("The body.\n", document.Body);
    }

    [Fact]
    public void ShouldNotTakeAHeadingIndentedByFourSpacesWhichIsCode()
    {
        var document = MipDocument.Parse("    # MIP1: Not a heading\n");

        Assert.Null(document.Heading);
    }

    [Fact]
    public void ShouldAttachAnnexesToPublishedComponentsOnly()
    {
        var importer = TestData.Member("mips.import");
        var mip = Proposal.Recorded(ProposalCode.Parse("MIP10"), null, "Oracle Management", "", importer, TestData.Body(), TestData.Now);
        var component = Proposal.Recorded(ProposalCode.Parse("MIP10c5"), mip, "Active Oracles", "", importer, TestData.Body(), TestData.Now);

        var annex = component.AttachAnnex("MIP10/MIP10c5-List.md", new string('t', 250), new CookedMarkdown("# List", "<h1>List</h1>", "text", CookedReferences.None), TestData.Now);

        Assert.Equal(("MIP10c5-List.md", 200), (annex.FileName, annex.Title.Length));
        Assert.Throws<DomainRuleException>(() => mip.AttachAnnex("MIP10/MIP10-List.md", "List", new CookedMarkdown("x", "x", "text", CookedReferences.None), TestData.Now));
        Assert.False(annex.UpdateFromRecord("MIP10/MIP10c5-List.md", new string('t', 250), new CookedMarkdown("# List", "<h1>List</h1>", "text", CookedReferences.None), TestData.Now));
    }
}
